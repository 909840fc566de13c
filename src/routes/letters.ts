/**
 * /v1/letters: the letter types, their JSON Schemas and examples, and rendering
 * (PDF by default; `Accept: text/html` or `?format=html` for the preview, `text/plain` or `?format=text` for text,
 * `application/json` or `?format=json` for the letter's computed facts), and `POST /{type}/check` to validate
 * without rendering. Every successful letter answer names its warning codes in `Shuhan-Warnings`.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, AppOptions } from "../env";
import { findLetterType, letterTypes } from "../letters";
import type { LetterType } from "../letters/types";
import { LOCALES } from "../letters/types";
import { buildLetter, prepareLetter, renderHtml, renderPdf, renderText, type PreparedLetter } from "../pipeline";
import type { BuiltLetter } from "../letters/types";
import { readJsonBody } from "./body";
import { negotiate } from "./accept";
import { attachmentDisposition } from "./content-disposition";
import { notFound } from "./problem";
import { ShuhanError } from "../errors";

export type OutputFormat = "pdf" | "html" | "text" | "json";

/** The response header that lists a letter's warning codes (comma-separated), absent when it has none. */
export const WARNINGS_HEADER = "Shuhan-Warnings";

/** Responses that carry a letter carry personal data: never cached by a browser or a proxy. */
const NO_STORE = "no-store";

/** The headers every answer about a letter carries: no caching, and its warning codes. */
export function letterHeaders(letter: BuiltLetter): Record<string, string> {
  const codes = [...new Set(letter.facts.warnings.map((w) => w.code))];
  return { "cache-control": NO_STORE, ...(codes.length ? { [WARNINGS_HEADER.toLowerCase()]: codes.join(", ") } : {}) };
}

function letterTypeOr404(id: string): LetterType {
  const type = findLetterType(id);
  if (!type)
    throw notFound({
      zh: `没有「${id}」这种信函。可选：${letterTypes.map((t) => t.id).join("、")}`,
      en: `No letter type "${id}". Available: ${letterTypes.map((t) => t.id).join(", ")}`,
    });
  return type;
}

/** `?format=` wins; otherwise the Accept header; PDF by default (curl sends *\/*). */
export function chooseFormat(format: string | undefined, accept: string | undefined): OutputFormat {
  if (format) {
    if (format === "pdf" || format === "html" || format === "text" || format === "json") return format;
    throw new ShuhanError({
      status: 400,
      code: "INVALID_FORMAT_PARAMETER",
      title: { zh: "format 参数无效", en: "Invalid format parameter" },
      detail: { zh: "format 可选 pdf、html、text、json", en: "format must be pdf, html, text or json" },
    });
  }
  return negotiate<OutputFormat>(
    accept,
    { "application/pdf": "pdf", "text/html": "html", "text/plain": "text", "application/json": "json" },
    "pdf",
  );
}

/** The download header of a letter: its Chinese file name. */
export function contentDisposition(fileName: string, extension: string): string {
  return attachmentDisposition(`${fileName}.${extension}`);
}

/** Renders a prepared letter in the chosen format as a Response. */
export async function letterResponse(
  prepared: PreparedLetter,
  format: OutputFormat,
  loadFonts: Parameters<typeof renderPdf>[1],
): Promise<Response> {
  const headers = letterHeaders(prepared.letter);
  if (format === "json") return factsResponse(prepared.letter);
  if (format === "html")
    return new Response(renderHtml(prepared), { headers: { "content-type": "text/html; charset=utf-8", ...headers } });
  if (format === "text")
    return new Response(renderText(prepared), { headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
  const pdf = await renderPdf(prepared, loadFonts);
  return new Response(pdf, {
    headers: {
      ...headers,
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(prepared.letter.fileName, "pdf"),
      "content-length": String(pdf.byteLength),
    },
  });
}

/** The letter's facts as JSON (`?format=json`): no template, no font. */
export function factsResponse(letter: BuiltLetter): Response {
  return new Response(JSON.stringify(letter.facts), {
    headers: { "content-type": "application/json; charset=utf-8", ...letterHeaders(letter) },
  });
}

export function describeLetterType(type: LetterType) {
  return {
    id: type.id,
    title: type.title["zh-Hans"],
    titles: type.title,
    description: type.description.zh,
    descriptions: type.description,
    locales: [...LOCALES],
    links: {
      render: `/v1/letters/${type.id}`,
      schema: `/v1/letters/${type.id}/schema`,
      example: `/v1/letters/${type.id}/example`,
      check: `/v1/letters/${type.id}/check`,
    },
  };
}

export function letterSchemaJson(type: LetterType) {
  return {
    ...z.toJSONSchema(type.schema, { io: "input", unrepresentable: "any" }),
    title: type.title["zh-Hans"],
    description: `${type.description.zh} / ${type.description.en}`,
  };
}

export function lettersRoutes(options: AppOptions) {
  const routes = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date());

  routes.get("/", (c) => c.json(letterTypes.map(describeLetterType)));

  routes.get("/:type/schema", (c) => c.json(letterSchemaJson(letterTypeOr404(c.req.param("type")))));

  routes.get("/:type/example", (c) => c.json(letterTypeOr404(c.req.param("type")).example));

  routes.post("/:type", async (c) => {
    const type = letterTypeOr404(c.req.param("type"));
    const format = chooseFormat(c.req.query("format"), c.req.header("accept"));
    const body = await readJsonBody(c);
    // The facts need no template and no font: validate and build only.
    if (format === "json") return factsResponse(buildLetter(type, body, { now: now() }));
    const prepared = prepareLetter(type, body, { now: now() });
    return letterResponse(prepared, format, options.fontLoader(c.env ?? {}));
  });

  // Validate without rendering: 200 with the warnings (and the facts), or the same 422 a render would give.
  routes.post("/:type/check", async (c) => {
    const type = letterTypeOr404(c.req.param("type"));
    const body = await readJsonBody(c);
    const letter = buildLetter(type, body, { now: now() });
    return new Response(JSON.stringify({ ok: true, warnings: letter.facts.warnings, facts: letter.facts }), {
      headers: { "content-type": "application/json; charset=utf-8", ...letterHeaders(letter) },
    });
  });

  return routes;
}
