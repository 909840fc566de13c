/**
 * The borrower's journey through the app without JavaScript (app.request, no server, no browser): from the
 * start page's situations to the letters that fit, one step at a time with every answer carried in the page,
 * each step's own mistakes, the limitation question in words, a warning when the plan exceeds the budget,
 * check your answers with every mistake, the finished letter with what next, several creditors in one ZIP,
 * the envelope sheet, WeChat, and the 429 page that keeps the input.
 */
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { testApp } from "./helpers/app";
import { pdfToText } from "./helpers/pdf-tools";
import { formEntries, heading, postForm, press, stepOf, type Answer } from "./helpers/form-page";
import { recommend, askedSituations, SITUATIONS, type SituationId } from "../src/form/situations";
import { letterTypes } from "../src/letters";
import { stepsOf } from "../src/form/steps";
import { findFormSpec, formSpecs } from "../src/form/fields";
import { fieldsOf, listsOf } from "../src/form/parse";

const WECHAT =
  "Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN";

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await testApp.request(path, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** One 借呗 debt, installment request, every step answered as a borrower would (the test clock: 2026-11-23). */
async function installmentToReview(headers: Record<string, string> = {}): Promise<Answer> {
  const first = await get("/form/installment-request", headers);
  let page = await press(first.html, "next", { "borrower.name": "王小明", "borrower.phone": "13812345678" }, { headers });
  expect(stepOf(page.html)).toBe("debt");
  page = await press(page.html, "platform:jiebei", {}, { headers });
  expect(page.html).toContain('value="重庆蚂蚁消费金融有限公司"');
  page = await press(page.html, "next", { "debt.principal": "18000", "debt.overdueSince": "2026-08-10" }, { headers });
  expect(stepOf(page.html)).toBe("hardship");
  page = await press(page.html, "next", { "hardship.reasons": "unemployment" }, { headers });
  expect(stepOf(page.html)).toBe("budget");
  page = await press(page.html, "next", { "budget.income.0.amount": "4000", "budget.expenses.0.amount": "1500", "budget.expenses.1.amount": "1200" }, { headers });
  expect(stepOf(page.html)).toBe("plan");
  page = await press(page.html, "next", {}, { headers });
  expect(heading(page.html)).toBe("检查填写的内容");
  return page;
}

describe("start from the situation", () => {
  it("recommends the letters that fit, in order, each with why, linking with what the situation answers", async () => {
    const { html } = await get("/?s=third-party-contact&s=cannot-pay");
    const links = [...html.matchAll(/<li class="card"><h3><a href="([^"]+)">([^<]+)<\/a><\/h3><p>([^<]+)<\/p>/g)].map((m) => [m[1].replace(/&amp;/g, "&"), m[2]]);
    // By the best rank any chosen situation gives a letter, then by the situation's urgency, then the registry's order.
    expect(links.map((l) => l[1])).toEqual([
      "关于停止不当催收行为的告知函",
      "个性化分期还款申请书",
      "个人信息权利行使申请书",
      "延期还款（停息挂账）申请书",
      "债务明细及债权凭证查询函",
    ]);
    expect(links[0][0]).toBe("/form/collection-objection?incidents.0.conducts=contacted-third-parties&demands=stop-third-party-contact");
    expect(links[1][0]).toBe("/form/installment-request");
    expect(html).toContain('id="s-third-party-contact" name="s" value="third-party-contact" checked');
    expect(html).toContain("<title>建议写的信 – 书函</title>");
  });

  it("asks every situation some registered letter serves, and none that no letter serves; unknown ids are ignored", async () => {
    expect(askedSituations(letterTypes).map((s) => s.id)).toEqual([...SITUATIONS.map((s) => s.id)]);
    // Without the letters that serve a lawsuit, the question would lead nowhere: it is not asked.
    const withoutCourt = letterTypes.filter((t) => !t.journey?.situations.some((s) => s.id === "sued"));
    expect(askedSituations(withoutCourt).map((s) => s.id)).not.toContain("sued");
    const { html } = await get("/?s=%3Cscript%3E");
    expect(html).not.toContain("建议你写这些信");
    expect(html).not.toContain("<script>");
  });

  it("a lawsuit first: the answer to the complaint, then the jurisdiction objection and the authorisation", () => {
    expect(askedSituations(letterTypes).map((s) => s.id)[0]).toBe("sued");
    expect(recommend(["sued", "cannot-pay"], letterTypes).map((r) => r.type)).toEqual([
      "civil-defence",
      "installment-request",
      "jurisdiction-objection",
      "deferral-request",
      "authorization",
    ]);
    for (const id of ["debt-sold", "credit-report-error", "contacts-harvested", "complaint-ignored", "settle-once", "paid-off", "helper", "sued", "old-debt"])
      expect(recommend([id as SituationId], letterTypes).length, id).toBeGreaterThan(0);
  });

  it("pre-fills the form from the link: the objection's first incident and demand are ticked and carried", async () => {
    const { html } = await get("/form/collection-objection?incidents.0.conducts=contacted-third-parties&demands=stop-third-party-contact&nope=1");
    expect(html).toContain('<input type="hidden" name="incidents.0.conducts" value="contacted-third-parties">');
    expect(html).toContain('<input type="hidden" name="demands" value="stop-third-party-contact">');
    expect(html).not.toContain('name="nope"');
  });
});

describe("steps derived from each letter's own form", () => {
  it.each(formSpecs().map((s) => [s.type, s] as const))("%s: every field is asked in exactly one step", (_, spec) => {
    const steps = stepsOf(spec);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const asked = steps.flatMap((s) => s.sections.flatMap((sec) => sec.fields.map((f) => f.name)));
    const all = [...fieldsOf(spec).map((f) => f.name), ...listsOf(spec).map((l) => l.name)];
    expect(asked.sort()).toEqual(all.sort());
  });

  it("the installment request asks the budget before the plan it should fit", () => {
    expect(stepsOf(findFormSpec("installment-request")!).map((s) => s.id)).toEqual(["borrower", "debt", "hardship", "budget", "plan"]);
  });
});

describe("one step at a time, without JavaScript", () => {
  it("walks a 借呗 installment request to the PDF, the answers carried in hidden fields", async () => {
    const review = await installmentToReview();
    // The plan was proposed from the budget: ¥1,300 left a month, ¥18,000 → 14 instalments.
    expect(review.html).toContain("<dt>分几期</dt><dd>14</dd>");
    expect(review.html).toContain("<dt>每期还款</dt><dd>¥1,285.71</dd>");
    expect(review.html).toContain("收信机构：重庆蚂蚁消费金融有限公司（借呗）");
    const done = await press(review.html, "done");
    expect(done.status).toBe(200);
    expect(heading(done.html)).toBe("信写好了");
    expect(done.html).toContain("2026年12月8日"); // the reply-due deadline from the letter's facts
    expect(done.html).toContain("防骗提示");
    expect(done.html).toMatch(/<textarea id="letter-text-0" readonly rows="10">[^<]*分期还款申请书/);
    const pdf = await press(done.html, ["output", "pdf"], {}, { to: "/form/installment-request" });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
    const text = pdfToText(pdf.bytes).replace(/\s+/g, "");
    for (const typed of ["王小明", "重庆蚂蚁消费金融有限公司", "借呗", "每月收支情况说明", "1,285.71"]) expect(text).toContain(typed);
    const inline = await press(done.html, ["output", "pdf-inline"], {}, { to: "/form/installment-request" });
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename\*=UTF-8''/);
  });

  it("a step shows only the errors of its own fields, and keeps the input", async () => {
    const first = await get("/form/installment-request");
    const page = await press(first.html, "next", { "borrower.name": "王小明", "borrower.idNumber": "110105194912310021" });
    expect(page.status).toBe(422);
    expect(stepOf(page.html)).toBe("borrower");
    expect(page.html).toContain("有 2 处需要修改"); // the ID number, and no way to reply
    expect(page.html).toContain('value="110105194912310021"');
    expect(page.html).not.toContain("请填写本金"); // a later step's
  });

  it("back keeps what was typed on the step left", async () => {
    const first = await get("/form/installment-request");
    const debt = await press(first.html, "next", { "borrower.name": "王小明", "borrower.phone": "13812345678" });
    const back = await press(debt.html, "back", { "debt.principal": "999" });
    expect(stepOf(back.html)).toBe("borrower");
    expect(back.html).toContain('<input type="hidden" name="debt.principal" value="999">');
  });

  it("adds a row without JavaScript on the step that asks the list", async () => {
    const first = await get("/form/collection-objection");
    let page = await press(first.html, "goto:incidents");
    expect(page.html.match(/<fieldset class="row" data-row="\d+">/g)).toHaveLength(1);
    page = await press(page.html, "add-incident", { "incidents.0.date": "2026-10-01" });
    expect(page.html.match(/<fieldset class="row" data-row="\d+">/g)).toHaveLength(2);
    expect(page.html).toMatch(/id="f-incidents-1-date"[^>]* autofocus/);
    expect(page.html).toContain('value="2026-10-01"');
  });

  it("never reflects input unescaped, in fields or in hidden fields", async () => {
    const evil = '"><script>alert(1)</script>';
    const first = await get("/form/installment-request");
    const page = await press(first.html, "next", { "borrower.name": evil, "borrower.phone": "13812345678" });
    expect(page.html).not.toContain("<script>alert");
    expect(page.html).toContain('name="borrower.name" value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("the check page shows every mistake at once, each a way back to its step", async () => {
    const first = await get("/form/installment-request");
    const review = await press(first.html, "review");
    expect(review.status).toBe(422);
    expect(review.html).toMatch(/有 \d+ 处需要修改/);
    for (const step of ["borrower", "debt", "hardship", "plan"]) expect(review.html).toContain(`value="goto:${step}" class="link-button">`);
    const fix = await press(review.html, "goto:debt");
    expect(stepOf(fix.html)).toBe("debt");
  });
});

describe("the budget and the plan", () => {
  it("warns on the plan step once when the plan exceeds what the budget leaves, then goes on", async () => {
    const review = await installmentToReview();
    const plan = await press(review.html, "goto:plan");
    const warned = await press(plan.html, "next", { "plan.months": "3" });
    expect(stepOf(warned.html)).toBe("plan");
    expect(warned.html).toContain("超过了收支情况中每月可用于还款的¥1,300.00");
    const again = await press(warned.html, "next");
    expect(heading(again.html)).toBe("检查填写的内容");
    expect(again.html).toContain("超过了收支情况中每月可用于还款"); // still said on the check page
  });
});

describe("the limitation period, as a question", () => {
  async function oldDebt() {
    const first = await get("/form/installment-request");
    const debt = await press(first.html, "next", { "borrower.name": "王小明", "borrower.phone": "13812345678" });
    return press(debt.html, "next", { "lender.name": "某银行", "debt.principal": "5000", "debt.lastPaymentDate": "2021-03-01" });
  }

  it("asks in plain words, with the ways on, instead of an error", async () => {
    const page = await oldDebt();
    expect(page.status).toBe(200);
    expect(heading(page.html)).toBe("这笔债可能已过诉讼时效");
    expect(page.html).toContain("<strong>2021年3月1日</strong>");
    // The letter that admits nothing, pre-filled with what was answered.
    expect(page.html).toContain("/form/debt-details-request");
    expect(page.html).not.toContain("acknowledgeLimitationRisk: true");
    expect(page.html).toContain('name="acknowledgeLimitationRisk"');
  });

  it("goes on once the borrower ticks that they understand, or gives a recent demand", async () => {
    const page = await oldDebt();
    const ticked = await press(page.html, "next", { acknowledgeLimitationRisk: "true" });
    expect(stepOf(ticked.html)).toBe("hardship");
    expect(ticked.html).toContain('<input type="hidden" name="acknowledgeLimitationRisk" value="true">');
    const recent = await press(page.html, "next", { "debt.lastDemandDate": "2026-11-01" });
    expect(stepOf(recent.html)).toBe("hardship");
  });
});

describe("several creditors in one go", () => {
  it("adds 花呗 after 借呗: the borrower's answers once, one ZIP of two letters through the batch pipeline", async () => {
    const review = await installmentToReview();
    let page = await press(review.html, "add-creditor");
    expect(stepOf(page.html)).toBe("debt");
    expect(page.html).not.toContain('name="lender.name" value="重庆'); // the new creditor starts empty
    page = await press(page.html, "platform:huabei");
    page = await press(page.html, "next", { "debt.principal": "6000" });
    expect(stepOf(page.html)).toBe("plan"); // hardship and budget are the borrower's: not asked again
    expect(page.html).toContain("给其他机构的方案每月已占¥1,285.71");
    page = await press(page.html, "next");
    expect(heading(page.html)).toBe("检查填写的内容");
    expect(page.html).toContain("第 1 家：重庆蚂蚁消费金融有限公司（借呗）");
    expect(page.html).toContain("第 2 家：重庆蚂蚁消费金融有限公司（花呗）");
    expect(page.html).toMatch(/2 家机构的方案每月合计/);
    const done = await press(page.html, "done");
    expect(heading(done.html)).toBe("2 封信写好了");
    const zip = await press(done.html, ["output", "zip"], {}, { to: "/form/installment-request/batch" });
    expect(zip.headers.get("content-type")).toBe("application/zip");
    const files = Object.keys(unzipSync(zip.bytes));
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^01_重庆蚂蚁消费金融有限公司/);
    const merged = await press(done.html, ["output", "pdf"], {}, { to: "/form/installment-request/batch" });
    expect(merged.headers.get("content-type")).toBe("application/pdf");
    const text = pdfToText(merged.bytes).replace(/\s+/g, "");
    expect(text).toContain("借呗");
    expect(text).toContain("花呗");
  });

  it("removes a creditor and edits another from the check page", async () => {
    const review = await installmentToReview();
    let page = await press(review.html, "add-creditor");
    page = await press(page.html, "platform:huabei");
    page = await press(page.html, "next", { "debt.principal": "6000" });
    page = await press(page.html, "next");
    const fix = await press(page.html, "fix:0:debt");
    expect(fix.html).toMatch(/name="account.product"[^>]* value="借呗"/);
    const removed = await press(page.html, "remove-creditor:0");
    expect(removed.html).not.toContain("第 2 家");
    expect(removed.html).toContain("收信机构：重庆蚂蚁消费金融有限公司（花呗）");
  });
});

