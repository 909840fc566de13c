/**
 * The letter pipeline, top to bottom: validate → view model → template → blocks → layout → PDF.
 * Nothing here knows HTTP: the Worker, the Node server and the CLI all call these functions.
 */
import type { LetterType, BuiltLetter } from "./letters/types";
import type { Block, DocumentMeta, FaceId } from "./render/types";
import { validateBody } from "./validation";
import { renderTemplate } from "./render/template";
import { parseBlocks } from "./render/blocks";
import { layoutCodePoints, layoutDocument } from "./render/layout";
import { describeCodePoint, findUndrawable, loadFontSet, undrawableError, type FontFileLoader } from "./render/fonts";
import { writePdf, type SharedGlyphs, type WritePdfOptions } from "./render/pdf";
import { blocksToText } from "./render/text";
import { htmlPage } from "./render/html";
import { todayInShanghai, type CalendarDate } from "./text/dates";
import { ShuhanError, type FieldError } from "./errors";

export interface PreparedLetter {
  type: LetterType;
  letter: BuiltLetter;
  /** The template's output: the HTML subset (also the body of the HTML preview). */
  html: string;
  blocks: Block[];
  /** The letter date: the body's `date`, or today in Asia/Shanghai (the PDF's metadata dates). */
  date: CalendarDate;
}

export interface PrepareOptions {
  /** The clock, for the default letter date (today in Asia/Shanghai). */
  now?: Date;
  /** Prefix for field paths in errors, e.g. ["items", 3] inside a batch. */
  pathPrefix?: readonly PropertyKey[];
}

/**
 * Every string in the validated input that holds a character no shipped font can draw, by field path, in the
 * input's order; the characters themselves are added to `found`. One walk that pushes onto `errors` and onto
 * one `path`, with no copies: it runs on every letter, and most letters have nothing to report.
 */
function undrawableFields(value: unknown, path: PropertyKey[], found: Set<number>, errors: FieldError[] = []): FieldError[] {
  if (typeof value === "string") {
    const bad = findUndrawable(value);
    if (bad.length) {
      bad.forEach((cp) => found.add(cp));
      const named = bad.map(describeCodePoint).join("、");
      errors.push({
        path: path.map(String).join("."),
        code: "UNDRAWABLE_CHARACTERS",
        message: { zh: `字体无法显示以下字符：${named}`, en: `the fonts cannot draw: ${named}` },
      });
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      undrawableFields(value[i], path, found, errors);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      path.push(key);
      undrawableFields((value as Record<string, unknown>)[key], path, found, errors);
      path.pop();
    }
  }
  return errors;
}

/**
 * validate → view model, without the template and without any font: the letter's facts and warnings, or the
 * same 422 a render would give (POST /v1/letters/{type}/check). Undrawable characters are found from the
 * fonts' manifest (a packed table), not from the fonts.
 */
export function buildLetter(type: LetterType, body: unknown, options: PrepareOptions = {}): BuiltLetter {
  return buildDatedLetter(type, body, options).letter;
}

/** buildLetter, with the letter's date (the body's, or today in Asia/Shanghai): the PDF is dated by it. */
function buildDatedLetter(type: LetterType, body: unknown, options: PrepareOptions): { letter: BuiltLetter; date: CalendarDate } {
  const prefix = options.pathPrefix ?? [];
  const context = { today: todayInShanghai(options.now) };
  const checks = type.checks;
  const input = validateBody(type.schema, body, prefix, checks ? (read) => checks(read, context) : undefined);
  const characters = new Set<number>();
  const undrawable = undrawableFields(input, [...prefix], characters);
  if (undrawable.length) throw undrawableError([...characters], undrawable);
  const letter = withPathPrefix(prefix, () => type.build(input, context));
  return { letter, date: (input as { date?: CalendarDate }).date ?? context.today };
}

/** validate → view model → template → blocks. Synchronous; throws ShuhanError (422) on bad input. */
export function prepareLetter(type: LetterType, body: unknown, options: PrepareOptions = {}): PreparedLetter {
  const { letter, date } = buildDatedLetter(type, body, options);
  const html = renderTemplate(`${letter.locale}/${letter.template}`, letter.viewModel);
  return { type, letter, html, blocks: parseBlocks(html), date };
}

/** Runs a view-model step whose checks (e.g. dates against the letter date) report paths relative to the letter. */
function withPathPrefix<T>(prefix: readonly PropertyKey[], step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!prefix.length || !(error instanceof ShuhanError) || !error.errors) throw error;
    const head = prefix.map(String).join(".");
    throw new ShuhanError({
      status: error.status,
      code: error.code,
      title: error.title,
      detail: error.detail,
      headers: error.headers,
      errors: error.errors.map((e) => ({ ...e, path: e.path ? `${head}.${e.path}` : head })),
    });
  }
}

/**
 * Which code points each face must draw: titles, headings and <strong> are bold; the rest is body, with the
 * characters the layout adds in the letter's script (its page numbers).
 */
export function faceUsage(blocks: readonly Block[], script: "Hans" | "Hant" = "Hans"): Map<FaceId, Set<number>> {
  const body = new Set(layoutCodePoints(script));
  const bold = new Set<number>();
  const addSpans = (spans: readonly { text: string; bold?: boolean }[], allBold = false) => {
    for (const span of spans) addCodePoints(span.bold || allBold ? bold : body, span.text);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
      case "heading":
        addCodePoints(bold, block.text);
        break;
      case "footer":
        addCodePoints(body, block.text);
        break;
      case "paragraph":
        addSpans(block.spans);
        break;
      case "list":
        for (const item of block.items) addSpans(item);
        break;
      case "table":
        if (block.header) for (const cell of block.header) addSpans(cell.spans, true);
        for (const row of block.rows) for (const cell of row) addSpans(cell.spans);
        break;
      case "signature":
      case "cc":
        for (const line of block.lines) addSpans(line);
        break;
    }
  }
  return new Map<FaceId, Set<number>>([
    ["body", body],
    ["bold", bold],
  ]);
}

