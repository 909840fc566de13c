/**
 * 结清证明申请 — after paying, the borrower asks the lender for a 结清证明 (the account is settled and nothing
 * more is claimed) and for the credit record to be updated to 结清 (issue 9, point 5: its own type, the letter
 * that follows settlement-request).
 *
 * The letter states the payment record (each payment's date, amount, channel and transaction number, and the
 * total, in figures and 大写) and what it was paid under: a settlement agreement or the lender's written
 * confirmation (date, reference, settled amount), or the original contract when the debt was simply repaid.
 *
 * Legal stance:
 * - It is not a new promise to pay, and the debt is paid: no `requestFields`, no limitation-period guard, no
 *   amount "owed" in the borrower's voice — only what was paid and that the account is settled.
 * - 《征信业管理条例》第二十五条 only when the borrower says the record is still wrong (`reportAfterPayment.stillWrong`):
 *   the letter then also raises an objection (flagged, checked and answered in writing within 20 days).
 *   Otherwise it asks for the update without citing anything.
 * - The certificate and the update are requested (「恳请」); nothing promises that an overdue history goes away.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { addDays, compareDates, dateSchema, daysBetween, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema, type Fen } from "../text/money";
import { citation, type Citation } from "../text/citations";
import type { Script } from "../text/labels";
import { attachmentsList, borrowerSection, lenderSection, options, settingsSection } from "../form/sections";
import { accountSchema, borrowerSchema, commonFields, lenderSchema, paragraphsText, text } from "./common";
import { amountView, buildFileName, letterDate, letterFrame, paragraphs } from "./shared";
import { ANY, checkDatesAgainstLetter, fieldError, readArrayLength, YES } from "./checks";
import { checkReplyChannel } from "./request";
import { amountFact, citedIds, letterFacts, replyDeadline, REPLY_DAYS, SENDING_STEPS } from "./facts";
import { CREDIT_HISTORY_NOTE, creditUpdateRequest } from "./settlement-rules";
import { defineLetterType, type BodyReader, type BuiltLetter, type DeadlineFact, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

/** The most payments one letter lists. */
export const MAX_PAYMENTS = 60;

/** 《征信业管理条例》第二十五条: an objection is checked and answered in writing within 20 days of receipt. */
export const CREDIT_OBJECTION_DAYS = 20;

/** Below this many days between the last payment and the credit report, the record may simply not be updated yet. */
export const REPORTING_LAG_DAYS = 30;

export const PAID_UNDER = ["settlement-agreement", "written-confirmation", "original-contract"] as const;
export type PaidUnder = (typeof PAID_UNDER)[number];

export const paymentSchema = z.strictObject({
  date: dateSchema.describe("付款日期 / date paid"),
  amount: moneySchema.describe("付款金额（元） / amount paid (yuan)"),
  channel: text(60).optional().describe("付款方式或渠道，如 银行转账、贵方App / how it was paid, e.g. bank transfer, the lender's app"),
  reference: text(60).optional().describe("交易流水号或凭证号 / transaction or receipt number"),
});
export type SettlementPayment = z.output<typeof paymentSchema>;

export const settledUnderSchema = z
  .strictObject({
    kind: z
      .enum(PAID_UNDER)
      .describe("依据：结清协议、对方的书面确认、原借款合同（按原约定全部还清） / paid under: a settlement agreement, the lender's written confirmation, or the original contract (repaid in full)"),
    date: dateSchema.optional().describe("协议或书面确认的日期（结清协议、书面确认必填） / date of the agreement or confirmation (required for both)"),
    reference: text(80).optional().describe("协议编号、函件文号或确认方式，如 贵行2026年12月10日盖章函件 / the agreement number, letter reference or how it was confirmed"),
    settledAmount: moneySchema
      .optional()
      .describe("约定的结清金额（元），只用于结清协议或书面确认 / the settled amount agreed (yuan), for an agreement or confirmation only"),
  })
  .describe("付款依据 / what the payment was made under");

export const reportAfterPaymentSchema = z
  .strictObject({
    stillWrong: z
      .boolean()
      .optional()
      .describe("付清后查询的信用报告仍显示错误（如仍显示逾期、未结清）：信中据《征信业管理条例》第二十五条一并提出异议 / the credit report checked after paying is still wrong: the letter also objects under Credit Reporting Regulation art. 25"),
    checkedOn: dateSchema.optional().describe("查询信用报告的日期 / the date the credit report was checked"),
    details: paragraphsText(500).optional().describe("信用报告显示的错误内容，用自己的话说明 / what the report wrongly shows, in the borrower's words"),
  })
  .describe("付清后查询的信用报告（仍显示错误时填写） / the credit report checked after paying (when it is still wrong)");

