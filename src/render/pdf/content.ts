/**
 * Page content streams (ISO 32000-1 §8.2 and §9.4): text items as BT … ET with Tf/Td/Tc and hex Tj
 * strings of 2-byte CIDs (Identity-H, §9.7.5.2), rules as stroked paths (§8.5.2–8.5.3).
 *
 * A TextItem's `charSpacing` maps straight onto Tc (§9.3.2): the PDF adds it after every glyph, and the
 * layout only needs it between characters; after the last glyph it moves nothing visible.
 * Text state (font, size, Tc) and line width persist across BT/ET blocks in a stream (§9.3.1), so each is
 * set only when it changes.
 */
import type { FaceId, LayoutItem } from "../types";
import type { Run } from "./glyph-plan";

/** ".001" … ".999" without trailing zeros; "" for 0. */
const FRACTION = Array.from({ length: 1000 }, (_, i) => (i ? `.${String(i).padStart(3, "0")}`.replace(/0+$/, "") : ""));

/** A PDF number: at most three decimals (0.001 pt), no exponent, no trailing zeros (§7.3.3). */
export function num(n: number): string {
  if (Number.isInteger(n)) return String(n);
  // Rounded to thousandths in integers (half away from zero, of the binary value times 1000), then printed.
  const negative = n < 0;
  const m = Math.round(Math.abs(n) * 1000);
  if (!Number.isSafeInteger(m)) return String(Number(n.toFixed(3)));
  const whole = Math.floor(m / 1000);
  const frac = m - whole * 1000;
  if (m === 0) return "0";
  return `${negative ? "-" : ""}${whole}${FRACTION[frac]}`;
}

/**
 * Writes the decimal digits of an integer 0 ≤ n < 2^31 at `at` (the caller has made room: at most 10),
 * returning the position after them.
 */
function writeDigits(b: Uint8Array, at: number, n: number): number {
  let end = at + 1;
  for (let m = n; m >= 10; m = (m / 10) | 0) end++;
  let i = end;
  do {
    const q = (n / 10) | 0;
    b[--i] = 0x30 + n - 10 * q;
    n = q;
  } while (n > 0);
  return end;
}

/**
 * ASCII bytes of a content stream, grown as needed. Numbers and operators are written straight into the
 * buffer: building a string per operand and copying it was most of pageContent's time.
 */
