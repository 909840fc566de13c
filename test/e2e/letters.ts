/**
 * One journey per family of letter types, as a borrower walks it without JavaScript: from the start page's
 * situation (or the letter's own address) through every step of its form to the check page, the finished
 * page and the downloaded PDF. Written by the words on the page, like ./journey.ts; every page is measured
 * by the caller's `measure`.
 */
import type { Download, Page } from "playwright-core";
import { isoDate } from "./journey";

export interface StepPlan {
  /** The step's <h1>. */
  heading: string;
  /** What the borrower answers on it (nothing: the defaults and the empty optional fields are fine). */
  answer?: (page: Page) => Promise<void>;
}

export interface LetterJourney {
  /** Names the screenshots and the report's rows. */
  id: string;
  type: string;
  /** The situation ticked on the start page (its label), and the letter's title in the recommendations. */
  situation?: string;
  title: string;
  steps: readonly StepPlan[];
  /** What the PDF's text must contain: what was typed. */
  typed: readonly string[];
}

/** A field by its label; a required field's label ends in 「必填」, so a string matches the label's start. */
const field = (page: Page, label: string | RegExp) =>
  page.getByLabel(typeof label === "string" ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*必填)?$`) : label);
const fill = (page: Page, label: string | RegExp, value: string) => field(page, label).fill(value);
const tick = (page: Page, label: string | RegExp) => field(page, label).check();
const chip = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();
/** The first row of a list (「第 1 次」「第 1 条」). */
const row = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

export const LETTER_JOURNEYS: readonly LetterJourney[] = [
  {
    id: "debt-details",
    type: "debt-details-request",
    situation: "说债卖给了别的公司，或陌生公司来催、金额对不上",
    title: "债务明细及债权凭证查询函",
    steps: [
      { heading: "你的信息", answer: async (p) => (await fill(p, "姓名", "陈一"), await fill(p, "手机号码", "13700001111")) },
      {
        heading: "信寄给谁",
        answer: async (p) => (await tick(p, /^资产管理公司等债权受让人/), await fill(p, "收信方名称", "深圳市恒远资产管理有限公司")),
      },
      { heading: "原贷款机构和借款", answer: (p) => chip(p, "借呗") },
      {
        heading: "对方怎么向你要钱",
        answer: async (p) => {
          await fill(p, "对方说你欠多少（元）", "23000");
          await fill(p, "对方联系你的日期", isoDate(-10));
          await tick(p, "对方或别人说这笔债已经转让（卖）给别的公司");
        },
      },
      { heading: "几个日期和附件" },
    ],
    typed: ["陈一", "深圳市恒远资产管理有限公司", "重庆蚂蚁消费金融有限公司", "借呗"],
  },
  {
    id: "credit-report",
    type: "credit-report-objection",
    situation: "征信报告上的记录有错",
    title: "征信异议申请书",
    steps: [
      { heading: "你的信息", answer: async (p) => (await fill(p, "姓名", "周二"), await fill(p, "手机号码", "13600002222")) },
      { heading: "信寄给谁" },
      {
        heading: "报送机构和信用报告",
        answer: async (p) => (await fill(p, "机构名称", "招商银行信用卡中心"), await tick(p, "银行信用卡")),
      },
      {
        heading: "有异议的信息",
        answer: async (p) => {
          const first = row(p, "第 1 条");
          await first.getByLabel("信息类别").selectOption({ label: "逾期记录" });
          await first.getByLabel("报告显示的内容").fill("2026年3月至5月显示逾期");
        },
      },
      { heading: "异议理由", answer: (p) => tick(p, "报送逾期等不良信息之前没有通知过我") },
      { heading: "你的请求", answer: (p) => tick(p, "核查后更正") },
      { heading: "证据和附件" },
    ],
    typed: ["周二", "招商银行信用卡中心", "2026年3月至5月显示逾期"],
  },
  {
    id: "complaint",
    type: "complaint",
    situation: "向机构投诉或申请，过了很久没人理",
    title: "投诉信",
    steps: [
      { heading: "你的信息", answer: async (p) => (await fill(p, "姓名", "吴三"), await fill(p, "手机号码", "13500003333")) },
      { heading: "寄给谁" },
      { heading: "被投诉的机构", answer: (p) => chip(p, "借呗") },
      { heading: "投诉什么", answer: (p) => tick(p, "我寄出的申请没有答复，或被拒绝") },
      {
        heading: "没有答复的申请",
        answer: async (p) => {
          await p.getByLabel("寄出的是哪封信").selectOption({ label: "分期还款申请书" });
          await fill(p, "寄出日期", isoDate(-40));
          await p.getByLabel("怎么寄的").selectOption({ label: "EMS" });
          await fill(p, "邮件号", "EA123456789CN");
          await tick(p, "没有答复");
        },
      },
      {
        heading: "经过和请求",
        answer: async (p) => {
          await fill(p, "用自己的话说明经过", "本人寄出分期还款申请后一个多月，机构没有任何答复。");
          await tick(p, "对我的申请作出书面答复（申请没有答复）");
        },
      },
      { heading: "证据和附件" },
    ],
    typed: ["吴三", "重庆蚂蚁消费金融有限公司", "EA123456789CN", "本人寄出分期还款申请后一个多月"],
  },
  {
    id: "settlement",
    type: "settlement-request",
    situation: "想一次还清，请对方减免一部分",
    title: "一次性结清减免申请书",
    steps: [
      { heading: "你的信息", answer: async (p) => (await fill(p, "姓名", "郑四"), await fill(p, "手机号码", "13400004444")) },
      {
        heading: "欠哪家，欠多少",
        answer: async (p) => {
          await chip(p, "借呗");
          await fill(p, "本金（元）", "20000");
          await fill(p, "开始逾期的日期", isoDate(-100));
        },
      },
      { heading: "为什么还不上", answer: (p) => tick(p, "失业") },
      { heading: "每月收支（可不填）", answer: async (p) => (await fill(p, "工资（元）", "3000"), await fill(p, "房租或房贷（元）", "1500")) },
      {
        heading: "一次还多少，哪天还",
        answer: async (p) => (await fill(p, "一次性能还多少（元）", "12000"), await fill(p, "打算哪天付清", isoDate(30))),
      },
    ],
    typed: ["郑四", "重庆蚂蚁消费金融有限公司", "12,000.00", "每月收支情况说明"],
  },
  {
    id: "authorization",
    type: "authorization",
    situation: "想让家人或律师替我去办",
    title: "授权委托书",
    steps: [
      {
        heading: "委托人（你）的信息",
        answer: async (p) => {
          await fill(p, "姓名", "钱五");
          await fill(p, "身份证号码", "11010519491231002X");
          await fill(p, "手机号码", "13300005555");
        },
      },
      {
        heading: "委托做什么、委托谁",
        answer: async (p) => (await fill(p, "受托人姓名", "钱六"), await tick(p, "近亲属（配偶、父母、子女、兄弟姐妹等）")),
      },
      {
        heading: "受托人的身份和联系方式",
        answer: async (p) => (await fill(p, "受托人身份证号码", "110108198811024523"), await fill(p, "和你的关系", "弟弟")),
      },
      { heading: "机构和账户", answer: (p) => chip(p, "借呗") },
      {
        heading: "协商、投诉事项",
        answer: async (p) => (await tick(p, "和机构（及其催收机构）沟通，了解欠款情况"), await tick(p, "代我投诉")),
      },
      { heading: "委托期限", answer: (p) => fill(p, "到哪天止", isoDate(180)) },
    ],
    typed: ["钱五", "钱六", "弟弟", "重庆蚂蚁消费金融有限公司"],
  },
  {
    id: "civil-defence",
    type: "civil-defence",
    situation: "收到法院传票、起诉状或 12368 短信",
    title: "民事答辩状",
    steps: [
      {
        heading: "法院和案件",
        answer: async (p) => {
          await fill(p, "受诉法院", "杭州互联网法院");
          await fill(p, "案号", "（2026）浙0192民初12345号");
          await tick(p, /^金融借款合同纠纷/);
          await fill(p, "收到起诉状副本的日期", isoDate(-3));
        },
      },
      { heading: "案件的其他情况" },
      {
        heading: "你的信息（答辩人）",
        answer: async (p) => {
          await fill(p, "姓名", "孙七");
          await fill(p, "身份证号码", "11010519491231002X");
          await fill(p, "民族", "汉族");
        },
      },
      {
        heading: "住所和联系方式",
        answer: async (p) => (await fill(p, "住所", "上海市浦东新区世纪大道100号"), await fill(p, "联系电话", "13200006666")),
      },
      { heading: "原告", answer: (p) => fill(p, "原告名称", "重庆蚂蚁消费金融有限公司") },
      {
        heading: "原债权机构",
        answer: async (p) => (await fill(p, "机构名称", "重庆蚂蚁消费金融有限公司"), await tick(p, "消费金融公司（如花呗、借呗）")),
      },
      { heading: "原告主张的金额", answer: (p) => fill(p, "本金（元）", "28000") },
      { heading: "答辩意见", answer: (p) => tick(p, /^对原告主张的金额有异议/) },
      { heading: "证据和文书设置" },
    ],
    typed: ["孙七", "杭州互联网法院", "（2026）浙0192民初12345号", "上海市浦东新区世纪大道100号"],
  },
  {
    id: "personal-information",
    type: "personal-information-request",
    situation: "借款 App 读取通讯录，乱用我的信息",
    title: "个人信息权利行使申请书",
    steps: [
      { heading: "你的信息", answer: async (p) => (await fill(p, "姓名", "冯八"), await fill(p, "手机号码", "13100007777")) },
      { heading: "寄给谁" },
      { heading: "借款的机构", answer: (p) => chip(p, "借呗") },
      { heading: "你要行使的权利", answer: (p) => tick(p, /^停止向第三人透露/) },
      // Only the right ticked is asked about (access, correction, deletion and withdrawal are skipped).
      { heading: "停止向第三人透露", answer: async (p) => (await tick(p, "亲属"), await tick(p, "同事")) },
      { heading: "附件" },
    ],
    typed: ["冯八", "重庆蚂蚁消费金融有限公司"],
  },
];

const next = (page: Page) => page.getByRole("button", { name: /^下一步/ });

/** What the page says is wrong, to make a failed step readable. */
async function mistakes(page: Page): Promise<string> {
  const summary = page.locator("#error-summary:not([hidden])");
  return (await summary.count()) ? ` (the page says: ${(await summary.textContent())?.replace(/\s+/g, " ").trim()})` : "";
}

/** Walks one journey without JavaScript to the downloaded PDF; every page measured as `measure(name)`. */
export async function walkLetter(
  page: Page,
  measure: (name: string) => Promise<unknown>,
  baseUrl: string,
  journey: LetterJourney,
): Promise<Download> {
  if (journey.situation) {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel(journey.situation, { exact: true }).check();
    await page.getByRole("button", { name: "看看该写哪封信" }).click();
    await page.getByRole("region", { name: /建议你写这些信/ }).waitFor();
    await measure("start: recommendations");
    await page.getByRole("region", { name: /建议你写这些信/ }).getByRole("link", { name: journey.title, exact: true }).click();
  } else await page.goto(`${baseUrl}/form/${journey.type}`);
  const total = journey.steps.length;
  for (const [i, step] of journey.steps.entries()) {
    const heading = page.getByRole("heading", { name: step.heading, exact: true, level: 1 });
    await heading.waitFor({ timeout: 5000 }).catch(async () => {
      throw new Error(`${journey.id}: expected step ${i + 1} 「${step.heading}」, found 「${await page.locator("h1").first().textContent()}」${await mistakes(page)}`);
    });
    // Until the question that decides them is answered, the total counts the steps it may add as one.
    const progress = (await page.locator(".progress-step").textContent())?.trim() ?? "";
    const expected = i === total - 1 ? `第 ${i + 1} 步，共 ${total} 步` : `第 ${i + 1} 步，`;
    if (!progress.startsWith(expected)) throw new Error(`${journey.id}: 「${step.heading}」 says 「${progress}」, not ${expected}`);
    await measure(`${i + 1} ${step.heading}`);
    await step.answer?.(page);
    await next(page).click();
  }
  const review = page.getByRole("heading", { name: "检查填写的内容", level: 1 });
  await review.waitFor({ timeout: 5000 }).catch(async () => {
    throw new Error(`${journey.id}: expected the check page, found 「${await page.locator("h1").first().textContent()}」${await mistakes(page)}`);
  });
  await measure("检查填写的内容");
  if (await page.locator("#error-summary:not([hidden])").count()) throw new Error(`${journey.id}: the check page lists mistakes${await mistakes(page)}`);
  await page.getByRole("button", { name: "生成信函" }).click();
  await page.getByRole("heading", { name: "信写好了", level: 1 }).waitFor();
  await measure("信写好了");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 PDF" }).click()]);
  return download;
}