export const settlementCertificateRequestSchema = z.strictObject({
  locale: commonFields.locale,
  date: commonFields.date,
  borrower: borrowerSchema,
  lender: lenderSchema,
  account: accountSchema.optional(),
  payments: z
    .array(paymentSchema)
    .min(1, bilingual("REQUIRED", "请至少填写一笔付款", "list at least one payment"))
    .max(MAX_PAYMENTS)
    .describe(`付款记录，1至${MAX_PAYMENTS}笔 / the payments made, 1 to ${MAX_PAYMENTS}`),
  settledUnder: settledUnderSchema,
  reportAfterPayment: reportAfterPaymentSchema.optional(),
  attachments: commonFields.attachments,
  privacy: commonFields.privacy,
});
export type SettlementCertificateRequest = z.output<typeof settlementCertificateRequestSchema>;

export const TITLE = { "zh-Hans": "结清证明申请", "zh-Hant": "結清證明申請" } as const;

/** The sum of the payments a body lists, where every amount parses; undefined otherwise. */
function readPaidTotal(read: BodyReader, count: number): number | undefined {
  let total = 0;
  for (let i = 0; i < count; i++) {
    const amount = read(`payments.${i}.amount`, moneySchema);
    if (amount === undefined) return undefined;
    total += amount;
  }
  return total;
}

/** The latest payment date a body lists (of those that parse). */
function readLastPayment(read: BodyReader, count: number): CalendarDate | undefined {
  const dates = Array.from({ length: count }, (_, i) => read(`payments.${i}.date`, dateSchema)).filter((d): d is CalendarDate => d !== undefined);
  return dates.sort(compareDates).at(-1);
}

const AGREED_KINDS: readonly PaidUnder[] = ["settlement-agreement", "written-confirmation"];

/**
 * The checks across fields: each payment above zero and not after the letter; the agreement's date (required
 * for an agreement or confirmation) not after the letter; the payments not short of the settled amount; the
 * credit-record objection complete and checked after the last payment; a way for the certificate to reach the
 * borrower.
 */
