/**
 * Parses the HTML subset that the letter templates emit into Block[] (types.ts). The same HTML, with a
 * stylesheet, is the HTML preview, so the subset is valid HTML. User text is escaped by Handlebars and
 * can never be markup; anything outside the subset is a template bug and throws an Error naming it.
 *
 * The subset (template authors: exactly this, nothing else):
 *   Blocks, at the top level, separated by any whitespace:
 *     <h1>text</h1>                            title
 *     <h2>text</h2>                            heading
 *     <h2 class="annex">text</h2>              the heading of an annex after the letter (附：收支情况说明):
 *                                              it starts a new page
 *     <p>inline</p>                            paragraph, style "body" (首行缩进两字, justified)
 *     <p class="salutation|noindent|closing|flush|right|center">inline</p>   that ParagraphStyle
 *     <ol><li>inline</li>…</ol>, <ul><li>inline</li>…</ul>                   lists
 *     <table> [<thead><tr><th>inline</th>…</tr></thead>]
 *             (<tbody><tr><td>inline</td>…</tr>…</tbody> | <tr><td>inline</td>…</tr>…) </table>
 *                                              <th>/<td> may have class="num" (right) or "center"
 *     <div class="signature"><p>inline</p>…</div>   signature lines (署名, 日期); the date line may be
 *                                              marked <p class="date"> (at most one; set right-aligned)
 *     <div class="cc"><p>inline</p>…</div>          cc lines (抄送)
 *     <footer>text</footer>                    one line at the foot of every page
 *   Inline content: text, <strong>inline</strong> (bold), <br> (forced line break, a span "\n").
 *   "text" (h1, h2, footer) is text only. The only attribute is class, double-quoted, one value.
 *   Entities: &amp; &lt; &gt; &quot; &#x27; &#39; &#x60; &#x3D; (what Handlebars writes) and numeric
 *   &#NNN; / &#xHHHH;. Runs of ASCII whitespace collapse to one space, trimmed at block edges and
 *   around <br>. No comments, no doctype, no other element or attribute.
 */
import type { Block, CellAlign, ParagraphStyle, Span, TableCell } from "./types";

interface Element {
  tag: string;
  cls: string | null;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(["br"]);
const KNOWN = new Set(["h1", "h2", "p", "ol", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "div", "footer", "strong", "br"]);
const CLASSES: Record<string, ReadonlySet<string>> = {
  p: new Set(["salutation", "noindent", "closing", "flush", "right", "center", "date"]),
  h2: new Set(["annex"]),
  th: new Set(["num", "center"]),
  td: new Set(["num", "center"]),
  div: new Set(["signature", "cc"]),
};
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The template's HTML → blocks. Throws an Error naming the first construct outside the subset. */
export function parseBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  for (const node of parseTree(html).children) {
    if (typeof node === "string") {
      if (node.trim() === "") continue;
      throw new Error(`blocks: text outside a block: "${node.trim().slice(0, 40)}"`);
    }
    blocks.push(toBlock(node));
  }
  return blocks;
}