/**
 * Adds the code points of `text` but "\n" to `set`, in the text's order (the set's order is the order the PDF
 * writer meets glyphs in). A letter prints ~1,700 characters of ~400 distinct, so most are repeats: a
 * string's code points are read by index rather than through its iterator, which allocates a string per
 * character.
 */
function addCodePoints(set: Set<number>, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp !== 0x0a) set.add(cp);
  }
}

/** blocks → layout → PDF. The same letter with the same date gives the same bytes. */
export async function renderPdf(prepared: PreparedLetter, loadFontFile: FontFileLoader): Promise<Uint8Array<ArrayBuffer>> {
  const stages = pdfStages(prepared);
  const fonts = await loadFontSet(stages.usage, loadFontFile);
  const layout = layoutDocument(prepared.blocks, fonts, stages.layout);
  return writePdf(layout, fonts, stages.meta, stages.pdf);
}

/** What each stage of renderPdf is given (exported so that the bench times the stages exactly as run). */
export function pdfStages(prepared: PreparedLetter) {
  const { year, month, day } = prepared.date;
  const hant = prepared.letter.locale === "zh-Hant";
  const meta: DocumentMeta = {
    title: prepared.letter.meta.title,
    author: prepared.letter.meta.author,
    subject: prepared.letter.meta.subject,
    language: hant ? "zh-Hant" : "zh-CN",
    // The letter date at 00:00 in Asia/Shanghai (UTC+8): never the clock, so the PDF is reproducible.
    creationDate: new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MINUTES * 60_000),
  };
  const pdf: WritePdfOptions = { shared: sharedGlyphs(prepared), utcOffsetMinutes: SHANGHAI_OFFSET_MINUTES };
  const script = hant ? ("Hant" as const) : ("Hans" as const);
  return { usage: faceUsage(prepared.blocks, script), layout: { script }, meta, pdf };
}

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MINUTES = 480;

const sharedByKind = new Map<string, SharedGlyphs | null>();

/**
 * The characters every letter of this type and locale prints, for the PDF writer to order first and share
 * between letters (src/render/pdf/glyph-plan.ts): those of the type's own example letter rendered with every
 * non-ASCII character of its input strings masked ("李娜" → "XX"), so that what is left is what the template
 * and the view model print — not names, addresses or free text, which other letters do not share. (Dropping
 * every character of the example's inputs instead also dropped the template's commonest characters, 的 人
 * 本 月 日 …, and left 40 % of a letter's glyphs to be deflated for every letter.) If the masked example does
 * not validate, the example itself less the characters of its input strings. Computed once per type and
 * locale per isolate, from static data only (the example, rendered as of its own date), so every isolate
 * orders the same letter's glyphs the same way.
 */
function sharedGlyphs(prepared: PreparedLetter): SharedGlyphs | undefined {
  const key = `${prepared.type.id}\u0000${prepared.letter.locale}`;
  let shared = sharedByKind.get(key);
  if (shared === undefined) {
    shared = null;
    const example = prepared.type.example as Record<string, unknown>;
    const now = exampleClock(example);
    const usageOf = (body: Record<string, unknown>) =>
      faceUsage(
        prepareLetter(prepared.type, { ...body, locale: prepared.letter.locale }, { now }).blocks,
        prepared.letter.locale === "zh-Hant" ? "Hant" : "Hans",
      );
    try {
      shared = new Map([...usageOf(maskStrings(example) as Record<string, unknown>)].map(([face, cps]) => [face, [...cps]]));
    } catch {
      try {
        const own = new Set<number>();
        collectCodePoints(example, own);
        shared = new Map([...usageOf(example)].map(([face, cps]) => [face, [...cps].filter((cp) => !own.has(cp))]));
      } catch {
        // An example that does not render (it should: the tests render every one) only costs speed.
      }
    }
    sharedByKind.set(key, shared);
  }
  return shared ?? undefined;
}

/** The clock a letter type's example is rendered as of: noon in Shanghai on its own date (else 2026-01-01). */
export function exampleClock(example: Record<string, unknown>): Date {
  return typeof example.date === "string" ? new Date(`${example.date}T04:00:00Z`) : new Date(Date.UTC(2026, 0, 1));
}

/**
 * Forgets the shared glyph lists (the startup warm-up, src/warm-up.ts: a Worker's clock reads 1970 in the
 * global scope, and an example's ID number is checked against today, so a list computed there might not be
 * the one a request computes).
 */
export function clearSharedGlyphs(): void {
  sharedByKind.clear();
}

/** The value with every non-ASCII character of its strings replaced by "X" (object keys unchanged). */
function maskStrings(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/[^\u0000-\u007f]/gu, "X");
  if (Array.isArray(value)) return value.map(maskStrings);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskStrings(v)]));
  return value;
}

function collectCodePoints(value: unknown, into: Set<number>): void {
  if (typeof value === "string") for (const ch of value) into.add(ch.codePointAt(0)!);
  else if (Array.isArray(value)) value.forEach((item) => collectCodePoints(item, into));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => collectCodePoints(item, into));
}

/** The letter as plain text (Accept: text/plain). */
export function renderText(prepared: PreparedLetter): string {
  return blocksToText(prepared.blocks);
}

/** The HTML preview (Accept: text/html): the template's HTML with the house stylesheet. */
export function renderHtml(prepared: PreparedLetter): string {
  return htmlPage(prepared.html, prepared.letter.meta.title, prepared.letter.locale);
}