describe("after the letter", () => {
  it("the envelope sheet has the recipient's address from the form and the sender's", async () => {
    const review = await installmentToReview();
    const debt = await press(review.html, "goto:debt");
    const back = await press(debt.html, "next", { "lender.address": "重庆市江北区金渝大道99号", "lender.department": "客户服务部" });
    const done = await press(back.html, "done");
    const envelope = await press(done.html, "envelope:0", {}, { to: "/form/installment-request/step" });
    expect(heading(envelope.html)).toBe("信封单");
    expect(envelope.html).toContain("重庆市江北区金渝大道99号");
    expect(envelope.html).toContain("客户服务部");
    expect(envelope.html).toContain("13812345678");
  });

  it("carries the answers into another letter (start), as a complaint would be pre-filled", async () => {
    const review = await installmentToReview();
    const other = await press(review.html, "start", {}, { to: "/form/collection-objection/step" });
    expect(stepOf(other.html)).toBe("borrower");
    expect(other.html).toContain('value="王小明"');
    expect(other.html).toContain('<input type="hidden" name="lender.name" value="重庆蚂蚁消费金融有限公司">');
    expect(other.html).not.toContain('name="plan.months"'); // not a field of the objection
  });
});

describe("in WeChat", () => {
  it("says how to open the page in the phone's browser, and offers the letter inline instead of a download", async () => {
    const headers = { "user-agent": WECHAT };
    const start = await get("/", headers);
    expect(start.html).toContain("你正在微信里打开书函");
    expect(start.html).toContain("在浏览器打开");
    expect(start.headers.get("vary")).toContain("User-Agent");
    const review = await installmentToReview(headers);
    const done = await press(review.html, "done", {}, { headers });
    expect(done.html).toContain("在页面中查看信函");
    expect(done.html).not.toContain("下载 PDF");
    const view = await press(done.html, ["output", "html"], {}, { to: "/form/installment-request/preview", headers });
    expect(view.headers.get("content-type")).toMatch(/^text\/html/);
    expect(view.html).toContain("王小明");
  });
});

describe("429: a page that keeps the input and says when", () => {
  it("past the per-IP limit the PDF post answers a Chinese page with the answers in it and Retry-After", async () => {
    const review = await installmentToReview();
    const entries = formEntries(review.html);
    const headers = { "cf-connecting-ip": "192.0.2.77" };
    let last: Answer | undefined;
    for (let i = 0; i < 61; i++) last = await postForm("/form/installment-request", [...entries, ["output", "nope"], ["borrower.phone", "x"]], headers);
    expect(last!.status).toBe(429);
    expect(last!.headers.get("content-type")).toMatch(/^text\/html/);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(heading(last!.html)).toBe("请稍等一下再试");
    expect(last!.html).toMatch(/在 <strong>\d+ 秒<\/strong>后（北京时间 \d\d:\d\d 以后）/);
    expect(last!.html).toContain('<input type="hidden" name="borrower.name" value="王小明">');
    expect(last!.html).toContain('<input type="hidden" name="output" value="nope">');
    // Steps are not counted: the borrower can still go back to the check page.
    expect((await postForm("/form/installment-request/step", [...entries, ["action", "review"]], headers)).status).toBe(200);
  });
});
