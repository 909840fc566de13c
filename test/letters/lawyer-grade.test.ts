/**
 * Issue 8, "Lawyer-grade letters": each numbered point as a test on what a reader of the letter (or a client of
 * the API) sees — the PDF's text, the problem a bad body gets, the facts and warning headers.
 */
import { describe, expect, it } from "vitest";
import installmentRequest from "../../src/letters/installment-request";
import deferralRequest from "../../src/letters/deferral-request";
import collectionObjection from "../../src/letters/collection-objection";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import type { LetterFacts, LetterType } from "../../src/letters/types";
import { postJson } from "../helpers/app";
import { pdfToText } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const installment = (patch: Body = {}): Body => ({ ...structuredClone(installmentRequest.example as Body), ...patch });
const deferral = (patch: Body = {}): Body => ({ ...structuredClone(deferralRequest.example as Body), ...patch });
const objection = (patch: Body = {}): Body => ({ ...structuredClone(collectionObjection.example as Body), ...patch });
const flat = (s: string) => s.replace(/\s+/g, "");

type Problem = { status: number; code: string; errors: { path: string; code: string; message: { zh: string; en: string } }[] };

async function problemOf(type: string, body: unknown): Promise<Problem> {
  const res = await postJson(`/v1/letters/${type}?format=text`, body);
  expect(res.status).toBe(422);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}

async function textOf(type: string, body: unknown): Promise<string> {
  const res = await postJson(`/v1/letters/${type}?format=text`, body);
  if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
  return res.text();
}

async function pdfTextOf(type: LetterType, body: unknown): Promise<string> {
  return pdfToText(await renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader));
}

async function factsOf(type: string, body: unknown): Promise<{ facts: LetterFacts; warnings: string | null }> {
  const res = await postJson(`/v1/letters/${type}?format=json`, body);
  if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
  return { facts: (await res.json()) as LetterFacts, warnings: res.headers.get("shuhan-warnings") };
}

describe("1. the limitation period (诉讼时效)", () => {
  const old = { lastPaymentDate: "2023-05-01", lastDemandDate: "2023-06-30", overdueSince: "2023-04-10" };

  for (const [type, make] of [
    ["installment-request", installment],
    ["deferral-request", deferral],
  ] as const) {
    it(`${type}: every given date more than three years old → 422 LIMITATION_RISK naming the debt-details request`, async () => {
      const body = make();
      body.debt = { ...body.debt, ...old };
      const problem = await problemOf(type, body);
      expect(problem.code).toBe("LIMITATION_RISK");
      expect(problem.errors).toEqual([expect.objectContaining({ path: "acknowledgeLimitationRisk", code: "LIMITATION_RISK" })]);
      const { zh, en } = problem.errors[0].message;
      expect(zh).toContain("2023年6月30日");
      expect(zh).toContain("诉讼时效");
      expect(zh).toContain("债务明细及债权凭证查询函");
      expect(zh).toMatch(/重新计算/);
      expect(en).toContain("debt-details-request");
      expect(en).toMatch(/restarts/);
    });

    it(`${type}: with acknowledgeLimitationRisk the letter is made, and carries the warning`, async () => {
      const body = make({ acknowledgeLimitationRisk: true });
      body.debt = { ...body.debt, ...old };
      const res = await postJson(`/v1/letters/${type}`, body);
      expect(res.status).toBe(200);
      expect(res.headers.get("shuhan-warnings")).toContain("LIMITATION_RISK");
      // The dates are for the guard only: the letter does not print them.
      expect(flat(pdfToText(new Uint8Array(await res.arrayBuffer())))).not.toContain("2023年5月1日");
    });
  }

  it("refuses nothing when no date is given, or when one of them is within three years", async () => {
    const body = installment();
    delete body.debt.overdueSince;
    expect((await postJson("/v1/letters/installment-request?format=text", body)).status).toBe(200);
    body.debt = { ...body.debt, lastPaymentDate: "2020-01-01", lastDemandDate: "2024-01-01" };
    expect((await postJson("/v1/letters/installment-request?format=text", body)).status).toBe(200);
  });

  it("counts three years to the day: 2023-11-23 is still within them on 2026-11-23, 2023-11-22 is not", async () => {
    const body = installment();
    body.debt = { ...body.debt, overdueSince: "2023-11-23" };
    expect((await postJson("/v1/letters/installment-request?format=text", body)).status).toBe(200);
    body.debt.overdueSince = "2023-11-22";
    expect((await problemOf("installment-request", body)).code).toBe("LIMITATION_RISK");
  });

  it("reports the risk together with every other problem of the body, in one round", async () => {
    const body = installment();
    body.debt = { ...body.debt, ...old };
    body.borrower.idNumber = "110105194912310021";
    const problem = await problemOf("installment-request", body);
    expect(problem.code).toBe("INVALID_BODY");
    expect(problem.errors.map((e) => e.code).sort()).toEqual(["INVALID_ID_NUMBER", "LIMITATION_RISK"]);
  });
});

