/**
 * What the inline stages ask of every character, packed into one small integer per code point and
 * remembered per isolate: the tailored UAX #14 class (as an index into CLASSES), East Asian Width W/F
 * (isWide), the 禁则 of kinsoku.ts, and whether it is a combining mark (LB9). The answers are the very
 * functions of classes.ts and kinsoku.ts, asked once per code point instead of once per character set:
 * a letter uses a few hundred distinct code points in a few thousand characters, so the per-character
 * cost is one typed-array read (the BMP table is filled lazily, so a cold start pays nothing up front).
 */
import { breakClass, isCombining, isWide, type BreakClass } from "./classes";
import { NO_LINE_END, NO_LINE_START } from "./kinsoku";

/** Every break class, in a fixed order: a class is carried as its index here (CLASS_INDEX). */
export const CLASSES: readonly BreakClass[] = [
  "BK", "CR", "LF", "CM", "ZWJ", "SP", "ZW", "WJ", "GL", "BA", "BB", "B2", "HY", "CB",
  "CL", "CP", "EX", "IN", "NS", "OP", "QU", "IS", "NU", "PO", "PR", "SY", "AL", "ID",
];
export const CLASS_INDEX: Readonly<Record<BreakClass, number>> = Object.fromEntries(CLASSES.map((c, i) => [c, i])) as Record<BreakClass, number>;

/** The low five bits of a property value: the class index. */
export const CLASS_MASK = 0x1f;
/** isWide(cp): East Asian Width W/F, or ambiguous and drawn full width by a Chinese font. */
export const WIDE = 0x20;
/** cp ∈ NO_LINE_START (行首禁则). */
export const NO_START = 0x40;
/** cp ∈ NO_LINE_END (行尾禁则). */
export const NO_END = 0x80;
/** isCombining(cp): clings to the character before it. */
export const COMBINING = 0x100;
/** Set on every computed entry, so that 0 in the table means "not asked yet". */
const KNOWN = 0x8000;

/** The class of `cp` after tailoring T1 (opportunities.ts): “ ‘ open and ” ’ close, as Chinese uses them. */
export function tailoredClass(cp: number): BreakClass {
  if (cp === 0x201c || cp === 0x2018) return "OP";
  if (cp === 0x201d || cp === 0x2019) return "CL";
  return breakClass(cp);
}

function compute(cp: number): number {
  return (
    KNOWN |
    CLASS_INDEX[tailoredClass(cp)] |
    (isWide(cp) ? WIDE : 0) |
    (NO_LINE_START.has(cp) ? NO_START : 0) |
    (NO_LINE_END.has(cp) ? NO_END : 0) |
    (isCombining(cp) ? COMBINING : 0)
  );
}

/** The BMP, filled as code points are asked for; the rare supplementary code points are computed each time. */
const BMP = new Uint16Array(0x10000);

/** The properties of every CJK Unified Ideograph of the URO (U+4E00–9FFF): ID, wide, no 禁则, not a mark. */
const IDEOGRAPH = compute(0x4e00);

/** The packed properties of `cp` (test with the masks above; the class is `CLASSES[p & CLASS_MASK]`). */
export function charProperties(cp: number): number {
  if (cp >= 0x4e00 && cp <= 0x9fff) return IDEOGRAPH; // most characters of a letter: no table read
  if (cp < 0x10000) {
    const known = BMP[cp];
    return known !== 0 ? known : (BMP[cp] = compute(cp));
  }
  return compute(cp);
}
