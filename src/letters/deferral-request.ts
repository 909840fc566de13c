/**
 * 延期还款（停息挂账）申请书 — the borrower asks the lender to agree to defer repayment for some months,
 * optionally with interest stopped (停息挂账), penalties waived and a small monthly payment meanwhile
 * (design.md, `deferral-request`).
 *
 * Dates: repayment resumes on `deferral.resumeDate`, or, when the body gives none, on the letter date plus
 * `months` calendar months, clamped to the month's end (`addMonthsClamped`: a letter dated 2026-08-31 with
 * 6 months resumes on 2027-02-28). A given resumeDate must be after the letter date.
 *
 * Legal phrasing (legal-notes.md):
 * - 《民法典》第六百七十八条 (借款人可以在还款期限届满前申请展期；贷款人同意的，可以展期) is a right to ASK, not
 *   to obtain. When the debt is already overdue (debt.overdueSince) the term has passed, so the letter does not
 *   claim the article applies: it asks the lender to agree to a deferral "参照" (by reference to) the article.
 * - 停息挂账 (interest stopped, balance parked) is asked only when freezeInterest is set; the title then reads
 *   延期还款（停息挂账）申请书, otherwise 延期还款申请书, so the letter never asks for what the borrower did not.
 * - 《民法典》第五百八十五条 only with waivePenalty, as the ground for asking.
 * - For bank credit cards only: the borrower is also willing to negotiate a 个性化分期 under
 *   《商业银行信用卡业务监督管理办法》第七十条 after the deferral, and the letter carries what the banks'
 *   协商还款 forms contain (no new cards until settled, collection stops once agreed, the agreement may end on
 *   default).
 * - When `debt.overdueSince` is not given the letter says nothing about whether the term has passed: it says
 *   only what the borrower stated.
 * - `months` and `resumeDate` must agree: the resume date within half a month of the letter date plus months.
 * - The request is 同意履行: the limitation-period guard applies (./limitation.ts).
 */
import { z } from "zod";
import type { FieldError } from "../errors";
import { addDays, addMonthsClamped, compareDates, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema } from "../text/money";
import { citation, citationApplies, type Citation } from "../text/citations";
import { HARDSHIP_REASON_LABELS, labelList, type Script } from "../text/labels";
import { borrowerSection, debtSection, hardshipSection, lenderSection, repaymentFields, requestLetterSections, REQUEST_ADVICE } from "../form/sections";
import { commonFields, hardshipSchema, requestFields } from "./common";
import { amountView, buildFileName, frame, letterDate, paragraphs } from "./shared";
import { checkDebtDates, fieldError, readDebtTotal, readLetterDate } from "./checks";
import { budgetStatement, repaymentSentence, requestChecks } from "./request";
import { overBudgetWarning } from "./budget";
import { limitationWarning } from "./limitation";
import { amountFact, citedIds, letterFacts, replyDeadline, REPLY_DAYS } from "./facts";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext } from "./types";

export const MAX_DEFERRAL_MONTHS = 24;

export const deferralSchema = z.strictObject({
  months: z.number().int().min(1).max(MAX_DEFERRAL_MONTHS).describe("延期月数（1至24） / months of deferral, 1 to 24"),
  resumeDate: dateSchema.optional().describe("恢复还款日期，默认信函日期加延期月数 / resume date, default letter date + months"),
  freezeInterest: z.boolean().optional().describe("申请延期期间停息挂账 / ask for interest to stop during the deferral"),
  waivePenalty: z.boolean().optional().describe("申请减免罚息、违约金 / ask for penalties to be waived"),
  paymentDuringDeferral: moneySchema.optional().describe("延期期间每月可还金额（元） / what the borrower can pay each month meanwhile"),
});
export type Deferral = z.output<typeof deferralSchema>;

export const deferralRequestSchema = z.strictObject({
  ...commonFields,
  ...requestFields,
  hardship: hardshipSchema,
  deferral: deferralSchema,
});

/** How far the resume date may lie from the letter date plus `months`: half a month either way. */
export const RESUME_TOLERANCE_DAYS = 15;

/**
 * The checks across fields, run on every body: the total and the payment during the deferral; the resume date
 * after the letter and in agreement with `months`; the other dates not after the letter; the limitation
 * period; a way to reply.
 */
