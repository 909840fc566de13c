/**
 * The web form through the real app (app.request, no server, no browser): the pages, the plain form post
 * that answers with the PDF or the form again (422, input kept, escaped!), the no-JS "add a row" action,
 * and the routes the script uses (/check, /preview, /pdf) with errors by form field name.
 */
import { describe, expect, it } from "vitest";
import { testApp } from "./helpers/app";
import { pdfToText } from "./helpers/pdf-tools";
import { FORM_JS } from "../src/form/assets";

const FORM = "application/x-www-form-urlencoded";

function post(path: string, entries: [string, string][] | string, contentType = FORM) {
  return testApp.request(path, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof entries === "string" ? entries : new URLSearchParams(entries).toString(),
  });
}

/** A complete, valid installment request as a browser would post it (checked boxes only, empty fields too). */
function installment(overrides: Record<string, string> = {}): [string, string][] {
  const base: Record<string, string> = {
    "borrower.name": "王小明",
    "borrower.idNumber": "11010519491231002X",
    "privacy.maskIdNumber": "true",
    "borrower.phone": "13812345678",
    "borrower.address": "",
    "borrower.email": "",
    "lender.name": "招商银行信用卡中心",
    "lender.kind": "bank-credit-card",
    "lender.department": "",
    "account.product": "经典白金卡",
    "debt.principal": "35,000",
    "debt.interest": "1200.50",
    "debt.penalty": "",
    "hardship.reasons": "unemployment",
    "hardship.details": "2026年3月公司裁员。",
    "plan.months": "24",
    "plan.firstPaymentDate": "2026-12-15",
    "plan.downPayment": "",
    "attachments.0": "",
    "attachments.1": "失业证明",
    "attachments.2": "",
    date: "",
    locale: "zh-Hans",
  };
  return Object.entries({ ...base, ...overrides });
}

/** The element with this id, as HTML (first match; the pages are small and regular). */
function element(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html);
  return match?.[0] ?? "";
}

describe("GET /", () => {
  it("asks what is happening, in the borrower's words, with 防骗提示 and every letter; no script", async () => {
    const res = await testApp.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<form method="get" action="/#result" class="situations">');
    expect(html).toContain('name="s" value="cannot-pay"');
    expect(html).toContain("催收打电话给我的家人、同事或朋友");
    for (const type of ["installment-request", "deferral-request", "collection-objection"]) expect(html).toContain(`href="/form/${type}"`);
    expect(html).toContain("防骗提示");
    expect(html).toContain("验证码");
    for (const channel of ["12378", "12363", "12348"]) expect(html).toContain(channel);
    expect(html).not.toContain("<script"); // the start page needs none
  });
});

