/**
 * After 「生成信函」: the letter to download, view or copy, and what happens next — how to send it (EMS with
 * proof of delivery, or pasted into the lender's in-app 客服 or the 12378 online form), the date a reply is due,
 * what to do if none comes, the warnings in words, and 防骗提示. Everything the page says about the letter comes
 * from the letter's facts (deadlines, warnings, next steps), so nothing is written twice.
 *
 * Every button posts the answers again (the server keeps nothing): one form holds them as hidden fields, and
 * the buttons name where they go (formaction): the PDF (/form/{type}, attachment or inline), the HTML letter
 * (/form/{type}/preview), the batch (/form/{type}/batch), the envelope sheet and the next letters (…/step).
 */
import { html } from "hono/html";
import { findLetterType } from "../letters";
import type { LetterFacts } from "../letters/types";
import type { FormSpec } from "./fields";
import { hiddenFields, type JourneyState } from "./journey";
import { letterTitle, page, scamWarning, type Html } from "./page";
import { creditorName, warningList } from "./review";
import type { FormValues } from "./parse";
import type { InAppBrowser } from "./in-app";

/** The letter to write when a deadline passes without an answer. */
export const WHEN_NO_REPLY: Record<string, string> = { "reply-due": "complaint" };

export interface DoneLetter {
  index: number;
  values: FormValues;
  facts: LetterFacts;
  fileName: string;
  /** The letter as plain text (复制全文). */
  text: string;
}

export interface DoneOptions {
  inApp?: InAppBrowser;
}

const STATE_FORM = "letter-form";

/** A button of the one form on the page, sent to `action` (a path under /form/{type}). */
const button = (action: string, name: string, value: string, words: Html | string, cls = "secondary", extra: Html | "" = "") =>
  html`<button type="submit" form="${STATE_FORM}" formaction="${action}" name="${name}" value="${value}" class="${cls}"${extra}>${words}</button>`;

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The buttons that start another letter with these answers carried over (a complaint when no reply comes). */
function startButton(type: string, words: string): Html | "" {
  const target = findLetterType(type);
  if (!target) return "";
  return button(`/form/${target.id}/step`, "action", "start", words);
}

function letterBlock(spec: FormSpec, letter: DoneLetter, many: boolean, inApp: boolean): Html {
  const base = `/form/${spec.type}`;
  const selector = many ? `?creditor=${letter.index}` : "";
  const textId = `letter-text-${letter.index}`;
  const blank = html` formtarget="_blank"`;
  return html`<section class="letter-done" aria-labelledby="letter-${letter.index}">
<h2 id="letter-${letter.index}">${many ? `第 ${letter.index + 1} 封：${creditorName(letter.values)}` : letter.facts.title}</h2>
${many ? html`<p class="file-name">${letter.fileName}.pdf</p>` : ""}
<div class="downloads">
${inApp
  ? html`${button(`${base}/preview${selector}`, "output", "html", "在页面中查看信函", "primary", blank)}${button(`${base}${selector}`, "output", "pdf-inline", "打开 PDF", "secondary", blank)}`
  : html`${button(`${base}${selector}`, "output", "pdf", many ? "下载这一封（PDF）" : "下载 PDF", many ? "secondary" : "primary download")}${button(`${base}${selector}`, "output", "pdf-inline", "在页面中打开 PDF", "secondary", blank)}${button(`${base}/preview${selector}`, "output", "html", "网页版", "secondary", blank)}`}
</div>
<details class="text-copy">
<summary>信的全文：可粘贴到 App 客服或 12378 网上投诉</summary>
<label for="${textId}" class="visually-hidden">${letter.facts.title}全文</label>
<textarea id="${textId}" readonly rows="10">${letter.text}</textarea>
</details>
<button type="button" class="secondary copy" data-copy="${textId}" hidden>复制全文</button>
<p class="status copy-status" role="status" aria-live="polite"></p>
${warningList(spec, letter.facts.warnings, many ? letter.index : undefined)}
${button(`${base}/step`, "action", `envelope:${letter.index}`, "信封单：收件人和寄件人", "link-button")}
</section>`;
}

export function donePage(spec: FormSpec, state: JourneyState, letters: readonly DoneLetter[], options: DoneOptions = {}): Html {
  const many = letters.length > 1;
  const first = letters[0].facts;
  const base = `/form/${spec.type}`;
  const sending = first.nextSteps.filter((s) => s.id !== "no-paid-agents");
  const nextLetters = sending.filter((s) => s.letterType && findLetterType(s.letterType));
  const inApp = options.inApp !== undefined;
  return page(
    { title: `信写好了 – ${letterTitle(spec.type)} – 书函`, script: true, inApp: options.inApp },
    html`<form id="${STATE_FORM}" class="done" method="post" action="${base}/step" accept-charset="utf-8" data-letter-type="${spec.type}" data-step="done" data-fresh="false">
${hiddenFields(state, () => false)}
</form>
<h1>${many ? `${letters.length} 封信写好了` : "信写好了"}</h1>
<p class="status" id="status" role="status" aria-live="polite"></p>
${many
  ? html`<div class="downloads batch">${inApp ? "" : button(`${base}/batch`, "output", "zip", `下载全部（ZIP，${letters.length} 个 PDF）`, "primary download")}${button(`${base}/batch`, "output", "pdf", inApp ? "打开合并的 PDF" : "合并成一个 PDF 下载", "secondary", inApp ? html` formtarget="_blank"` : "")}</div>`
  : ""}
${letters.map((l) => letterBlock(spec, l, many, inApp))}
<section aria-labelledby="send-title">
<h2 id="send-title">怎么寄出</h2>
<ol class="steps-list">${sending.map((s) => html`<li>${s.text.zh}</li>`)}${spec.advice.map((a) => html`<li>${a}</li>`)}</ol>
</section>
<section aria-labelledby="reply-title">
<h2 id="reply-title">什么时候会有答复</h2>
${first.deadlines.map((d) => {
  const next = WHEN_NO_REPLY[d.id];
  return html`<div class="deadline"><p><strong>${chineseDate(d.date)}</strong>：${d.rule.zh}。</p><details class="more"><summary>怎么算，到期没有答复怎么办</summary><p>${d.explanation.zh}</p></details>${next ? startButton(next, "到期没有答复：写投诉信") : ""}</div>`;
})}
${nextLetters.map((s) => startButton(s.letterType!, `写${letterTitle(s.letterType!)}`))}
</section>
${scamWarning(false)}
<div class="nav">
${button(`${base}/step`, "action", "review", "返回修改", "link-button")}
<a href="/" class="link-button">写另一封信</a>
</div>`,
  );
}
