/**
 * 征信异议申请书 — the borrower objects to records on their credit report, to the lender that reported them
 * (信息提供者) or to the credit reference centre (中国人民银行征信中心, or another 征信机构), and asks for them to be
 * corrected, deleted, or annotated with the borrower's statement (issue 9, point 2).
 *
 * Legal stance (legal-notes.md, "Credit reports (征信)"):
 * - 《征信业管理条例》第二十五条 (flagged, checked and answered IN WRITING within 20 days of receipt; errors
 *   corrected) and 《民法典》第一千零二十九条 (the right to object and ask for correction or deletion): always.
 *   第十五条 (negative information only after telling the borrower) only when the reason is no-prior-notice;
 *   第十六条 (the bureau records the borrower's statement) only when the request is add-statement — and since the
 *   bureau records it, that request goes to the bureau (a check refuses it to a lender). 第二十六条 (complaint to
 *   the local PBOC branch, answered within 30 days; or sue) is the next step the letter names, with 12363.
 * - It admits nothing: the records are what the report shows (报告显示), typed by the borrower and printed as typed.
 * - It promises nothing: no 征信修复, and the letter says plainly that only information found wrong is corrected
 *   or deleted. The facts carry a caution against paid 征信修复 services.
 * - Numbers: the bureau and the lender both hold the borrower's data and must find the report, so the ID number
 *   is printed in full to either (privacy.maskIdNumber masks it on request).
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { addDays, compareDates, dateSchema, formatChineseDate, formatIsoDate, MAX_YEAR, MIN_YEAR, type CalendarDate } from "../text/dates";
import { citation, COMPLAINT_CHANNELS, type Citation } from "../text/citations";
import type { Script } from "../text/labels";
import { attachmentsList, borrowerSection, evidenceList, lenderSection, options, settingsSection } from "../form/sections";
import type { Section } from "../form/fields";
import { commonFields, nameText, paragraphsText, text } from "./common";
import { buildFileName, letterDate, letterFrame, paragraphs } from "./shared";
import { checkDatesAgainstLetter, fieldError, readArrayLength, readLetterDate } from "./checks";
import { checkReplyChannel } from "./request";
import { citedIds, letterFacts, SENDING_STEPS } from "./facts";
import { defineLetterType, type BodyReader, type BuiltLetter, type DeadlineFact, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

/** 《征信业管理条例》第二十五条: checked and answered in writing within 20 days of receipt. */
export const OBJECTION_REPLY_DAYS = 20;
/** The most records one objection lists. */
export const MAX_RECORDS = 20;

