/**
 * UAX #14 line-break classes (Unicode 15.1, LineBreak.txt) for the ranges a Chinese letter uses:
 * ASCII, Latin-1, general punctuation, CJK symbols and punctuation, kana, CJK ideographs (URO, Ext A–H,
 * compatibility), vertical/small/full-width forms. Everything else resolves to AL, which is what UAX #14
 * LB1 does with unknown (XX) characters. Written by hand instead of shipping the 60 KB Unicode trie:
 * the few hundred code points that matter here are listed explicitly and the rest is ranges.
 *
 * LB1 resolution for a Chinese (East Asian) context is applied here: AI → ID, CJ → NS (strict, clreq
 * §3.1.7), SA/XX → AL, H2/H3/JL/JV/JT → ID.
 */

export type BreakClass =
  | "BK" | "CR" | "LF" | "CM" | "ZWJ" | "SP" | "ZW" | "WJ" | "GL" | "BA" | "BB" | "B2" | "HY" | "CB"
  | "CL" | "CP" | "EX" | "IN" | "NS" | "OP" | "QU" | "IS" | "NU" | "PO" | "PR" | "SY" | "AL" | "ID";

/** ASCII 0x20–0x7E by position: letters are AL, digits NU (LineBreak.txt). */
const ASCII: readonly BreakClass[] = (() => {
  const table: BreakClass[] = [];
  const specials: Record<string, BreakClass> = {
    " ": "SP", "!": "EX", '"': "QU", $: "PR", "%": "PO", "'": "QU", "(": "OP", ")": "CP", "+": "PR",
    ",": "IS", "-": "HY", ".": "IS", "/": "SY", ":": "IS", ";": "IS", "?": "EX", "[": "OP", "\\": "PR",
    "]": "CP", "{": "OP", "|": "BA", "}": "CL",
  };
  for (let cp = 0x20; cp <= 0x7e; cp++) {
    const ch = String.fromCharCode(cp);
    table.push(specials[ch] ?? (cp >= 0x30 && cp <= 0x39 ? "NU" : "AL"));
  }
  return table;
})();

