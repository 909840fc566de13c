/**
 * The web form (design.md: `GET /`, "The web form posts to its own route"), a borrower's way from "what is
 * happening to me" to a letter in the post:
 *
 * - GET /                      what is happening? (?s=… the situations chosen) → the letters that fit, in order
 * - GET /form/{type}           the form's first step; query parameters named like its fields pre-fill it
 * - POST /form/{type}/step     one step to the next: every answer travels in the page (hidden fields), nothing is
 *                              stored; `action` = next | back | goto:<step> | add-<list> | platform:<id> | review |
 *                              add-creditor | fix:<n>:<step> | remove-creditor:<n> | done | envelope:<n> | start
 * - POST /form/{type}          the PDF (`output` = pdf, the default, or pdf-inline to view it in the browser);
 *                              mistakes → the check-your-answers page with all of them (422)
 * - POST /form/{type}/batch    several creditors at once: one ZIP (`output=zip`) or one merged PDF (`pdf`,
 *                              `pdf-inline`), through the batch pipeline (src/batches)
 * - POST /form/{type}/check    → 200 {ok:true, warnings} or 422 problem+json with form field names
 * - POST /form/{type}/preview  → the letter's HTML, or the 422 problem
 * - POST /form/{type}/pdf      → the PDF, or the 422 problem (the script's download)
 * - GET /form.js, /form.css    the one script and stylesheet, served by the Worker (no CDN)
 *
 * All of it under /form/*, never /v1/*: the form must keep working when /v1 needs an API key. The POSTs that
 * make a document count per IP (steps, checks and previews do not); past the limit a page in words keeps the
 * input and says when to try again. `?creditor=<n>` picks one creditor of a batch for /form/{type}, /preview
 * and /pdf. Pages opened in an in-app browser (WeChat, …) say how to leave it and offer the letter inline.
 */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import type { AppEnv, AppOptions } from "../env";
import { ShuhanError } from "../errors";
import { findLetterType } from "../letters";
import type { LetterType } from "../letters/types";
import { prepareLetter, renderHtml, renderText, type PreparedLetter } from "../pipeline";
import { prepareBatch, renderBatch } from "../batches";
import { rateLimit } from "../middleware/rate-limit";
import { FORM_CSS, FORM_JS } from "../form/assets";
import { findFormSpec, type FormSpec, type ListField } from "../form/fields";
import { chosenSituations, page, startPage } from "../form/page";
import { stepPage } from "../form/render";
import { reviewPage, type CreditorResult } from "../form/review";
import { questionPage } from "../form/question";
import { donePage, type DoneLetter } from "../form/done";
import { envelopePage, rateLimitedPage } from "../form/envelope";
import { planProposal } from "../form/budget-plan";
import { inAppBrowser } from "../form/in-app";
import { PLATFORMS } from "../form/situations";
import {
  addCreditor,
  creditors,
  creditorValues,
  editCreditor,
  evaluate,
  freshState,
  nextStep,
  previousStep,
  readJourney,
  removeCreditor,
  type Evaluation,
  type JourneyState,
} from "../form/journey";
import { askedFields, findStep, stepOfName, stepsOf, stepFields, type Step } from "../form/steps";
import { letterResponse } from "./letters";
import { attachmentDisposition } from "./content-disposition";
import { readLimitedText } from "./body";
import { notFound } from "./problem";

/** A form post is URL-encoded: Chinese text takes 9 bytes a character, so allow more than the JSON API's 64 KB. */
export const MAX_FORM_BYTES = 256 * 1024;

const NO_STORE = { "cache-control": "no-store" };
/** Pages differ for in-app browsers (WeChat): caches must know. */
const PAGE_HEADERS = { ...NO_STORE, vary: "User-Agent" };

function formOr404(id: string): { spec: FormSpec; type: LetterType } {
  const spec = findFormSpec(id);
  const type = findLetterType(id);
  if (!spec || !type) throw notFound({ zh: `没有「${id}」这种信函`, en: `No letter type "${id}"` });
  return { spec, type };
}

async function readParams(c: Context<AppEnv>): Promise<URLSearchParams> {
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
  return new URLSearchParams(await readLimitedText(c.req.raw, MAX_FORM_BYTES));
}

interface Submission {
  spec: FormSpec;
  type: LetterType;
  state: JourneyState;
  params: URLSearchParams;
}

async function readSubmission(c: Context<AppEnv>): Promise<Submission> {
  const { spec, type } = formOr404(c.req.param("type") ?? "");
  const params = await readParams(c);
  return { spec, type, state: readJourney(spec, params), params };
}

