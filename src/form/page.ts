/**
 * The page frame of the web form (lang="zh-CN", one stylesheet, one deferred script, both served by the
 * Worker) and the start page at GET /: the three letter types with when to use each, in plain words.
 * Everything goes through hono's `html` template, which escapes every interpolated string.
 */
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { findLetterType } from "../letters";
import { formSpecs } from "./fields";
import { ASSET_VERSION } from "./assets";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  /** Pages with a form load /form.js; the start page needs no script. */
  script?: boolean;
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
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><div class="wrap"><a class="brand" href="/">书函</a> <span>给银行、平台和催收机构的正式信函</span></div></header>
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site"><div class="wrap">
<p>书函不保存你填写的内容：服务器只用它生成这一封信。生成的信函是供你本人使用的模板，不是法律意见。</p>
</div></footer>
</body>
</html>
`;
}

/** Titles come from the letter modules, so the form and the API name each letter the same way. */
export function letterTitle(type: string): string {
  return findLetterType(type)?.title["zh-Hans"] ?? type;
}

/** GET /: which letter to write, in the words of someone who owes money. */
export function startPage(): Html {
  const items = formSpecs().map(
    (spec) => html`<li class="card">
<h2><a href="/form/${spec.type}">${letterTitle(spec.type)}</a></h2>
<p>${spec.when}</p>
</li>`,
  );
  return page(
    { title: "书函：写一封正式的信" },
    html`<h1>写一封给银行、平台或催收机构的正式信</h1>
<p class="lead">选一种信，填好表格（约2分钟），就能下载一份格式规范的PDF，打印、签名后寄出。</p>
<ul class="cards">
${items}
</ul>
<p class="note">你可以向机构申请分期或延期，机构可以同意，也可以不同意。书函只帮你把话写清楚，不替你协商，也不收费。</p>`,
  );
}
