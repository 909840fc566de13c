/**
 * A minimal PDF file writer (ISO 32000-1 §7.5): header, streams written as they come, every other object
 * gathered into one object stream (§7.5.7), and a cross-reference stream (§7.5.8) that is also the trailer,
 * with /ID. Dictionaries are given as PDF source text (ASCII), stream data as bytes; nothing is parsed or
 * re-encoded, so writing a letter costs one copy of its bytes.
 *
 * Why an object stream: a letter's dictionaries (fonts, descriptors, pages, catalog, Info) are about 2 KB of
 * text, written one by one each with its own 20-byte line of a cross-reference table; compressed together,
 * with the table as a stream of 6-byte entries, the bench letter is about 1.5 KB smaller, for one
 * deflate of a few kilobytes. Every reader since PDF 1.5 (2003) reads them.
 *
 * Why not pdf-lib here: building its object graph (PDFDict/PDFName/PDFNumber for every /W entry) and
 * serialising it cost about as much as the rest of the letter, and its save() deflates nothing natively.
 * pdf-lib still merges documents (merge.ts).
 *
 * The file identifier (§14.4) is an MD5 (md5.ts) of the file's bytes, so the same content gives the same /ID and a
 * different content a different one; deflated streams are hashed through a short digest instead of byte by
 * byte: their length and Adler-32 (a font program's given by the caller, with its pieces' sizes).
 */
import { deflate } from "./deflate";
import { Md5 } from "./md5";

const ascii = new TextEncoder();

interface Part {
  text?: string;
  bytes?: Uint8Array;
  /** Stream data written from several arrays (a zlib stream in pieces): the parts of `bytes`. */
  pieces?: readonly Uint8Array[];
  /** Stands in for `bytes` in the file identifier's digest. */
  digest?: string;
}

/** Length of the hex identifier: MD5, 16 bytes. */
const ID_HEX = 32;

export class PdfWriter {
  private readonly parts: Part[] = [];
  private length = 0;
  private readonly offsets: number[] = [0];
  /** The objects that go into the object stream, in the order written. */
  private readonly packed: { num: number; body: string }[] = [];
  private next = 1;