/** The answers of the creditor `?creditor=<n>` names (default: the one being edited, the only one of a single letter). */
function chosenValues(c: Context<AppEnv>, state: JourneyState) {
  const n = Number(c.req.query("creditor"));
  const index = Number.isInteger(n) && n >= 0 && n < creditors(state).length ? n : state.at;
  return creditorValues(state, index);
}

type Outcome = { ok: true; prepared: PreparedLetter } | { ok: false; error: ShuhanError; evaluation: Evaluation };

/** Parses and validates one creditor's answers through the letter pipeline; a 422 becomes the form's errors. */
function prepare(sub: Submission, values: Submission["state"]["values"], now: Date): Outcome {
  const evaluation = evaluate(sub.type, sub.spec, values, now);
  if (!evaluation.ok)
    return {
      ok: false,
      evaluation,
      error: new ShuhanError({ status: 422, code: "INVALID_BODY", title: { zh: "请求内容有误", en: "The request body is invalid" }, errors: evaluation.raw }),
    };
  return { ok: true, prepared: prepareLetter(sub.type, evaluation.parsed.body, { now }) };
}

/** The problem document, with errors by form field name (and where to show them) instead of body paths. */
function formProblem(c: Context, outcome: Extract<Outcome, { ok: false }>): Response {
  const errors = outcome.evaluation.ok ? [] : outcome.evaluation.errors;
  const problem = { ...outcome.error.toProblem(new URL(c.req.url).pathname), errors };
  return new Response(JSON.stringify(problem), {
    status: 422,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...NO_STORE },
  });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** `inline; filename*=…`: the same name, shown in the browser rather than saved (in-app browsers cannot save). */
const inlineDisposition = (fileName: string) => attachmentDisposition(fileName).replace(/^attachment/, "inline");

