/**
 * Break opportunities: the UAX #14 pair rules (LB7–LB31, as a pair table with the "X SP* ×" look-back)
 * tailored for Simplified Chinese, then the 禁则 of GB/T 15834 / clreq §3.1.7 on top. The result says
 * where a line *may* end; the line breaker chooses among these and nothing else.
 *
 * Tailorings (UAX #14 §8 allows them):
 *  T1  “ ‘ open and ” ’ close (OP / CL), as Chinese uses them (clreq §3.1.7); UAX #14 leaves QU unresolved.
 *  T2  HY × AL: hyphenated codes such as HT-2024-ABC stay whole (numbers already do by LB25).
 *  T3  no break before a NO_LINE_START mark or after a NO_LINE_END mark, even around spaces.
 *  T4  NU × ID: a number stays with the ideograph after it, so 「5月」「15日」「12期」「3号楼」 never split
 *      as 「5 / 月」 (clreq: a number and its unit are not separated); the break moves before the number.
 *  T6  a number's two-character unit is one unit too: 「3单元」「2号楼」 (單元, 號樓) never wrap as 「3单 / 元」
 *      or 「2号 / 楼」, which read as a number with a different unit. Only after a number (UAX #14 NU) and
 *      only these address units: between other ideographs clreq allows a break anywhere, and guessing
 *      words would need a dictionary.
 */
import { uint8Array } from "../arena";
import type { BreakClass } from "./classes";
import { CLASS_INDEX, CLASS_MASK, CLASSES, charProperties, NO_END, NO_START, WIDE } from "./properties";

export { tailoredClass } from "./properties";

/**
 * For each index i ≥ 1, 1 if a line may end before `cps[i]` (the break falls after any spaces,
 * which the breaker trims, LB7/LB18); index 0 is always 0 (LB2). `properties` may pass the packed
 * properties (properties.ts) of `cps` if the caller has them already.
 */
export function breakOpportunities(cps: ArrayLike<number>, properties?: ArrayLike<number>): Uint8Array {
  const n = cps.length;
  const out = uint8Array(n);
  if (n === 0) return out;
  let beforeProps = properties ? properties[0] : charProperties(cps[0]);
  let before = beforeProps & CLASS_MASK;
  if (before === CM || before === ZWJ) before = AL; //  LB10: a lone mark is AL
  let twoBefore = -1; //  the class before `before` (T6 looks two back)
  let prev = NONE; //     last class before i that is not SP (for "X SP* ×")
  let prevProps = 0; //   its properties (行尾禁则 looks at it)
  for (let i = 1; i < n; i++) {
    const props = properties ? properties[i] : charProperties(cps[i]);
    let cur = props & CLASS_MASK;
    if (cur === ZWJ) cur = CM; // LB10 (after the first character a mark stays CM)
    if (before !== SP) {
      prev = before;
      prevProps = beforeProps;
    }
    // the UAX #14 pair rules: bit 0 of the pair's entry (for a direct pair, shifted to its widths' bit)
    const pair = before === SP ? afterSpace(prev, cur) : direct(before, cur) >> (beforeProps & WIDE ? 2 : 0) >> (props & WIDE ? 1 : 0);
    const allowed =
      (pair & 1) === 1 &&
      !(props & NO_START) && //      T3, clreq §3.1.7 行首禁则
      !(prevProps & NO_END); //       T3, clreq §3.1.7 行尾禁则
    out[i] = allowed && !(twoBefore === NU && isUnitPair(cps[i - 1], cps[i])) ? 1 : 0; // T6
    twoBefore = before;
    before = cur;
    beforeProps = props;
  }
  return out;
}

/** Two-character units written after a number (T6), as first × second code point pairs. */
const UNIT_PAIRS: ReadonlySet<number> = new Set(["单元", "單元", "号楼", "號樓"].map((pair) => pairKey(pair.codePointAt(0)!, pair.codePointAt(1)!)));

function pairKey(first: number, second: number): number {
  return first * 0x110000 + second;
}

function isUnitPair(first: number, second: number): boolean {
  return UNIT_PAIRS.has(pairKey(first, second));
}

const LB13: ReadonlySet<BreakClass> = new Set(["CL", "CP", "EX", "IS", "SY"]);
const LB21: ReadonlySet<BreakClass> = new Set(["BA", "HY", "NS"]);

/**
 * UAX #14 LB4–LB31 between `before` and `cur`; `prev` is the last non-space class before `cur`;
 * `beforeWide`, `curWide`: isWide of the two characters (LB30 asks). The definition of the pair rules:
 * breakOpportunities reads them from the tables below, which are filled from this function.
 */
