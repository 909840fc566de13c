/**
 * One step of a letter's form as a page: where the borrower is (第 2 步，共 6 步), the step's own questions, its
 * errors (each next to its field, and a summary that links to them), warnings about its answers in words, and
 * 「下一步」/「上一步」. Without JavaScript it is a plain form that posts to /form/{type}/step with every other
 * answer in hidden fields; /form.js adds inline checks, rows added in place and local saving on top.
 */
import { html } from "hono/html";
import type { LetterWarning } from "../letters/types";
import { controlId, type FormError } from "./errors";
import type { FormSpec, ListField } from "./fields";
import { section, shownRows, type ControlContext } from "./controls";
import { hiddenFields, nextStep, type JourneyState } from "./journey";
import type { PlanProposal } from "./budget-plan";
import { letterTitle, page, type Html } from "./page";
import { rowFieldName } from "./parse";
import { PLATFORMS } from "./situations";
import { stepFields, stepsOf, type Step } from "./steps";
import type { InAppBrowser } from "./in-app";

export interface StepPageOptions {
  errors?: readonly FormError[];
  /** Warnings about this step's answers (from the letter's facts), shown once before going on. */
  warnings?: readonly LetterWarning[];
  proposal?: PlanProposal;
  /** One more row in this list (the no-JS "add a row" button); its first control gets the focus. */
  addRowTo?: string;
  inApp?: InAppBrowser;
  /** A line for the top of the step (e.g. "已填入借呗"). */
  notice?: string;
}

