/**
 * 关于停止不当催收行为的告知函: the schema (422 with field paths), the view model (sorted incidents, which rule
 * each conduct breaks — and which it must NOT cite), and the letter's text as a reader sees it, in both scripts.
 */
import { describe, expect, it } from "vitest";
import collectionObjection from "../../src/letters/collection-objection";
import {
  CitationNamer,
  chooseComplaintChannels,
  unflaggedNightIncidents,
  type CollectionFacts,
} from "../../src/letters/collection-rules";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import { postJson } from "../helpers/app";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = collectionObjection as unknown as LetterType;
const example = collectionObjection.example as Record<string, any>;

/** A deep copy of the example with some fields replaced. */
function body(overrides: Record<string, unknown> = {}): Record<string, any> {
  return { ...structuredClone(example), ...overrides };
}

function prepare(input: unknown) {
  return prepareLetter(type, input, { now: NOW });
}

function letter(input: unknown) {
  const prepared = prepare(input);
  return { prepared, text: renderText(prepared), vm: prepared.letter.viewModel as Record<string, any> };
}

/** The field errors of a rejected body. */
function errorsOf(input: unknown): { path: string; code: string }[] {
  try {
    prepare(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    const e = error as ShuhanError;
    expect(e.status).toBe(422);
    return (e.errors ?? []).map(({ path, code }) => ({ path, code }));
  }
  throw new Error("expected a 422");
}

const incident = (date: string, conducts: string[], extra: Record<string, unknown> = {}) => ({ date, channel: "phone", conducts, ...extra });

/** Text without the footer and page furniture, for "must not appear" checks on the letter body. */
const NEVER = [/第二百九十三条之一/, /第二百九十三條之一/, /4倍/, /四倍/, /LPR/, /贷款市场报价利率/, /民间借贷/, /24%/, /36%/];

describe("collection-objection: the example", () => {
  it("is valid and renders the letter a collection agency would receive", () => {
    const { text, vm, prepared } = letter(example);
    expect(text.startsWith("关于停止不当催收行为的告知函\n")).toBe(true);
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("本人李四（居民身份证号码：110105********002X）现就催收事宜告知贵司如下");
    expect(text).toContain("就重庆蚂蚁消费金融有限公司主张的「借呗」（合同编号：JB20250315001234）项下欠款向本人催收");
    // The amount is what the collectors said the lender claims; the borrower confirms nothing (issue 8, point 2).
    expect(text).toContain("据催收人员所称，委托方主张的欠款金额为¥29,648.70（人民币贰万玖仟陆佰肆拾捌元柒角整）");
    expect(text).toContain("本人对该金额不作确认");
    expect(text).not.toMatch(/本人尚欠|该笔债务目前合计|确认欠款|的借款人/);
    expect(text).toContain("本函针对的是催收的方式。");
    // Copied to the lender: it is asked to check its collector and to reply; a lawful debt is to be settled lawfully.
    expect(text).toContain("请重庆蚂蚁消费金融有限公司核查深圳市恒信达商务咨询有限公司的上述催收行为及其受托催收的授权情况");
    expect(text).toContain("本人愿意通过合法途径，与重庆蚂蚁消费金融有限公司协商处理相关债务问题。");
    expect(text).toContain("本函由告知人本人提出，未委托任何代理机构。");
    expect(text).toContain("抄送：重庆蚂蚁消费金融有限公司");
    expect(text).toContain("告知人");
    expect(text).toContain("2026年11月23日");
    expect(text).toContain("请贵司自收到本函之日起15日内书面回复本人。");
    expect(text).toContain("本函依据告知人提供的信息以书函模板生成");
    expect(vm.incidents.count).toBe(4);
    expect(prepared.letter.fileName).toBe("关于停止不当催收行为的告知函_李四_深圳市恒信达商务咨询有限公司");
    expect(prepared.html).toContain('<div class="cc"><p>抄送：重庆蚂蚁消费金融有限公司</p></div>');
  });

  it("is a consumer-finance (借呗) letter: no 信用卡办法, no criminal law, no 4× LPR", () => {
    const { text, vm } = letter(example);
    expect(vm.citationIds).not.toContain("credit-card-measures-68");
    expect(vm.citationIds).not.toContain("credit-card-measures-69");
    expect(vm.citationIds).not.toContain("criminal-law-293-1");
    expect(vm.citationIds).not.toContain("private-lending-provisions");
    expect(text).not.toMatch(/第六十八条|第六十九条/);
    for (const pattern of NEVER) expect(text).not.toMatch(pattern);
  });

  it("never claims the letter compels anything", () => {
    const { text } = letter(example);
    expect(text).not.toMatch(/必须|责令|立即生效|具有法律效力的通知|停催|停诉/);
    expect(text).toContain("并非主张其具有法律强制力");
  });
});

describe("collection-objection: the incident table", () => {
  const shuffled = [
    incident("2026-11-02", ["threats"], { time: "09:15" }),
    incident("2026-10-05", ["insults"]),
    incident("2026-11-02", ["insults"], { time: "08:30" }),
    incident("2026-10-20", ["night-contact"], { time: "23:05" }),
    incident("2026-11-02", ["other"], { description: "无具体时间" }),
  ];

  it("sorts by date, then time; an incident without a time comes first on its day", () => {
    const { vm } = letter(body({ incidents: shuffled }));
    const rows = vm.incidents.rows as { number: number; date: string; time: string }[];
    expect(rows.map((r) => `${r.date} ${r.time}`)).toEqual([
      "2026年10月5日 —",
      "2026年10月20日 23:05",
      "2026年11月2日 —",
      "2026年11月2日 08:30",
      "2026年11月2日 09:15",
    ]);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("prints every date in the text, in order, with the period in Chinese dates", () => {
    const { text } = letter(body({ incidents: shuffled }));
    // The table writes dates as the body does (issue 8: one style), after the sentence giving the period.
    const table = text.slice(text.indexOf("序号"));
    const positions = ["2026年10月5日", "2026年10月20日", "2026年11月2日"].map((d) => table.indexOf(d));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("共5项，自2026年10月5日至2026年11月2日");
  });

  it("shows channel, source, the conduct labels and the borrower's words as typed", () => {
    const { text } = letter(example);
    expect(text).toMatch(/2026年10月18日\t23:40\t电话\t17012345678\t威胁、恐吓/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("深夜来电，称如不在三天内还清就「上门找你家人」。");
    expect(text).toContain("17012345678等多个号码");
  });

  it("refers to the incidents by number in the reasoning", () => {
    const { text } = letter(example);
    expect(text).toContain("（一）联系与债务无关的第三人（见上表第1项）");
    expect(text).toMatch(/夜间（22:00至次日08:00）催收（见上表第2、4项）/);
  });
});

describe("collection-objection: which rule each conduct breaks", () => {
  const cited = (lenderKind: string, conducts: string[], extra: Record<string, unknown> = {}) => {
    const input = body({
      lender: { name: "某机构", kind: lenderKind },
      // A night time only for night contact: any incident between 22:00 and 08:00 is discussed as night contact.
      incidents: [incident("2026-11-01", conducts, { time: conducts.includes("night-contact") ? "23:30" : "10:30", description: "经过" })],
      demands: ["stop-third-party-contact"],
      ...extra,
    });
    const { vm, text } = letter(input);
    return { ids: vm.citationIds as string[], text };
  };

  it("third parties and disclosure (consumer-finance): 民法典 1032、1038, 个人信息保护法 10, the 中银协 guideline — not 信用卡办法", () => {
    const { ids, text } = cited("consumer-finance", ["contacted-third-parties", "disclosure"]);
    expect(ids).toEqual(["civil-code-1032", "civil-code-1038", "pipl-10", "cba-collection-guideline-2026", "public-security-penalties-law"]);
    expect(text).toContain("违反《中华人民共和国民法典》第一千零三十二条、第一千零三十八条和《中华人民共和国个人信息保护法》第十条的规定");
    expect(text).toContain("中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（行业自律规范）要求，仅在无法联系债务人时方可联系第三人，且不得向第三人透露债务情况。");
    expect(text).not.toContain("第六十八条");
  });

  it("third parties (bank credit card): also 信用卡办法 第六十八条", () => {
    const { ids, text } = cited("bank-credit-card", ["contacted-third-parties"]);
    expect(ids).toEqual(["civil-code-1032", "civil-code-1038", "pipl-10", "credit-card-measures-68", "cba-collection-guideline-2026"]);
    expect(text).toContain("《商业银行信用卡业务监督管理办法》第六十八条规定，催收只能向债务人本人及其担保人进行，不得对与债务无关的第三人进行催收。");
  });

  it("night calls: 第一千零三十三条第（一）项 + 中银协 for banks; + 互金协会 and GB/T 45251-2025 for internet lenders", () => {
    expect(cited("bank-loan", ["night-contact"]).ids).toEqual(["civil-code-1033-1", "cba-collection-guideline-2026"]);
    expect(cited("consumer-finance", ["night-contact"]).ids).toEqual([
      "civil-code-1033-1",
      "cba-collection-guideline-2026",
      "nifa-collection-guideline-2024",
      "gbt-45251-2025",
    ]);
    // a microloan company is not a 银行业协会 member institution: no 中银协 guideline
    const micro = cited("microloan", ["night-contact"]);
    expect(micro.ids).toEqual(["civil-code-1033-1", "nifa-collection-guideline-2024", "gbt-45251-2025"]);
    expect(micro.text).toContain("（推荐性国家标准）");
    expect(micro.text).toContain("GB/T 45251-2025属于推荐性国家标准");
  });

  it("a night VISIT is not a call: 第一千零三十二条, not 第一千零三十三条第（一）项", () => {
    const input = body({
      lender: { name: "某银行", kind: "bank-loan" },
      incidents: [{ date: "2026-11-01", time: "22:30", channel: "visit", conducts: ["night-contact"] }],
      demands: ["stop-night-contact"],
    });
    expect(letter(input).vm.citationIds).toEqual(["civil-code-1032", "cba-collection-guideline-2026"]);
  });

  it("excessive frequency: 第一千零三十三条第（一）项 and at most 6 unanswered calls a day", () => {
    const { ids, text } = cited("consumer-finance", ["excessive-frequency"]);
    expect(ids).toEqual(["civil-code-1033-1", "cba-collection-guideline-2026"]);
    expect(text).toContain("对同一号码每日未接通的呼叫不得超过6次");
  });

  it("threats and insults: 第一千零二十四条 for insults, 治安管理处罚法 by name only, 第六十八条 only for bank cards", () => {
    const card = cited("bank-credit-card", ["threats", "insults"]);
    expect(card.ids).toEqual(["civil-code-1032", "credit-card-measures-68", "public-security-penalties-law", "civil-code-1024"]);
    const jiebei = cited("consumer-finance", ["threats", "insults"]);
    expect(jiebei.ids).toEqual(["civil-code-1032", "public-security-penalties-law", "civil-code-1024"]);
    for (const { text } of [card, jiebei]) {
      expect(text).toContain("《中华人民共和国治安管理处罚法》");
      expect(text).not.toMatch(/治安管理处罚法》\s*第/);
    }
    expect(jiebei.text).not.toContain("第六十八条");
  });

  it("impersonation and false legal claims: the 中银协 guideline (行业自律规范)", () => {
    const { ids, text } = cited("bank-loan", ["impersonation", "false-legal-claims"]);
    expect(ids).toEqual(["cba-collection-guideline-2026"]);
    expect(text).toContain("明确禁止冒充公检法或政府机关人员进行催收");
    expect(text).toContain("催收不得夸大欠款金额或法律后果");
    expect(text).toContain("行业协会的指引属于行业自律规范");
  });

  it("where no listed rule applies (impersonation, microloan), the letter objects without inventing a rule", () => {
    const { ids, text } = cited("microloan", ["impersonation"]);
    expect(ids).toEqual([]);
    expect(text).toContain("以欺骗手段向本人施加压力。本人对此明确提出异议。");
    expect(text).not.toContain("并非主张其具有法律强制力");
  });

  it("home and workplace visits: 第一千零三十二条 and the guideline's no visits without consent", () => {
    const { ids, text } = cited("consumer-finance", ["home-visit", "workplace-visit"], {
      incidents: [incident("2026-11-01", ["home-visit", "workplace-visit"], { channel: "visit", time: "10:30" })],
    });
    expect(ids).toEqual(["civil-code-1032", "cba-collection-guideline-2026"]);
    expect(text.match(/未经同意不得上门或到工作单位催收/g)).toHaveLength(2);
  });

  it("other: the general 第一千零三十二条", () => {
    expect(cited("other", ["other"]).ids).toEqual(["civil-code-1032"]);
  });

  it("names a source in full once, then by its short name", () => {
    const { text } = cited("consumer-finance", ["contacted-third-parties", "threats", "night-contact"]);
    expect(text.match(/《中华人民共和国民法典》/g)).toHaveLength(1);
    expect(text).toContain("违反《民法典》第一千零三十二条的规定");
    expect(text.match(/中国银行业协会《/g)).toHaveLength(1);
  });
});

describe("collection-objection: 刑法第二百九十三条之一 only for an illegal debt", () => {
  const illegal = (kind: string, debtIsIllegal?: boolean) =>
    body({
      lender: { name: "王某", kind },
      collector: undefined,
      incidents: [incident("2026-11-01", ["threats"], { description: "称不还钱就卸你一条腿" })],
      ...(debtIsIllegal === undefined ? {} : { debtIsIllegal }),
    });

  it("cites it when the request says the debt is illegal (lender kind other)", () => {
    const { text, vm } = letter(illegal("other", true));
    expect(vm.citationIds).toContain("criminal-law-293-1");
    // What happened is described as having happened, and the borrower will report it now (issue 8, point 2).
    expect(text).toContain("上表第1项所列的催收行为已经发生");
    expect(text).toContain("构成《中华人民共和国刑法》第二百九十三条之一规定的催收非法债务罪；上述行为涉嫌构成该罪");
    expect(text).toContain("本人将就上述行为立即向公安机关报案。");
    expect(text).not.toContain("本函针对的是催收的方式");
    expect(text).not.toContain("本人愿意通过合法途径");
    for (const pattern of NEVER.slice(2)) expect(text).not.toMatch(pattern);
  });

  it("never otherwise", () => {
    for (const input of [illegal("other"), illegal("other", false), example]) {
      const { text, vm } = letter(input);
      expect(vm.citationIds).not.toContain("criminal-law-293-1");
      expect(text).not.toMatch(/第二百九十三条之一|刑法/);
    }
  });

  it("rejects debtIsIllegal against a licensed lender", () => {
    for (const kind of ["bank-credit-card", "bank-loan", "consumer-finance", "microloan"])
      expect(errorsOf(illegal(kind, true))).toEqual([{ path: "debtIsIllegal", code: "LAWFUL_LENDER" }]);
  });

  it("explains the flag in the JSON Schema", async () => {
    const { z } = await import("zod");
    const schema = z.toJSONSchema(collectionObjection.schema, { io: "input", unrepresentable: "any" }) as any;
    expect(schema.properties.debtIsIllegal.description).toMatch(/第二百九十三条之一/);
    expect(schema.properties.debtIsIllegal.description).toMatch(/other/);
    expect(schema.required).not.toContain("debt");
  });
});

describe("collection-objection: demands", () => {
  const withDemands = (demands: string[], lender = { name: "招商银行信用卡中心", kind: "bank-credit-card" }) =>
    letter(body({ demands, lender }));

  it("one sentence each, in the letter's order", () => {
    const { vm } = withDemands(["delete-unlawful-data", "stop-third-party-contact", "provide-authorization"]);
    expect(vm.demands).toHaveLength(3);
    expect(vm.demands[0]).toMatch(/^请立即停止联系本人的亲属/);
    expect(vm.demands[1]).toBe("请出示贵司受招商银行信用卡中心委托进行催收的授权文件。");
    expect(vm.demands[2]).toMatch(/^请停止处理并删除/);
  });

  it("debt statement: 第六十九条 for bank cards only", () => {
    // 第六十八条 was named in full earlier (third parties, incident 1), so 第六十九条 follows by the short name
    expect(withDemands(["provide-debt-statement"]).text).toContain("计算依据（参见《信用卡业务监督管理办法》第六十九条）。");
    const visitsOnly = letter(
      body({ lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" }, demands: ["provide-debt-statement"], incidents: [incident("2026-11-01", ["home-visit"], { channel: "visit" })] }),
    );
    expect(visitsOnly.text).toContain("计算依据（参见《商业银行信用卡业务监督管理办法》第六十九条）。");
    const jiebei = withDemands(["provide-debt-statement"], { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" });
    expect(jiebei.text).toContain("请提供所主张欠款的明细");
    expect(jiebei.text).not.toContain("第六十九条");
  });

  it("deletion: 个人信息保护法 第四十四条、第四十五条、第四十七条, and 第五十条 if refused", () => {
    const { text } = withDemands(["delete-unlawful-data"]);
    expect(text).toMatch(/依照《(中华人民共和国)?个人信息保护法》第四十四条、第四十五条、第四十七条/);
    expect(text).toContain("如拒绝本人的请求，请依照《个人信息保护法》第五十条说明理由。");
  });

  it("night contact and written communication", () => {
    const { text } = withDemands(["stop-night-contact", "written-communication-only"]);
    expect(text).toContain("请以书面方式进行");
    expect(text).toContain("请勿在每日22:00至次日08:00之间以任何方式联系本人。");
  });

  it("prints the preferred contact channel", () => {
    const { text } = letter(body({ contactPreference: { channel: "email", value: "lisi@example.com" } }));
    expect(text).toContain("如需联系本人，请通过电子邮件（lisi@example.com）进行。");
  });
});

describe("collection-objection: complaint channels", () => {
  const facts = (lenderKind: CollectionFacts["lenderKind"], incidents: CollectionFacts["incidents"]): CollectionFacts => ({
    lenderKind,
    debtIsIllegal: false,
    collectorKnown: true,
    lenderName: "某机构",
    you: "贵司",
    incidents,
    demands: [],
  });

  it("chooses by lender kind and conduct; never 12363", () => {
    expect(chooseComplaintChannels(facts("consumer-finance", [{ channel: "phone", conducts: ["threats"] }]))).toEqual([
      "12378",
      "nifa-report-platform",
      "12321",
      "110",
    ]);
    expect(chooseComplaintChannels(facts("bank-credit-card", [{ channel: "visit", conducts: ["home-visit"] }]))).toEqual(["12378"]);
    // A microloan company answers to the local financial regulator where it is registered, not to 12378.
    expect(chooseComplaintChannels(facts("microloan", [{ channel: "sms", conducts: ["insults"] }]))).toEqual([
      "local-financial-regulator",
      "nifa-report-platform",
      "12321",
    ]);
    expect(chooseComplaintChannels(facts("other", [{ channel: "letter", conducts: ["other"] }]))).toEqual([]);
  });

  it("prints them as the next steps, or a general sentence when none fits", () => {
    expect(letter(example).text).toContain("国家金融监督管理总局消费者投诉热线12378");
    const none = letter(
      body({ lender: { name: "王某", kind: "other" }, incidents: [incident("2026-11-01", ["other"], { channel: "letter", description: "来信" })] }),
    ).text;
    expect(none).toContain("并向有关主管部门投诉、举报。");
    expect(none).not.toMatch(/12378|12363|12321|报警电话110/);
  });
});

describe("collection-objection: recipient, debt, privacy", () => {
  it("without a known agency: addressed to the lender's collection department, no 抄送", () => {
    const { text, prepared } = letter(body({ collector: undefined, demands: ["provide-authorization"] }));
    expect(text).toContain("尊敬的重庆蚂蚁消费金融有限公司（催收部门）：");
    expect(text).toContain("本人未能确认其所属机构，现将有关情况告知贵司。");
    expect(text).toContain("请告知向本人催收的机构名称，并出示其受贵司委托进行催收的授权文件。");
    expect(prepared.html).not.toContain('class="cc"');
    expect(prepared.letter.fileName).toBe("关于停止不当催收行为的告知函_李四_重庆蚂蚁消费金融有限公司");
  });

  it("debt is optional: no amount is printed when none is given", () => {
    const input = body();
    delete input.debt;
    const { text, vm } = letter(input);
    expect(vm.debt).toBeUndefined();
    expect(text).not.toMatch(/¥|人民币|合计/);
    expect(text).toContain("就重庆蚂蚁消费金融有限公司主张的「借呗」（合同编号：JB20250315001234）项下欠款向本人催收。");
    expect(text).not.toContain("据催收人员所称");
  });

  it("masks the ID number by default and shows it in full only when asked", () => {
    expect(letter(example).text).toContain("110105********002X");
    expect(letter(example).text).not.toContain("11010519491231002X");
    expect(letter(body({ privacy: { maskIdNumber: false } })).text).toContain("11010519491231002X");
  });
});

describe("collection-objection: zh-Hant", () => {
  const { text, vm } = letter(body({ locale: "zh-Hant" }));

  it("prints the template's words in Traditional script", () => {
    expect(text.startsWith("關於停止不當催收行為的告知函\n")).toBe(true);
    for (const word of ["告知函", "催收經過", "上述行為違反的規定", "本人的要求", "證據清單", "後續處理", "違反", "規定", "《中華人民共和國民法典》", "行業自律規範", "居民身份證號碼", "抄送"])
      expect(text).toContain(word);
    for (const word of ["关于", "违反", "规定", "经过", "证据", "后续", "请", "处理", "书面"]) {
      // Simplified forms may appear only inside what the borrower typed
      const typed = JSON.stringify(example);
      const hits = [...text.matchAll(new RegExp(word, "g"))].length;
      const allowed = [...typed.matchAll(new RegExp(word, "g"))].length;
      expect(hits, word).toBeLessThanOrEqual(allowed);
    }
  });

  it("keeps the borrower's names and words as typed", () => {
    expect(text).toContain("就重庆蚂蚁消费金融有限公司主張的「借呗」");
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("对方致电本人所在公司前台，称本人欠款不还，要求转告本人的部门主管。");
    expect(text).toContain("上海市浦东新区世纪大道100号2号楼1203室");
  });

  it("cites the same rules as the Simplified letter", () => {
    expect(vm.citationIds).toEqual(letter(example).vm.citationIds);
    expect(text).toContain("第一千零三十三條第（一）項");
    expect(text).not.toMatch(/治安管理處罰法》\s*第/);
  });
});

describe("collection-objection: validation (422 with field paths)", () => {
  const withIncidents = (incidents: unknown[]) => body({ incidents });
  const valid = incident("2026-11-01", ["threats"]);

  it("a bad date in the fourth incident → incidents.3.date", () => {
    expect(errorsOf(withIncidents([valid, valid, valid, { ...valid, date: "2026-02-30" }]))).toEqual([{ path: "incidents.3.date", code: "INVALID_DATE" }]);
  });

  it("no incidents → incidents", () => {
    expect(errorsOf(withIncidents([]))).toEqual([{ path: "incidents", code: "REQUIRED" }]);
  });

  it("more than 100 incidents → incidents", () => {
    expect(errorsOf(withIncidents(Array.from({ length: 101 }, () => valid)))).toEqual([{ path: "incidents", code: "TOO_MANY" }]);
  });

  it("an unknown conduct → incidents.0.conducts.0", () => {
    expect(errorsOf(withIncidents([{ ...valid, conducts: ["rudeness"] }]))).toEqual([{ path: "incidents.0.conducts.0", code: "INVALID_VALUE" }]);
  });

  it("no conduct → incidents.0.conducts", () => {
    expect(errorsOf(withIncidents([{ ...valid, conducts: [] }]))).toEqual([{ path: "incidents.0.conducts", code: "REQUIRED" }]);
  });

  it.each(["25:00", "24:00", "23:60", "7:30", "0730", "07:30:00"])("time %s → incidents.0.time", (time) => {
    expect(errorsOf(withIncidents([{ ...valid, time }]))).toEqual([{ path: "incidents.0.time", code: "INVALID_TIME" }]);
  });

  it("accepts 00:00 and 23:59", () => {
    expect(() => prepare(withIncidents([{ ...valid, time: "00:00" }, { ...valid, time: "23:59" }]))).not.toThrow();
  });

  it("an unknown channel, an unknown field", () => {
    expect(errorsOf(withIncidents([{ ...valid, channel: "fax" }]))).toEqual([{ path: "incidents.0.channel", code: "INVALID_VALUE" }]);
    expect(errorsOf(withIncidents([{ ...valid, mood: "bad" }]))).toEqual([{ path: "incidents.0.mood", code: "UNKNOWN_FIELD" }]);
  });

  it("night-contact at 15:00 is a contradiction the letter would repeat", () => {
    expect(errorsOf(withIncidents([{ ...valid, conducts: ["night-contact"], time: "15:00" }]))).toEqual([{ path: "incidents.0.time", code: "NOT_NIGHT_TIME" }]);
    expect(() => prepare(withIncidents([{ ...valid, conducts: ["night-contact"], time: "07:59" }]))).not.toThrow();
  });

  it("'other' needs a description", () => {
    expect(errorsOf(withIncidents([{ ...valid, conducts: ["other"] }]))).toEqual([{ path: "incidents.0.description", code: "DESCRIPTION_REQUIRED" }]);
  });

  it("an incident after the letter date → its own path (the index as sent, not as sorted)", () => {
    expect(errorsOf(withIncidents([valid, { ...valid, date: "2026-11-24" }]))).toEqual([{ path: "incidents.1.date", code: "INVALID_DATE_ORDER" }]);
  });

  it("demands: at least one, known values", () => {
    expect(errorsOf(body({ demands: [] }))).toEqual([{ path: "demands", code: "REQUIRED" }]);
    expect(errorsOf(body({ demands: ["pay-me"] }))).toEqual([{ path: "demands.0", code: "INVALID_VALUE" }]);
  });

  it("written communication only, but by phone → contactPreference.channel", () => {
    expect(errorsOf(body({ contactPreference: { channel: "phone", value: "13912345678" } }))).toEqual([{ path: "contactPreference.channel", code: "CONTRADICTORY_CONTACT" }]);
    expect(errorsOf(body({ contactPreference: { channel: "email", value: "not-an-email" } }))).toEqual([{ path: "contactPreference.value", code: "INVALID_EMAIL" }]);
  });

  it("answers 422 problem+json through the API", async () => {
    const res = await postJson("/v1/letters/collection-objection", withIncidents([valid, valid, valid, { ...valid, date: "2026-13-01", time: "25:00" }]));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(["incidents.3.date", "incidents.3.time"]);
  });
});

describe("collection-rules helpers", () => {
  it("unflaggedNightIncidents: night times the borrower did not mark; the letter discusses them as night contact (issue 8, point 3)", () => {
    const incidents = [
      { time: "23:10", conducts: ["threats" as const] },
      { time: "23:10", conducts: ["night-contact" as const] },
      { time: "12:00", conducts: ["threats" as const] },
      { time: "07:59", conducts: ["insults" as const] },
      { conducts: ["insults" as const] },
    ];
    expect(unflaggedNightIncidents(incidents)).toEqual([0, 3]);
    const { vm, text } = letter(body({ incidents: [incident("2026-11-01", ["threats"], { time: "23:10" })] }));
    expect(vm.findings.map((f: { conduct: string }) => f.conduct)).toEqual(["threats", "night-contact"]);
    expect(text).toContain("23:10");
    expect(text).toContain("夜间（22:00至次日08:00）催收（见上表第1项）");
    expect(text).toContain("第一千零三十三条第（一）项");
  });

  it("CitationNamer merges articles of one source and names it in full only once", () => {
    const namer = new CitationNamer("Hans");
    expect(namer.list(["civil-code-1032", "civil-code-1038", "pipl-10"])).toBe(
      "《中华人民共和国民法典》第一千零三十二条、第一千零三十八条和《中华人民共和国个人信息保护法》第十条",
    );
    expect(namer.list(["civil-code-1024"])).toBe("《民法典》第一千零二十四条");
    expect(namer.list(["public-security-penalties-law"])).toBe("《中华人民共和国治安管理处罚法》");
    expect(namer.list(["cba-collection-guideline-2026"])).toBe("中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（行业自律规范）");
    expect(namer.list(["cba-collection-guideline-2026"])).toBe("《金融机构个人消费类贷款催收工作指引（试行）》");
    expect(namer.cited).toEqual(["civil-code-1032", "civil-code-1038", "pipl-10", "civil-code-1024", "public-security-penalties-law", "cba-collection-guideline-2026"]);
    expect(new CitationNamer("Hant").list(["civil-code-1033-1"])).toBe("《中華人民共和國民法典》第一千零三十三條第（一）項");
  });
});