function pairAllows(
  before: BreakClass,
  prev: BreakClass | undefined,
  cur: BreakClass,
  beforeWide: boolean,
  curWide: boolean,
): boolean {
  if (before === "BK" || before === "LF" || before === "CR") return true; //   LB4, LB5
  if (cur === "SP" || cur === "BK" || cur === "LF" || cur === "CR") return false; // LB6, LB7
  if (prev === "ZW") return true; //                                             LB8
  if (cur === "CM" || cur === "ZWJ" || before === "ZWJ") return false; //      LB8a, LB9
  if (cur === "WJ" || before === "WJ") return false; //                          LB11
  if (before === "GL") return false; //                                          LB12
  if (cur === "GL" && before !== "SP" && before !== "BA" && before !== "HY") return false; // LB12a
  if (LB13.has(cur)) return false; //                                            LB13
  if (prev === "OP") return false; //                                            LB14
  if (prev === "QU" && cur === "OP") return false; //                            LB15
  if ((prev === "CL" || prev === "CP") && cur === "NS") return false; //         LB16
  if (prev === "B2" && cur === "B2") return false; //                            LB17
  if (before === "SP") return true; //                                           LB18
  if (cur === "QU" || before === "QU") return false; //                          LB19
  if (cur === "CB" || before === "CB") return true; //                           LB20
  if (LB21.has(cur) || before === "BB") return false; //                         LB21
  if (cur === "IN") return false; //                                             LB22
  if ((before === "AL" && cur === "NU") || (before === "NU" && cur === "AL")) return false; // LB23
  if ((before === "PR" && cur === "ID") || (before === "ID" && cur === "PO")) return false; // LB23a
  if ((before === "PR" || before === "PO") && cur === "AL") return false; //     LB24
  if (before === "AL" && (cur === "PR" || cur === "PO")) return false; //        LB24
  if ((before === "CL" || before === "CP" || before === "NU") && (cur === "PO" || cur === "PR")) return false; // LB25
  if ((before === "PO" || before === "PR") && (cur === "OP" || cur === "NU")) return false; // LB25
  if ((before === "HY" || before === "IS" || before === "NU" || before === "SY") && cur === "NU") return false; // LB25
  if (before === "HY" && cur === "AL") return false; //                          T2
  if (before === "NU" && cur === "ID") return false; //                          T4
  if (before === "AL" && cur === "AL") return false; //                          LB28
  if (before === "IS" && cur === "AL") return false; //                          LB29
  if ((before === "AL" || before === "NU") && cur === "OP" && !curWide) return false; //    LB30
  if (before === "CP" && !beforeWide && (cur === "AL" || cur === "NU")) return false; // LB30
  return true; //                                                                LB31
}

const COUNT = CLASSES.length;
const { SP, CM, ZWJ, AL, NU } = CLASS_INDEX;
const NONE = -1;

/**
 * pairAllows as a pair table (UAX #14 §7 "Pair Table-Based Implementation"), so the per-character cost is
 * one read. When `before` is not a space, `prev` is `before` itself and only the widths (LB30) add to the
 * pair: DIRECT[before × cur] holds one bit per (beforeWide, curWide), bit 2·beforeWide + curWide.
 * After a space, LB18 allows the break unless an earlier rule about `prev` (LB8, LB14–LB17) or `cur`
 * forbids it, so widths never matter: AFTER_SPACE[(prev + 1) × cur], prev = NONE (−1) at the start.
 * Entries are filled from pairAllows on first use (KNOWN marks a filled one): a letter meets a few dozen
 * of the ~1,600 pairs, and filling all of them up front would cost a cold isolate milliseconds.
 */
const DIRECT = new Uint8Array(COUNT * COUNT);
const AFTER_SPACE = new Uint8Array((COUNT + 1) * COUNT);
const KNOWN = 0x10;

function direct(before: number, cur: number): number {
  const at = before * COUNT + cur;
  let bits = DIRECT[at];
  if (bits === 0) {
    bits = KNOWN;
    for (let w = 0; w < 4; w++) {
      if (pairAllows(CLASSES[before], CLASSES[before], CLASSES[cur], (w & 2) !== 0, (w & 1) !== 0)) bits |= 1 << w;
    }
    DIRECT[at] = bits;
  }
  return bits;
}

function afterSpace(prev: number, cur: number): number {
  const at = (prev + 1) * COUNT + cur;
  let bits = AFTER_SPACE[at];
  if (bits === 0) {
    bits = KNOWN | (pairAllows("SP", prev === NONE ? undefined : CLASSES[prev], CLASSES[cur], false, false) ? 1 : 0);
    AFTER_SPACE[at] = bits;
  }
  return bits;
}