// ── tree ───────────────────────────────────────────────────────────────────────────────────────────

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTR = /\s+([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'[^']*'|[^\s"'=<>`]+))?/y;

/**
 * Tags and decoded text → a tree, checking names, attributes and nesting of open/close tags. Runs on every
 * letter: the tags the templates write — `<p>`, `</td>`, `<td class="num">` — are read by `simpleTag`
 * without the TAG pattern (which reads them the same way); only other tags go through it.
 */
function parseTree(html: string): Element {
  const root: Element = { tag: "#root", cls: null, children: [] };
  const stack: Element[] = [root];
  const simple: SimpleTag = { closing: false, tag: "", cls: null };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) appendChild(stack[stack.length - 1], decodeEntities(html.slice(i, textEnd)));
    if (lt === -1) break;
    let closing: string, tag: string, attrs: string, selfClosing: string;
    let cls: string | null | undefined; // known when simpleTag read the tag's class
    const end = simpleTag(html, lt, simple);
    if (end > 0) {
      closing = simple.closing ? "/" : "";
      tag = simple.tag;
      attrs = selfClosing = "";
      cls = simple.cls;
      i = end;
    } else {
      TAG.lastIndex = lt;
      const match = TAG.exec(html);
      if (!match) throw new Error(`blocks: not a tag of the subset at "${html.slice(lt, lt + 30)}"`);
      [, closing, tag, attrs, selfClosing] = match;
      i = lt + match[0].length;
    }
    if (!KNOWN.has(tag)) throw new Error(`blocks: unknown element <${tag}>`);
    if (closing) {
      if (attrs || selfClosing) throw new Error(`blocks: malformed closing tag </${tag}>`);
      const open = stack.pop()!;
      if (open.tag !== tag) {
        throw new Error(open === root ? `blocks: </${tag}> closes nothing` : `blocks: unclosed <${open.tag}> (found </${tag}>)`);
      }
      continue;
    }
    if (selfClosing && !VOID.has(tag)) throw new Error(`blocks: <${tag}/> is not a void element`);
    const element: Element = { tag, cls: cls === undefined ? parseClass(tag, attrs) : elementClass(tag, cls), children: [] };
    appendChild(stack[stack.length - 1], element);
    if (!VOID.has(tag)) stack.push(element);
  }
  if (stack.length > 1) throw new Error(`blocks: unclosed <${stack[stack.length - 1].tag}>`);
  return root;
}

/**
 * Adds a child. Most elements have one child (a cell's text, a paragraph's), and a first push would give the
 * empty array room for 17: the first child gets an array of its own size instead.
 */
function appendChild(parent: Element, node: Node): void {
  if (parent.children.length === 0) parent.children = [node];
  else parent.children.push(node);
}

/** A tag as `simpleTag` read it. */
interface SimpleTag {
  closing: boolean;
  tag: string;
  /** The class value as written, not yet checked; null without one. */
  cls: string | null;
}

const SLASH = 0x2f;
const GREATER = 0x3e;
const CLASS_ATTR = ' class="';

/**
 * Reads `<name>`, `</name>` or `<name class="value">` at `lt` into `into` and returns where it ends (just past
 * ">"); -1 for any other form of tag. These are exactly what TAG matches with no attribute or with one
 * double-quoted class and nothing else, and they are nearly all the tags the templates write.
 */
function simpleTag(html: string, lt: number, into: SimpleTag): number {
  let j = lt + 1;
  const closing = html.charCodeAt(j) === SLASH;
  if (closing) j++;
  const start = j;
  const first = html.charCodeAt(j);
  if (!(first >= 0x61 && first <= 0x7a)) return -1; // [a-z]
  for (j++; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break; // [a-z0-9]
  }
  into.closing = closing;
  into.tag = html.slice(start, j);
  into.cls = null;
  if (html.charCodeAt(j) === GREATER) return j + 1;
  if (closing || !html.startsWith(CLASS_ATTR, j)) return -1;
  const valueStart = j + CLASS_ATTR.length;
  const quote = html.indexOf('"', valueStart);
  if (quote === -1 || html.charCodeAt(quote + 1) !== GREATER) return -1;
  into.cls = html.slice(valueStart, quote);
  return quote + 2;
}

/** The element's class, if any; any other attribute, or a class the element does not take, throws. */
function parseClass(tag: string, attrs: string): string | null {
  let cls: string | null = null;
  ATTR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (ATTR.lastIndex < attrs.length && (match = ATTR.exec(attrs))) {
    const [, name, raw, quoted] = match;
    if (name !== "class") throw new Error(`blocks: attribute "${name}" on <${tag}> is not in the subset`);
    if (quoted === undefined || raw === undefined) throw new Error(`blocks: class on <${tag}> must be double-quoted`);
    cls = allowedClass(tag, quoted);
  }
  return elementClass(tag, cls);
}

/** `cls` if the element takes that class; else throws. */
function allowedClass(tag: string, cls: string): string {
  if (!CLASSES[tag]?.has(cls)) throw new Error(`blocks: class "${cls}" is not allowed on <${tag}>`);
  return cls;
}

/** The class of an element whose class attribute (if any) was `cls`: checked, and required on <div>. */
function elementClass(tag: string, cls: string | null): string | null {
  if (cls !== null) allowedClass(tag, cls);
  if (tag === "div" && cls === null) throw new Error(`blocks: <div> needs class="signature" or class="cc"`);
  return cls;
}

const ENTITY = /&([^;\s&]*);?/g;
const NUMERIC_ENTITY = /^#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/;

/** Decodes the entities Handlebars writes plus numeric references; any other `&` throws. */
function decodeEntities(text: string): string {
  // Most text has no entity at all (Chinese prose; Handlebars escapes only & < > " ' ` =).
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new Error(`blocks: bare "&" in text near "${whole}"`);
    if (Object.hasOwn(NAMED, body)) return NAMED[body]; // own names only: `&constructor;` is not an entity
    const numeric = NUMERIC_ENTITY.exec(body);
    if (!numeric) throw new Error(`blocks: entity "${whole}" is not in the subset`);
    const cp = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`blocks: entity "${whole}" is not a character`);
    return String.fromCodePoint(cp);
  });
}