export function certificateChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const count = Math.min(readArrayLength(read, "payments"), MAX_PAYMENTS);
  for (let i = 0; i < count; i++)
    if (read(`payments.${i}.amount`, moneySchema) === 0)
      errors.push(fieldError(`payments.${i}.amount`, "PAYMENT_ZERO", "付款金额须多于零", "a payment must be more than zero"));
  const kind = read("settledUnder.kind", settledUnderSchema.shape.kind);
  const agreed = kind !== undefined && AGREED_KINDS.includes(kind);
  if (agreed && read("settledUnder.date", ANY) === undefined)
    errors.push(
      fieldError(
        "settledUnder.date",
        "SETTLEMENT_DATE_REQUIRED",
        "请填写结清协议或书面确认的日期：对方据此查找",
        "give the date of the settlement agreement or written confirmation: the lender finds it by that date",
      ),
    );
  const settled = read("settledUnder.settledAmount", moneySchema);
  if (kind === "original-contract" && read("settledUnder.settledAmount", ANY) !== undefined)
    errors.push(
      fieldError(
        "settledUnder.settledAmount",
        "SETTLED_AMOUNT_NOT_APPLICABLE",
        "按原合同还清时没有约定的结清金额：请删除此项，或把依据改为结清协议或书面确认",
        "a debt repaid under the original contract has no agreed settled amount: remove it, or choose the agreement or confirmation",
      ),
    );
  else if (settled === 0)
    errors.push(fieldError("settledUnder.settledAmount", "LUMP_SUM_ZERO", "约定的结清金额须多于零", "the settled amount must be more than zero"));
  const paid = readPaidTotal(read, count);
  if (agreed && settled !== undefined && settled > 0 && paid !== undefined && count > 0 && paid < settled) {
    const short = amountView(settled - paid, "Hans").figure;
    errors.push(
      fieldError(
        "payments",
        "PAYMENTS_SHORT",
        `付款合计${amountView(paid, "Hans").figure}少于约定的结清金额${amountView(settled, "Hans").figure}，还差${short}：付清之前对方不会出具结清证明。请核对付款记录`,
        `the payments total ${amountView(paid, "Hans").figure}, ${short} short of the settled amount ${amountView(settled, "Hans").figure}: no certificate before it is paid; check the payments`,
      ),
    );
  }
  const stillWrong = read("reportAfterPayment.stillWrong", YES) === true;
  const details = read("reportAfterPayment.details", ANY) !== undefined;
  const checkedOn = read("reportAfterPayment.checkedOn", dateSchema);
  if (stillWrong && !details)
    errors.push(
      fieldError(
        "reportAfterPayment.details",
        "CREDIT_DETAILS_REQUIRED",
        "请写明信用报告上错误的内容（如「仍显示逾期」「账户状态仍为未结清」），对方据此核查",
        "say what the credit report wrongly shows (e.g. still overdue, not settled): the lender checks against it",
      ),
    );
  if (!stillWrong && (details || read("reportAfterPayment.checkedOn", ANY) !== undefined))
    errors.push(
      fieldError(
        "reportAfterPayment.stillWrong",
        "CREDIT_OBJECTION_NOT_CHOSEN",
        "填写了信用报告的错误内容或查询日期，但没有勾选「信用报告仍显示错误」：请勾选，或删除这些内容",
        "the credit report's errors or check date are given but stillWrong is not set: set it, or remove them",
      ),
    );
  const last = readLastPayment(read, count);
  if (stillWrong && checkedOn && last && compareDates(checkedOn, last) < 0)
    errors.push(
      fieldError(
        "reportAfterPayment.checkedOn",
        "CHECKED_BEFORE_PAYMENT",
        `查询信用报告的日期早于最后一次付款（${formatChineseDate(last)}）：付款之前的报告不能说明结清后的记录有误。请付款后重新查询`,
        `the credit report was checked before the last payment (${formatIsoDate(last)}): a report from before the payment says nothing about the record after settling; check it again`,
      ),
    );
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      ...Array.from({ length: count }, (_, i) => ({
        path: `payments.${i}.date`,
        relation: "not-after" as const,
        zh: "付款日期不能晚于信函日期：请付款之后再申请结清证明",
        en: "a payment cannot be dated after the letter: ask for the certificate after paying",
      })),
      { path: "settledUnder.date", relation: "not-after", zh: "协议或书面确认的日期不能晚于信函日期", en: "the agreement or confirmation cannot be dated after the letter" },
      { path: "reportAfterPayment.checkedOn", relation: "not-after", zh: "查询信用报告的日期不能晚于信函日期", en: "the credit report cannot be checked after the letter date" },
    ]),
    ...checkReplyChannel(read),
  );
  return errors;
}

