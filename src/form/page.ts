/**
 * The page frame of the web form (lang="zh-CN", one stylesheet, one deferred script, both served by the
 * Worker), the start page at GET / ("what is happening to you?" → the letters that fit), and the blocks the
 * start page and every finished letter share: what to prepare, and 防骗提示 (never pay an agent, never hand over a
 * code or a SIM card; the free channels). Everything goes through hono's `html` template, which escapes every
 * interpolated string.
 */
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { findLetterType, letterTypes } from "../letters";
import { NO_PAID_AGENTS } from "../letters/facts";
import { formSpecs } from "./fields";
import { ASSET_VERSION } from "./assets";
import type { InAppBrowser } from "./in-app";
import { askedSituations, isSituationId, recommend, SITUATIONS, type SituationId } from "./situations";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  /** Pages with a form load /form.js; the start page needs none. */
  script?: boolean;
  /** Opened inside WeChat or another in-app browser (the script then never tries to save a file). */
  inApp?: InAppBrowser;
  /** Say how to open the page in the phone's browser (default true; the steps leave it to the start and the letter). */
  notice?: boolean;
}

/** In an in-app browser: downloads may not work; how to open the page in the phone's own browser. */
export function inAppNotice(inApp: InAppBrowser | undefined): Html | "" {
  if (!inApp) return "";
  return html`<p class="in-app" role="note"><strong>你正在${inApp.name}里打开书函，这里不能下载文件。</strong>点右上角「···」选<strong>「在浏览器打开」</strong>；或在这里填完，在页面里看信。</p>`;
}

export function page(options: PageOptions, main: Html): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${options.title}</title>
<link rel="stylesheet" href="/form.css?v=${ASSET_VERSION}">
${options.script ? html`<script src="/form.js?v=${ASSET_VERSION}" defer></script>` : ""}
</head>
<body${options.inApp ? html` data-in-app="${options.inApp.name}"` : ""}>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><div class="wrap"><a class="brand" href="/">书函</a> <span>给银行、平台和催收机构的正式信函</span></div></header>
<main id="main" class="wrap" tabindex="-1">
${options.notice === false ? "" : inAppNotice(options.inApp)}${main}
</main>
<footer class="site"><div class="wrap">
<p>书函免费，服务器不保存你填写的内容。信函是供你本人使用的模板，不是法律意见。</p>
</div></footer>
</body>
</html>
`;
}

/** Titles come from the letter modules, so the form and the API name each letter the same way. */
export function letterTitle(type: string): string {
  return findLetterType(type)?.title["zh-Hans"] ?? type;
}

/** What to have at hand before starting. */
export function preparationList(): Html {
  return html`<ul>
<li>欠哪家、欠多少（看 App 或账单），每月大概的收支。</li>
<li>困难的证明：失业证明、诊断证明、工资流水。</li>
<li>被不当催收的：录音、截图，记下日期和号码。</li>
</ul>`;
}

/**
 * 防骗提示: the paid 代理协商 / 反催收 / 债务优化 services that prey on borrowers, and the free channels. The
 * central sentence is the one every letter's facts end with (NO_PAID_AGENTS), so it is said the same way everywhere.
 */
export function scamWarning(full = true): Html {
  return html`<section class="scam" aria-labelledby="scam-title">
<h2 id="scam-title">防骗提示</h2>
<p><strong>${NO_PAID_AGENTS.text.zh}</strong></p>
${full
  ? html`<details class="scam-more"><summary>为什么，还有哪些免费渠道</summary><ul>
<li>「代理协商」「反催收」「债务优化」是收费中介，还可能编造材料、骗取定金。</li>
<li>谁要你的<strong>验证码</strong>、手机卡、银行卡或支付密码，都不要给。</li>
<li>免费渠道：机构自己的客服；<strong>12378</strong>（银行、消费金融公司）；<strong>12363</strong>（征信）；<strong>12348</strong>（法律援助）。</li>
</ul></details>`
  : ""}
</section>`;
}

/** The chosen situations from GET /?s=…, known ids only, in the order asked. */
export function chosenSituations(values: readonly string[]): SituationId[] {
  const chosen = new Set(values.filter(isSituationId));
  return SITUATIONS.map((s) => s.id).filter((id) => chosen.has(id));
}

/** GET /: what is happening, in the borrower's words → the letters that fit, in order, each with why. */
export function startPage(chosen: readonly SituationId[], inApp?: InAppBrowser): Html {
  const asked = askedSituations(letterTypes);
  const picked = chosen.filter((id) => asked.some((s) => s.id === id));
  const recommendations = recommend(picked, letterTypes);
  const notes = asked.filter((s) => picked.includes(s.id) && s.note);
  const result = picked.length
    ? html`<section class="result" aria-labelledby="result-title" id="result" tabindex="-1">
<h2 id="result-title">建议你写这些信${recommendations.length > 1 ? "（按先后顺序）" : ""}</h2>
<ol class="recommendations">
${recommendations.map(
  (r) => html`<li class="card"><h3><a href="${r.href}">${r.title}</a></h3><p>${r.why}</p></li>`,
)}
</ol>
${notes.map((s) => html`<p class="note-box">${s.note}</p>`)}
</section>`
    : "";
  const form = html`<form method="get" action="/#result" class="situations">
<fieldset class="choices">
<legend>${picked.length ? "勾选你遇到的情况（可多选）" : html`<h2>你现在遇到了什么情况？（可多选）</h2>`}</legend>
<div class="options">${asked.map(
    (s) =>
      html`<div class="option"><input type="checkbox" id="s-${s.id}" name="s" value="${s.id}"${picked.includes(s.id) ? html` checked` : ""}><label for="s-${s.id}">${s.label}</label></div>`,
  )}</div>
</fieldset>
<button type="submit" class="primary">看看该写哪封信</button>
</form>`;
  // With an answer, the recommendations come first and the question folds away (open it to choose again).
  const questions = picked.length ? html`<details class="more situations-again"><summary>选错了？改选你的情况</summary>${form}</details>` : form;
  const all = formSpecs().map(
    (spec) => html`<li><a href="/form/${spec.type}">${letterTitle(spec.type)}</a>：${spec.when}</li>`,
  );
  return page(
    { title: picked.length ? "建议写的信 – 书函" : "书函：写一封正式的信", inApp },
    html`<h1>欠款了，先写一封正式的信</h1>
<p class="lead">说说你遇到的情况，书函告诉你该写哪封信。一步步填好，得到格式规范的 PDF，签名后寄出。书函只帮你把话写清楚，不替你协商，免费。</p>
${result}${questions}
<section class="before" aria-labelledby="before-title">
<h2 id="before-title">开始之前，准备好</h2>
${preparationList()}
</section>
${scamWarning()}
<details class="more all"><summary>知道要写哪封信？所有信函</summary>
<ul class="all-letters">${all}</ul>
</details>`,
  );
}
