/**
 * Check your answers (GOV.UK's pattern): every answer by step with 「修改」, every mistake of every step (and of
 * every creditor of a batch) at once with a way back to the step that asks it, the letter's warnings in words
 * and the figures it computed (the letter's own facts: nothing is worked out twice), then 「生成信函」. Several
 * creditors (借呗, 花呗, two cards) are added here: one letter each, the borrower's answers asked once.
 */
import { html } from "hono/html";
import type { LetterFacts, LetterWarning } from "../letters/types";
import { formatYuan } from "../text/money";
import type { FormError } from "./errors";
import { numbered, type Field, type FormSpec, type ListField } from "./fields";
import { canAddCreditor, creditors, hiddenFields, type Evaluation, type JourneyState } from "./journey";
import { letterTitle, page, type Html } from "./page";
import { presetOf, rowCount, rowFieldName, type FormValues } from "./parse";
import { errorSummary, progress } from "./render";
import { isCreditorField, stepFields, stepOfName, stepsOf, type Step } from "./steps";
import type { InAppBrowser } from "./in-app";
import { presetLabel } from "./controls";

/** What the letter's named amounts are called (LetterFacts.amounts); amounts not named here are not shown. */
export const AMOUNT_LABELS: Record<string, string> = {
  total: "欠款合计",
  downPayment: "首付",
  monthly: "每期还款",
  lastInstalment: "最后一期",
  totalIfPenaltyWaived: "减免罚息后合计",
  paymentDuringDeferral: "延期期间每月还款",
  paymentDuringDeferralTotal: "延期期间共还",
  lumpSum: "一次性还款",
  disposableIncome: "每月可用于还款",
};

export interface CreditorResult {
  /** Position among the creditors. */
  index: number;
  values: FormValues;
  evaluation: Evaluation;
}

const none = html`<span class="none">未填写</span>`;

/** A label without its parenthesis: 「本金（元）」 → 「本金」 (the answer says 元), 「（可多选）」 goes. */
const short = (label: string) => label.replace(/（[^）]*）$/, "");

function shownValue(field: Field, raw: readonly string[]): Html | string | undefined {
  const given = raw.map((v) => v.trim()).filter(Boolean);
  switch (field.kind) {
    case "checkbox":
      return given.length ? "是" : undefined;
    case "radio":
    case "select":
    case "checkboxes": {
      const labels = given.map((v) => field.options.find((o) => o.value === v)?.label ?? v);
      return labels.length ? labels.join("、") : undefined;
    }
    case "money":
      return given.length ? `${given.at(-1)} 元` : undefined;
    case "textarea": {
      const text = given.at(-1);
      return text && text.length > 80 ? `${text.slice(0, 80)}……` : text;
    }
    default:
      return given.at(-1);
  }
}

function listValue(list: ListField, values: FormValues): Html[] {
  const rows: Html[] = [];
  for (let i = 0; i < rowCount(list, values); i++) {
    const preset = presetOf(list, i);
    const parts = list.item
      .filter((f) => !(preset !== undefined && f === list.item[0]))
      .map((f) => shownValue(f, values.get(rowFieldName(list, i, f)) ?? []))
      .filter((v): v is string => typeof v === "string");
    if (!parts.length) continue;
    const label = preset !== undefined ? presetLabel(preset, list.item[1] ?? list.item[0]).replace(/（元）$/, "") : list.item.length > 1 || list.item[0].name ? numbered(list.rowLabel, i) : "";
    rows.push(html`<li>${label ? `${label}：` : ""}${parts.join("，")}</li>`);
  }
  return rows;
}

/** The answers a step holds, as a definition list (only what was given, and required fields left empty). */
function answers(step: Step, values: FormValues, keep: (name: string) => boolean): Html | "" {
  const items: Html[] = [];
  for (const f of stepFields(step)) {
    if (f.ask || !keep(f.name)) continue;
    if (f.kind === "list") {
      const rows = listValue(f, values);
      if (rows.length || f.required) items.push(html`<div><dt>${short(f.label)}</dt><dd>${rows.length ? html`<ul>${rows}</ul>` : none}</dd></div>`);
      continue;
    }
    if (f.extra && (f.kind === "radio" || f.kind === "select") && (values.get(f.name)?.at(-1) ?? f.default) === f.default) continue;
    const shown = shownValue(f, values.get(f.name) ?? []);
    if (shown !== undefined || f.required) items.push(html`<div><dt>${short(f.label)}</dt><dd>${shown ?? none}</dd></div>`);
  }
  return items.length ? html`<dl class="answers">${items}</dl>` : "";
}