/** The error summary at the top: what to fix, each a link to the field. Empty and hidden when all is well. */
export function errorSummary(errors: readonly FormError[]): Html {
  if (!errors.length)
    return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" hidden><h2 id="error-summary-title"></h2><ul></ul></div>`;
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" autofocus>
<h2 id="error-summary-title">有 ${errors.length} 处需要修改</h2>
<ul>${errors.map((e) => html`<li>${e.control ? html`<a href="#${e.control}">${e.summary}</a>` : e.summary}</li>`)}</ul>
</div>`;
}

/** 第 2 步，共 6 步, with a bar (decoration: the words say it). */
export function progress(spec: FormSpec, step: Step | "review"): Html {
  const total = stepsOf(spec).length;
  const at = step === "review" ? total + 1 : step.number;
  const words = step === "review" ? `最后一步：检查` : `第 ${at} 步，共 ${total} 步`;
  return html`<p class="progress"><span class="progress-letter">${letterTitle(spec.type)}</span> <span class="progress-step">${words}</span></p>
<div class="bar" aria-hidden="true"><span style="width:${Math.round((at / (total + 1)) * 100)}%"></span></div>`;
}

/** Whether a form name is asked on this step (and so is not carried in a hidden field). */
export function askedOn(step: Step): (name: string) => boolean {
  const fields = stepFields(step).filter((f) => !f.ask);
  return (name) => fields.some((f) => (f.kind === "list" ? name.startsWith(`${f.name}.`) : name === f.name));
}

/** Common creditors to pick instead of typing (借呗, 花呗, 信用卡), on the step that asks for the creditor's name. */
function quickPick(step: Step): Html | "" {
  const asked = askedOn(step);
  const platforms = PLATFORMS.filter((p) => asked(Object.keys(p.values)[0]));
  if (!platforms.length) return "";
  return html`<div class="quick-pick" role="group" aria-labelledby="quick-pick-label">
<p id="quick-pick-label" class="hint">常见的，点一下就填好：</p>
${platforms.map((p) => html`<button type="submit" name="action" value="platform:${p.id}" class="chip" data-values="${JSON.stringify(p.values)}">${p.label}</button>`)}
</div>`;
}

function warningsBox(warnings: readonly LetterWarning[]): Html | "" {
  if (!warnings.length) return "";
  return html`<div class="warning-box" role="alert" id="step-warnings" tabindex="-1" autofocus>
<h2>请先看一下（仍要这样，再点一次「下一步」）</h2>
<ul>${warnings.map((w) => html`<li>${w.message.zh}</li>`)}</ul>
</div>`;
}

function proposalBox(proposal: PlanProposal | undefined): Html | "" {
  if (!proposal) return "";
  return html`<div class="${proposal.short ? "warning-box" : "info-box"}" id="proposal">
<h2>你每月能还多少</h2>
${proposal.lines.map((line) => html`<p>${line}</p>`)}
</div>`;
}

/** Where a budget step shows its running total (filled by /form.js; the next step says it in words without). */
function budgetTotal(step: Step): Html | "" {
  return stepFields(step).some((f) => f.name === "budget.income")
    ? html`<p class="status budget-total" id="budget-total" role="status" aria-live="polite"></p>`
    : "";
}

/** The page of one step. */
export function stepPage(spec: FormSpec, state: JourneyState, step: Step, options: StepPageOptions = {}): Html {
  const errors = options.errors ?? [];
  const byField = new Map<string, string[]>();
  for (const e of errors) if (e.field) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  const fresh = !state.seen.has(step.id);
  const values = new Map(state.values);
  if (fresh) for (const [name, value] of Object.entries(options.proposal?.values ?? {})) if (!values.get(name)?.some(Boolean)) values.set(name, [value]);
  const ctx: ControlContext = { values, errors: byField, fresh, addRowTo: options.addRowTo };
  if (options.addRowTo) {
    const list = stepFields(step).find((f): f is ListField => f.kind === "list" && f.name === options.addRowTo);
    if (list) {
      const index = Math.min(list.max, shownRows(list, values) + 1) - 1;
      ctx.focus = controlId(list.item[0], rowFieldName(list, index, list.item[0]));
    }
  }
  // A step of one section: its legend is the page's heading (GOV.UK: the question is the <h1>, inside the legend).
  const single = step.sections.length === 1;
  const intro = step.number === 1 ? html`<p class="lead">${spec.when}</p>` : "";
  const last = nextStep(spec, step.id, new Set([...state.seen, step.id])) === undefined;
  const title = `${step.title} – ${letterTitle(spec.type)} – 书函`;
  const carried = { ...state, values: state.values };
  return page(
    { title: `${errors.length ? `有 ${errors.length} 处需要修改 – ` : ""}${title}`, script: true, inApp: options.inApp, notice: false },
    html`${progress(spec, step)}
<form id="letter-form" class="step" method="post" action="/form/${spec.type}/step" accept-charset="utf-8" novalidate data-letter-type="${spec.type}" data-step="${step.id}" data-fresh="${state.seen.size || state.values.size ? "false" : "true"}">
<button type="submit" name="action" value="next" class="default-submit" tabindex="-1" aria-hidden="true">下一步</button>
${step.number > 1 ? html`<button type="submit" name="action" value="back" class="link-button back">上一步</button>` : html`<a href="/" class="link-button back">返回首页</a>`}
${single ? "" : html`<h1>${step.title}</h1>${intro}`}
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
${errorSummary(errors)}${warningsBox(options.warnings ?? [])}${options.warnings?.length ? "" : proposalBox(options.proposal)}
${hiddenFields(carried, askedOn(step), step.id)}
${step.sections.map((s, i) => section(ctx, s, i === 0 ? html`${single ? intro : ""}${quickPick(step)}` : "", single))}
${budgetTotal(step)}
<div class="nav">
<button type="submit" name="action" value="next" class="primary">${last ? "下一步：检查填写的内容" : "下一步"}</button>
</div>
<p class="status" id="status" role="status" aria-live="polite"></p>
<p class="saved" id="saved" hidden>填写的内容只存在这台设备上，你的信息会用在你写的每一封信里。<button type="button" class="link-button" id="clear-saved">清除</button></p>
</form>`,
  );
}
