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
  it("lists the three letter types with when to use each, linking to their forms", async () => {
    const res = await testApp.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    for (const type of ["installment-request", "deferral-request", "collection-objection"]) expect(html).toContain(`href="/form/${type}"`);
    expect(html).toContain("每月还不上");
    expect(html).not.toContain("<script"); // the start page needs none
  });
});

describe("GET /form/{type}", () => {
  it.each(["installment-request", "deferral-request", "collection-objection"])("%s: every control has a label tied by for/id", async (type) => {
    const res = await testApp.request(`/form/${type}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`action="/form/${type}"`);
    expect(html).toMatch(/<script src="\/form\.js\?v=\w+" defer><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/form\.css\?v=\w+">/);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script (CSP script-src 'self')
    expect(html).not.toMatch(/\son[a-z]+="/); // no inline handlers
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(html, id).toContain(`<label for="${id}">`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toMatch(/<fieldset class="section" id="s-borrower">\s*<legend>你的信息<\/legend>/);
    expect(html).toContain('inputmode="decimal"');
    expect(html).toContain('type="date"');
    expect(html).toContain('type="tel"');
    expect(html).toContain("EMS");
    expect(html).toContain("不是法律意见");
    expect(html.length).toBeLessThan(60_000);
  });

  it("renders three incident rows and three evidence and attachment rows, each list with its add button", async () => {
    const html = await (await testApp.request("/form/collection-objection")).text();
    expect(html.match(/<fieldset class="row" data-row="\d+">/g)).toHaveLength(3);
    expect(html).toContain("<legend>第 3 次</legend>");
    expect(html).not.toContain("第 4 次");
    for (const action of ["add-incident", "add-evidence", "add-attachment"]) expect(html).toContain(`name="action" value="${action}"`);
    expect(html).toContain('name="incidents.2.conducts" value="threats"');
    expect(html).toContain('id="f-attachments-2"');
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
    expect(source).toContain("/preview");
    const css = await testApp.request("/form.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(source.length + (await css.text()).length).toBeLessThan(30_000);
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

  it("re-renders the form (422) with each message next to its field, a summary linking to it, and the input kept", async () => {
    const res = await post("/form/installment-request", installment({ "borrower.idNumber": "110105194912310021", "plan.months": "" }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toMatch(/<title>有 2 处需要修改 – /);
    expect(html).toMatch(/<div class="error-summary" id="error-summary" role="alert" tabindex="-1"[^>]*autofocus>/);
    expect(html).toContain('<a href="#f-borrower-idNumber">身份证号码校验位不正确，请核对每一位数字</a>'); // the message names its field
    expect(html).toContain('<a href="#f-plan-months">请填写分几期</a>');

    const id = element(html, "f-borrower-idNumber");
    expect(id).toContain('aria-invalid="true"');
    expect(id).toContain('aria-describedby="f-borrower-idNumber-hint f-borrower-idNumber-error"');
    expect(id).toContain('value="110105194912310021"');
    expect(html).toMatch(/<p class="error" id="f-borrower-idNumber-error">身份证号码校验位不正确/);
    expect(html).toMatch(/<p class="error" id="f-plan-months-error">请填写分几期<\/p>/);

    // The rest is kept as typed (not as converted).
    expect(element(html, "f-borrower-name")).toContain('value="王小明"');
    expect(element(html, "f-debt-principal")).toContain('value="35,000"');
    expect(element(html, "f-attachments-1")).toContain('value="失业证明"');
    expect(element(html, "f-hardship-reasons-unemployment")).toContain(" checked");
    expect(element(html, "f-hardship-reasons-illness")).not.toContain(" checked");
    expect(element(html, "f-lender-kind-bank-credit-card")).toContain(" checked");
    expect(element(html, "f-lender-kind-other")).not.toContain(" checked");
    expect(element(html, "f-privacy-maskIdNumber")).toContain(" checked");
    expect(html).toContain(">2026年3月公司裁员。</textarea>");
    expect(element(html, "f-borrower-name")).not.toContain("aria-invalid");
    expect(html).toContain('data-fresh="false"');
  });

  it("shows a message about a choice group on the group, linking to its first option", async () => {
    const entries = installment().filter(([name]) => name !== "hardship.reasons");
    const html = await (await post("/form/installment-request", entries)).text();
    expect(html).toMatch(/<fieldset class="choices has-error" id="f-hardship-reasons" data-field="hardship.reasons" aria-describedby="f-hardship-reasons-error">/);
    expect(html).toContain('<a href="#f-hardship-reasons-unemployment">为什么还不上（可多选）：请至少选择一项</a>');
    expect(element(html, "f-hardship-reasons-illness")).toContain('aria-invalid="true"');
  });

  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['"><img src=x onerror=alert(1)>', "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"],
  ])("never reflects input unescaped: %s", async (evil, escaped) => {
    const res = await post(
      "/form/collection-objection",
      [
        ["borrower.name", evil],
        ["hardship.details", evil], // not a field of this form: ignored
        ["incidents.0.description", `</textarea>${evil}`],
        ["incidents.0.from", evil],
        ["incidents.0.channel", evil], // not an option: the schema rejects it, the form shows it as nothing selected
        ["evidence.1", evil],
        ["collector.name", "'onmouseover='alert(1)"],
        [evil, evil],
      ],
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).not.toContain(evil);
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<script>/);
    expect(html).not.toContain("onmouseover='");
    expect(element(html, "f-borrower-name")).toContain(`value="${escaped}"`);
    expect(element(html, "f-evidence-1")).toContain(`value="${escaped}"`);
    expect(html).toContain(`&lt;/textarea&gt;${escaped}</textarea>`);
    expect(element(html, "f-collector-name")).toContain('value="&#39;onmouseover=&#39;alert(1)"');
  });

  it("adds a row without JavaScript (action=add-incident): one more row, the input kept, no errors", async () => {
    const res = await post("/form/collection-objection", [
      ["borrower.name", "李四"],
      ["incidents.0.date", "2026-10-01"],
      ["incidents.0.conducts", "threats"],
      ["incidents.1.date", ""],
      ["incidents.2.date", ""],
      ["action", "add-incident"],
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<fieldset class="row" data-row="\d+">/g)).toHaveLength(4);
    expect(html).toContain("<legend>第 4 次</legend>");
    expect(element(html, "f-incidents-3-date")).toContain(" autofocus");
    expect(element(html, "f-borrower-name")).toContain('value="李四"');
    expect(element(html, "f-incidents-0-date")).toContain('value="2026-10-01"');
    expect(element(html, "f-incidents-0-conducts-threats")).toContain(" checked");
    expect(html).toMatch(/<div class="error-summary" id="error-summary" role="alert" tabindex="-1" hidden>/);
    expect(html).not.toContain('aria-invalid="true"');

    // Again, from the re-rendered form: 5 rows. And the attachments list has its own button.
    const again = await post("/form/collection-objection", [
      ["incidents.3.date", ""],
      ["action", "add-incident"],
    ]);
    expect((await again.text()).match(/<fieldset class="row" data-row="\d+">/g)).toHaveLength(5);
    const attachments = await (await post("/form/collection-objection", [["action", "add-attachment"]])).text();
    expect(attachments).toContain('id="f-attachments-3"');
    expect(element(attachments, "f-attachments-3")).toContain(" autofocus");
  });

  it("stops adding rows at the schema's maximum", async () => {
    const entries: [string, string][] = Array.from({ length: 30 }, (_, i) => [`attachments.${i}`, ""]);
    const html = await (await post("/form/installment-request", [...entries, ["action", "add-attachment"]])).text();
    expect(html).toContain('id="f-attachments-29"');
    expect(html).not.toContain('id="f-attachments-30"');
    expect(html).toMatch(/value="add-attachment" class="secondary add-row" disabled>/);
  });

  it("answers 415 for JSON, 413 past 256 KB, 404 for an unknown type", async () => {
    expect((await post("/form/installment-request", "{}", "application/json")).status).toBe(415);
    expect((await post("/form/installment-request", `hardship.details=${"x".repeat(300 * 1024)}`)).status).toBe(413);
    expect((await post("/form/nope", [])).status).toBe(404);
  });
});

describe("the script's routes", () => {
  it("POST /form/{type}/check: 200 when valid, else the problem with form field names (empty rows counted)", async () => {
    expect(await (await post("/form/installment-request/check", installment())).json()).toEqual({ ok: true });

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
