/**
 * A ZIP of already-compressed documents (PKWARE APPNOTE.TXT 6.3.x), every entry stored (method 0): what a
 * batch of PDFs is packed as. The bytes are exactly those fflate's `zipSync` writes for the same entries
 * with `level: 0` (the tests compare them), but the CRC-32 of each entry comes from node:zlib's native
 * `crc32` (Node ≥ 22.2 and workerd; a table-driven one otherwise): fflate computes it in JavaScript, which
 * was about 15 ms of CPU for a 50-letter batch (4.8 MB) in workerd, a tenth of the batch.
 */
import * as zlib from "node:zlib";

export interface StoredEntry {
  /** The entry's name; non-ASCII names get the UTF-8 flag (general purpose bit 11). */
  name: string;
  data: Uint8Array;
  /** Modification time, written as MS-DOS local date and time (1980–2099). */
  mtime: Date;
  /** "Version made by" host system (APPNOTE 4.4.2), e.g. 3 for Unix. */
  os: number;
  /** External file attributes (APPNOTE 4.4.15), e.g. the Unix mode in the high 16 bits. */
  attrs: number;
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 (ISO 3309, the polynomial of APPNOTE 4.4.7), native where the runtime has it. */
export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

let table: Uint32Array | undefined;
/** CRC-32 in JavaScript, a table lookup per byte (Node before 22.2). */
export function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const utf8 = new TextEncoder();

export function storedZip(entries: readonly StoredEntry[]): Uint8Array {
  const names = entries.map((entry) => utf8.encode(entry.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((entry, i) => {
    if (names[i].length > 0xffff) throw new Error(`zip entry name too long: ${entry.name}`);
    localSize += 30 + names[i].length + entry.data.length;
    centralSize += 46 + names[i].length;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const u16 = (at: number, v: number) => view.setUint16(at, v, true);
  const u32 = (at: number, v: number) => view.setUint32(at, v >>> 0, true);
  let local = 0;
  let central = localSize;
  entries.forEach((entry, i) => {
    const name = names[i];
    const crc = crc32(entry.data);
    const size = entry.data.length;
    const utf8Flag = name.length !== entry.name.length ? 0x0800 : 0;
    const dt = entry.mtime;
    const year = dt.getFullYear() - 1980;
    if (year < 0 || year > 119) throw new Error("zip dates are 1980 to 2099");
    const dos =
      (year << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1);
    // Local file header (APPNOTE 4.3.7).
    u32(local, 0x04034b50);
    u16(local + 4, 20); // version needed to extract: 2.0
    u16(local + 6, utf8Flag);
    u16(local + 8, 0); // stored
    u32(local + 10, dos);
    u32(local + 14, crc);
    u32(local + 18, size);
    u32(local + 22, size);
    u16(local + 26, name.length);
    u16(local + 28, 0); // no extra field
    out.set(name, local + 30);
    out.set(entry.data, local + 30 + name.length);
    // Central directory header (APPNOTE 4.3.12).
    u32(central, 0x02014b50);
    out[central + 4] = 20; // version made by: 2.0 …
    out[central + 5] = entry.os; // … on this host system
    u16(central + 6, 20);
    u16(central + 8, utf8Flag);
    u16(central + 10, 0);
    u32(central + 12, dos);
    u32(central + 16, crc);
    u32(central + 20, size);
    u32(central + 24, size);
    u16(central + 28, name.length);
    // extra field length, comment length, disk number start, internal attributes: 0
    u32(central + 38, entry.attrs);
    u32(central + 42, local);
    out.set(name, central + 46);
    local += 30 + name.length + size;
    central += 46 + name.length;
  });
  // End of central directory record (APPNOTE 4.3.16).
  const end = localSize + centralSize;
  u32(end, 0x06054b50);
  u16(end + 8, entries.length);
  u16(end + 10, entries.length);
  u32(end + 12, centralSize);
  u32(end + 16, localSize);
  return out;
}
