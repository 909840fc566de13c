/**
 * A question the pipeline asks instead of an error: the limitation-period guard (LIMITATION_RISK at
 * `acknowledgeLimitationRisk`, src/letters/limitation.ts). Every date the borrower gave is more than three
 * years old, so a request letter could revive a debt they may no longer have to pay. The page says so in plain
 * words and offers the ways on: a later date they forgot (a recent call or SMS from the collector), the
 * debt-details request that admits nothing (pre-filled, where that letter exists), or going ahead knowingly.
 */
import { html } from "hono/html";
import { findLetterType } from "../letters";
import { LIMITATION_DATES, limitationFacts, readLimitationDates } from "../letters/limitation";
import { readLetterDate } from "../letters/checks";
import { bodyReader } from "../validation";
import { formatChineseDate, todayInShanghai } from "../text/dates";
import type { FormError } from "./errors";
import type { Field, FormSpec } from "./fields";
import { control, type ControlContext } from "./controls";
import { hiddenFields, type JourneyState } from "./journey";
import { formToBody, fieldsOf } from "./parse";
import { letterTitle, page, type Html } from "./page";
import type { Step } from "./steps";
import type { InAppBrowser } from "./in-app";

/** The letter that admits nothing, offered instead of a request when the debt may be time-barred. */
export const ADMITS_NOTHING = "debt-details-request";

export interface QuestionOptions {
  inApp?: InAppBrowser;
  /** The borrower pressed 「继续」 without answering. */
  unanswered?: boolean;
}

/** The page for an error at an asked-later field: the limitation question, or the field with its message. */
export function questionPage(spec: FormSpec, state: JourneyState, step: Step, error: FormError, field: Field, now: Date, options: QuestionOptions = {}): Html {
  // The dates not given yet (a recent call or SMS is the one most often forgotten).
  const dates = LIMITATION_DATES.map((d) => fieldsOf(spec).find((f) => f.name === d.path)).filter(
    (f): f is Field => f !== undefined && f.name !== "debt.overdueSince" && !state.values.get(f.name)?.some((v) => v.trim()),
  );
  const limitation = error.code === "LIMITATION_RISK";
  const shownNames = new Set([field.name, ...(limitation ? dates.map((f) => f.name) : [])]);
  const ctx: ControlContext = {
    values: state.values,
    errors: new Map(options.unanswered ? [[field.name, ["请选一种做法：补上日期、改写查询函，或勾选这一项后继续"]]] : []),
    fresh: true,
  };
  const read = bodyReader(formToBody(spec, state.values).body);
  const facts = limitationFacts(readLimitationDates(read), readLetterDate(read, { today: todayInShanghai(now) }));
  const latest = facts.latest ? formatChineseDate(facts.latest) : undefined;
  const instead = findLetterType(ADMITS_NOTHING);
  const body = limitation
    ? html`<h1>这笔债可能已过诉讼时效</h1>
<p class="lead">你填写的日期里，最近的是 <strong>${latest ?? "三年多以前"}</strong>，距今已超过三年。</p>
<p>欠款一般要在三年内主张（诉讼时效）。过了三年，对方起诉时你可以拒绝还款；但申请分期、延期或答应还款就是「同意还」，三年重新计算，这个理由就没有了。</p>
<h2>你可以这样做</h2>
<ol class="choices-list">
<li><h3>最近三年里对方催过你，或你还过钱？</h3>
<p>电话、短信、信函都算。填上最后一次的日期就行。</p>
${dates.map((f) => control(ctx, { ...f, hint: undefined }, f.name))}
<button type="submit" name="action" value="next" class="secondary">填好了，继续</button></li>
<li><h3>先弄清楚欠款，不承认任何欠款</h3>
${instead
  ? html`<p>发一封《${instead.title["zh-Hans"]}》，请对方出示欠款明细和债权凭证。它不承认欠款，不会让时效重新计算。你填过的内容会带过去。</p>
<button type="submit" formaction="/form/${instead.id}/step" name="action" value="start" class="secondary">改写${instead.title["zh-Hans"]}</button>`
  : html`<p>先不要寄这份申请。可以拨打 <strong>12348</strong> 免费法律咨询，问清楚这笔债是否已过时效，再决定怎么做。</p>`}
</li>
<li><h3>我已了解风险，仍要申请</h3>
${control(ctx, { ...field, hint: undefined }, field.name)}
<button type="submit" name="action" value="next" class="primary">继续写${letterTitle(spec.type)}</button></li>
</ol>`
    : html`<h1>${field.label}</h1>
<p class="lead">${error.message}</p>
${control(ctx, field, field.name)}
<button type="submit" name="action" value="next" class="primary">继续</button>`;
  return page(
    { title: `${limitation ? "这笔债可能已过诉讼时效" : field.label} – ${letterTitle(spec.type)} – 书函`, script: true, inApp: options.inApp, notice: false },
    html`<form id="letter-form" class="question" method="post" action="/form/${spec.type}/step" accept-charset="utf-8" novalidate data-letter-type="${spec.type}" data-step="${step.id}" data-fresh="false">
<button type="submit" name="action" value="next" class="default-submit" tabindex="-1" aria-hidden="true">继续</button>
${options.unanswered ? html`<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>请选一种做法</h2><p>补上最近的日期、改写查询函，或勾选「我已了解」后继续。</p></div>` : ""}
${body}
${hiddenFields(state, (name) => shownNames.has(name), step.id)}
<p><button type="submit" name="action" value="goto:${step.id}" class="link-button">返回「${step.title}」</button></p>
</form>`,
  );
}
