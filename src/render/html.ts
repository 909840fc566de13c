/**
 * The HTML preview (Accept: text/html): the template's own HTML subset with a stylesheet that follows the
 * PDF's house style (A4 measure, 首行缩进两字, justified paragraphs and list items, table cells flush and
 * never letter-spaced, the signature a right-aligned block at most half the measure wide whose lines align
 * with each other, the date at its right edge). No scripts. Where CSS cannot follow the layout exactly:
 * a wrapped signature line hangs 5 em (the width of 「通讯地址：」) where the PDF hangs it under its own
 * label, and the browser's line breaker (not ours) decides where cell text wraps — so header cells and
 * numeric or centred cells (序号, dates, times, amounts) are kept unwrapped, as the PDF's column widths
 * keep them, instead of CSS table layout narrowing them to 「序／号」 or 「2026-10-／12」.
 */

export const LETTER_CSS = `
.letter{max-width:45em;margin:0 auto;padding:2em 1.5em;background:#fff;color:#111;
  font:16px/1.7 "Noto Serif SC","Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;text-align:justify}
.letter h1{font-size:1.5em;text-align:center;margin:0 0 1em;font-weight:700;letter-spacing:.05em}
.letter h2{font-size:1.05em;margin:1em 0 .3em;font-weight:700}
.letter h2.annex{break-before:page;margin-top:2.5em;padding-top:1em;border-top:1px solid #bbb}
.letter p{margin:0;text-indent:2em}
.letter p.salutation,.letter p.noindent,.letter p.flush,.letter p.right,.letter p.center{text-indent:0}
.letter p.right{text-align:right}.letter p.center{text-align:center}
.letter p.closing{margin-top:.5em}
.letter ol,.letter ul{margin:.2em 0 .2em 2em;padding-left:1.2em}
.letter table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.875em;line-height:1.5}
.letter th,.letter td{border:1px solid #333;padding:.25em .4em;text-align:left;letter-spacing:normal;vertical-align:top}
.letter th{font-weight:700;background:#f4f4f4}
.letter td.num,.letter th.num{text-align:right;font-variant-numeric:tabular-nums}
.letter td.center,.letter th.center{text-align:center}
.letter th,.letter td.num,.letter td.center{white-space:nowrap}
.letter .signature{margin:1.5em 0 .85em auto;width:fit-content;min-width:14em;max-width:50%}
.letter .signature p{text-align:left;padding-left:5em;text-indent:-5em}
.letter .signature p.date,.letter .signature p:last-child{text-align:right;padding-left:0;text-indent:0}
.letter .cc p{text-indent:0}
.letter .cc{margin-top:1.5em}
.letter footer{margin-top:2em;padding-top:.5em;border-top:1px solid #ccc;font-size:.75em;color:#555;text-align:center}
`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** A standalone HTML page around a rendered letter. */
export function htmlPage(letterHtml: string, title: string, locale: string): string {
  const lang = locale === "zh-Hant" ? "zh-Hant" : "zh-CN";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{margin:0;background:#eee}${LETTER_CSS}</style>
</head>
<body>
<article class="letter">
${letterHtml}
</article>
</body>
</html>
`;
}