/** Single code points outside ASCII whose class is not the default of their range. */
const POINTS = new Map<number, BreakClass>([
  // Latin-1 Supplement (AI resolved to ID)
  [0x85, "BK"], [0xa0, "GL"], [0xa1, "OP"], [0xa2, "PO"], [0xa3, "PR"], [0xa4, "PR"], [0xa5, "PR"],
  [0xa7, "ID"], [0xa8, "ID"], [0xaa, "ID"], [0xab, "QU"], [0xad, "BA"], [0xb0, "PO"], [0xb1, "PR"],
  [0xb2, "ID"], [0xb3, "ID"], [0xb4, "BB"], [0xb6, "ID"], [0xb7, "ID"], [0xb8, "ID"], [0xb9, "ID"],
  [0xba, "ID"], [0xbb, "QU"], [0xbc, "ID"], [0xbd, "ID"], [0xbe, "ID"], [0xbf, "OP"], [0xd7, "ID"],
  [0xf7, "ID"],
  // General Punctuation
  [0x2007, "GL"], [0x200b, "ZW"], [0x200c, "CM"], [0x200d, "ZWJ"], [0x200e, "CM"], [0x200f, "CM"],
  [0x2010, "BA"], [0x2011, "GL"], [0x2012, "BA"], [0x2013, "BA"], [0x2014, "B2"], [0x2015, "ID"],
  [0x2016, "ID"], [0x2018, "QU"], [0x2019, "QU"], [0x201a, "OP"], [0x201b, "QU"], [0x201c, "QU"],
  [0x201d, "QU"], [0x201e, "OP"], [0x201f, "QU"], [0x2020, "ID"], [0x2021, "ID"], [0x2024, "IN"],
  [0x2025, "IN"], [0x2026, "IN"], [0x2027, "BA"], [0x2028, "BK"], [0x2029, "BK"], [0x202f, "GL"],
  [0x2039, "QU"], [0x203a, "QU"], [0x203b, "ID"], [0x203c, "NS"], [0x203d, "NS"], [0x2044, "IS"],
  [0x2045, "OP"], [0x2046, "CL"], [0x2047, "NS"], [0x2048, "NS"], [0x2049, "NS"], [0x2056, "BA"],
  [0x205f, "BA"], [0x2060, "WJ"], [0x2103, "PO"], [0x2109, "PO"], [0x2116, "PR"], [0x2e3a, "B2"],
  [0x2e3b, "B2"],
  // CJK Symbols and Punctuation (U+3000–303F)
  [0x3000, "BA"], [0x3001, "CL"], [0x3002, "CL"], [0x3005, "NS"], [0x3008, "OP"], [0x3009, "CL"],
  [0x300a, "OP"], [0x300b, "CL"], [0x300c, "OP"], [0x300d, "CL"], [0x300e, "OP"], [0x300f, "CL"],
  [0x3010, "OP"], [0x3011, "CL"], [0x3014, "OP"], [0x3015, "CL"], [0x3016, "OP"], [0x3017, "CL"],
  [0x3018, "OP"], [0x3019, "CL"], [0x301a, "OP"], [0x301b, "CL"], [0x301c, "NS"], [0x301d, "OP"],
  [0x301e, "CL"], [0x301f, "CL"], [0x303b, "NS"], [0x303c, "NS"],
  // Kana punctuation
  [0x309b, "NS"], [0x309c, "NS"], [0x309d, "NS"], [0x309e, "NS"], [0x30a0, "NS"], [0x30fb, "NS"],
  [0x30fc, "NS"], [0x30fd, "NS"], [0x30fe, "NS"],
  // Vertical forms, CJK compatibility forms, small form variants
  [0xfe10, "IS"], [0xfe11, "CL"], [0xfe12, "CL"], [0xfe13, "IS"], [0xfe14, "IS"], [0xfe15, "EX"],
  [0xfe16, "EX"], [0xfe17, "OP"], [0xfe18, "CL"], [0xfe19, "IN"], [0xfe50, "CL"], [0xfe52, "CL"],
  [0xfe54, "NS"], [0xfe55, "NS"], [0xfe56, "EX"], [0xfe57, "EX"], [0xfe59, "OP"], [0xfe5a, "CL"],
  [0xfe5b, "OP"], [0xfe5c, "CL"], [0xfe5d, "OP"], [0xfe5e, "CL"], [0xfe69, "PR"], [0xfe6a, "PO"],
  [0xfeff, "WJ"],
  // Halfwidth and Fullwidth Forms
  [0xff01, "EX"], [0xff04, "PR"], [0xff05, "PO"], [0xff08, "OP"], [0xff09, "CL"], [0xff0c, "CL"],
  [0xff0e, "CL"], [0xff1a, "NS"], [0xff1b, "NS"], [0xff1f, "EX"], [0xff3b, "OP"], [0xff3d, "CL"],
  [0xff5b, "OP"], [0xff5d, "CL"], [0xff5f, "OP"], [0xff60, "CL"], [0xff61, "CL"], [0xff62, "OP"],
  [0xff63, "CL"], [0xff64, "CL"], [0xff65, "NS"], [0xffe0, "PO"], [0xffe1, "PR"], [0xffe5, "PR"],
  [0xffe6, "PR"],
]);

/** Small kana (CJ), resolved to NS as clreq's strict rule for zh asks. */
const SMALL_KANA = new Set([
  0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308e, 0x3095, 0x3096,
  0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30c3, 0x30e3, 0x30e5, 0x30e7, 0x30ee, 0x30f5, 0x30f6,
]);

/** Combining marks, variation selectors and joiners: they cling to the preceding character (LB9). */
export function isCombining(cp: number): boolean {
  if (cp < 0x0300 || (cp > 0x309a && cp < 0xfe00)) return false; // Latin, CJK punctuation, ideographs: the hot path
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0x302a && cp <= 0x302f) ||
    (cp >= 0x3099 && cp <= 0x309a) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** The UAX #14 class of `cp`, resolved for a Chinese context (see the module comment). */
