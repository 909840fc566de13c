/**
 * zh-Hant from zh-Hans, at build time: OpenCC (opencc-js) converts each character to its Traditional form as
 * written in Taiwan's and Hong Kong's standard character lists (`to: "tw"`: 為, 核, 著, 參 — not the older
 * forms 爲, 覈, 着, 蔘 that the plain "t" target gives), and a small reviewed phrase table fixes what a
 * character-by-character conversion cannot know. Words are kept as mainland Chinese writes them (信息, 聯繫,
 * 賬號): a letter to a mainland institution in Traditional script is the same letter in another script, not
 * a Taiwanese rewording (資訊, 聯絡) — so no phrase conversion ("twp").
 *
 * Used by scripts/precompile-templates.mjs (templates/zh-Hans → zh-Hant) and by the tests
 * (test/text/traditional.test.ts), which check that the derived letters agree with the hand-written
 * Traditional templates the project used before.
 */
import * as OpenCC from "opencc-js";
import ST_CHARACTERS from "opencc-js/dict/STCharacters";

/** OpenCC alone, character by character, without the phrase table. */
export const toTaiwanCharacters = OpenCC.Converter({ from: "cn", to: "tw" });

/**
 * What OpenCC gets wrong in our letters, as [after conversion, right, why]. Applied to the converted text in
 * this order. Keep each entry as narrow as its context allows: these are templates, and `}}`/`{{` mark the
 * places where the view model's values go.
 */
export const PHRASES = [
  [
    "}}系{{",
    "}}係{{",
    "系 as the copula 是 (申请人张三系贵行的持卡人) is 係 in Traditional; OpenCC keeps 系 (系統, 關係 are other words)",
  ],
  ["鬚經", "須經", "须 here is 必須 (須經貴方同意); OpenCC reads 须 as 鬍鬚"],
  ["瞭解", "了解", "了解 is the standard form in both mainland and Taiwan usage; OpenCC's 瞭解 is a variant"],
];

/** zh-Hans text (a template or a sentence) in zh-Hant. ASCII, placeholders and markup pass through. */
export function toTraditional(text) {
  let out = toTaiwanCharacters(text);
  for (const [from, to] of PHRASES) out = out.split(from).join(to);
  return out;
}

/**
 * Characters that are Simplified only: OpenCC converts them, and they are not in Big5 (the Traditional
 * character set), so a text holding one was typed in Simplified script. 干, 后, 里, 台 and the like convert
 * too but are Traditional characters in their own right (干擾, 皇后, 鄰里) and are not listed.
 */
export function simplifiedOnlyCharacters() {
  const big5 = new Set();
  const decoder = new TextDecoder("big5");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if ([...ch].length === 1 && ch !== "\ufffd") big5.add(ch);
    }
  const simplified = [];
  for (const entry of ST_CHARACTERS.split("|")) {
    const [from, ...to] = entry.split(" ");
    if ([...from].length === 1 && !to.includes(from) && !big5.has(from)) simplified.push(from);
  }
  return simplified.sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
}
