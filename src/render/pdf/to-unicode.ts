/**
 * The ToUnicode CMap of a Type0 font (ISO 32000-1 §9.10.3; CMap syntax: Adobe Technical Note #5014,
 * ToUnicode specifics: #5411). It maps each 2-byte CID back to the character it draws, in UTF-16BE with
 * surrogate pairs beyond the BMP, so text extraction, search and copy return exactly the letter's text.
 *
 * Runs of consecutive CIDs drawing consecutive BMP characters are written as bfrange; a range never
 * crosses a change of the CID's high byte nor carries out of the destination's last byte (#5411: only the
 * last byte may vary/increment), and each begin…end block holds at most 100 entries (the CMap limit, #5014).
 */

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, "0"));
const hex4 = (n: number) => HEX2[(n >> 8) & 0xff] + HEX2[n & 0xff];

function utf16Hex(cp: number): string {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** Everything of the CMap before its mappings. */
export const CMAP_HEADER =
  "/CIDInit /ProcSet findresource begin\n" +
  "12 dict begin\n" +
  "begincmap\n" +
  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
  "/CMapName /Adobe-Identity-UCS def\n" +
  "/CMapType 2 def\n" +
  "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";

/** Everything of the CMap after its mappings. */
export const CMAP_TRAILER = "endcmap\n" + "CMapName currentdict /CMap defineresource pop\n" + "end\n" + "end\n";

/**
 * The mappings of CIDs [from, to) (`unicodes[cid]` is the character drawn by CID `cid`; undefined: none,
 * e.g. .notdef or a component): bfrange blocks, then bfchar blocks. A CMap may hold any number of such
 * blocks, so the mappings of consecutive stretches of CIDs concatenate into the mappings of the whole.
 */
export function cmapMappings(unicodes: readonly (number | undefined)[], from = 0, to = unicodes.length): string {
  const ranges: string[] = [];
  const chars: string[] = [];
  let cid = from;
  while (cid < to) {
    const cp = unicodes[cid];
    if (cp === undefined) {
      cid++;
      continue;
    }
    let end = cid;
    if (cp <= 0xffff) {
      while (
        end + 1 < to &&
        unicodes[end + 1] === cp + (end + 1 - cid) &&
        (end + 1) >> 8 === cid >> 8 && //           same high byte of the CID
        ((cp + (end + 1 - cid)) & 0xff) !== 0 //    destination's last byte does not wrap
      )
        end++;
    }
    if (end > cid) ranges.push(`<${hex4(cid)}> <${hex4(end)}> <${hex4(cp)}>`);
    else chars.push(`<${hex4(cid)}> <${utf16Hex(cp)}>`);
    cid = end + 1;
  }
  const blocks = (entries: string[], op: string) => {
    let out = "";
    for (let i = 0; i < entries.length; i += 100) {
      const end = Math.min(entries.length, i + 100);
      out += `${end - i} begin${op}\n`;
      for (let k = i; k < end; k++) out += `${entries[k]}\n`;
      out += `end${op}\n`;
    }
    return out;
  };
  return blocks(ranges, "bfrange") + blocks(chars, "bfchar");
}

/** The whole CMap of a font whose CID `cid` draws `unicodes[cid]`. */
export function toUnicodeCMap(unicodes: readonly (number | undefined)[]): string {
  return CMAP_HEADER + cmapMappings(unicodes) + CMAP_TRAILER;
}