describe("every problem of a body in one 422, cross-field checks included", () => {
  it("reports an invalid ID, a too-early first payment and a down payment over the total together", async () => {
    const body = installment();
    body.borrower.idNumber = "123";
    body.plan.firstPaymentDate = "2026-11-25";
    body.plan.downPayment = "999999";
    body.plan.months = 0;
    const problem = await problemOf("installment-request", body);
    const paths = problem.errors.map((e) => `${e.path} ${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^borrower\.idNumber /),
        "plan.firstPaymentDate FIRST_PAYMENT_TOO_EARLY",
        "plan.downPayment DOWN_PAYMENT_TOO_LARGE",
        expect.stringMatching(/^plan\.months /),
      ]),
    );
  });

  it("reports conduct against channel while other incidents are invalid (objection)", async () => {
    const body = objection();
    body.incidents[0] = { date: "2026-10-12", channel: "phone", conducts: ["workplace-visit"] };
    body.incidents[1].date = "not a date";
    const problem = await problemOf("collection-objection", body);
    expect(problem.errors.map((e) => `${e.path} ${e.code}`)).toEqual(
      expect.arrayContaining(["incidents.0.conducts CONDUCT_NEEDS_VISIT", expect.stringMatching(/^incidents\.1\.date /)]),
    );
  });
});

describe("2. an objection admits nothing", () => {
  it("speaks of what the lender claims and the collectors said, never of what the borrower owes", async () => {
    const text = flat(await pdfTextOf(collectionObjection as unknown as LetterType, objection()));
    expect(text).toContain("重庆蚂蚁消费金融有限公司主张的");
    expect(text).toContain("据催收人员所称");
    expect(text).toContain("本人对该金额不作确认");
    expect(text).not.toMatch(/本人尚欠|该笔债务目前合计|确认欠款|合计欠款|申请人目前尚欠/);
  });

  it("illegal debt: what happened as having happened, the police report with its number, contact only by the chosen channel", async () => {
    const body = objection({
      lender: { name: "王某", kind: "other" },
      collector: undefined,
      debtIsIllegal: true,
      policeReport: { reported: true, date: "2026-11-20", station: "浦东新区公安分局陆家嘴派出所", reportNumber: "沪公(陆)受案字2026-1120" },
      contactPreference: { channel: "email", value: "lisi@example.com" },
    });
    const text = flat(await pdfTextOf(collectionObjection as unknown as LetterType, body));
    expect(text).toContain("所列的催收行为已经发生");
    expect(text).toContain("涉嫌构成该罪");
    expect(text).toContain("本人已于2026年11月20日就上述行为向浦东新区公安分局陆家嘴派出所报案（报案回执编号：沪公(陆)受案字2026-1120）");
    // Only the email the borrower chose; not the phone or the home address from borrower.*.
    expect(text).toContain("lisi@example.com");
    expect(text).not.toContain("13912345678");
    expect(text).not.toContain("世纪大道100号");
    expect(text).not.toContain("11010519491231002X");
  });

  it("illegal debt without a report yet: the borrower will report it now", async () => {
    const body = objection({ lender: { name: "王某", kind: "other" }, collector: undefined, debtIsIllegal: true });
    expect(flat(await textOf("collection-objection", body))).toContain("本人将就上述行为立即向公安机关报案。");
  });
});

describe("3. conduct must fit the channel", () => {
  it("a home or workplace visit needs channel visit", async () => {
    const body = objection();
    body.incidents = [{ date: "2026-11-01", channel: "phone", conducts: ["home-visit"] }];
    expect((await problemOf("collection-objection", body)).errors).toEqual([
      expect.objectContaining({ path: "incidents.0.conducts", code: "CONDUCT_NEEDS_VISIT" }),
    ]);
    body.incidents[0].channel = "visit";
    expect(await textOf("collection-objection", body)).toContain("上门");
  });

  it("a night-contact tick with a daytime time is a 422; a night time is discussed as night contact unticked", async () => {
    const body = objection();
    body.incidents = [{ date: "2026-11-01", time: "14:00", channel: "phone", conducts: ["night-contact"] }];
    expect((await problemOf("collection-objection", body)).errors[0]).toMatchObject({ path: "incidents.0.time", code: "NOT_NIGHT_TIME" });
    body.incidents = [{ date: "2026-11-01", time: "06:40", channel: "phone", conducts: ["insults"] }];
    const text = flat(await textOf("collection-objection", body));
    expect(text).toContain("夜间（22:00至次日08:00）催收（见上表第1项）");
    expect(text).toContain("第一千零三十三条第（一）项");
  });

  it("the shipped example ticks no visit for a phone call", () => {
    for (const incident of (collectionObjection.example as Body).incidents)
      if (incident.conducts.some((c: string) => c.endsWith("-visit"))) expect(incident.channel).toBe("visit");
  });
});

describe("4. rules by lender kind, every sentence", () => {
  it("no card-only sentence for other lenders; 第六十八条 for cards", async () => {
    const body = objection();
    body.incidents = [{ date: "2026-11-01", time: "10:00", channel: "phone", conducts: ["contacted-third-parties"] }];
    const jiebei = flat(await textOf("collection-objection", body));
    expect(jiebei).not.toContain("催收应当向债务人本人进行");
    expect(jiebei).not.toContain("第六十八条");
    const card = flat(await textOf("collection-objection", { ...body, lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" } }));
    expect(card).toContain("第六十八条");
  });

  it("over 60 months cites 第七十条 only for cards", async () => {
    const card = await problemOf("installment-request", installment({ plan: { ...installment().plan, months: 72 } }));
    expect(card.errors[0]).toMatchObject({ path: "plan.months", code: "TOO_MANY_MONTHS" });
    expect(card.errors[0].message.zh).toContain("第七十条");
    const other = installment({ lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" }, plan: { ...installment().plan, months: 72 } });
    const problem = await problemOf("installment-request", other);
    expect(problem.errors[0]).toMatchObject({ path: "plan.months", code: "TOO_MANY_MONTHS" });
    expect(problem.errors[0].message.zh).not.toMatch(/第七十条|信用卡/);
  });

  it("titles: 个性化分期还款申请书 for cards, 分期还款申请书 otherwise", async () => {
    expect((await textOf("installment-request", installment())).split("\n")[0]).toBe("个性化分期还款申请书");
    for (const kind of ["bank-loan", "consumer-finance", "microloan", "other"]) {
      const text = await textOf("installment-request", installment({ lender: { name: "某机构", kind } }));
      expect(text.split("\n")[0]).toBe("分期还款申请书");
      expect(text).not.toContain("个性化分期");
    }
  });

  it("a microloan objection: no dangling 亦, the local financial regulator, no 12378", async () => {
    const body = objection({ lender: { name: "重庆三快小额贷款有限公司", kind: "microloan" } });
    const text = flat(await textOf("collection-objection", body));
    expect(text).not.toMatch(/》亦要求|）亦要求/);
    expect(text).toMatch(/推荐性国家标准）要求22:00以后不得催收/);
    expect(text).toContain("地方金融管理局");
    expect(text).not.toContain("12378");
    expect(flat(await textOf("collection-objection", objection()))).toContain("12378");
  });
});

describe("5. deferral", () => {
  it("months and resumeDate must agree", async () => {
    const body = deferral();
    body.deferral.resumeDate = "2027-01-15"; // 6 months from 2026-11-23 is 2027-05-23
    const problem = await problemOf("deferral-request", body);
    expect(problem.errors).toEqual([expect.objectContaining({ path: "deferral.resumeDate", code: "RESUME_DATE_MISMATCH" })]);
    expect(problem.errors[0].message.zh).toContain("2027年5月23日");
    body.deferral.resumeDate = "2027-06-01";
    expect((await postJson("/v1/letters/deferral-request?format=text", body)).status).toBe(200);
  });

  it("without overdueSince the letter says nothing about the term", async () => {
    const body = deferral();
    delete body.debt.overdueSince;
    const text = flat(await textOf("deferral-request", body));
    expect(text).not.toContain("在还款期限届满前提出本申请");
    expect(text).not.toContain("逾期");
  });
});

describe("6. installment", () => {
  it("says what the plan becomes if the penalties are waived", async () => {
    const text = flat(await textOf("installment-request", installment()));
    // 50,034.56 − 1,504.56 = 48,530.00; − 5,000 down = 43,530.00 in 12 → 3,627.50 each.
    expect(text).toContain("欠款合计相应调整为¥48,530.00（人民币肆万捌仟伍佰叁拾元整）");
    expect(text).toContain("其余¥43,530.00仍分12期、按上表日期偿还，每期¥3,627.50");
    const facts = (await factsOf("installment-request", installment())).facts;
    expect(facts.amounts.totalIfPenaltyWaived.fen).toBe(4_853_000);
  });

  it("waivePenalty without a penalty asks for no waiver and cites no 第五百八十五条", async () => {
    const body = installment();
    delete body.debt.penalty;
    const text = flat(await textOf("installment-request", body));
    expect(text).not.toContain("减免");
    expect(text).not.toContain("第五百八十五条");
  });

  it("no instalment falls due within the 15 days the lender has to answer", async () => {
    const body = installment();
    body.plan.firstPaymentDate = "2026-12-01";
    const problem = await problemOf("installment-request", body);
    expect(problem.errors).toEqual([expect.objectContaining({ path: "plan.firstPaymentDate", code: "FIRST_PAYMENT_TOO_EARLY" })]);
  });
});

describe("7. card letters carry what 第七十条 and the banks' forms contain", () => {
  it("no new cards until settled, collection stops once agreed, the agreement ends on default", async () => {
    const text = flat(await textOf("installment-request", installment()));
    expect(text).toContain("在欠款全部还清之前，申请人不再向贵行申请新的信用卡");
    expect(text).toContain("分期还款协议签订后，贵行及贵行委托的催收机构停止对申请人的催收");
    expect(text).toContain("如申请人未按协议还款，贵行可以终止分期还款协议");
    const other = flat(
      await textOf("installment-request", installment({ lender: { name: "某消费金融公司", kind: "consumer-finance" }, account: { product: "借呗" } })),
    );
    expect(other).not.toMatch(/信用卡|催收机构停止/);
  });
});

describe("8. every request letter", () => {
  for (const [type, make] of [
    ["installment-request", installment],
    ["deferral-request", deferral],
  ] as const) {
    it(`${type}: made by the borrower, no agency; how they will pay; 签名（按手印） and the date`, async () => {
      const body = make({ repayment: { method: "auto-debit", account: "工商银行储蓄卡（尾号0001）" } });
      const text = flat(await textOf(type, body));
      expect(text).toContain("本申请由申请人本人提出，未委托任何代理机构。");
      expect(text).toContain("申请人将授权贵");
      expect(text).toContain("还款账户：工商银行储蓄卡（尾号0001）");
      expect(text).toMatch(/签名（按手印）：_+/);
      expect(text).toContain("2026年11月23日");
    });

    it(`${type}: a letter asking for a written reply needs an address, a phone or an email`, async () => {
      const body = make();
      body.borrower = { name: "王小明" };
      const problem = await problemOf(type, body);
      expect(problem.errors).toEqual([expect.objectContaining({ path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" })]);
      body.borrower.email = "wang@example.com";
      expect((await postJson(`/v1/letters/${type}?format=text`, body)).status).toBe(200);
    });
  }
});

describe("9. masking by recipient", () => {
  it("to the creditor the ID and card numbers in full; to an agency masked; privacy.maskIdNumber decides when given", async () => {
    const creditor = flat(await textOf("installment-request", installment()));
    expect(creditor).toContain("11010519491231002X");
    expect(creditor).toContain("62258801234512 34".replace(" ", ""));
    const agency = flat(await textOf("collection-objection", objection()));
    expect(agency).toContain("110105********002X");
    expect(flat(await textOf("collection-objection", objection({ privacy: { maskIdNumber: false } })))).toContain("11010519491231002X");
    expect(flat(await textOf("installment-request", installment({ privacy: { maskIdNumber: true } })))).toContain("卡号尾号1234");
  });
});

describe("11. ability to pay: the budget", () => {
  it("prints the 收支情况说明 after the letter, with the disposable amount, and lists it among the attachments", async () => {
    const text = await pdfTextOf(installmentRequest as unknown as LetterType, installment());
    const f = flat(text);
    expect(f).toContain("附：申请人每月收支情况说明");
    expect(f).toContain("收入合计7,200.00");
    expect(f).toContain("支出合计3,400.00");
    expect(f).toContain("每月可用于还款的金额3,800.00");
    expect(f).toContain("即¥3,800.00");
    expect(f.indexOf("附件：")).toBeLessThan(f.indexOf("附：申请人每月收支情况说明"));
    expect(f).toMatch(/附件：.*申请人每月收支情况说明/);
    // The statement is an attachment: it starts a page of its own, never at the foot of the letter's last page.
    const pages = text.split("\f").map(flat);
    const start = pages.findIndex((page) => page.includes("附：申请人每月收支情况说明"));
    expect(pages[start].startsWith("附：申请人每月收支情况说明")).toBe(true);
    expect(pages[start - 1]).toContain("2026年11月23日");
  });

  it("a plan above what is left each month is a warning, not an error: in the header and the facts", async () => {
    const body = installment();
    body.budget.income = [{ label: "工资", amount: "3000" }];
    const res = await postJson("/v1/letters/installment-request", body);
    expect(res.status).toBe(200);
    expect(res.headers.get("shuhan-warnings")).toContain("OVER_BUDGET");
    const { facts } = await factsOf("installment-request", body);
    const warning = facts.warnings.find((w) => w.code === "OVER_BUDGET")!;
    expect(warning.message.zh).toContain("¥3,752.88");
    expect(warning.message.zh).toContain("-¥400.00");
    expect((await factsOf("installment-request", installment())).warnings).toBeNull();
  });

  it("a deferral's payment above the budget warns too", async () => {
    const body = deferral({ budget: { income: [{ label: "零工", amount: "3000" }], expenses: [{ label: "房租", amount: "2800" }] } });
    const { facts, warnings } = await factsOf("deferral-request", body);
    expect(warnings).toContain("OVER_BUDGET");
    expect(facts.warnings.map((w) => w.path)).toContain("deferral.paymentDuringDeferral");
  });
});

describe("12. details", () => {
  it("此致／敬礼 follow the body, then the signature and date, then the 附件 list", async () => {
    for (const [type, body] of [
      ["installment-request", installment()],
      ["deferral-request", deferral()],
      ["collection-objection", objection()],
    ] as const) {
      const text = flat(await textOf(type, body));
      const order = ["此致", "敬礼！", "签名（按手印）", "2026年11月23日", "附件："].map((s) => text.lastIndexOf(s));
      expect(order, type).toEqual([...order].sort((a, b) => a - b));
      expect(order.every((i) => i > 0)).toBe(true);
    }
  });

  it("大写 with 零 after a zero 元 place: ¥107,000.53 → 人民币壹拾万柒仟元零伍角叁分", async () => {
    const body = installment({ debt: { principal: "107000.53" } });
    delete body.plan.waivePenalty;
    expect(flat(await textOf("installment-request", body))).toContain("合计¥107,000.53（人民币壹拾万柒仟元零伍角叁分）");
  });
});

describe("the facts as JSON and the check route", () => {
  it("?format=json answers the computed facts, in fen and 大写, with citations from the one table", async () => {
    const { facts } = await factsOf("installment-request", installment());
    expect(facts).toMatchObject({ type: "installment-request", title: "个性化分期还款申请书", locale: "zh-Hans", date: "2026-11-23" });
    expect(facts.amounts.total).toEqual({ fen: 5_003_456, yuan: "50034.56", figure: "¥50,034.56", daxie: "人民币伍万零叁拾肆元伍角陆分" });
    expect(facts.schedule).toHaveLength(13);
    expect(facts.schedule!.at(-1)).toMatchObject({ period: "12", date: "2027-11-15", remaining: { fen: 0 } });
    expect(facts.citations.map((c) => c.id)).toEqual(["credit-card-measures-70", "civil-code-585", "complaint-measures-2020"]);
    expect(facts.citations.find((c) => c.id === "civil-code-585")).toMatchObject({ article: "第五百八十五条", status: "verified" });
    expect(facts.citations.find((c) => c.id === "credit-card-measures-70")).toMatchObject({ status: "secondary" });
    expect(facts.deadlines[0]).toMatchObject({ id: "reply-due", date: "2026-12-08" });
    expect(facts.nextSteps.map((s) => s.id)).toContain("no-paid-agents");
  });

  it("Accept: application/json answers the facts too", async () => {
    const res = await postJson("/v1/letters/deferral-request", deferral(), { accept: "application/json" });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await res.json()) as LetterFacts).dates.resumeDate).toBe("2027-05-23");
  });

  it("POST /v1/letters/{type}/check: 200 with the warnings, or the very 422 a render gives", async () => {
    const res = await postJson("/v1/letters/installment-request/check", installment({ locale: "zh-Hant" }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; warnings: { code: string }[] };
    expect(body.ok).toBe(true);
    expect(body.warnings.map((w) => w.code)).toEqual(["MIXED_SCRIPT"]);
    const bad = installment();
    bad.plan.months = 1;
    const check = await postJson("/v1/letters/installment-request/check", bad);
    const render = await postJson("/v1/letters/installment-request", bad);
    expect(check.status).toBe(422);
    // The same problem but for where it was asked and the request's own id.
    const { instance: _a, requestId: _c, ...checked } = (await check.json()) as Record<string, unknown>;
    const { instance: _b, requestId: _d, ...rendered } = (await render.json()) as Record<string, unknown>;
    expect(checked).toEqual(rendered);
    expect((checked as unknown as Problem).errors[0].path).toBe("plan.months");
  });

  it("every letter answer is no-store", async () => {
    for (const format of ["pdf", "text", "html", "json"]) {
      const res = await postJson(`/v1/letters/deferral-request?format=${format}`, deferral());
      expect(res.headers.get("cache-control"), format).toBe("no-store");
    }
  });
});

describe("names are never changed silently", () => {
  it("rejects tabs, line breaks, NBSP, ideographic spaces and runs of spaces in a name, each with a clear message", async () => {
    for (const name of ["张\t三", "张\n三", "张\u00a0三", "张\u3000三", "John  Smith", "张\u200b三"]) {
      const problem = await problemOf("installment-request", installment({ borrower: { ...installment().borrower, name } }));
      expect(problem.errors[0].path, JSON.stringify(name)).toBe("borrower.name");
      expect(problem.errors[0].message.zh.length).toBeGreaterThan(5);
    }
  });

  it("keeps a name with one ordinary space in the letter and in the file name", async () => {
    const res = await postJson("/v1/letters/installment-request", installment({ borrower: { ...installment().borrower, name: "John Smith" } }));
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain("John Smith");
    expect(pdfToText(new Uint8Array(await res.arrayBuffer()))).toContain("John Smith");
  });
});