// ── blocks ─────────────────────────────────────────────────────────────────────────────────────────

function toBlock(el: Element): Block {
  switch (el.tag) {
    case "h1":
      return { kind: "title", text: plainText(el) };
    case "h2":
      return el.cls === "annex" ? { kind: "heading", text: plainText(el), annex: true } : { kind: "heading", text: plainText(el) };
    case "footer":
      return { kind: "footer", text: plainText(el) };
    case "p":
      if (el.cls === "date") throw new Error(`blocks: <p class="date"> belongs inside <div class="signature">`);
      return { kind: "paragraph", style: (el.cls ?? "body") as ParagraphStyle, spans: inlineSpans(el) };
    case "ol":
    case "ul":
      return { kind: "list", ordered: el.tag === "ol", items: childElements(el, ["li"]).map(inlineSpans) };
    case "table":
      return toTable(el);
    case "div": {
      const ps = childElements(el, ["p"]);
      ps.forEach((p) => {
        if (p.cls && !(p.cls === "date" && el.cls === "signature")) throw new Error(`blocks: <p class="${p.cls}"> inside <div class="${el.cls}">`);
      });
      const lines = ps.map(inlineSpans);
      if (el.cls !== "signature") return { kind: "cc", lines };
      const dates = ps.flatMap((p, i) => (p.cls === "date" ? [i] : []));
      if (dates.length > 1) throw new Error(`blocks: more than one <p class="date"> in <div class="signature">`);
      return dates.length ? { kind: "signature", lines, date: dates[0] } : { kind: "signature", lines };
    }
    default:
      throw new Error(`blocks: <${el.tag}> is not allowed at the top level`);
  }
}

function toTable(table: Element): Block {
  let header: TableCell[] | null = null;
  const rows: TableCell[][] = [];
  for (const part of childElements(table, ["thead", "tbody", "tr"])) {
    if (part.tag === "thead") {
      const trs = childElements(part, ["tr"]);
      if (header || trs.length !== 1) throw new Error("blocks: <table> takes one <thead> with exactly one <tr>");
      if (rows.length) throw new Error("blocks: <thead> must come before the rows");
      header = childElements(trs[0], ["th"]).map(toCell);
    } else if (part.tag === "tbody") {
      rows.push(...childElements(part, ["tr"]).map((tr) => childElements(tr, ["td"]).map(toCell)));
    } else {
      rows.push(childElements(part, ["td"]).map(toCell));
    }
  }
  return { kind: "table", header, rows };
}