/** The citations this letter prints: 第二十五条 only with an objection to a record that is still wrong. */
export function certificateCitations(input: Pick<SettlementCertificateRequest, "reportAfterPayment">, script: Script) {
  return {
    /** 《征信业管理条例》第二十五条: only when the borrower says the record is still wrong. */
    objection: input.reportAfterPayment?.stillWrong === true ? citation("credit-regulation-25", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

const DASH = "—";

const UNDER = {
  "settlement-agreement": {
    Hans: (you: string, date: string, ref: string) => `根据申请人与${you}于${date}达成的结清协议${ref}`,
    Hant: (you: string, date: string, ref: string) => `根據申請人與${you}於${date}達成的結清協議${ref}`,
  },
  "written-confirmation": {
    Hans: (you: string, date: string, ref: string) => `根据${you}于${date}出具的书面确认${ref}`,
    Hant: (you: string, date: string, ref: string) => `根據${you}於${date}出具的書面確認${ref}`,
  },
} as const;

const UNDER_SHORT = {
  "settlement-agreement": { Hans: (you: string) => `与${you}达成的结清协议`, Hant: (you: string) => `與${you}達成的結清協議` },
  "written-confirmation": { Hans: (you: string) => `${you}书面确认的结清方案`, Hant: (you: string) => `${you}書面確認的結清方案` },
} as const;

/** Where the certificate is to be sent: the postal address and/or the email address the borrower gave. */
function deliveryPhrase(borrower: SettlementCertificateRequest["borrower"], script: Script): string {
  const hans = script === "Hans";
  const post = hans ? "寄至申请人的通讯地址" : "寄至申請人的通訊地址";
  const mail = hans ? "发送至申请人的电子邮箱" : "發送至申請人的電子郵箱";
  if (borrower.address && borrower.email) return `${post}${hans ? "或" : "或"}${mail}`;
  if (borrower.address) return post;
  if (borrower.email) return mail;
  return hans ? "交付申请人（联系方式见落款）" : "交付申請人（聯繫方式見落款）";
}

const PAYMENT_COUNT = { Hans: (n: number) => `共${n}笔`, Hant: (n: number) => `共${n}筆` } as const;

/** The payments in date order (ties as typed), as table rows. */
function paymentRows(payments: readonly SettlementPayment[], script: Script) {
  const sorted = [...payments].sort((a, b) => compareDates(a.date, b.date));
  return {
    sorted,
    rows: sorted.map((p, i) => ({
      number: i + 1,
      date: formatChineseDate(p.date),
      amount: amountView(p.amount, script).plain,
      channel: p.channel ?? DASH,
      reference: p.reference ?? DASH,
    })),
  };
}

/** PAYMENTS_EXCEED_AGREED: more paid than agreed — the borrower may ask for the difference back. */
function overpaidWarning(paid: Fen, settled: Fen | undefined): LetterWarning | undefined {
  if (settled === undefined || paid <= settled) return undefined;
  const extra = amountView(paid - settled, "Hans").figure;
  return {
    code: "PAYMENTS_EXCEED_AGREED",
    path: "payments",
    message: {
      zh: `付款合计比约定的结清金额多${extra}。请核对付款记录；确实多付的，可以请对方退还。`,
      en: `The payments total ${extra} more than the settled amount. Check the payments; if you did overpay, you may ask for the difference back.`,
    },
  };
}

/** CREDIT_UPDATE_PENDING: a report checked within a month of paying may simply not be updated yet. */
function pendingUpdateWarning(checkedOn: CalendarDate | undefined, last: CalendarDate, stillWrong: boolean): LetterWarning | undefined {
  if (!stillWrong || !checkedOn || daysBetween(last, checkedOn) >= REPORTING_LAG_DAYS) return undefined;
  return {
    code: "CREDIT_UPDATE_PENDING",
    path: "reportAfterPayment.checkedOn",
    message: {
      zh: `你查询信用报告时距最后一次付款不到${REPORTING_LAG_DAYS}天：机构一般定期报送，记录可能还没来得及更新。信中仍会提出异议；也可以过一段时间再查一次。`,
      en: `You checked the credit report less than ${REPORTING_LAG_DAYS} days after the last payment: lenders report periodically, so it may not be updated yet. The letter still objects; you may also check again later.`,
    },
  };
}

function certificateNextSteps(stillWrong: boolean): NextStepFact[] {
  return [
    ...SENDING_STEPS,
    {
      id: "keep-certificate",
      text: {
        zh: "收到的结清证明和全部付款凭证长期保存：以后有人再来催收这笔债，这是你已经结清的证据。",
        en: "Keep the settlement certificate and every receipt for good: if anyone ever collects this debt again, they prove it is settled.",
      },
    },
    {
      id: "check-credit-report",
      text: {
        zh: `${stillWrong ? "对方答复后" : "大约一个月后"}，通过中国人民银行征信中心网站或银行App查询一次个人信用报告，看该账户是否显示为结清。`,
        en: `${stillWrong ? "After the lender answers" : "About a month from now"}, check your credit report (the PBOC Credit Reference Center's website or a bank app) to see whether the account shows as settled.`,
      },
    },
    {
      id: "credit-report-objection",
      letterType: "credit-report-objection",
      text: {
        zh: "如果信用报告仍显示逾期或未结清，可以向机构或征信中心提出征信异议（征信异议申请书）。",
        en: "If the report still shows the account as overdue or unsettled, object to the lender or the credit reference centre (credit-report-objection).",
      },
    },
    {
      id: "complaint-if-no-reply",
      letterType: "complaint",
      text: { zh: "15日内没有答复或拒绝出具结清证明的，可以写一封投诉信。", en: "With no answer within 15 days, or a refusal, you may complain (complaint)." },
    },
    {
      id: "collection-after-settlement",
      letterType: "collection-objection",
      text: {
        zh: "结清后仍有人催收这笔债的，出示结清证明，并可发送《关于停止不当催收行为的告知函》。",
        en: "If anyone still collects after settlement, show the certificate; you may send the collection objection (collection-objection).",
      },
    },
    { id: "credit-history", text: CREDIT_HISTORY_NOTE },
  ];
}

function build(input: SettlementCertificateRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const title = TITLE[input.locale];
  const base = letterFrame(input, context, { role: "applicant" });
  const script = base.script;
  const { sorted, rows } = paymentRows(input.payments, script);
  const paid = sorted.reduce((sum, p) => sum + p.amount, 0);
  const first = sorted[0].date;
  const last = sorted[sorted.length - 1].date;
  const under = input.settledUnder;
  const agreed = under.kind !== "original-contract";
  const reference = under.reference ? `（${under.reference}）` : "";
  const basis = certificateCitations(input, script);
  const stillWrong = input.reportAfterPayment?.stillWrong === true;
  const deadlines: DeadlineFact[] = [replyDeadline(date, REPLY_DAYS)];
  if (basis.objection)
    deadlines.push({
      id: "credit-objection-reply",
      date: formatIsoDate(addDays(date, CREDIT_OBJECTION_DAYS)),
      rule: {
        zh: `《征信业管理条例》第二十五条：受理异议的机构自收到异议之日起${CREDIT_OBJECTION_DAYS}日内核查处理并书面答复`,
        en: `Credit Reporting Regulation art. 25: the institution checks the objection and answers in writing within ${CREDIT_OBJECTION_DAYS} days of receipt`,
      },
      explanation: {
        zh: `从对方签收之日起算${CREDIT_OBJECTION_DAYS}日：如当天签收，为${formatChineseDate(addDays(date, CREDIT_OBJECTION_DAYS))}。到期没有答复或不更正的，可以向中国人民银行当地分支机构投诉（第二十六条），或拨打12363。`,
        en: `${CREDIT_OBJECTION_DAYS} days from delivery: ${formatIsoDate(addDays(date, CREDIT_OBJECTION_DAYS))} if delivered the day it is dated. With no answer or no correction, complain to the local PBOC branch (art. 26) or call 12363.`,
      },
      citation: "credit-regulation-25",
    });
  return {
    template: "settlement-certificate-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      payments: {
        rows,
        count: PAYMENT_COUNT[script](rows.length),
        single: rows.length === 1,
        first: formatChineseDate(first),
        last: formatChineseDate(last),
        total: amountView(paid, script),
      },
      under: agreed
        ? {
            phrase: UNDER[under.kind as "settlement-agreement" | "written-confirmation"][script](base.you, formatChineseDate(under.date!), reference),
            short: UNDER_SHORT[under.kind as "settlement-agreement" | "written-confirmation"][script](base.you),
            settled: under.settledAmount !== undefined ? amountView(under.settledAmount, script) : undefined,
            matches: under.settledAmount !== undefined && paid === under.settledAmount,
          }
        : undefined,
      creditUpdate: creditUpdateRequest(input.lender.kind, base.you, script),
      delivery: deliveryPhrase(input.borrower, script),
      objection: stillWrong
        ? {
            checkedOn: input.reportAfterPayment?.checkedOn ? formatChineseDate(input.reportAfterPayment.checkedOn) : undefined,
            details: paragraphs(input.reportAfterPayment?.details),
          }
        : undefined,
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${input.lender.name}）` },
    fileName: buildFileName(title, input.borrower.name, input.lender.name),
    facts: letterFacts({
      type: "settlement-certificate-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      amounts: {
        paidTotal: amountFact(paid, script),
        ...(under.settledAmount !== undefined ? { settledAmount: amountFact(under.settledAmount, script) } : {}),
      },
      dates: { firstPayment: first, lastPayment: last, settledUnder: under.date, creditReportChecked: stillWrong ? input.reportAfterPayment?.checkedOn : undefined },
      deadlines,
      citations: citedIds(basis),
      warnings: [overpaidWarning(paid, agreed ? under.settledAmount : undefined), pendingUpdateWarning(input.reportAfterPayment?.checkedOn, last, stillWrong)],
      nextSteps: certificateNextSteps(stillWrong),
    }),
  };
}

const PAID_UNDER_FORM_LABELS: Record<PaidUnder, string> = {
  "settlement-agreement": "双方签了结清（减免）协议",
  "written-confirmation": "对方出具了书面确认（函件、短信或App消息）",
  "original-contract": "没有减免，按原合同全部还清",
};

const settlementCertificateRequest = defineLetterType({
  id: "settlement-certificate-request",
  order: 45,
  title: TITLE,
  description: {
    zh: "欠款已经付清（一次性结清或按原合同还清）之后使用：向银行或贷款机构列明付款记录和结清依据，申请出具结清证明，并把信用记录更新为结清；信用报告仍显示错误时，一并提出征信异议。",
    en: "For after you have paid (a settlement or the whole debt): lists the payments and what they were paid under, asks the bank or lender for a settlement certificate and to update your credit record to settled; if the report is still wrong, it also raises a credit-record objection.",
  },
  schema: settlementCertificateRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2027-01-20",
    borrower: {
      name: "王芳",
      idNumber: "320102198506150022",
      phone: "13611112222",
      address: "江苏省南京市玄武区中山路18号5幢602室",
    },
    lender: { name: "中国工商银行股份有限公司南京分行", kind: "bank-loan", department: "个人金融业务部" },
    account: { product: "个人消费贷款", contractNumber: "GSXD2024320100123" },
    payments: [{ date: "2026-12-28", amount: "40000.00", channel: "银行转账", reference: "2026122811223344" }],
    settledUnder: { kind: "written-confirmation", date: "2026-12-10", reference: "贵行个人金融业务部盖章的《结清减免确认函》", settledAmount: "40000.00" },
    attachments: ["《结清减免确认函》复印件", "2026年12月28日银行转账凭证", "申请人身份证复印件"],
  },
  checks: certificateChecks,
  build,
  form: {
    when: "已经按约定付清（或全部还清）：请银行或平台开结清证明，并把征信上的账户更新为「结清」。",
    sections: [
      borrowerSection(),
      lenderSection("收信机构", "你还款的银行或平台。"),
      {
        id: "account",
        legend: "账户",
        hint: "写清是哪一笔欠款，对方才能找到。",
        fields: [
          { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、个人消费贷款、借呗。" },
          { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "可不填。", extra: true },
          { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。", extra: true },
        ],
      },
      {
        id: "settledUnder",
        legend: "结清依据",
        fields: [
          {
            kind: "radio",
            name: "settledUnder.kind",
            label: "按什么付清的",
            required: true,
            options: options(PAID_UNDER, (v) => PAID_UNDER_FORM_LABELS[v]),
          },
          { kind: "date", name: "settledUnder.date", label: "协议或书面确认的日期", hint: "签了协议或有书面确认时必填。" },
          { kind: "text", name: "settledUnder.reference", label: "协议编号或确认方式", hint: "例如：协议编号JS2026-001，或「贵行2026年12月10日盖章函件」。可不填。" },
          { kind: "money", name: "settledUnder.settledAmount", label: "约定的结清金额（元）", hint: "按协议或确认上的金额填写。按原合同还清的不填。" },
        ],
      },
      {
        id: "payments",
        legend: "付款记录",
        hint: "每一笔付款写一条，按付款凭证填写。",
        fields: [
          {
            kind: "list",
            name: "payments",
            label: "每一笔付款",
            required: true,
            rowLabel: "第 {n} 笔",
            rows: 2,
            max: MAX_PAYMENTS,
            action: "add-payment",
            addLabel: "再加一笔付款",
            item: [
              { kind: "date", name: "date", label: "付款日期", required: true },
              { kind: "money", name: "amount", label: "金额（元）", required: true },
              { kind: "text", name: "channel", label: "付款方式", hint: "例如：银行转账、机构App。可不填。" },
              { kind: "text", name: "reference", label: "交易流水号", hint: "付款凭证上的号码。可不填。" },
            ],
          },
        ],
      },
      {
        id: "reportAfterPayment",
        legend: "信用记录",
        hint: "付清后查过信用报告、发现仍显示逾期或未结清时才需要填写。",
        fields: [
          { kind: "checkbox", name: "reportAfterPayment.stillWrong", label: "付清后查询的信用报告仍显示错误（信中一并提出征信异议）" },
          { kind: "date", name: "reportAfterPayment.checkedOn", label: "查询信用报告的日期" },
          { kind: "textarea", name: "reportAfterPayment.details", label: "信用报告上错误的内容", hint: "例如：2027年1月15日查询的报告中，该账户仍显示「逾期」，余额40000元。" },
        ],
      },
      { id: "attachments", legend: "附件", fields: [attachmentsList()] },
      settingsSection(),
    ],
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "lender", title: "收信机构和账户", sections: ["lender", "account"] },
      { id: "settledUnder", sections: ["settledUnder"] },
      { id: "payments", sections: ["payments"] },
      { id: "reportAfterPayment", title: "信用记录和附件", sections: ["reportAfterPayment", "attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "settledUnder"],
    submitLabel: "生成申请（PDF）",
    advice: ["附上付款凭证和结清协议或书面确认的复印件。", "结清证明和付款凭证请长期保存。"],
  },
  journey: {
    situations: [{ id: "paid-off", rank: 1, why: "还清后请对方出具结清证明，并把征信更新为结清。" }],
  },
});

export default settlementCertificateRequest;