export const RECIPIENT_KINDS = ["lender", "credit-bureau"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The credit reference centre, the default addressee of an objection to the bureau. */
export const CREDIT_CENTRE = { Hans: "中国人民银行征信中心", Hant: "中國人民銀行徵信中心" } as const;

export const RECORD_KINDS = ["overdue", "account-status", "amount", "guarantee", "inquiry", "other"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS = {
  overdue: { Hans: "逾期记录", Hant: "逾期記錄" },
  "account-status": { Hans: "账户状态", Hant: "賬戶狀態" },
  amount: { Hans: "金额", Hant: "金額" },
  guarantee: { Hans: "担保信息", Hant: "擔保信息" },
  inquiry: { Hans: "查询记录", Hant: "查詢記錄" },
  other: { Hans: "其他信息", Hant: "其他信息" },
} as const satisfies Record<RecordKind, { Hans: string; Hant: string }>;

const RECORD_KIND_FORM_LABELS: Record<RecordKind, string> = {
  overdue: "逾期记录",
  "account-status": "账户状态（如呆账、止付、冻结）",
  amount: "金额（余额、欠款额等）",
  guarantee: "担保信息",
  inquiry: "查询记录",
  other: "其他信息",
};

export const REASONS = ["not-my-loan", "wrong-amount-or-status", "no-prior-notice", "reported-after-agreement", "already-repaid", "other"] as const;
export type Reason = (typeof REASONS)[number];

const REASON_FORM_LABELS: Record<Reason, string> = {
  "not-my-loan": "不是我办的（身份被冒用）",
  "wrong-amount-or-status": "金额或账户状态不对",
  "no-prior-notice": "报送逾期等不良信息之前没有通知过我",
  "reported-after-agreement": "已经和机构达成还款协议或和解，之后仍被报送",
  "already-repaid": "已经还清，报告还没反映",
  other: "其他原因",
};

export const REQUESTS = ["correct", "delete", "add-statement"] as const;
export type RequestKind = (typeof REQUESTS)[number];

const REQUEST_FORM_LABELS: Record<RequestKind, string> = {
  correct: "核查后更正",
  delete: "核查后删除",
  "add-statement": "添加我的说明（个人声明，只能向征信中心申请）",
};

/** Reasons about the borrower's own account (its amount, an agreement, a repayment): they contradict "not my loan". */
const OWN_DEALINGS: readonly Reason[] = ["wrong-amount-or-status", "reported-after-agreement", "already-repaid"];

/** Records that are negative information (不良信息), which 第十五条 is about: everything but an inquiry. */
const isNegative = (kind: RecordKind) => kind !== "inquiry";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month, as the credit report counts repayment records. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** "YYYY-MM" → { year, month }. */
export const monthSchema = z
  .string()
  .transform((value, ctx): CalendarMonth => {
    const m = MONTH.exec(value);
    const year = m ? Number(m[1]) : NaN;
    if (!m || year < MIN_YEAR || year > MAX_YEAR) {
      ctx.addIssue({
        code: "custom",
        input: value,
        ...bilingual("INVALID_MONTH", "月份格式应为YYYY-MM（如 2025-03）", "a month is written YYYY-MM (e.g. 2025-03)"),
      });
      return z.NEVER;
    }
    return { year, month: Number(m[2]) };
  })
  .meta({ pattern: MONTH.source, description: "月份 YYYY-MM / month YYYY-MM", examples: ["2025-03"] });

const compareMonths = (a: CalendarMonth, b: CalendarMonth) => a.year - b.year || a.month - b.month;
const formatMonth = (m: CalendarMonth) => `${m.year}年${m.month}月`;

export const recordSchema = z
  .strictObject({
    institution: nameText(80).optional().describe("报告中显示的机构（业务管理机构、查询机构），不填则为 lender / the institution the report shows; default the lender"),
    account: text(60).optional().describe("报告中的账户编号、业务号或卡号 / the account, business or card number as the report shows it"),
    kind: z.enum(RECORD_KINDS).describe("信息类别：逾期记录、账户状态、金额、担保信息、查询记录、其他 / the kind of record"),
    from: monthSchema.optional().describe("涉及期间的起始月份 YYYY-MM / the first month concerned"),
    to: monthSchema.optional().describe("涉及期间的结束月份 YYYY-MM / the last month concerned"),
    shows: text(300).describe("报告显示的内容，照报告写 / what the report shows, as it shows it"),
  })
  .describe("一条有异议的信息 / one disputed record");

export const creditReportObjectionSchema = z.strictObject({
  locale: commonFields.locale,
  date: commonFields.date,
  borrower: commonFields.borrower.describe("信息主体，即本申请的申请人 / the data subject, who signs the objection"),
  lender: commonFields.lender.describe("报送该信息的机构（信息提供者），如贷款银行、消费金融公司 / the institution that reported the information (信息提供者)"),
  objectionTo: z
    .enum(RECIPIENT_KINDS)
    .default("lender")
    .describe("信寄给谁：报送信息的机构（lender），或征信机构（credit-bureau） / the recipient: the reporting institution (lender), or the credit bureau (credit-bureau)"),
  bureau: z
    .strictObject({
      name: nameText(80).optional().describe("征信机构名称，默认中国人民银行征信中心 / the credit bureau, default 中国人民银行征信中心"),
      department: text(80).optional().describe("收件部门 / department"),
      address: text(120).optional().describe("收信地址 / address"),
    })
    .optional()
    .describe("征信机构（objectionTo 为 credit-bureau 时） / the credit bureau, when objectionTo is credit-bureau"),
  creditReport: z
    .strictObject({
      number: text(40).optional().describe("信用报告编号 / the credit report's number"),
      date: dateSchema.optional().describe("报告时间（查询日期） / the report's date"),
    })
    .optional()
    .describe("你查到的信用报告 / the credit report the objection is about"),
  disputedRecords: z
    .array(recordSchema)
    .min(1, bilingual("REQUIRED", "请至少填写一条有异议的信息", "list at least one disputed record"))
    .max(MAX_RECORDS, bilingual("TOO_MANY", `最多填写${MAX_RECORDS}条信息`, `at most ${MAX_RECORDS} records`))
    .describe("有异议的信息，1至20条 / the disputed records, 1 to 20"),
  objectionGrounds: z
    .strictObject({
      reasons: z
        .array(z.enum(REASONS))
        .min(1, bilingual("REQUIRED", "请至少选择一项异议理由", "choose at least one ground for the objection"))
        .max(REASONS.length)
        .describe(
          "异议理由：非本人办理（身份被冒用）、金额或状态有误、报送不良信息前未事先告知、达成协议后仍被报送、已还清、其他 / " +
            "the reasons: not the borrower's (identity theft), wrong amount or status, reported without prior notice, reported after an agreement, already repaid, other",
        ),
      details: paragraphsText(1500).optional().describe("具体情况，用自己的话说明（选「其他」时必填） / the facts in the borrower's own words (required for \"other\")"),
      repaidOn: dateSchema.optional().describe("还清的日期（already-repaid） / the date it was repaid"),
      agreedOn: dateSchema.optional().describe("达成协议的日期（reported-after-agreement） / the date of the agreement"),
    })
    .describe("异议理由 / the grounds of the objection"),
  remedy: z
    .strictObject({
      kind: z.enum(REQUESTS).describe("请求：更正、删除，或添加本人说明（《征信业管理条例》第十六条） / the request: correct, delete, or record the borrower's statement"),
      correction: text(300).optional().describe("你认为正确的内容（correct） / what the record should say"),
      statement: text(300).optional().describe("要记载的本人说明（add-statement） / the statement to be recorded"),
    })
    .describe("请求：核查后更正、删除，或记载本人说明 / what the borrower asks for: correction, deletion or a recorded statement"),
  evidence: z.array(text(200)).max(50).optional().describe("证据清单（还款凭证、协议、报案回执等） / the evidence (receipts, agreements, a police report)"),
  attachments: commonFields.attachments,
  privacy: commonFields.privacy.describe("是否隐藏身份证号码的中间几位；不填时完整显示（征信机构和报送机构凭完整号码查找报告） / mask the ID number; default in full (the bureau and the institution find the report by it)"),
});

export type CreditReportObjection = z.output<typeof creditReportObjectionSchema>;

export const TITLE = { "zh-Hans": "征信异议申请书", "zh-Hant": "徵信異議申請書" } as const;

const ANY = z.unknown();
const recipientKind = z.enum(RECIPIENT_KINDS);
const requestKind = z.enum(REQUESTS);
const reasonKinds = z.array(z.enum(REASONS));
const recordKind = z.enum(RECORD_KINDS);

/**
 * The checks across fields, run on every body: the recipient against its fields, the request against its
 * texts and its addressee, the reasons against each other, their dates and the records, the periods against
 * themselves and the letter date, and a way for the written reply to reach the borrower.
 */
export function creditObjectionChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const kind = read("objectionTo", ANY) === undefined ? "lender" : read("objectionTo", recipientKind);
  if (kind === "lender")
    for (const field of ["name", "department", "address"] as const)
      if (read(`bureau.${field}`, ANY) !== undefined)
        errors.push(
          fieldError(
            `bureau.${field}`,
            "BUREAU_NOT_RECIPIENT",
            "填写了征信机构，但信是寄给报送信息的机构的：寄给征信机构请把收信方（objectionTo）选为「征信机构」，否则请删去这一项",
            "a credit bureau is given but the letter goes to the reporting institution: set objectionTo to credit-bureau, or leave the bureau out",
          ),
        );

  const request = read("remedy.kind", requestKind);
  if (request === "add-statement" && kind === "lender")
    errors.push(
      fieldError(
        "remedy.kind",
        "STATEMENT_GOES_TO_BUREAU",
        "个人说明由征信机构记载（《征信业管理条例》第十六条）：申请添加说明，请把信寄给中国人民银行征信中心（收信方选「征信机构」）",
        "the credit bureau records the borrower's statement (Credit Regulation art. 16): address the letter to the credit bureau to add one",
      ),
    );
  const hasStatement = read("remedy.statement", ANY) !== undefined;
  if (request === "add-statement" && !hasStatement)
    errors.push(fieldError("remedy.statement", "STATEMENT_REQUIRED", "请填写要记载的说明内容", "give the statement to be recorded"));
  if (request !== undefined && request !== "add-statement" && hasStatement)
    errors.push(
      fieldError("remedy.statement", "STATEMENT_NOT_REQUESTED", "填写了说明内容，但请求不是「添加说明」：请改选请求，或删去说明", "a statement is given but the request is not add-statement"),
    );
  if (request !== undefined && request !== "correct" && read("remedy.correction", ANY) !== undefined)
    errors.push(
      fieldError("remedy.correction", "CORRECTION_NOT_REQUESTED", "填写了正确内容，但请求不是「更正」：请改选请求，或删去这一项", "a correction is given but the request is not correct"),
    );

  const reasons = read("objectionGrounds.reasons", reasonKinds) ?? [];
  if (reasons.includes("other") && read("objectionGrounds.details", ANY) === undefined)
    errors.push(fieldError("objectionGrounds.details", "DETAILS_REQUIRED", "选择「其他原因」时，请说明具体情况", "describe the facts when the reason is \"other\""));
  if (reasons.includes("not-my-loan") && reasons.some((r) => OWN_DEALINGS.includes(r)))
    errors.push(
      fieldError(
        "objectionGrounds.reasons",
        "CONTRADICTORY_REASONS",
        "「不是我办的」不能与「金额或状态不对」「已还清」「达成协议后仍被报送」同时选：业务不是你办的，就谈不上由你还清、和机构达成协议或金额多少",
        "\"not my loan\" contradicts \"wrong amount or status\", \"already repaid\" and \"reported after an agreement\"",
      ),
    );
  if (read("objectionGrounds.repaidOn", ANY) !== undefined && reasons.length && !reasons.includes("already-repaid"))
    errors.push(fieldError("objectionGrounds.repaidOn", "REASON_NOT_CHOSEN", "填写了还清日期：请在异议理由中选择「已还清」，或删去日期", "a repayment date needs the reason already-repaid"));
  if (read("objectionGrounds.agreedOn", ANY) !== undefined && reasons.length && !reasons.includes("reported-after-agreement"))
    errors.push(
      fieldError("objectionGrounds.agreedOn", "REASON_NOT_CHOSEN", "填写了协议日期：请在异议理由中选择「达成协议后仍被报送」，或删去日期", "an agreement date needs the reason reported-after-agreement"),
    );

  const count = Math.min(readArrayLength(read, "disputedRecords"), MAX_RECORDS);
  const kinds = Array.from({ length: count }, (_, i) => read(`disputedRecords.${i}.kind`, recordKind));
  if (reasons.includes("no-prior-notice") && kinds.length && kinds.every((k) => k === "inquiry"))
    errors.push(
      fieldError(
        "objectionGrounds.reasons",
        "NOT_NEGATIVE_INFORMATION",
        "「报送前未告知」针对逾期等不良信息（《征信业管理条例》第十五条），查询记录不是不良信息：请改选理由",
        "no-prior-notice is about negative information (Credit Regulation art. 15); an inquiry record is not negative information",
      ),
    );

  if (request === "add-statement" && kinds.length && kinds.every((k) => k === "inquiry"))
    errors.push(
      fieldError(
        "remedy.kind",
        "NOT_NEGATIVE_INFORMATION",
        "个人说明针对逾期等不良信息（《征信业管理条例》第十六条），查询记录不是不良信息：请改选请求",
        "a statement is recorded on negative information (Credit Regulation art. 16); an inquiry record is not negative information",
      ),
    );

  const letter = readLetterDate(read, context);
  const letterMonth = { year: letter.year, month: letter.month };
  for (let i = 0; i < count; i++) {
    const from = read(`disputedRecords.${i}.from`, monthSchema);
    const to = read(`disputedRecords.${i}.to`, monthSchema);
    for (const [path, month] of [[`disputedRecords.${i}.from`, from], [`disputedRecords.${i}.to`, to]] as const)
      if (month && compareMonths(month, letterMonth) > 0)
        errors.push(fieldError(path, "INVALID_DATE_ORDER", "月份不能晚于信函日期", "the month cannot be after the letter date"));
    if (from && to && compareMonths(from, to) > 0)
      errors.push(fieldError(`disputedRecords.${i}.to`, "INVALID_PERIOD", "结束月份不能早于起始月份", "the last month cannot be before the first"));
  }
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      { path: "creditReport.date", relation: "not-after", zh: "报告时间不能晚于信函日期", en: "the report cannot be dated after the letter" },
      { path: "objectionGrounds.repaidOn", relation: "not-after", zh: "还清日期不能晚于信函日期", en: "the repayment date cannot be after the letter date" },
      { path: "objectionGrounds.agreedOn", relation: "not-after", zh: "协议日期不能晚于信函日期", en: "the agreement date cannot be after the letter date" },
    ]),
    ...checkReplyChannel(read),
  );
  return errors;
}

