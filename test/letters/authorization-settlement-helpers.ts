/**
 * Helpers for the settlement-request, settlement-certificate-request and authorization tests: the letter as a
 * PDF read back with pdftotext, the 422 of a body, and the legal sources a text cites (every 《…》 that names a
 * source of src/text/citations.ts, with the articles after it), so a test can say "these citations and no
 * others" — a title the borrower typed (《结清减免确认函》) is not a source and is ignored.
 */
import { expect } from "vitest";
import { CITATIONS } from "../../src/text/citations";
import type { Script } from "../../src/text/labels";
import { ShuhanError, type FieldError } from "../../src/errors";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";

export const NOW = new Date("2026-11-23T04:00:00Z");

export type Body = Record<string, any>;

/** The PDF of a body, checked by qpdf, and its text with all whitespace removed (lines break anywhere). */
export async function pdfText(type: LetterType, body: Body, now: Date = NOW): Promise<string> {
  const bytes = await renderPdf(prepareLetter(type, body, { now }), nodeFontLoader);
  expect(qpdfCheck(bytes).ok).toBe(true);
  return pdfToText(bytes).replace(/\s+/g, "");
}

/** The errors of the 422 a body gets (fails the test when it renders). */
export function errorsOf(type: LetterType, body: Body, now: Date = NOW): FieldError[] {
  try {
    prepareLetter(type, body, { now });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    expect((error as ShuhanError).status).toBe(422);
    return (error as ShuhanError).errors ?? [];
  }
  throw new Error("expected a 422");
}

/** The 《name》 of each source, in one script (without 最高人民法院 before it). */
function sourceNames(script: Script): Set<string> {
  const names = new Set<string>();
  for (const entry of Object.values(CITATIONS))
    for (const name of [entry.source.full[script], entry.source.short[script]]) names.add(name.slice(name.indexOf("《")));
  return names;
}

const ARTICLE = "第[一二三四五六七八九十百千零]+[条條](?:第[（(][一二三四五六七八九十]+[）)]項|第[（(][一二三四五六七八九十]+[）)]项)?";
const CITE = new RegExp(`《[^《》]+》(?:${ARTICLE}(?:、${ARTICLE})*)?`, "g");

/** Every citation of a legal source in `text`, as printed ("《民法典》第五百八十五条", "《银行业…办法》"), unique, in order. */
export function citationsIn(text: string, script: Script = "Hans"): string[] {
  const names = sourceNames(script);
  const found: string[] = [];
  for (const match of text.matchAll(CITE)) {
    const name = match[0].slice(0, match[0].indexOf("》") + 1);
    if (names.has(name) && !found.includes(match[0])) found.push(match[0]);
  }
  return found;
}

/** Words in which a borrower would admit a debt. */
export const ADMISSION_WORDS = ["本人尚欠", "确认欠款", "合计欠款", "尚欠"] as const;
