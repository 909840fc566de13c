/**
 * The envelope sheet: who the letter goes to (the letter's own recipient, from its facts: the collection agency
 * or the lender, with the department and address the borrower gave) and who sends it, large enough to copy onto
 * an EMS waybill at the counter or to print and tape to the envelope. The lender's address is asked in the form
 * and printed nowhere else. The 429 page lives here too: both are small pages around the answers.
 */
import { html } from "hono/html";
import type { LetterFacts } from "../letters/types";
import { hiddenFields, stateEntries, type JourneyState } from "./journey";
import { letterTitle, page, type Html } from "./page";
import type { FormValues } from "./parse";
import type { InAppBrowser } from "./in-app";

const value = (values: FormValues, name: string) => values.get(name)?.at(-1)?.trim() || "";

export function envelopePage(type: string, state: JourneyState, facts: LetterFacts, values: FormValues, inApp?: InAppBrowser): Html {
  const r = facts.recipient;
  const missing = html`<span class="blank">（请填写：可在合同、账单或机构官网上找到）</span>`;
  return page(
    { title: `信封单 – ${facts.title} – 书函`, script: true, inApp },
    html`<div class="envelope">
<h1>信封单</h1>
<p class="hint no-print">照着填 EMS 快递单，或打印出来贴在信封上。寄出后保留邮寄单据，在 EMS 官网或 App 查妥投记录。</p>
<section class="to" aria-labelledby="to-title">
<h2 id="to-title">收件人</h2>
<p class="big">${r.name}${r.department ? html`<br>${r.department}` : ""}</p>
<p>地址：${r.address || missing}</p>
</section>
<section class="from" aria-labelledby="from-title">
<h2 id="from-title">寄件人</h2>
<p class="big">${value(values, "borrower.name")}</p>
<p>电话：${value(values, "borrower.phone") || "（请填写）"}</p>
<p>地址：${value(values, "borrower.address") || "（请填写）"}</p>
</section>
<p>内件：${facts.title}${facts.date ? `（${facts.date}）` : ""}</p>
</div>
<form id="letter-form" class="no-print" method="post" action="/form/${type}/step" data-letter-type="${type}" data-step="envelope" data-fresh="false">
${hiddenFields(state, () => false)}
<div class="nav">
<button type="button" class="secondary print" hidden>打印</button>
<button type="submit" name="action" value="done" class="link-button">返回「信写好了」</button>
</div>
</form>`,
  );
}

/** 429 in words: when to try again, with everything typed kept in the page (a button posts it again). */
export function rateLimitedPage(type: string, action: string, state: JourneyState, retryAfter: number, now: Date, extra: [string, string][], inApp?: InAppBrowser): Html {
  const at = new Date(now.getTime() + retryAfter * 1000);
  const clock = at.toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
  return page(
    { title: `请稍等一下再试 – ${letterTitle(type)} – 书函`, script: true, inApp },
    html`<h1>请稍等一下再试</h1>
<p class="lead">这一会儿从你的网络生成的信太多了。请在 <strong>${retryAfter} 秒</strong>后（北京时间 ${clock} 以后）点下面的按钮再试一次。</p>
<p>你填写的内容都还在，不用重新填。</p>
<form id="letter-form" method="post" action="${action}" accept-charset="utf-8" data-letter-type="${type}" data-step="retry" data-fresh="false" data-retry-after="${retryAfter}">
${hiddenFields(state, () => false)}
<div class="carried" hidden>${extra.map(([n, v]) => html`<input type="hidden" name="${n}" value="${v}">`)}</div>
<div class="nav">
<button type="submit" class="primary" id="retry">再试一次</button>
<button type="submit" formaction="/form/${type}/step" name="action" value="review" class="link-button">返回检查页</button>
</div>
</form>`,
  );
}

export { stateEntries };
