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
import { breakClass, isWide, type BreakClass } from "./classes";
import { NO_LINE_END, NO_LINE_START } from "./kinsoku";

/** The class of `cp` after tailoring T1. */
export function tailoredClass(cp: number): BreakClass {
  if (cp === 0x201c || cp === 0x2018) return "OP";
  if (cp === 0x201d || cp === 0x2019) return "CL";
  return breakClass(cp);
}

/**
 * For each index i ≥ 1, 1 if a line may end before `cps[i]` (the break falls after any spaces,
 * which the breaker trims, LB7/LB18); index 0 is always 0 (LB2). `tailored` may pass the classes
 * of `cps` if the caller has them already.
 */
export function breakOpportunities(cps: readonly number[], tailored?: readonly BreakClass[]): Uint8Array {
  const n = cps.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const classes = (tailored ?? cps.map(tailoredClass)).map((c, i) =>
    c === "CM" || c === "ZWJ" ? (i === 0 ? "AL" : "CM") : c, // LB10: a lone mark is AL
  );
  let prev: BreakClass | undefined; // last class before i that is not SP (for "X SP* ×")
  let prevCp = -1;
  for (let i = 1; i < n; i++) {
    if (classes[i - 1] !== "SP") {
      prev = classes[i - 1];
      prevCp = cps[i - 1];
    }
    const allowed =
      pairAllows(classes[i - 1], prev, classes[i], cps[i - 1], cps[i]) &&
      !NO_LINE_START.has(cps[i]) && //   T3, clreq §3.1.7 行首禁则
      !NO_LINE_END.has(prevCp); //        T3, clreq §3.1.7 行尾禁则
    out[i] = allowed && !(i >= 2 && classes[i - 2] === "NU" && isUnitPair(cps[i - 1], cps[i])) ? 1 : 0; // T6
  }
  return out;
}

/** Two-character units written after a number (T6), as first × second code point pairs. */
const UNIT_PAIRS: ReadonlySet<string> = new Set(["单元", "單元", "号楼", "號樓"]);

function isUnitPair(first: number, second: number): boolean {
  return UNIT_PAIRS.has(String.fromCodePoint(first, second));
}

const LB13: ReadonlySet<BreakClass> = new Set(["CL", "CP", "EX", "IS", "SY"]);
const LB21: ReadonlySet<BreakClass> = new Set(["BA", "HY", "NS"]);

/** UAX #14 LB4–LB31 between `before` and `cur`; `prev` is the last non-space class before `cur`. */
function pairAllows(
  before: BreakClass,
  prev: BreakClass | undefined,
  cur: BreakClass,
  beforeCp: number,
  curCp: number,
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
  if ((before === "AL" || before === "NU") && cur === "OP" && !isWide(curCp)) return false; // LB30
  if (before === "CP" && !isWide(beforeCp) && (cur === "AL" || cur === "NU")) return false; // LB30
  return true; //                                                                LB31
}