const goto = (action: string, words: string, what: string) =>
  html`<button type="submit" name="action" value="${action}" class="link-button">${words}<span class="visually-hidden">${what}</span></button>`;

/** The letter's figures (its facts), in words. */
function figures(facts: LetterFacts): Html | "" {
  const rows = Object.entries(facts.amounts)
    .filter(([key]) => AMOUNT_LABELS[key])
    .map(([key, amount]) => html`<div><dt>${AMOUNT_LABELS[key]}</dt><dd>${amount.figure}</dd></div>`);
  const schedule = facts.schedule?.filter((r) => r.date);
  const span = schedule?.length
    ? html`<div><dt>还款期间</dt><dd>${schedule[0].date} 至 ${schedule.at(-1)!.date}，共 ${schedule.length} 期</dd></div>`
    : "";
  return rows.length || span ? html`<dl class="answers figures">${rows}${span}</dl>` : "";
}

/** Warnings in words, each with a way back to the step its field is on. */
export function warningList(spec: FormSpec, warnings: readonly LetterWarning[], creditor?: number): Html | "" {
  if (!warnings.length) return "";
  return html`<ul class="warnings">${warnings.map((w) => {
    const step = w.path ? stepOfName(spec, w.path) : undefined;
    return html`<li>${w.message.zh}${step ? html` ${goto(creditor === undefined ? `goto:${step.id}` : `fix:${creditor}:${step.id}`, "去修改", step.title)}` : ""}</li>`;
  })}</ul>`;
}

function creditorName(values: FormValues): string {
  const name = values.get("lender.name")?.at(-1)?.trim() || values.get("collector.name")?.at(-1)?.trim() || "未填写机构名称";
  const product = values.get("account.product")?.at(-1)?.trim();
  return product ? `${name}（${product}）` : name;
}

export interface ReviewOptions {
  inApp?: InAppBrowser;
  /** The borrower pressed 「生成信函」 with mistakes left: say so at the top. */
  attempted?: boolean;
}