export function deferralChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const total = readDebtTotal(read);
  const months = read("deferral.months", deferralSchema.shape.months);
  const payment = read("deferral.paymentDuringDeferral", moneySchema) ?? 0;
  if (total === 0) errors.push(fieldError("debt.principal", "NOTHING_OWED", "欠款合计为零，无需延期", "the total owed is zero: there is nothing to defer"));
  else if (total !== undefined && months !== undefined && payment * months >= total)
    errors.push(
      fieldError(
        "deferral.paymentDuringDeferral",
        "PAYMENT_COVERS_DEBT",
        "延期期间每月还款乘以延期月数已达到欠款合计：这不是延期，请改用分期还款申请书（installment-request）",
        "the monthly payment during the deferral times its months reaches the total owed: use installment-request instead",
      ),
    );
  const letter = readLetterDate(read, context);
  const resume = read("deferral.resumeDate", dateSchema);
  if (resume && compareDates(resume, letter) <= 0)
    errors.push(fieldError("deferral.resumeDate", "INVALID_DATE_ORDER", "恢复还款日期须晚于信函日期", "the resume date must be after the letter date"));
  else if (resume && months !== undefined) {
    const expected = addMonthsClamped(letter, months);
    const from = addDays(expected, -RESUME_TOLERANCE_DAYS);
    const to = addDays(expected, RESUME_TOLERANCE_DAYS);
    if (compareDates(resume, from) < 0 || compareDates(resume, to) > 0)
      errors.push(
        fieldError(
          "deferral.resumeDate",
          "RESUME_DATE_MISMATCH",
          `延期${months}个月与恢复还款日期对不上：信函日期${formatChineseDate(letter)}加${months}个月是${formatChineseDate(expected)}，恢复还款日期应在${formatChineseDate(from)}至${formatChineseDate(to)}之间。请核对延期月数或恢复还款日期`,
          `a deferral of ${months} months does not match the resume date: the letter date ${formatIsoDate(letter)} plus ${months} months is ${formatIsoDate(expected)}, so the resume date should be between ${formatIsoDate(from)} and ${formatIsoDate(to)}; check the months or the resume date`,
        ),
      );
  }
  errors.push(
    ...checkDebtDates(read, context),
    ...requestChecks(read, context),
  );
  return errors;
}

export type DeferralRequest = z.output<typeof deferralRequestSchema>;

export const TITLE = { "zh-Hans": "延期还款（停息挂账）申请书", "zh-Hant": "延期還款（停息掛賬）申請書" } as const;
/** The title when the borrower does not ask for interest to stop. */
export const TITLE_WITHOUT_FREEZE = { "zh-Hans": "延期还款申请书", "zh-Hant": "延期還款申請書" } as const;

/** The citations this letter prints; everything else is absent. */
/** A waiver is asked only when the borrower asks for it and the debt has penalties to waive. */
export function asksPenaltyWaiver(input: Pick<DeferralRequest, "deferral" | "debt">): boolean {
  return input.deferral.waivePenalty === true && (input.debt.penalty ?? 0) > 0;
}