  constructor(version = "1.7") {
    // A comment of four bytes ≥ 128 after the header marks the file as binary (§7.5.2). Written as bytes:
    // every text part is ASCII (names, numbers, hex strings), so it is encoded as such.
    const header = `%PDF-${version}\n%`;
    this.text(header);
    this.parts.push({ bytes: Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3, 0x0a) });
    this.length += 5;
  }

  /** Reserves an object number (so objects can refer to each other before they are written). */
  allocate(): number {
    return this.next++;
  }

  /**
   * Object `num` with a body of PDF source text (a dictionary, array, …), ASCII only: kept for the object
   * stream written by `finish` (§7.5.7 allows any object there but streams, which `stream` writes).
   */
  object(num: number, body: string): void {
    this.packed.push({ num, body });
  }

  /**
   * Writes stream object `num`: `dict` holds the entries besides /Length (e.g. "/Filter /FlateDecode");
   * the data may come as the parts to write one after another (copied once, into the file).
   */
  stream(num: number, dict: string, data: Uint8Array | readonly Uint8Array[], digestOnly?: string): void {
    let length = 0;
    if (data instanceof Uint8Array) length = data.length;
    else for (const part of data) length += part.length;
    this.offsets[num] = this.length;
    this.text(`${num} 0 obj\n<< ${dict} /Length ${length} >>\nstream\n`);
    // Without a digest of its own, a FlateDecode stream enters the file identifier's hash through its length
    // and its zlib trailer (the Adler-32 of its uncompressed content): hashing every compressed byte of
    // the content streams and CMaps was most of the MD5's input.
    const last = data instanceof Uint8Array ? data : data[data.length - 1];
    const n = last.length;
    const digest =
      digestOnly ?? (n >= 4 && dict.includes("/FlateDecode") ? `${length}:${last[n - 4]}.${last[n - 3]}.${last[n - 2]}.${last[n - 1]}` : undefined);
    this.parts.push(data instanceof Uint8Array ? { bytes: data, digest } : { pieces: data, digest });
    this.length += length;
    this.text("\nendstream\nendobj\n");
  }

  private text(s: string): void {
    this.parts.push({ text: s });
    this.length += s.length;
  }

  /**
   * The file: the object stream, then the cross-reference stream (§7.5.8) with /Root, /Info and /ID in its
   * dictionary (it stands for the trailer), startxref.
   */
  finish(root: number, info: number): Uint8Array {
    const objectStream = this.next++;
    const xrefNum = this.next++;
    const size = this.next;
    // The object stream (§7.5.7): N pairs "number offset" (offsets from /First), then the objects.
    const indexIn: number[] = [];
    let pairs = "";
    let objects = "";
    this.packed.forEach(({ num, body }, i) => {
      pairs += `${i ? " " : ""}${num} ${objects.length}`;
      objects += `${body}\n`;
      indexIn[num] = i;
    });
    const source = `${pairs}\n${objects}`;
    const packed = ascii.encode(source);
    if (packed.length !== source.length) throw new Error("PDF writer: PDF source text must be ASCII");
    this.stream(objectStream, `/Type /ObjStm /N ${this.packed.length} /First ${pairs.length + 1} /Filter /FlateDecode`, deflate(packed));
    for (let num = 1; num < xrefNum; num++)
      if (this.offsets[num] === undefined && indexIn[num] === undefined) throw new Error(`object ${num} was never written`);

    // The cross-reference stream's entries (§7.5.8.3, Table 18), /W [1 w 2]: type 0 free (object 0), 1 at a
    // byte offset, 2 in the object stream at an index. w is 3 bytes for a file under 16 MB (a letter), else 4.
    const xrefAt = this.length;
    this.offsets[xrefNum] = xrefAt;
    const width = xrefAt < 1 << 24 ? 3 : 4;
    const row = 3 + width;
    const entries = new Uint8Array(size * row);
    for (let num = 0; num < size; num++) {
      const [type, field2, field3] =
        num === 0 ? [0, 0, 0xffff] : indexIn[num] !== undefined ? [2, objectStream, indexIn[num]] : [1, this.offsets[num], 0];
      let at = num * row;
      entries[at++] = type;
      for (let shift = 8 * (width - 1); shift >= 0; shift -= 8) entries[at++] = (field2 / 2 ** shift) & 0xff;
      entries[at++] = field3 >> 8;
      entries[at] = field3 & 0xff;
    }
    // Not compressed: the ~130 bytes of entries would shrink by ~70 for a zlib call, whose cost is mostly the call.
    const xrefData = entries;
    const placeholder = "0".repeat(ID_HEX);
    const idLead = `${xrefNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 ${width} 2] /Root ${root} 0 R /Info ${info} 0 R /ID [<`;
    const xrefHead = `${idLead}${placeholder}> <${placeholder}>] /Length ${xrefData.length} >>\nstream\n`;
    const xrefTail = `\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
    const tailLength = xrefHead.length + xrefData.length + xrefTail.length;

    const out = new Uint8Array(this.length + tailLength);
    const hash = new Md5();
    let at = 0;
    let hashedFrom = 0;
    for (const part of this.parts) {
      if (part.text !== undefined) {
        // encodeInto, not a charCodeAt loop: the dictionaries are concatenations (V8 cons strings), which
        // charCodeAt walks on every call. ASCII is one byte a character; anything else reads short (the
        // bytes are bounded by the text's length), which is the error.
        const text = part.text;
        if (ascii.encodeInto(text, out.subarray(at, at + text.length)).read !== text.length)
          throw new Error("PDF writer: PDF source text must be ASCII");
        at += text.length;
        continue;
      }
      const start = at;
      if (part.bytes) out.set(part.bytes, at), (at += part.bytes.length);
      else for (const piece of part.pieces!) out.set(piece, at), (at += piece.length);
      if (part.digest !== undefined) {
        // Hash what came before, then the stand-in for these bytes.
        hash.update(out.subarray(hashedFrom, start));
        hash.updateText(`\u0000${part.digest}\u0000`);
        hashedFrom = at;
      }
    }
    hash.update(out.subarray(hashedFrom, at));
    const id = hash.hex().toUpperCase();
    at += ascii.encodeInto(xrefHead, out.subarray(at)).written;
    out.set(xrefData, at);
    at += xrefData.length;
    at += ascii.encodeInto(xrefTail, out.subarray(at)).written;
    const idAt = xrefAt + idLead.length;
    ascii.encodeInto(id, out.subarray(idAt, idAt + ID_HEX));
    ascii.encodeInto(id, out.subarray(idAt + ID_HEX + 3, idAt + 2 * ID_HEX + 3));
    if (at !== out.length) throw new Error("PDF writer: the parts' lengths do not add up");
    return out;
  }
}

/** A PDF name object's source (§7.3.5): ASCII names only here (font and resource names). */
export function pdfName(name: string): string {
  return `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}`;
}

/**
 * A text string (§7.9.2.2): a literal string when it is printable ASCII, else UTF-16BE with the byte
 * order mark as a hex string (what Info entries in Chinese need).
 */
export function pdfText(text: string): string {
  if (/^[ -~]*$/.test(text)) return `(${text.replace(/[\\()]/g, "\\$&")})`;
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hex += HEX2[unit >> 8] + HEX2[unit & 0xff];
  }
  return `${hex}>`;
}

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, "0"));

/**
 * A date (§7.9.4) at a fixed offset from UTC, e.g. D:20261123000000+08'00'. `offsetMinutes` is the local
 * time's offset east of UTC (Asia/Shanghai: 480).
 */
export function pdfDate(date: Date, offsetMinutes = 0): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const p2 = (n: number) => String(n).padStart(2, "0");
  const stamp =
    `${String(local.getUTCFullYear()).padStart(4, "0")}${p2(local.getUTCMonth() + 1)}${p2(local.getUTCDate())}` +
    `${p2(local.getUTCHours())}${p2(local.getUTCMinutes())}${p2(local.getUTCSeconds())}`;
  if (offsetMinutes === 0) return `(D:${stamp}Z)`;
  const sign = offsetMinutes > 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `(D:${stamp}${sign}${p2(Math.floor(abs / 60))}'${p2(abs % 60)}')`;
}