/** How the body addresses a credit bureau: 贵中心 (the centre), 贵司 (a company such as 百行征信有限公司), else 贵机构. */
function bureauYou(name: string, script: Script): string {
  const hans = script === "Hans";
  if (/中心$/.test(name)) return hans ? "贵中心" : "貴中心";
  if (/公司$/.test(name)) return hans ? "贵司" : "貴司";
  return hans ? "贵机构" : "貴機構";
}

/** The citations this letter prints, by the reasons and the request; everything else is absent. */
export function creditObjectionCitations(input: Pick<CreditReportObjection, "objectionGrounds" | "remedy">, script: Script) {
  return {
    /** 《征信业管理条例》第二十五条: the objection, flagged, checked and answered in writing within 20 days. */
    objection: citation("credit-regulation-25", script),
    /** 《民法典》第一千零二十九条: the right to object and ask for correction or deletion. */
    creditRating: citation("civil-code-1029", script),
    /** 第十五条: only when the reason is that negative information was reported without prior notice. */
    priorNotice: input.objectionGrounds.reasons.includes("no-prior-notice") ? citation("credit-regulation-15", script) : undefined,
    /** 第十六条: only when the borrower asks for a statement to be recorded. */
    statement: input.remedy.kind === "add-statement" ? citation("credit-regulation-16", script) : undefined,
    /** 第二十六条: the next step, a complaint to the local PBOC branch (30 days) or a lawsuit. */
    complaint: citation("credit-regulation-26", script),
  } satisfies Record<string, Citation | undefined>;
}