export function deferralCitations(input: Pick<DeferralRequest, "lender" | "deferral" | "debt">, script: Script) {
  const context = { lenderKind: input.lender.kind };
  return {
    /** 《民法典》第六百七十八条: always — the ground for asking. Full name here, its first use. */
    extension: citation("civil-code-678", script),
    /** 《民法典》第五百八十五条: only with a request to waive penalties (short name: the code is named above). */
    penaltyReduction: asksPenaltyWaiver(input) ? citation("civil-code-585", script) : undefined,
    /** 《商业银行信用卡业务监督管理办法》第七十条: bank credit cards only. */
    personalisedInstalments: citationApplies("credit-card-measures-70", context) ? citation("credit-card-measures-70", script) : undefined,
    /** 《银行业保险业消费投诉处理管理办法》: banks and consumer-finance companies only. */
    complaintHandling: citationApplies("complaint-measures-2020", context) ? citation("complaint-measures-2020", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

function build(input: DeferralRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const budget = budgetStatement(input.budget, script === "Hans" ? "申请人" : "申請人", script);
  const base = frame(input, context, { role: "applicant", extraAttachments: budget ? [budget.title] : [] });
  const { months } = input.deferral;
  const resume: CalendarDate = input.deferral.resumeDate ?? addMonthsClamped(date, months);
  const payment = input.deferral.paymentDuringDeferral ?? 0;
  const freezeInterest = input.deferral.freezeInterest === true;
  const title = (freezeInterest ? TITLE : TITLE_WITHOUT_FREEZE)[input.locale];
  const penalty = input.debt.penalty ?? 0;
  const basis = deferralCitations(input, script);
  return {
    template: "deferral-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      creditCard: input.lender.kind === "bank-credit-card",
      overdue: input.debt.overdueSince !== undefined,
      hardship: {
        reasons: labelList(HARDSHIP_REASON_LABELS, input.hardship.reasons, script),
        details: paragraphs(input.hardship.details),
      },
      deferral: {
        months,
        resumeDate: formatChineseDate(resume),
        /** The body gave no resumeDate: the letter says the period runs from the letter date. */
        resumeComputed: input.deferral.resumeDate === undefined,
        freezeInterest,
        waivePenalty: asksPenaltyWaiver(input),
        payment: payment > 0 ? amountView(payment, script) : undefined,
        paymentTotal: payment > 0 ? amountView(payment * months, script) : undefined,
        penalty: penalty > 0 ? amountView(penalty, script) : undefined,
      },
      repayment: repaymentSentence(input.repayment, script),
      budget,
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${input.lender.name}）` },
    fileName: buildFileName(title, input.borrower.name, input.lender.name),
    facts: letterFacts({
      type: "deferral-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      amounts: {
        total: amountFact(base.debt.total.fen, script),
        ...(payment > 0 ? { paymentDuringDeferral: amountFact(payment, script), paymentDuringDeferralTotal: amountFact(payment * months, script) } : {}),
        ...(budget ? { disposableIncome: amountFact(Math.max(0, budget.disposableFen), script) } : {}),
      },
      dates: { resumeDate: resume },
      deadlines: [replyDeadline(date, REPLY_DAYS, basis.complaintHandling?.id)],
      citations: citedIds(basis),
      warnings: [
        payment > 0
          ? overBudgetWarning(budget, payment, { zh: "延期期间每月还款", en: "The monthly payment during the deferral" }, "deferral.paymentDuringDeferral")
          : undefined,
        limitationWarning(input.debt, date),
      ],
    }),
  };
}

const deferralRequest = defineLetterType({
  id: "deferral-request",
  order: 20,
  title: TITLE,
  description: {
    zh: "暂时失去还款能力、预计几个月后能恢复时使用：向银行或贷款机构申请延期还款1至24个月，可一并申请延期期间停息挂账、减免罚息，并说明期间每月能还多少。是否同意由对方决定。",
    en: "For when you temporarily cannot pay but expect to recover within months: asks the bank or lender to defer repayment for 1 to 24 months, optionally with interest stopped and penalties waived, saying what you can still pay each month. Whether to agree is the lender's decision.",
  },
  schema: deferralRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "李娜",
      idNumber: "440106199003151223",
      phone: "13922223333",
      address: "广东省广州市天河区体育西路100号2栋1203房",
      email: "lina@example.com",
    },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance", department: "客户服务中心" },
    account: { product: "借呗", contractNumber: "JB20250318000123" },
    debt: { principal: "28000.00", interest: "1260.35", penalty: "386.20", overdueSince: "2026-09-18" },
    hardship: {
      reasons: ["business-failure", "income-reduction"],
      details:
        "申请人经营的餐饮店因客流持续减少，于2026年8月停业，目前靠打零工维持生活，月收入约3000元。\n申请人已与亲友商定，预计2027年5月前可以筹得资金并恢复正常收入。",
    },
    deferral: { months: 6, freezeInterest: true, waivePenalty: true, paymentDuringDeferral: "500" },
    attachments: ["餐饮店停业证明（注销登记通知书）复印件", "近六个月银行流水", "申请人身份证复印件"],
  },
  checks: deferralChecks,
  build,
  form: {
    when: "暂时完全还不上（失业、生病、生意失败），过一段时间才能恢复：想请银行或平台同意晚一些还，并暂停计息（停息挂账）。",
    sections: [
      borrowerSection(),
      lenderSection("收信机构", "你欠款的银行或平台。"),
      debtSection(true),
      hardshipSection(),
      {
        id: "deferral",
        legend: "延期方案",
        hint: "按你真实的情况写。机构可以同意，也可以不同意或提出别的方案。",
        fields: [
          { kind: "integer", name: "deferral.months", label: "延期几个月", required: true, hint: "1到24之间的整数。" },
          { kind: "date", name: "deferral.resumeDate", label: "恢复还款的日期", hint: "可不填：不填就是信函日期加上延期月数。" },
          {
            kind: "money",
            name: "deferral.paymentDuringDeferral",
            label: "延期期间每月能还多少（元）",
            hint: "能还一点就写，表示诚意。可不填。",
          },
          { kind: "checkbox", name: "deferral.freezeInterest", label: "请求延期期间停止计息（停息挂账）" },
          { kind: "checkbox", name: "deferral.waivePenalty", label: "请求减免罚息、违约金" },
          ...repaymentFields(),
        ],
      },
      ...requestLetterSections(),
    ],
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "debt", title: "欠哪家，欠多少", sections: ["lender", "debt"] },
      { id: "hardship", title: "为什么还不上", sections: ["hardship", "attachments"] },
      { id: "budget", sections: ["budget"] },
      { id: "deferral", title: "想延期多久", sections: ["deferral", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "debt", "hardship", "deferral"],
    submitLabel: "生成申请书（PDF）",
    advice: REQUEST_ADVICE,
  },
  journey: {
    situations: [
      { id: "no-income-now", rank: 1, why: "暂时完全还不上：请机构同意晚一段时间再还，并暂停计息（停息挂账）。" },
      { id: "cannot-pay", rank: 2, why: "眼下连每月一小笔也拿不出时，先申请延期，等收入恢复再分期。" },
    ],
  },
});

export default deferralRequest;
