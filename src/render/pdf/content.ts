/**
 * Page content streams (ISO 32000-1 §8.2 and §9.4): text items as BT … ET with Tf/Tm/Tc and hex Tj
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

export function pageContent(
  items: readonly LayoutItem[],
  runs: readonly (Run[] | undefined)[],
  fontNames: ReadonlyMap<FaceId, string>,
): string {
  const out: string[] = [];
  let inText = false;
  let font = "";
  let size = NaN;
  let tc = 0; // the initial character spacing (§9.3.1, Table 104)
  let lineWidth = 1; // the initial line width (§8.4.1, Table 52)

  items.forEach((item, i) => {
    if (item.kind === "rule") {
      if (inText) (out.push("ET"), (inText = false));
      if (item.width !== lineWidth) out.push(`${num(item.width)} w`), (lineWidth = item.width);
      out.push(`${num(item.x1)} ${num(item.y1)} m ${num(item.x2)} ${num(item.y2)} l S`);
      return;
    }
    const itemRuns = runs[i];
    if (!itemRuns || itemRuns.length === 0) return;
    if (!inText) (out.push("BT"), (inText = true));
    out.push(`1 0 0 1 ${num(item.x)} ${num(item.y)} Tm`);
    if (item.charSpacing !== tc) out.push(`${num(item.charSpacing)} Tc`), (tc = item.charSpacing);
    for (const run of itemRuns) {
      const name = fontNames.get(run.face)!;
      if (name !== font || item.size !== size) {
        out.push(`/${name} ${num(item.size)} Tf`);
        font = name;
        size = item.size;
      }
      out.push(`<${run.hex}> Tj`);
    }
  });
  if (inText) out.push("ET");
  return out.join("\n");
}