export function formRoutes(options: AppOptions) {
  const routes = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date());
  const fonts = (c: Context<AppEnv>) => options.fontLoader(c.env ?? {});
  const inApp = (c: Context<AppEnv>) => inAppBrowser(c.req.header("user-agent"));
  const htmlPage = (c: Context<AppEnv>, body: ReturnType<typeof page>, status: 200 | 404 | 422 | 429 = 200) => c.html(body, status, PAGE_HEADERS);

  // The web form has no keys: the POSTs that make a document count per IP (steps, checks and previews do not).
  // Past the limit a plain post gets a page in words that keeps the input; the script's /pdf gets the problem.
  const limiter = rateLimit({ ipOnly: true, applies: (c) => c.req.method === "POST" && !/\/(preview|check|step)$/.test(c.req.path) });
  routes.use("/form/*", async (c, next) => {
    try {
      return await limiter(c, next);
    } catch (error) {
      if (!(error instanceof ShuhanError) || error.status !== 429 || c.req.path.endsWith("/pdf")) throw error;
      const { spec } = formOr404(c.req.param("type") ?? c.req.path.split("/")[2] ?? "");
      const params = await readParams(c).catch(() => new URLSearchParams());
      const retryAfter = Number(error.headers?.["retry-after"]) || 60;
      const url = new URL(c.req.url);
      const extra = [...params].filter(([name]) => name === "output");
      return c.html(rateLimitedPage(spec.type, url.pathname + url.search, readJourney(spec, params), retryAfter, now(), extra, inApp(c)), 429, {
        ...PAGE_HEADERS,
        "retry-after": String(retryAfter),
      });
    }
  });

  routes.get("/", (c) => htmlPage(c, startPage(chosenSituations(c.req.queries("s") ?? []), inApp(c))));

  routes.get("/form.css", (c) =>
    c.body(FORM_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );
  routes.get("/form.js", (c) =>
    c.body(FORM_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );

  /** Renders a step, with the budget's proposal where the step asks for a plan. */
  function showStep(c: Context<AppEnv>, sub: Submission, state: JourneyState, step: Step, extra: Parameters<typeof stepPage>[3] = {}, status: 200 | 422 = 200) {
    const others = creditors(state)
      .map((_, i) => i)
      .filter((i) => i !== state.at)
      .map((i) => evaluate(sub.type, sub.spec, creditorValues(state, i), now()))
      .map((e) => (e.ok ? (e.letter.facts.amounts.monthly?.fen ?? e.letter.facts.amounts.paymentDuringDeferral?.fen ?? 0) : 0));
    const committed = others.reduce((a, b) => a + b, 0);
    const proposal = planProposal(sub.spec, step, state.values, now(), committed);
    return htmlPage(c, stepPage(sub.spec, state, step, { proposal, inApp: inApp(c), ...extra }), status);
  }

  function results(sub: Submission, state: JourneyState): CreditorResult[] {
    return creditors(state).map((_, index) => {
      const values = creditorValues(state, index);
      return { index, values, evaluation: evaluate(sub.type, sub.spec, values, now()) };
    });
  }

  function showReview(c: Context<AppEnv>, sub: Submission, state: JourneyState, status: 200 | 422 = 200) {
    const all = results(sub, state);
    return htmlPage(c, reviewPage(sub.spec, state, all, { inApp: inApp(c) }), all.every((r) => r.evaluation.ok) ? status : 422);
  }

  /** A step with the errors of its own fields (the check-your-answers page shows all). */
  function stepErrors(sub: Submission, state: JourneyState, step: Step) {
    const evaluation = evaluate(sub.type, sub.spec, state.values, now());
    const errors = evaluation.ok ? [] : evaluation.errors.filter((e) => e.field && stepOfName(sub.spec, e.field)?.id === step.id && !isAsked(sub.spec, e.field));
    return { evaluation, errors };
  }

  const isAsked = (spec: FormSpec, name: string) => askedFields(spec).some((f) => f.name === name);

  function goToStep(c: Context<AppEnv>, sub: Submission, state: JourneyState, step: Step | undefined) {
    return step ? showStep(c, sub, state, step) : showReview(c, sub, state);
  }

  routes.get("/form/:type", (c) => {
    const spec = findFormSpec(c.req.param("type"));
    const type = findLetterType(c.req.param("type"));
    if (!spec || !type)
      return c.html(
        page({ title: "没有这种信函 – 书函" }, html`<h1>没有这种信函</h1><p><a href="/">返回首页，选择一种信函</a></p>`),
        404,
      );
    // A pre-fill names form fields as query parameters (the start page's situations): never the borrower's data.
    const url = new URL(c.req.url);
    const state = freshState(readJourney(spec, url.searchParams).values);
    const sub: Submission = { spec, type, state, params: url.searchParams };
    return showStep(c, sub, state, stepsOf(spec)[0]);
  });

  routes.post("/form/:type/step", async (c) => {
    const sub = await readSubmission(c);
    const { spec } = sub;
    let state = sub.state;
    const action = sub.params.get("action") ?? "next";
    const steps = stepsOf(spec);
    const current = findStep(spec, state.step) ?? steps[0];
    const answered = (s: JourneyState, step: Step | undefined = current): JourneyState =>
      step && sub.params.has("_step") ? { ...s, seen: new Set([...s.seen, step.id]) } : s;
    const [verb, ...args] = action.split(":");

    switch (verb) {
      case "start": {
        // Another letter's answers, carried over: the names this form shares (borrower, lender, debt, …).
        const fresh = freshState(state.values);
        return showStep(c, sub, fresh, steps[0], { notice: state.values.size ? "已带入你刚才填写的内容，请检查一遍。" : undefined });
      }
      case "platform": {
        const platform = PLATFORMS.find((p) => p.id === args[0]);
        if (platform) for (const [name, value] of Object.entries(platform.values)) state.values.set(name, [value]);
        return showStep(c, sub, answered(state), current, { notice: platform ? `已填入${platform.label}的机构名称和类型。` : undefined });
      }
      case "back":
        return goToStep(c, sub, answered(state), previousStep(spec, current.id) ?? current);
      case "goto":
        return goToStep(c, sub, answered(state), findStep(spec, args[0]) ?? current);
      case "fix": {
        const edited = editCreditor(state, Number(args[0]));
        const step = findStep(spec, args[1]) ?? current;
        const { errors } = stepErrors(sub, edited, step);
        return showStep(c, sub, edited, step, { errors });
      }
      case "review":
        return showReview(c, sub, answered(state));
      case "add-creditor": {
        const added = addCreditor(spec, answered(state));
        return goToStep(c, sub, added, nextStep(spec, undefined, added.seen));
      }
      case "remove-creditor":
        return showReview(c, sub, removeCreditor(state, Number(args[0])));
      case "done":
        return finish(c, sub, answered(state));
      case "envelope": {
        const index = Math.min(Math.max(0, Number(args[0]) || 0), creditors(state).length - 1);
        const values = creditorValues(state, index);
        const evaluation = evaluate(sub.type, spec, values, now());
        if (!evaluation.ok) return showReview(c, sub, state, 422);
        return htmlPage(c, envelopePage(spec.type, state, evaluation.letter.facts, values, inApp(c)));
      }
    }

    // A list's "add a row" (without JavaScript).
    const list = stepFields(current).find((f): f is ListField => f.kind === "list" && f.action === action);
    if (list) return showStep(c, sub, answered(state), current, { addRowTo: list.name });

    // 「下一步」: the step's own mistakes, then a question the pipeline asks, then its warnings once, then on.
    state = answered(state);
    const { evaluation, errors } = stepErrors(sub, state, current);
    if (errors.length) return showStep(c, sub, state, current, { errors }, 422);
    if (!evaluation.ok) {
      const asked = evaluation.errors.find((e) => e.field && isAsked(spec, e.field));
      if (asked) {
        const field = askedFields(spec).find((f) => f.name === asked.field)!;
        return htmlPage(c, questionPage(spec, state, current, asked, field, now(), { inApp: inApp(c), unanswered: sub.params.has("_q") }));
      }
    } else {
      const fresh = evaluation.letter.facts.warnings.filter(
        (w) => w.path && stepOfName(spec, w.path)?.id === current.id && !state.warned.has(`${w.code}@${w.path}`) && w.code !== "LIMITATION_RISK",
      );
      if (fresh.length) {
        const warned = new Set([...state.warned, ...fresh.map((w) => `${w.code}@${w.path}`)]);
        return showStep(c, sub, { ...state, warned }, current, { warnings: fresh });
      }
    }
    return goToStep(c, sub, state, nextStep(spec, current.id, state.seen));
  });

  /** 「生成信函」: every creditor valid → the page with the letters and what next; else check-your-answers (422). */
  function finish(c: Context<AppEnv>, sub: Submission, state: JourneyState) {
    const all = results(sub, state);
    if (!all.every((r) => r.evaluation.ok)) return htmlPage(c, reviewPage(sub.spec, state, all, { inApp: inApp(c) }), 422);
    const letters: DoneLetter[] = all.map((r) => {
      const prepared = prepareLetter(sub.type, r.evaluation.parsed.body, { now: now() });
      return { index: r.index, values: r.values, facts: prepared.letter.facts, fileName: prepared.letter.fileName, text: renderText(prepared) };
    });
    return htmlPage(c, donePage(sub.spec, state, letters, { inApp: inApp(c) }));
  }

  // The PDF of one letter: a plain form post (works without JavaScript), saved or shown inline.
  routes.post("/form/:type", async (c) => {
    const sub = await readSubmission(c);
    const outcome = prepare(sub, chosenValues(c, sub.state), now());
    if (!outcome.ok) return showReview(c, sub, sub.state, 422);
    const response = await letterResponse(outcome.prepared, "pdf", fonts(c));
    const headers: Record<string, string> = { ...NO_STORE };
    if (sub.params.get("output") === "pdf-inline") headers["content-disposition"] = inlineDisposition(`${outcome.prepared.letter.fileName}.pdf`);
    return withHeaders(response, headers);
  });

  // Several creditors: one ZIP or one merged PDF, through the batch pipeline; the borrower once at the top.
  routes.post("/form/:type/batch", async (c) => {
    const sub = await readSubmission(c);
    const all = results(sub, sub.state);
    if (!all.every((r) => r.evaluation.ok)) return htmlPage(c, reviewPage(sub.spec, sub.state, all, { inApp: inApp(c) }), 422);
    const bodies = all.map((r) => (r.evaluation.ok ? r.evaluation.parsed.body : {}));
    const { borrower, privacy } = bodies[0];
    const items = bodies.map(({ borrower: _b, privacy: _p, ...item }) => item);
    const output = sub.params.get("output") ?? "zip";
    const at = now();
    const batch = prepareBatch({ type: sub.type.id, borrower, ...(privacy ? { privacy } : {}), items }, { now: at });
    const rendered = await renderBatch(batch, output === "zip" ? "zip" : "pdf", fonts(c), { now: at });
    return new Response(rendered.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": rendered.contentType,
        "content-disposition": output === "pdf-inline" ? inlineDisposition(rendered.fileName) : attachmentDisposition(rendered.fileName),
        "content-length": String(rendered.bytes.byteLength),
        ...NO_STORE,
      },
    });
  });

  routes.post("/form/:type/check", async (c) => {
    const sub = await readSubmission(c);
    const evaluation = evaluate(sub.type, sub.spec, chosenValues(c, sub.state), now());
    if (evaluation.ok) return c.json({ ok: true, warnings: evaluation.letter.facts.warnings }, 200, NO_STORE);
    const error = new ShuhanError({ status: 422, code: "INVALID_BODY", title: { zh: "请求内容有误", en: "The request body is invalid" }, errors: evaluation.raw });
    return formProblem(c, { ok: false, error, evaluation });
  });

  routes.post("/form/:type/preview", async (c) => {
    const sub = await readSubmission(c);
    const outcome = prepare(sub, chosenValues(c, sub.state), now());
    return outcome.ok ? c.html(renderHtml(outcome.prepared), 200, NO_STORE) : formProblem(c, outcome);
  });

  routes.post("/form/:type/pdf", async (c) => {
    const sub = await readSubmission(c);
    const outcome = prepare(sub, chosenValues(c, sub.state), now());
    return outcome.ok ? letterResponse(outcome.prepared, "pdf", fonts(c)).then((r) => withHeaders(r, NO_STORE)) : formProblem(c, outcome);
  });

  return routes;
}