/** The reply the letter asks for: 20 days from receipt (第二十五条). */
export function objectionDeadline(letter: CalendarDate): DeadlineFact {
  const due = addDays(letter, OBJECTION_REPLY_DAYS);
  return {
    id: "credit-objection-reply",
    date: formatIsoDate(due),
    rule: {
      zh: "《征信业管理条例》第二十五条：受理异议的机构自收到异议之日起20日内核查、处理，并书面答复",
      en: "Credit Regulation art. 25: the body that receives the objection checks and deals with it within 20 days of receipt and answers in writing",
    },
    explanation: {
      zh: `从对方收到之日起算20日：如当天签收，为${formatChineseDate(due)}；按 EMS 妥投日期往后数20日。到期没有书面答复，或对结果不服，可以向中国人民银行当地分支机构投诉，或拨打12363。`,
      en: `20 days from the day it is received: ${formatIsoDate(due)} if delivered the day it is dated; count from the EMS delivery date. With no written answer by then, or an answer you dispute, complain to the local PBOC branch or call 12363.`,
    },
    citation: "credit-regulation-25",
  };
}

const ORDINALS = ["一", "二", "三", "四", "五"];
const DASH = "—";

/**
 * The period column: 2026年3月至2026年5月, one month alone, 2026年3月起 / 截至2026年5月 when one end is open. An
 * inquiry happens in one month: its first month alone is that month, not "since" it. (起 and 截至 are the same
 * characters in both scripts.)
 */