export function breakClass(cp: number): BreakClass {
  if (cp >= 0x4e00 && cp <= 0x9fff) return "ID"; // the common case first: URO ideographs
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20];
  if (cp < 0x20) {
    if (cp === 0x09) return "BA";
    if (cp === 0x0a) return "LF";
    if (cp === 0x0d) return "CR";
    if (cp === 0x0b || cp === 0x0c) return "BK";
    return "CM";
  }
  const point = POINTS.get(cp);
  if (point) return point;
  if (isCombining(cp)) return "CM";
  if (cp < 0x2000) return cp >= 0x7f && cp < 0xa0 ? "CM" : "AL";
  if (cp <= 0x206f) {
    if (cp <= 0x200a) return "BA"; //           en quad … hair space
    if (cp >= 0x2030 && cp <= 0x2037) return "PO"; // ‰ ‱ ′ ″ …
    if (cp >= 0x2058 && cp <= 0x205e) return "BA";
    if (cp >= 0x2066) return "CM";
    return "AL";
  }
  if (cp >= 0x20a0 && cp <= 0x20cf) return "PR"; // currency signs
  if (cp < 0x2e80) {
    // enclosed alphanumerics ①, box drawing, geometric shapes, roman numerals, arrows: AI → ID
    if ((cp >= 0x2460 && cp <= 0x25ff) || (cp >= 0x2160 && cp <= 0x216b) || (cp >= 0x2190 && cp <= 0x2199)) return "ID";
    if (cp >= 0x2600 && cp <= 0x27bf) return "ID";
    return "AL";
  }
  if (cp <= 0x2fff) return "ID"; //                radicals, ideographic description
  if (cp <= 0x303f) return "ID"; //                the rest of CJK symbols and punctuation
  if (cp <= 0x30ff) return SMALL_KANA.has(cp) ? "NS" : "ID";
  if (cp >= 0x31f0 && cp <= 0x31ff) return "NS"; // small katakana extensions (CJ)
  if (cp <= 0x4dbf) return "ID"; //                bopomofo, enclosed CJK, compatibility, Ext A
  if (cp <= 0x4dff) return "AL"; //                Yijing hexagrams
  if (cp <= 0xa4cf) return "ID"; //                URO, Yi
  if (cp >= 0xac00 && cp <= 0xd7a3) return "ID"; // Hangul syllables (H2/H3)
  if (cp >= 0xf900 && cp <= 0xfaff) return "ID";
  if (cp >= 0xfe30 && cp <= 0xfe4f) return cjkCompatibilityForm(cp);
  if (cp >= 0xfe50 && cp <= 0xfe6f) return "ID";
  if (cp >= 0xff00 && cp <= 0xff60) return "ID"; // full-width letters, digits and the rest
  if (cp >= 0xffe0 && cp <= 0xffe6) return "ID";
  if (cp >= 0x1f000 && cp <= 0x1faff) return "ID"; // emoji and pictographs
  if (cp >= 0x20000 && cp <= 0x3fffd) return "ID"; // supplementary ideographic planes (Ext B–H)
  return "AL";
}

/** U+FE30–FE4F CJK compatibility (vertical presentation) forms: brackets alternate OP/CL from U+FE35. */
function cjkCompatibilityForm(cp: number): BreakClass {
  if (cp >= 0xfe35 && cp <= 0xfe44) return (cp - 0xfe35) % 2 === 0 ? "OP" : "CL";
  if (cp === 0xfe47) return "OP";
  if (cp === 0xfe48) return "CL";
  return "ID";
}

/** Characters of East Asian Width W/F, plus the ambiguous (A) ones a Chinese font draws full width. */
export function isWide(cp: number): boolean {
  if (cp >= 0x2e80 && cp <= 0xa4cf) return true; // CJK punctuation, kana, ideographs
  if (cp < 0x00a7) return false;
  if (cp < 0x2000) return WIDE_AMBIGUOUS.has(cp);
  if (cp < 0x2e80) return WIDE_AMBIGUOUS.has(cp) || (cp >= 0x2460 && cp <= 0x27bf) || (cp >= 0x2160 && cp <= 0x216b);
  return (
    cp <= 0xa4cf ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const WIDE_AMBIGUOUS = new Set([
  0xa7, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7, 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2025, 0x2026, 0x2030, 0x2032, 0x2033, 0x203b, 0x2103, 0x2116, 0x2190, 0x2191, 0x2192, 0x2193,
]);