/** Every error of every creditor, as a summary whose entries go back to the step that asks the field. */
function errorList(spec: FormSpec, results: readonly CreditorResult[]): { summary: Html | ""; count: number } {
  const many = results.length > 1;
  const entries: Html[] = [];
  for (const r of results) {
    if (r.evaluation.ok) continue;
    for (const e of r.evaluation.errors) {
      const step = e.field ? stepOfName(spec, e.field) : undefined;
      if (many && r.index > 0 && e.field && !isCreditorField(e.field)) continue; // the borrower's, said once
      const words = `${many && e.field && isCreditorField(e.field) ? `第 ${r.index + 1} 家 · ` : ""}${step ? `${step.title} · ` : ""}${e.summary}`;
      entries.push(html`<li>${step ? goto(many ? `fix:${r.index}:${step.id}` : `goto:${step.id}`, words, "") : words}</li>`);
    }
  }
  if (!entries.length) return { summary: "", count: 0 };
  return {
    count: entries.length,
    summary: html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" autofocus>
<h2 id="error-summary-title">有 ${entries.length} 处需要修改</h2>
<p>点一处，回到那一步去改。</p>
<ul>${entries}</ul>
</div>`,
  };
}

/** Several creditors: what their plans take each month together, against the budget. */
function combined(results: readonly CreditorResult[]): Html | "" {
  if (results.length < 2 || !results.every((r) => r.evaluation.ok)) return "";
  const facts = results.map((r) => (r.evaluation.ok ? r.evaluation.letter.facts : undefined)!);
  const monthly = facts.map((f) => f.amounts.monthly?.fen ?? f.amounts.paymentDuringDeferral?.fen ?? 0);
  const sum = monthly.reduce((a, b) => a + b, 0);
  const disposable = facts.find((f) => f.amounts.disposableIncome)?.amounts.disposableIncome?.fen;
  if (!sum) return "";
  const over = disposable !== undefined && sum > disposable;
  return html`<p class="${over ? "warning-box" : "info-box"}">${results.length} 家机构的方案每月合计${formatYuan(sum)}${
    disposable === undefined ? "。" : over ? `，超过了收支情况中每月可用于还款的${formatYuan(disposable)}：答应了还不上，可能比现在更糟，请调整方案。` : `，在每月可用于还款的${formatYuan(disposable)}以内。`
  }</p>`;
}

export function reviewPage(spec: FormSpec, state: JourneyState, results: readonly CreditorResult[], options: ReviewOptions = {}): Html {
  const steps = stepsOf(spec);
  const many = results.length > 1;
  const { summary, count } = errorList(spec, results);
  const current = results[state.at] ?? results[0];
  const borrowerSteps = steps.filter((s) => stepFields(s).some((f) => !f.ask && !isCreditorField(f.name)));
  const creditorSteps = steps.filter((s) => stepFields(s).some((f) => !f.ask && isCreditorField(f.name)));
  const borrowerBlocks = borrowerSteps.map((step) => {
    const dl = answers(step, current.values, (name) => !isCreditorField(name));
    // A step shared with the creditor's questions, with nothing of the borrower's answered: said in the creditor's block.
    if (!dl && stepFields(step).some((f) => isCreditorField(f.name))) return "";
    return html`<section class="review-step"><div class="review-head"><h2>${step.title}</h2>${goto(`goto:${step.id}`, "修改", step.title)}</div>${dl || html`<p class="none">没有填写</p>`}</section>`;
  });
  const creditorBlocks = results.map((r) => {
    const facts = r.evaluation.ok ? r.evaluation.letter.facts : undefined;
    const steps = creditorSteps.map((step) => {
      const dl = answers(step, r.values, isCreditorField);
      const action = many ? `fix:${r.index}:${step.id}` : `goto:${step.id}`;
      return html`<div class="review-step"><div class="review-head"><h3>${step.title}</h3>${goto(action, "修改", step.title)}</div>${dl || html`<p class="none">没有填写</p>`}</div>`;
    });
    return html`<section class="creditor" aria-labelledby="creditor-${r.index}">
<h2 id="creditor-${r.index}">${many ? `第 ${r.index + 1} 家：` : "收信机构："}${creditorName(r.values)}</h2>
${steps}
${facts ? html`${figures(facts)}${warningList(spec, facts.warnings, many ? r.index : undefined)}` : ""}
${many ? html`<p>${goto(`remove-creditor:${r.index}`, "删除这一家", creditorName(r.values))}</p>` : ""}
</section>`;
  });
  return page(
    { title: `${count ? `有 ${count} 处需要修改 – ` : ""}检查填写的内容 – ${letterTitle(spec.type)} – 书函`, script: true, inApp: options.inApp, notice: false },
    html`${progress(spec, "review")}
<form id="letter-form" class="review" method="post" action="/form/${spec.type}/step" accept-charset="utf-8" novalidate data-letter-type="${spec.type}" data-step="review" data-fresh="false">
<button type="submit" name="action" value="done" class="default-submit" tabindex="-1" aria-hidden="true">生成信函</button>
<h1>检查填写的内容</h1>
${count ? summary : errorSummary([] as FormError[])}
${hiddenFields(state, () => false)}
${creditorBlocks}${combined(results)}
${borrowerBlocks}
<div class="nav">
<button type="submit" name="action" value="done" class="primary" id="generate">生成信函</button>
${canAddCreditor(state) && spec.sections.some((s) => s.id === "lender")
  ? html`<div class="add-creditor"><button type="submit" name="action" value="add-creditor" class="secondary">＋ 还欠另一家？再加一家机构</button>
</div>`
  : ""}
</div>
<p class="status" id="status" role="status" aria-live="polite"></p>
<p class="saved" id="saved" hidden>填写的内容只存在这台设备上，你的信息会用在你写的每一封信里。<button type="button" class="link-button" id="clear-saved">清除</button></p>
</form>`,
  );
}

export { creditorName, creditors };