export function period(from: CalendarMonth | undefined, to: CalendarMonth | undefined, kind: RecordKind): string {
  if (from && to) return compareMonths(from, to) === 0 ? formatMonth(from) : `${formatMonth(from)}至${formatMonth(to)}`;
  if (from) return kind === "inquiry" ? formatMonth(from) : `${formatMonth(from)}起`;
  if (to) return `截至${formatMonth(to)}`;
  return DASH;
}

/** The records (by index) that name an institution other than the lender. */
function otherInstitutions(input: CreditReportObjection): number[] {
  return input.disputedRecords.flatMap((r, i) => (r.institution !== undefined && r.institution !== input.lender.name ? [i] : []));
}

function warnings(input: CreditReportObjection): LetterWarning[] {
  const out: LetterWarning[] = [
    {
      code: "PAID_CREDIT_REPAIR_CAUTION",
      message: {
        zh: "不要付钱给「征信修复」「征信洗白」「逾期记录消除」之类的机构或个人：异议申请本来就是免费的，你自己就能提；真实的记录谁也删不掉，声称能删的多是诈骗，还可能骗走你的身份信息。",
        en: "Never pay a \"credit repair\" agency or anyone who offers to wipe overdue records: an objection is free and you can file it yourself; true records cannot be deleted by anyone, and those who claim otherwise are mostly scams that may also steal your identity.",
      },
    },
  ];
  const others = otherInstitutions(input);
  if (input.objectionTo === "lender" && others.length) {
    const names = [...new Set(others.map((i) => input.disputedRecords[i].institution!))];
    out.push({
      code: "OTHER_INSTITUTION_RECORDS",
      path: `disputedRecords.${others[0]}.institution`,
      message: {
        zh: `第${others.map((i) => i + 1).join("、")}条信息显示的机构（${names.join("、")}）不是收信的${input.lender.name}：一家机构只能核查自己报送的信息。请把这几条单独写信寄给报送它们的机构，或寄给中国人民银行征信中心（收信方选「征信机构」）。`,
        en: `Record ${others.map((i) => i + 1).join(", ")} names an institution (${names.join(", ")}) other than the recipient, ${input.lender.name}: an institution can only check what it reported. Write to the institution that reported them, or to the PBOC Credit Reference Center (objectionTo: credit-bureau).`,
      },
    });
  }
  if (input.objectionGrounds.reasons.includes("already-repaid"))
    out.push({
      code: "TRUE_RECORDS_STAY",
      path: "objectionGrounds.reasons",
      message: {
        zh: "还清了不等于记录有误：当时确实发生过的逾期，会从还清之日起保留5年（《征信业管理条例》第十六条），异议不能让真实的记录消失。可以请求更正仍显示未结清的状态，或向征信中心申请添加你的说明。",
        en: "Repaying does not make a record wrong: an overdue period that really happened stays for 5 years from repayment (Credit Regulation art. 16), and an objection cannot remove a true record. You may ask to correct a status still shown as unpaid, or ask the credit centre to record your statement.",
      },
    });
  return out;
}

