/**
 * The sfnt container (OpenType spec, "Organization of an OpenType Font"): a table directory of
 * tag → (offset, length). Reads views into the file; never copies it.
 */

export type TableMap = Map<string, Uint8Array>;

export class FontFormatError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "FontFormatError";
  }
}

export function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Tag → table bytes (a subarray of `bytes`). Accepts TrueType-flavoured sfnt only (0x00010000 or 'true'). */
export function readTables(bytes: Uint8Array, file: string): TableMap {
  if (bytes.byteLength < 12) throw new FontFormatError(file, "too short for an sfnt header");
  const dv = dataView(bytes);
  const version = dv.getUint32(0);
  // 0x00010000: TrueType outlines; 'true' (0x74727565): Apple's tag for the same. 'OTTO' (CFF) is not
  // embeddable as CIDFontType2 (ISO 32000-1 §9.9: FontFile2 holds TrueType glyf outlines).
  if (version !== 0x00010000 && version !== 0x74727565) {
    throw new FontFormatError(file, `not a TrueType (glyf) font: sfnt version 0x${version.toString(16)}`);
  }
  const count = dv.getUint16(4);
  if (12 + 16 * count > bytes.byteLength) throw new FontFormatError(file, "truncated table directory");
  const tables: TableMap = new Map();
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[rec], bytes[rec + 1], bytes[rec + 2], bytes[rec + 3]);
    const offset = dv.getUint32(rec + 8);
    const length = dv.getUint32(rec + 12);
    if (offset + length > bytes.byteLength) throw new FontFormatError(file, `table ${tag} runs past the end`);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

export function requireTable(tables: TableMap, tag: string, file: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new FontFormatError(file, `missing required table '${tag}'`);
  return table;
}