class Bytes {
  private buffer: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }
  private room(n: number) {
    if (this.length + n <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(2 * this.buffer.length, this.length + n));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }
  /** An ASCII string. */
  text(s: string) {
    this.room(s.length);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }
  /** One ASCII byte. */
  byte(c: number) {
    this.room(1);
    this.buffer[this.length++] = c;
  }
  /** A non-negative integer below 2^31, in decimal. */
  private digits(n: number) {
    this.room(10);
    this.length = writeDigits(this.buffer, this.length, n);
  }
  /** `num(m / 1000)` for an integer m (a number already in thousandths), without the division. */
  thousandths(m: number) {
    if (m < 0) this.byte(0x2d), (m = -m); // "-"
    if (m >= 2 ** 31) return this.text(num(m / 1000));
    this.room(14); // 7 digits, ".", 3 digits
    const b = this.buffer;
    const whole = Math.floor(m / 1000);
    let at = writeDigits(b, this.length, whole);
    const frac = m - 1000 * whole;
    if (frac) {
      // As FRACTION: up to three digits without trailing zeros.
      const d1 = (frac / 100) | 0;
      const rest = frac - 100 * d1;
      const d2 = (rest / 10) | 0;
      const d3 = rest - 10 * d2;
      b[at++] = 0x2e; // "."
      b[at++] = 0x30 + d1;
      if (rest) {
        b[at++] = 0x30 + d2;
        if (d3) b[at++] = 0x30 + d3;
      }
    }
    this.length = at;
  }
  /** Exactly the bytes of `num(n)`. */
  num(n: number) {
    if (Number.isInteger(n) && Math.abs(n) < 2 ** 31) {
      if (n < 0) this.byte(0x2d), (n = -n);
      return this.digits(n);
    }
    const m = Math.round(Math.abs(n) * 1000);
    // As num(): a value that rounds to 0 is "0", never "-0".
    if (m === 0 || !Number.isSafeInteger(m) || m >= 2 ** 31) return this.text(num(n));
    this.thousandths(n < 0 ? -m : m);
  }
  /** `<CID CID …> Tj` for cids[start…end), 4 hex digits a CID (2-byte codes, Identity-H). */
  hexTj(cids: Uint16Array, start: number, end: number) {
    this.room(4 * (end - start) + 6);
    const b = this.buffer;
    let at = this.length;
    b[at++] = 0x3c; // <
    for (let i = start; i < end; i++) {
      const cid = cids[i];
      b[at++] = HEX[cid >> 12];
      b[at++] = HEX[(cid >> 8) & 15];
      b[at++] = HEX[(cid >> 4) & 15];
      b[at++] = HEX[cid & 15];
    }
    b[at++] = 0x3e; // >
    b[at++] = 0x20;
    b[at++] = 0x54; // T
    b[at++] = 0x6a; // j
    this.length = at;
  }
  done(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

const HEX = Uint8Array.from("0123456789ABCDEF", (c) => c.charCodeAt(0));

/** The content stream of one page, as ASCII bytes (operators, numbers, hex strings; lines end in LF). */
export function pageContent(
  items: readonly LayoutItem[],
  runs: readonly (Run[] | undefined)[],
  cids: Uint16Array,
  fontNames: ReadonlyMap<FaceId, string>,
): Uint8Array {
  const out = new Bytes(64 * items.length + 1024);
  // Each operator on its own line: a line feed before every line but the first.
  const NL = 0x0a, SP = 0x20;
  const line = (s: string) => (out.length && out.byte(NL), out.text(s));
  let inText = false;
  // The text line matrix's origin in thousandths of a point (§9.4.2: BT resets it to the identity): each
  // item is placed with Td relative to the previous one, exact because both are rounded the same way.
  let lineX = 0;
  let lineY = 0;
  const thousandths = (n: number) => (n < 0 ? -Math.round(-n * 1000) : Math.round(n * 1000));
  let font = "";
  let size = NaN;
  let tc = 0; // the initial character spacing (§9.3.1, Table 104)
  let lineWidth = 1; // the initial line width (§8.4.1, Table 52)

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === "rule") {
      if (inText) (line("ET"), (inText = false));
      if (item.width !== lineWidth) {
        if (out.length) out.byte(NL);
        out.num(item.width), out.text(" w");
        lineWidth = item.width;
      }
      if (out.length) out.byte(NL);
      out.num(item.x1), out.byte(SP), out.num(item.y1), out.text(" m ");
      out.num(item.x2), out.byte(SP), out.num(item.y2), out.text(" l S");
      continue;
    }
    const itemRuns = runs[i];
    if (!itemRuns || itemRuns.length === 0) continue;
    if (!inText) (line("BT"), (inText = true), (lineX = lineY = 0));
    const x = thousandths(item.x);
    const y = thousandths(item.y);
    out.byte(NL);
    out.thousandths(x - lineX), out.byte(SP), out.thousandths(y - lineY), out.text(" Td");
    lineX = x;
    lineY = y;
    if (item.charSpacing !== tc) {
      out.byte(NL), out.num(item.charSpacing), out.text(" Tc");
      tc = item.charSpacing;
    }
    for (const run of itemRuns) {
      const name = fontNames.get(run.face)!;
      if (name !== font || item.size !== size) {
        out.byte(NL), out.byte(0x2f), out.text(name), out.byte(SP), out.num(item.size), out.text(" Tf"); // "/F1 12 Tf"
        font = name;
        size = item.size;
      }
      out.byte(NL);
      out.hexTj(cids, run.start, run.end);
    }
  }
  if (inText) line("ET");
  return out.done();
}