function nextSteps(input: CreditReportObjection): NextStepFact[] {
  const steps: NextStepFact[] = [
    ...SENDING_STEPS,
    {
      id: "wait-reply",
      text: {
        zh: `对方收到后应在${OBJECTION_REPLY_DAYS}日内核查并书面答复；核查期间，这条信息会被标注为「存在异议」。`,
        en: `The recipient should check and answer in writing within ${OBJECTION_REPLY_DAYS} days of receipt; meanwhile the record is flagged as disputed.`,
      },
    },
    {
      id: "check-report-again",
      text: {
        zh: "收到答复后再查一次信用报告，看是否已更正或加注：每人每年可以免费查询两次本人信用报告（征信中心官网或人民银行的查询网点）。",
        en: "After the answer, check your credit report again to see whether it was corrected or annotated: everyone may get two free reports a year (the credit centre's website or a PBOC query point).",
      },
    },
    {
      id: "complain-pboc",
      letterType: "complaint",
      text: {
        zh: `${OBJECTION_REPLY_DAYS}日内没有答复，或对处理结果不服：可以向中国人民银行当地分支机构投诉（受理之日起30日内答复），或拨打12363；也可以向人民法院起诉。投诉信可以用 complaint。`,
        en: `No answer within ${OBJECTION_REPLY_DAYS} days, or an answer you dispute: complain to the local PBOC branch (answered within 30 days of acceptance) or call 12363; you may also sue. The complaint letter serves.`,
      },
    },
  ];
  if (input.objectionGrounds.reasons.includes("not-my-loan"))
    steps.push({
      id: "report-identity-theft",
      text: {
        zh: "怀疑身份被冒用的，可以向公安机关报案，把报案回执加进证据清单，一并寄给对方。",
        en: "If you suspect identity theft, report it to the police and add the receipt to the evidence you send.",
      },
    });
  return steps;
}