function toCell(cell: Element): TableCell {
  const align: CellAlign = cell.cls === "num" ? "right" : cell.cls === "center" ? "center" : "left";
  return { spans: inlineSpans(cell), align };
}

/** Element children of `el`, which must all be one of `tags`; whitespace between them is ignored. */
function childElements(el: Element, tags: readonly string[]): Element[] {
  const elements: Element[] = [];
  for (const node of el.children) {
    if (typeof node === "string") {
      if (node.trim() === "") continue;
      throw new Error(`blocks: text directly inside <${el.tag}>: "${node.trim().slice(0, 40)}"`);
    }
    if (!tags.includes(node.tag)) throw new Error(`blocks: <${node.tag}> is not allowed inside <${el.tag}>`);
    elements.push(node);
  }
  return elements;
}

// ── text ───────────────────────────────────────────────────────────────────────────────────────────

const WHITESPACE_RUN = /[\t\n\f\r ]+/g;
const collapse = (text: string) => text.replace(WHITESPACE_RUN, " ");

/** Text-only content (h1, h2, footer), whitespace collapsed and trimmed. */
function plainText(el: Element): string {
  let text = "";
  for (const node of el.children) {
    if (typeof node !== "string") throw new Error(`blocks: <${node.tag}> is not allowed inside <${el.tag}>`);
    text += collapse(node);
  }
  return text.replace(/ {2,}/g, " ").trim();
}

/** Spans being built from inline content, and whether the next text starts a line (block start, after <br>). */
interface SpanRun {
  spans: Span[];
  atLineStart: boolean;
}

/** Inline content → spans: bold runs, "\n" spans for <br>, whitespace collapsed across span edges. */
function inlineSpans(el: Element): Span[] {
  const run: SpanRun = { spans: [], atLineStart: true };
  for (const child of el.children) addInline(run, child, false, el.tag);
  trimLastSpace(run.spans);
  return run.spans;
}

/**
 * Adds a node of inline content to the spans, in order: text (bold inside <strong>), "\n" for <br>. Module
 * functions writing into one run, not closures and a list of pieces per call: this runs for every paragraph,
 * cell and line of every letter.
 */
function addInline(run: SpanRun, node: Node, bold: boolean, parent: string): void {
  if (typeof node === "string") addText(run, collapse(node), bold);
  else if (node.tag === "br") {
    trimLastSpace(run.spans);
    addSpan(run, { text: "\n" });
    run.atLineStart = true;
  } else if (node.tag === "strong") for (const child of node.children) addInline(run, child, true, "strong");
  else throw new Error(`blocks: <${node.tag}> is not allowed inside <${parent}>`);
}

/** Adds collapsed text: a space at a line start or after a space is dropped; a run of one weight is one span. */
function addText(run: SpanRun, collapsed: string, bold: boolean): void {
  const { spans } = run;
  let text = collapsed;
  if ((run.atLineStart || endsWithSpace(spans)) && text.startsWith(" ")) text = text.slice(1);
  if (!text) return;
  run.atLineStart = false;
  const last = spans[spans.length - 1];
  if (last && last.text !== "\n" && !!last.bold === bold) last.text += text;
  else addSpan(run, bold ? { text, bold: true } : { text });
}

/** Adds a span; most inline content is one span, given an array of its own size (as `appendChild`). */
function addSpan(run: SpanRun, span: Span): void {
  if (run.spans.length === 0) run.spans = [span];
  else run.spans.push(span);
}

function endsWithSpace(spans: Span[]): boolean {
  const last = spans[spans.length - 1];
  return !!last && last.text !== "\n" && last.text.endsWith(" ");
}

/** Removes a trailing space from the last span (dropping the span if it empties). */
function trimLastSpace(spans: Span[]): void {
  const last = spans[spans.length - 1];
  if (!last || last.text === "\n" || !last.text.endsWith(" ")) return;
  last.text = last.text.slice(0, -1);
  if (!last.text) spans.pop();
  // a bold span that was only a space may have hidden another trailing space
  trimLastSpace(spans);
}
