/**
 * The web form (design.md: `GET /`, "The web form posts to its own route"):
 *
 * - GET /                      the three letter types, when to use each
 * - GET /form/{type}           the form
 * - POST /form/{type}          a browser's plain form post: the PDF (attachment), or the form again with the
 *                              input kept and every message next to its field (422), or one more list row
 *                              (action=add-incident, …) — everything works without JavaScript
 * - POST /form/{type}/check    the same post → 200 {ok:true} or 422 problem+json with form field names
 * - POST /form/{type}/preview  → the letter's HTML preview, or the 422 problem
 * - POST /form/{type}/pdf      → the PDF, or the 422 problem (the script's download button)
 * - GET /form.js, /form.css    the one script and stylesheet, served by the Worker (no CDN)
 *
 * All of it under /form/*, never /v1/*: the form must keep working when /v1 needs an API key.
 * Bodies are application/x-www-form-urlencoded, read by src/form/parse.ts into the API's JSON body, then
 * validated and rendered by the same pipeline as the API.
 */
import { Hono, type Context } from "hono";
import type { AppEnv, AppOptions } from "../env";
import { ShuhanError } from "../errors";
import { findLetterType } from "../letters";
import type { LetterType } from "../letters/types";
import { prepareLetter, renderHtml, type PreparedLetter } from "../pipeline";
import { FORM_CSS, FORM_JS } from "../form/assets";
import { findFormSpec, type FormSpec } from "../form/fields";
import { formErrors, type FormError } from "../form/errors";
import { formToBody, readFormValues, type FormValues } from "../form/parse";
import { page, startPage } from "../form/page";
import { formPage } from "../form/render";
import { html } from "hono/html";
import { letterResponse } from "./letters";
import { readLimitedText } from "./body";
import { notFound } from "./problem";

/** A form post is URL-encoded: Chinese text takes 9 bytes a character, so allow more than the JSON API's 64 KB. */
export const MAX_FORM_BYTES = 256 * 1024;

const NO_STORE = { "cache-control": "no-store" };

interface Submission {
  spec: FormSpec;
  type: LetterType;
  values: FormValues;
  action: string | null;
}

function formOr404(id: string): { spec: FormSpec; type: LetterType } {
  const spec = findFormSpec(id);
  const type = findLetterType(id);
  if (!spec || !type) throw notFound({ zh: `没有「${id}」这种信函`, en: `No letter type "${id}"` });
  return { spec, type };
}

async function readSubmission(c: Context<AppEnv>): Promise<Submission> {
  const { spec, type } = formOr404(c.req.param("type") ?? "");
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/x-www-form-urlencoded") {
    throw new ShuhanError({
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      title: { zh: "不支持的内容类型", en: "Unsupported media type" },
      detail: {
        zh: "表单请以 application/x-www-form-urlencoded 提交；JSON 请使用 /v1/letters",
        en: "Post the form as application/x-www-form-urlencoded; send JSON to /v1/letters",
      },
      headers: { "accept-post": "application/x-www-form-urlencoded" },
    });
  }
  const params = new URLSearchParams(await readLimitedText(c.req.raw, MAX_FORM_BYTES));
  return { spec, type, values: readFormValues(spec, params), action: params.get("action") };
}

type Outcome = { ok: true; prepared: PreparedLetter } | { ok: false; error: ShuhanError; errors: FormError[] };

/** Parses and validates a submission through the letter pipeline; a 422 becomes the form's errors. */
function prepare(submission: Submission, now: Date): Outcome {
  const { body, rows } = formToBody(submission.spec, submission.values);
  try {
    return { ok: true, prepared: prepareLetter(submission.type, body, { now }) };
  } catch (error) {
    if (error instanceof ShuhanError && error.status === 422)
      return { ok: false, error, errors: formErrors(submission.spec, error.errors ?? [], rows, submission.values) };
    throw error;
  }
}

/** The problem document, with errors by form field name (and where to show them) instead of body paths. */
function formProblem(c: Context, outcome: Extract<Outcome, { ok: false }>): Response {
  const problem = { ...outcome.error.toProblem(new URL(c.req.url).pathname), errors: outcome.errors };
  return new Response(JSON.stringify(problem), {
    status: 422,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...NO_STORE },
  });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function formRoutes(options: AppOptions) {
  const routes = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date());
  const pdf = (c: Context<AppEnv>, prepared: PreparedLetter) =>
    letterResponse(prepared, "pdf", options.fontLoader(c.env ?? {})).then((r) => withHeaders(r, NO_STORE));

  routes.get("/", (c) => c.html(startPage()));

  routes.get("/form.css", (c) =>
    c.body(FORM_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );
  routes.get("/form.js", (c) =>
    c.body(FORM_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );

  routes.get("/form/:type", (c) => {
    const spec = findFormSpec(c.req.param("type"));
    if (!spec)
      return c.html(
        page({ title: "没有这种信函 – 书函" }, html`<h1>没有这种信函</h1><p><a href="/">返回首页，选择一种信函</a></p>`),
        404,
      );
    return c.html(formPage(spec));
  });

  // The browser's own form post: works without JavaScript.
  routes.post("/form/:type", async (c) => {
    const submission = await readSubmission(c);
    const list = submission.spec.sections
      .flatMap((s) => s.fields)
      .find((f) => f.kind === "list" && f.action === submission.action);
    if (list) return c.html(formPage(submission.spec, { values: submission.values, addRowTo: list.name }), 200, NO_STORE);
    const outcome = prepare(submission, now());
    if (!outcome.ok) return c.html(formPage(submission.spec, { values: submission.values, errors: outcome.errors }), 422, NO_STORE);
    return pdf(c, outcome.prepared);
  });

  routes.post("/form/:type/check", async (c) => {
    const outcome = prepare(await readSubmission(c), now());
    return outcome.ok ? c.json({ ok: true }, 200, NO_STORE) : formProblem(c, outcome);
  });

  routes.post("/form/:type/preview", async (c) => {
    const outcome = prepare(await readSubmission(c), now());
    return outcome.ok ? c.html(renderHtml(outcome.prepared), 200, NO_STORE) : formProblem(c, outcome);
  });

  routes.post("/form/:type/pdf", async (c) => {
    const outcome = prepare(await readSubmission(c), now());
    return outcome.ok ? pdf(c, outcome.prepared) : formProblem(c, outcome);
  });

  return routes;
}