describe("GET /form/{type}", () => {
  it.each(["installment-request", "deferral-request", "collection-objection"])("%s: the first step, every control with a label tied by for/id", async (type) => {
    const res = await testApp.request(`/form/${type}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`action="/form/${type}/step"`);
    expect(html).toMatch(/<script src="\/form\.js\?v=\w+" defer><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/form\.css\?v=\w+">/);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script (CSP script-src 'self')
    expect(html).not.toMatch(/\son[a-z]+="/); // no inline handlers
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) expect(html, id).toContain(`<label for="${id}">`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toMatch(/<fieldset class="section" id="s-borrower">\s*<legend class="page-title"><h1>你的信息<\/h1><\/legend>/);
    expect(html).toMatch(/第 1 步，共 \d 步/);
    expect(html).toContain('type="tel"');
    expect(html).toContain('<details class="more"><summary>更多（可不填）<span class="more-list">');
    expect(html).toContain("不是法律意见");
    expect(html.length).toBeLessThan(20_000);
  });

  it("answers an unknown type with a 404 page", async () => {
    const res = await testApp.request("/form/love-letter");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("没有这种信函");
  });
});

describe("GET /form.js and /form.css", () => {
  it("serves the script and the stylesheet from the Worker", async () => {
    const js = await testApp.request("/form.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const source = await js.text();
    expect(() => new Function(source)).not.toThrow(); // it parses
    expect(source).not.toMatch(/\beval\(|new Function|innerHTML|document\.write/);
    expect(source).toContain("/check");
    const css = await testApp.request("/form.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(source.length + (await css.text()).length).toBeLessThan(32_000);
    expect(FORM_JS).toBe(source);
  });
});

describe("POST /form/{type} (a browser's plain form post)", () => {
  it("answers with the PDF as an attachment with the Chinese file name", async () => {
    const res = await post("/form/installment-request", installment());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''[^;]+$/);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("''")[1])).toMatch(/^个性化分期还款申请书_王小明.*\.pdf$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = pdfToText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, "");
    for (const typed of ["王小明", "招商银行信用卡中心", "经典白金卡", "2026年3月公司裁员", "失业证明", "36,200.50"]) expect(text).toContain(typed);
  });

  it("a mistake left: the check-your-answers page (422) lists every one, with the input kept in hidden fields", async () => {
    const res = await post("/form/installment-request", installment({ "borrower.idNumber": "110105194912310021", "plan.months": "" }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toMatch(/<title>有 2 处需要修改 – 检查填写的内容/);
    expect(html).toContain('value="goto:borrower" class="link-button">你的信息 · 身份证号码校验位不正确，请核对每一位数字');
    expect(html).toContain('value="goto:plan" class="link-button">打算怎么还 · 请填写分几期');
    expect(html).toContain('<input type="hidden" name="borrower.idNumber" value="110105194912310021">');
    expect(html).toContain('<input type="hidden" name="debt.principal" value="35,000">');
  });

  it("answers 415 for JSON, 413 past 256 KB, 404 for an unknown type", async () => {
    expect((await post("/form/installment-request", "{}", "application/json")).status).toBe(415);
    expect((await post("/form/installment-request", `hardship.details=${"x".repeat(300 * 1024)}`)).status).toBe(413);
    expect((await post("/form/nope", [])).status).toBe(404);
  });
});

describe("the script's routes", () => {
  it("POST /form/{type}/check: 200 when valid, else the problem with form field names (empty rows counted)", async () => {
    expect(await (await post("/form/installment-request/check", installment())).json()).toEqual({ ok: true, warnings: [] });

    const res = await post("/form/collection-objection/check", [
      ["borrower.name", "李四"],
      ["borrower.phone", "13900139000"],
      ["lender.name", "重庆蚂蚁消费金融有限公司"],
      ["demands", "stop-third-party-contact"],
      ["incidents.0.date", "2026-10-01"],
      ["incidents.0.channel", "phone"],
      ["incidents.0.conducts", "threats"],
      ["incidents.1.date", ""],
      ["incidents.2.date", "2026-13-45"],
      ["incidents.2.channel", "sms"],
      ["incidents.2.conducts", "insults"],
    ]);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { status: number; errors: Record<string, unknown>[] };
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: "incidents.2.date", // the body's incidents.1: row 1 was empty and dropped
        field: "incidents.2.date",
        control: "f-incidents-2-date",
        label: "第 3 次 · 日期",
      }),
    ]);
  });

  it("POST /form/{type}/check: a missing list and a missing choice point at the list and the group", async () => {
    const problem = (await (
      await post("/form/collection-objection/check", [["borrower.name", "李四"], ["borrower.phone", "13900139000"], ["lender.name", "某银行"]])
    ).json()) as {
      errors: { field: string; message: string; control: string }[];
    };
    expect(problem.errors.map((e) => [e.field, e.message, e.control])).toEqual([
      ["incidents", "请至少填写一条", "f-incidents-0-date"],
      ["demands", "请至少选择一项", "f-demands-stop-third-party-contact"],
    ]);
  });

  it("POST /form/{type}/preview: the letter's HTML, or the problem", async () => {
    const res = await post("/form/installment-request/preview", installment());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<article class="letter">');
    expect(html).toContain("王小明");
    const bad = await post("/form/installment-request/preview", installment({ "debt.principal": "很多" }));
    expect(bad.status).toBe(422);
    const problem = (await bad.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors[0]).toMatchObject({ field: "debt.principal" });
    expect(problem.errors[0].message).toContain("金额");
  });

  it("POST /form/{type}/pdf: the PDF, or the problem (never the HTML form)", async () => {
    const res = await post("/form/deferral-request/pdf", [
      ["borrower.name", "王小明"],
      ["borrower.phone", "13800138000"],
      ["lender.name", "重庆蚂蚁消费金融有限公司"],
      ["lender.kind", "consumer-finance"],
      ["debt.principal", "18000"],
      ["hardship.reasons", "income-reduction"],
      ["deferral.months", "６"],
      ["deferral.freezeInterest", "true"],
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(pdfToText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, "")).toContain("重庆蚂蚁消费金融有限公司");
    const bad = await post("/form/deferral-request/pdf", [["borrower.name", "王小明"]]);
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("says 请填写整数 for months that are not a number", async () => {
    const problem = (await (await post("/form/installment-request/check", installment({ "plan.months": "十二" }))).json()) as {
      errors: { field: string; message: string }[];
    };
    expect(problem.errors).toEqual([expect.objectContaining({ field: "plan.months", message: "请填写整数，例如 12" })]);
  });
});