function build(input: CreditReportObjection, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const kind: RecipientKind = input.objectionTo;
  const toBureau = kind === "credit-bureau";
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const bureauName = input.bureau?.name ?? CREDIT_CENTRE[script];
  const base = letterFrame(input, context, {
    role: "applicant",
    ...(toBureau ? { recipient: { name: bureauName, department: input.bureau?.department } } : {}),
    // Both the bureau and the reporting institution hold the borrower's data and must find the report.
    toCreditor: true,
  });
  const you = toBureau ? bureauYou(bureauName, script) : base.you;
  const reasons = REASONS.filter((r) => input.objectionGrounds.reasons.includes(r));
  const has = (r: Reason) => reasons.includes(r);
  const institutions = [...new Set(input.disputedRecords.map((r) => r.institution ?? input.lender.name))];
  const negative = input.disputedRecords.filter((r) => isNegative(r.kind));
  const providers = [...new Set(negative.map((r) => r.institution ?? input.lender.name))];
  const basis = creditObjectionCitations(input, script);
  const evidence = input.evidence ?? [];
  const sections = {
    records: ORDINALS[0],
    reasons: ORDINALS[1],
    requests: ORDINALS[2],
    evidence: evidence.length ? ORDINALS[3] : undefined,
    next: ORDINALS[evidence.length ? 4 : 3],
  };
  const channelName = (id: string) => COMPLAINT_CHANNELS.find((c) => c.id === id)!.name[script];
  /** The next step the letter names (第二十六条): the local PBOC branch, and the 12363 hotline. */
  const channels = { pboc: channelName("pboc-branch"), hotline: channelName("12363") };
  const title = TITLE[input.locale];
  const recipientName = toBureau ? bureauName : input.lender.name;

  return {
    template: "credit-report-objection",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      you,
      toBureau,
      report: input.creditReport
        ? { number: input.creditReport.number, date: input.creditReport.date ? formatChineseDate(input.creditReport.date) : undefined }
        : undefined,
      records: input.disputedRecords.map((record, i) => ({
        number: i + 1,
        institution: record.institution ?? input.lender.name,
        // Under the header 机构及账户 the number needs no label; alone on its line it never breaks.
        account: record.account,
        kind: RECORD_KIND_LABELS[record.kind][script],
        period: period(record.from, record.to, record.kind),
        shows: record.shows,
      })),
      /** Every record is the lender's own (no other institution named): the letter to it says 「由贵行报送的」. */
      allFromLender: otherInstitutions(input).length === 0,
      /** Whom the reasons name: the lender (贵行) when it is the recipient, else the institutions themselves. */
      provider: toBureau ? providers.join("、") || institutions.join("、") : you,
      reasons: {
        notMyLoan: has("not-my-loan"),
        wrongAmountOrStatus: has("wrong-amount-or-status"),
        noPriorNotice: has("no-prior-notice"),
        afterAgreement: has("reported-after-agreement"),
        alreadyRepaid: has("already-repaid"),
        agreedOn: input.objectionGrounds.agreedOn ? formatChineseDate(input.objectionGrounds.agreedOn) : undefined,
        repaidOn: input.objectionGrounds.repaidOn ? formatChineseDate(input.objectionGrounds.repaidOn) : undefined,
        details: paragraphs(input.objectionGrounds.details),
      },
      request: {
        correct: input.remedy.kind === "correct",
        delete: input.remedy.kind === "delete",
        addStatement: input.remedy.kind === "add-statement",
        correction: input.remedy.correction,
        statement: input.remedy.statement,
      },
      evidence,
      channels,
      sections,
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${recipientName}）` },
    fileName: buildFileName(title, input.borrower.name, recipientName),
    facts: letterFacts({
      type: "credit-report-objection",
      title,
      locale: input.locale,
      date,
      input,
      recipient: toBureau
        ? { name: bureauName, department: input.bureau?.department, address: input.bureau?.address }
        : { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      dates: { reportDate: input.creditReport?.date, repaidOn: input.objectionGrounds.repaidOn, agreedOn: input.objectionGrounds.agreedOn },
      deadlines: [objectionDeadline(date)],
      citations: citedIds(basis),
      warnings: warnings(input),
      nextSteps: nextSteps(input),
    }),
  };
}

/** The borrower's questions, with the privacy hint of a letter to the bureau or the reporting institution. */
function borrowerQuestions(): Section {
  const section = borrowerSection({ toCreditor: true });
  return {
    ...section,
    fields: section.fields.map((field) =>
      field.name === "privacy.maskIdNumber"
        ? { ...field, hint: "征信中心和报送机构要凭完整的身份证号码查找你的报告，一般不要勾选。" }
        : field,
    ),
  };
}

const creditReportObjection = defineLetterType({
  id: "credit-report-objection",
  order: 50,
  title: TITLE,
  description: {
    zh: "信用报告里有不是你办的贷款、金额或状态不对、报送前没通知你、已还清却没更新等信息时使用：向报送机构或中国人民银行征信中心提出异议，请求核查后更正、删除或添加你的说明，20日内书面答复。异议免费，只有经核查有误的信息才会更正。",
    en: "For a credit report that shows a loan you never took, a wrong amount or status, negative information reported without notice, or a repaid debt not updated: objects to the reporting institution or the PBOC Credit Reference Center and asks for a check and a correction, deletion or your statement, answered in writing within 20 days. Objecting is free; only information found wrong is corrected.",
  },
  schema: creditReportObjectionSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "赵六",
      idNumber: "11010519491231002X",
      phone: "13612345678",
      address: "成都市锦江区红星路三段1号2栋803室",
    },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    objectionTo: "credit-bureau",
    creditReport: { number: "2026112300001234567890", date: "2026-11-20" },
    disputedRecords: [
      {
        account: "JB20240301005566",
        kind: "overdue",
        from: "2026-03",
        to: "2026-05",
        shows: "2026年3月至5月还款状态为「1」「2」「3」，显示连续3个月逾期",
      },
    ],
    objectionGrounds: {
      reasons: ["no-prior-notice", "reported-after-agreement"],
      agreedOn: "2026-02-28",
      details: "2026年2月28日，申请人与该公司客服通话，约定自2026年3月起每月还款1,500元，申请人此后按月还款。",
    },
    remedy: { kind: "add-statement", statement: "本人已于2026年2月28日与机构约定还款安排，并按约定按月还款。" },
    evidence: ["2026年2月28日与客服通话的录音", "2026年3月至11月的还款记录截图"],
    attachments: ["申请人身份证复印件", "信用报告相关页复印件"],
  },
  checks: creditObjectionChecks,
  build,
  form: {
    when: "信用报告上有不是你办的贷款、金额或状态不对、报送前没通知你、已经还清却没更新：免费提出征信异议，请求核查更正。",
    sections: [
      borrowerQuestions(),
      {
        id: "objectionTo",
        legend: "信寄给谁",
        hint: "可以寄给报送这条信息的机构，也可以寄给中国人民银行征信中心。申请添加个人说明只能寄给征信中心。",
        fields: [
          {
            kind: "radio",
            name: "objectionTo",
            label: "收信方",
            options: options(RECIPIENT_KINDS, (v) => (v === "lender" ? "报送这条信息的机构（银行、消费金融公司等）" : "征信机构（中国人民银行征信中心等）")),
            default: "lender",
          },
          { kind: "text", name: "bureau.name", label: "征信机构名称", hint: "不填就是中国人民银行征信中心。寄给报送机构时留空。", autocomplete: "organization" },
          { kind: "text", name: "bureau.department", label: "征信机构的收件部门", hint: "可不填。寄给报送机构时留空。" },
          { kind: "text", name: "bureau.address", label: "征信机构的地址", hint: "寄信的地址。寄给报送机构时留空。" },
        ],
      },
      lenderSection("报送信息的机构", "信用报告上显示的、报送这条信息的银行或平台。"),
      {
        id: "creditReport",
        legend: "你的信用报告",
        hint: "报告第一页有报告编号和报告时间。可不填。",
        fields: [
          { kind: "text", name: "creditReport.number", label: "报告编号" },
          { kind: "date", name: "creditReport.date", label: "报告时间" },
        ],
      },
      {
        id: "disputedRecords",
        legend: "有异议的信息",
        hint: "照信用报告上写，每条一行。",
        fields: [
          {
            kind: "list",
            name: "disputedRecords",
            label: "每一条有异议的信息",
            required: true,
            rowLabel: "第 {n} 条",
            rows: 1,
            max: MAX_RECORDS,
            action: "add-record",
            addLabel: "再加一条",
            item: [
              { kind: "text", name: "institution", label: "报告上的机构", hint: "不填就是上面的报送机构。" },
              { kind: "text", name: "account", label: "账户编号或卡号", hint: "照报告写。可不填。" },
              { kind: "select", name: "kind", label: "信息类别", required: true, options: options(RECORD_KINDS, (v) => RECORD_KIND_FORM_LABELS[v]) },
              { kind: "text", name: "from", label: "从哪个月", hint: "例如 2026-03。可不填。" },
              { kind: "text", name: "to", label: "到哪个月", hint: "例如 2026-05。可不填。" },
              { kind: "text", name: "shows", label: "报告显示的内容", required: true, hint: "例如：2026年3月至5月显示逾期。" },
            ],
          },
        ],
      },
      {
        id: "objectionGrounds",
        legend: "异议理由",
        fields: [
          { kind: "checkboxes", name: "objectionGrounds.reasons", label: "为什么有异议（可多选）", required: true, options: options(REASONS, (v) => REASON_FORM_LABELS[v]) },
          { kind: "date", name: "objectionGrounds.repaidOn", label: "还清的日期", hint: "选了「已经还清」时填写。" },
          { kind: "date", name: "objectionGrounds.agreedOn", label: "达成协议的日期", hint: "选了「达成协议后仍被报送」时填写。" },
          { kind: "textarea", name: "objectionGrounds.details", label: "具体情况", hint: "如实写，只写你确实知道的。选「其他原因」时必填。" },
        ],
      },
      {
        id: "remedy",
        legend: "你的请求",
        fields: [
          { kind: "radio", name: "remedy.kind", label: "请求对方", required: true, options: options(REQUESTS, (v) => REQUEST_FORM_LABELS[v]) },
          { kind: "text", name: "remedy.correction", label: "正确的内容应该是", hint: "选「更正」时可以填写。" },
          { kind: "text", name: "remedy.statement", label: "要添加的说明", hint: "选「添加说明」时必填，例如：该笔逾期系本人住院期间发生，已于2026年5月还清。" },
        ],
      },
      {
        id: "attachments",
        legend: "证据和附件",
        fields: [
          evidenceList({ label: "你能提供的证据", hint: "例如：还款凭证、和机构的协议、报案回执。只写你确实有的。" }),
          attachmentsList(),
        ],
      },
      settingsSection(),
    ],
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "objectionTo", sections: ["objectionTo"] },
      { id: "lender", title: "报送机构和信用报告", sections: ["lender", "creditReport"] },
      { id: "disputedRecords", sections: ["disputedRecords"] },
      { id: "objectionGrounds", sections: ["objectionGrounds"] },
      { id: "remedy", sections: ["remedy"] },
      { id: "attachments", sections: ["attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "objectionGrounds", "remedy"],
    submitLabel: "生成异议申请书（PDF）",
    advice: [
      "异议申请免费，不要付钱给「征信修复」机构。只有经核查确有错误的信息才会更正；真实的记录不会因为异议而删除。",
      "附上身份证复印件和信用报告的相关页。",
    ],
  },
  journey: {
    situations: [{ id: "credit-report-error", rank: 1, why: "向报送机构或征信中心提出异议：对方须在20日内核查并书面答复，错了要更正。免费，不要找「征信修复」。" }],
  },
});

export default creditReportObjection;
