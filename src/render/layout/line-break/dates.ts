/**
 * Dates written the Chinese way, 2026年10月12日 (GB/T 15835-2011 出版物上数字用法: a calendar date in
 * Arabic digits with 年月日), as typographic units:
 *  - tailoring T5 (used by table cells): no line break inside such a date. Body text may still break after
 *    年 or 月 (clreq allows a break between any two ideographs, and T4 already keeps 8月 and 15日 whole),
 *    but a date that wraps inside a narrow table column reads as two entries;
 *  - a line that is nothing but a date (the date under a signature) is recognised as one.
 * ISO dates (2026-10-12) and dotted ones (2026.8.1) need neither: UAX #14 LB25 keeps numbers whole.
 */

const DIGIT_MIN = 0x30;
const DIGIT_MAX = 0x39;
const FULL_DIGIT_MIN = 0xff10;
const FULL_DIGIT_MAX = 0xff19;
const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日
const DAY_SPOKEN = 0x53f7; // 号, as in 10月12号

const isDigit = (cp: number) => (cp >= DIGIT_MIN && cp <= DIGIT_MAX) || (cp >= FULL_DIGIT_MIN && cp <= FULL_DIGIT_MAX);

/** Digits from `i`, at most `max` of them: the index after the last (i if none). */
function digits(cps: ArrayLike<number>, i: number, max: number): number {
  let j = i;
  while (j < cps.length && j - i < max && isDigit(cps[j])) j++;
  return j < cps.length && isDigit(cps[j]) ? i : j; // more digits than a date field has: not a date
}

/**
 * The dates in `cps` as [start, end) index pairs: Y年M月D日, Y年M月 and M月D日 (1–4 digit year, 1–2 digit
 * month and day, ASCII or full-width digits), each not preceded by another digit.
 */
export function dateRanges(cps: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < cps.length; i++) {
    if (!isDigit(cps[i]) || (i > 0 && isDigit(cps[i - 1]))) continue;
    const end = dateAt(cps, i);
    if (end > i) {
      out.push([i, end]);
      i = end - 1;
    }
  }
  return out;
}

/** The end of a date starting at `i`, or `i` if none starts there. */
function dateAt(cps: ArrayLike<number>, i: number): number {
  const first = digits(cps, i, 4);
  if (first === i) return i;
  if (cps[first] === YEAR) {
    const month = digits(cps, first + 1, 2);
    if (month === first + 1 || cps[month] !== MONTH) return i;
    return dayAfter(cps, month + 1) ?? month + 1; //   Y年M月D日 or Y年M月
  }
  if (cps[first] === MONTH && first - i <= 2) return dayAfter(cps, first + 1) ?? i; // M月D日
  return i;
}

function dayAfter(cps: ArrayLike<number>, i: number): number | undefined {
  const day = digits(cps, i, 2);
  return day > i && (cps[day] === DAY || cps[day] === DAY_SPOKEN) ? day + 1 : undefined;
}

/** Whether `text` is a date and nothing else (surrounding spaces aside): 2026年11月23日. */
export function isDateText(text: string): boolean {
  const cps = [...text.trim()].map((ch) => ch.codePointAt(0)!);
  const [range] = dateRanges(cps);
  return !!range && range[0] === 0 && range[1] === cps.length && cps.includes(YEAR);
}
