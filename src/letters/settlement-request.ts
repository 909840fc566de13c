/**
 * 一次性结清减免申请书 — the borrower offers the lender one payment of less than the total owed, on a date, and
 * asks it to waive the rest (design.md, `settlement-request`; issue 9, point 5).
 *
 * The offer: `settlement.amount` (more than zero, less than the total owed) paid by `settlement.paymentDate`,
 * at least 15 days after the letter so that the lender can answer first (as installment-request's first
 * instalment); the waiver asked is total − lump sum, printed in figures and 大写 with the share paid.
 *
 * The order of things protects the borrower: the letter asks for the lender's WRITTEN confirmation of the
 * settled amount, of the receiving channel and that the rest is waived BEFORE any payment, says the borrower
 * pays only after it, and asks for a 结清证明 and the credit record's settled status afterwards. The next
 * letter is settlement-certificate-request.
 *
 * Legal phrasing (legal-notes.md):
 * - A waiver is a request: the lender 「可以」 agree; nothing claims a reduction is owed.
 * - 《民法典》第五百八十五条 only when the borrower asks for the penalties to be waived first AND there are
 *   penalties, as the ground for asking (as installment-request does).
 * - 《商业银行信用卡业务监督管理办法》第七十条 is about instalments: never cited here, for any lender.
 * - 《银行业保险业消费投诉处理管理办法》 only for banks and consumer-finance companies, "参照" its 15 days.
 * - The offer is 同意履行 (诉讼时效规定 第十四条: 部分履行、制定清偿债务计划): `requestFields` and
 *   `requestChecks` (the limitation-period guard, a reply channel) exactly as the instalment letters.
 */
import { z } from "zod";
import type { FieldError } from "../errors";
import { compareDates, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema, type Fen } from "../text/money";
import { citation, citationApplies, type Citation } from "../text/citations";
import { HARDSHIP_REASON_LABELS, labelList, type Script } from "../text/labels";
import { attachmentsList, borrowerSection, budgetSection, debtSection, hardshipSection, lenderSection, options, repaymentFields, settingsSection } from "../form/sections";
import { commonFields, hardshipSchema, requestFields } from "./common";
import { amountView, buildFileName, frame, letterDate, paragraphs } from "./shared";
import { checkDatesAgainstLetter, fieldError, readDebtTotal, readLetterDate } from "./checks";
import { budgetStatement, requestChecks } from "./request";
import { limitationWarning } from "./limitation";
import { amountFact, citedIds, earliestProposedPayment, letterFacts, replyDeadline, REPLY_DAYS, SENDING_STEPS } from "./facts";
import { CREDIT_HISTORY_NOTE, creditUpdateRequest, lumpSumPaymentSentence, percentage } from "./settlement-rules";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

export const FUNDS_SOURCES = ["savings", "family", "asset-sale", "new-loan"] as const;
export type FundsSource = (typeof FUNDS_SOURCES)[number];

export const settlementSchema = z.strictObject({
  amount: moneySchema.describe("一次性结清金额（元）：须多于零、少于欠款合计 / the lump sum (yuan): more than zero, less than the total owed"),
  paymentDate: dateSchema.describe(
    "一次性付款的日期：至少在信函日期15天以后，对方先书面确认 / the date of the payment: at least 15 days after the letter, so the lender confirms first",
  ),
  waivePenalty: z
    .boolean()
    .optional()
    .describe("请求优先减免罚息、违约金（援引《民法典》第五百八十五条） / ask that the penalties be waived first (cites Civil Code art. 585)"),
  fundsSource: z
    .enum(FUNDS_SOURCES)
    .optional()
    .describe(
      "款项来源：个人积蓄、向亲友筹措、出售个人财产；向其他机构借款不写入信中，只提示风险 / where the money comes from: savings, family, selling property; a new loan is not printed, only warned about",
    ),
});
export type Settlement = z.output<typeof settlementSchema>;

export const settlementRequestSchema = z.strictObject({
  ...commonFields,
  ...requestFields,
  hardship: hardshipSchema,
  settlement: settlementSchema,
});
export type SettlementRequest = z.output<typeof settlementRequestSchema>;

export const TITLE = { "zh-Hans": "一次性结清减免申请书", "zh-Hant": "一次性結清減免申請書" } as const;

/**
 * The checks across fields, run on every body: the lump sum against the total owed, the payment date against
 * the letter date, the other dates not after the letter, the limitation period and a way to reply.
 */
export function settlementChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const total = readDebtTotal(read);
  const amount = read("settlement.amount", moneySchema);
  if (total === 0) errors.push(fieldError("debt.principal", "NOTHING_OWED", "欠款合计为零，无需结清", "the total owed is zero: there is nothing to settle"));
  if (amount === 0)
    errors.push(
      fieldError("settlement.amount", "LUMP_SUM_ZERO", "一次性结清金额须多于零", "the lump sum must be more than zero"),
    );
  else if (amount !== undefined && total !== undefined && total > 0 && amount >= total) {
    const owed = amountView(total, "Hans").figure;
    errors.push(
      fieldError(
        "settlement.amount",
        "LUMP_SUM_NOT_LESS_THAN_TOTAL",
        `一次性结清金额须少于欠款合计${owed}（本金、利息、罚息违约金、费用之和）：全额还清不需要申请减免`,
        `the lump sum must be less than the total owed, ${owed} (principal + interest + penalties + fees): paying it all needs no waiver`,
      ),
    );
  }
  const letter = readLetterDate(read, context);
  const payment = read("settlement.paymentDate", dateSchema);
  const earliest = earliestProposedPayment(letter);
  if (payment && compareDates(payment, earliest) < 0)
    errors.push(
      fieldError(
        "settlement.paymentDate",
        "PAYMENT_DATE_TOO_EARLY",
        `付款日期不能早于${formatChineseDate(earliest)}：信中请对方在收到后15日内书面答复，你应在收到书面确认之后再付款（信函日期为${formatChineseDate(letter)}）`,
        `the payment date cannot be before ${formatIsoDate(earliest)}: the letter gives the lender 15 days to answer, and you should pay only after its written confirmation (the letter is dated ${formatIsoDate(letter)})`,
      ),
    );
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      { path: "debt.overdueSince", relation: "not-after", zh: "逾期开始日期不能晚于信函日期", en: "the overdue date cannot be after the letter date" },
      { path: "debt.lastPaymentDate", relation: "not-after", zh: "最后一次还款日期不能晚于信函日期", en: "the last payment cannot be after the letter date" },
      { path: "debt.lastDemandDate", relation: "not-after", zh: "最后一次收到催收的日期不能晚于信函日期", en: "the last collection demand cannot be after the letter date" },
    ]),
    ...requestChecks(read, context),
  );
  return errors;
}

/** The waiver asks for the penalties first only when the borrower says so and there are penalties. */
export function asksPenaltyWaiver(input: Pick<SettlementRequest, "settlement" | "debt">): boolean {
  return input.settlement.waivePenalty === true && (input.debt.penalty ?? 0) > 0;
}

/** The citations this letter prints; everything else — 信用卡办法 第七十条 included — is absent. */
export function settlementCitations(input: Pick<SettlementRequest, "lender" | "settlement" | "debt">, script: Script) {
  const context = { lenderKind: input.lender.kind };
  return {
    /** 《民法典》第五百八十五条: only with a request to waive the penalties first, and only when there are penalties. */
    penaltyReduction: asksPenaltyWaiver(input) ? citation("civil-code-585", script) : undefined,
    /** 《银行业保险业消费投诉处理管理办法》: banks and consumer-finance companies only. */
    complaintHandling: citationApplies("complaint-measures-2020", context) ? citation("complaint-measures-2020", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

const FUNDS_SENTENCES = {
  savings: { Hans: "上述款项为申请人的个人积蓄。", Hant: "上述款項為申請人的個人積蓄。" },
  family: { Hans: "上述款项系申请人向亲友筹措。", Hant: "上述款項係申請人向親友籌措。" },
  "asset-sale": { Hans: "上述款项系申请人出售个人财产所得。", Hant: "上述款項係申請人出售個人財產所得。" },
} as const satisfies Partial<Record<FundsSource, { Hans: string; Hant: string }>>;

/** LUMP_SUM_SOURCE: a lump sum borrowed elsewhere only moves the debt (and collectors may not push for it). */
function fundsWarning(source: FundsSource | undefined): LetterWarning | undefined {
  if (source !== "new-loan") return undefined;
  return {
    code: "LUMP_SUM_SOURCE",
    path: "settlement.fundsSource",
    message: {
      zh: "结清的钱如果要向其他机构借（网贷、信用卡取现、「债务优化」「过桥」资金），只是把欠款换了个地方，往往利息更高。信中不会写这笔钱的来源。如果钱要靠借，先考虑分期还款申请书。",
      en: "If the lump sum is borrowed from another lender (an online loan, a cash advance, a 'debt optimisation' or bridging loan), the debt only moves, usually at a higher cost. The letter does not mention where the money comes from. If you would have to borrow it, consider the instalment request (installment-request) first.",
    },
  };
}

/** What to do after sending: wait for the written confirmation, pay exactly that, then ask for the certificate. */
function settlementNextSteps(paymentDate: CalendarDate): NextStepFact[] {
  return [
    ...SENDING_STEPS,
    {
      id: "wait-for-written-confirmation",
      text: {
        zh: "在收到对方盖章的书面确认（写明结清金额、付款期限、收款账户，以及付清后其余欠款减免、不再追收）之前，不要付款。电话里答应的不算。",
        en: "Do not pay before the lender's written, stamped confirmation arrives, stating the settled amount, the deadline, the receiving account, and that the rest is waived and not pursued once paid. A promise on the phone is not enough.",
      },
    },
    {
      id: "pay-confirmed-amount",
      text: {
        zh: `收到书面确认后，在确认的期限内（你提出的是${formatChineseDate(paymentDate)}前）按确认的金额分文不差地付款，只付到确认中写明的机构对公账户或机构App内的还款渠道，绝不付到个人账户或催收人员给的账户；保存付款凭证和交易流水号。`,
        en: `Once confirmed, pay exactly the confirmed amount within the confirmed deadline (you proposed ${formatIsoDate(paymentDate)}), only to the institution's own account named in the confirmation or its in-app repayment channel — never to a personal account or one a collector gives you — and keep the receipt and transaction number.`,
      },
    },
    {
      id: "request-settlement-certificate",
      letterType: "settlement-certificate-request",
      text: {
        zh: "付清后，用「结清证明申请」请对方出具结清证明并更新信用记录，附上付款凭证。",
        en: "After paying, send the settlement-certificate request (settlement-certificate-request) with the receipts, asking for the certificate and the credit-record update.",
      },
    },
    { id: "credit-history", text: CREDIT_HISTORY_NOTE },
  ];
}

function build(input: SettlementRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const title = TITLE[input.locale];
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const budget = budgetStatement(input.budget, script === "Hans" ? "申请人" : "申請人", script);
  const base = frame(input, context, { role: "applicant", extraAttachments: budget ? [budget.title] : [] });
  const total: Fen = base.debt.total.fen;
  const lump: Fen = input.settlement.amount;
  const waived: Fen = total - lump;
  const penalty = input.debt.penalty ?? 0;
  const basis = settlementCitations(input, script);
  const paymentDate = input.settlement.paymentDate;
  const source = input.settlement.fundsSource;
  return {
    template: "settlement-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      hardship: {
        reasons: labelList(HARDSHIP_REASON_LABELS, input.hardship.reasons, script),
        details: paragraphs(input.hardship.details),
      },
      settlement: {
        total: base.debt.total,
        lumpSum: amountView(lump, script),
        waived: amountView(waived, script),
        share: percentage(lump, total, script).text,
        paymentDate: formatChineseDate(paymentDate),
        penalty: asksPenaltyWaiver(input) ? amountView(penalty, script) : undefined,
        funds: source && source !== "new-loan" ? FUNDS_SENTENCES[source][script] : undefined,
      },
      creditUpdate: creditUpdateRequest(input.lender.kind, base.you, script),
      repayment: lumpSumPaymentSentence(input.repayment, base.you, script),
      budget,
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${input.lender.name}）` },
    fileName: buildFileName(title, input.borrower.name, input.lender.name),
    facts: letterFacts({
      type: "settlement-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      amounts: {
        total: amountFact(total, script),
        lumpSum: amountFact(lump, script),
        waived: amountFact(waived, script),
        ...(asksPenaltyWaiver(input) ? { penalty: amountFact(penalty, script) } : {}),
        ...(budget ? { disposableIncome: amountFact(Math.max(0, budget.disposableFen), script) } : {}),
      },
      dates: { paymentDate, earliestPaymentDate: earliestProposedPayment(date) },
      deadlines: [replyDeadline(date, REPLY_DAYS, basis.complaintHandling?.id)],
      citations: citedIds(basis),
      warnings: [fundsWarning(source), limitationWarning(input.debt, date)],
      nextSteps: settlementNextSteps(paymentDate),
    }),
  };
}

const FUNDS_FORM_LABELS: Record<FundsSource, string> = {
  savings: "自己的积蓄",
  family: "向家人、亲友筹的钱",
  "asset-sale": "卖掉自己的东西（如车）得的钱",
  "new-loan": "向别的平台或机构借的钱",
};

const settlementRequest = defineLetterType({
  id: "settlement-request",
  order: 40,
  title: TITLE,
  description: {
    zh: "手头能凑出一笔钱、但不够还清全部欠款时使用：向银行或贷款机构提出在某日一次性支付这笔钱，请求减免其余欠款，并请对方在你付款之前书面确认结清金额和减免，付清后出具结清证明、更新征信。对方可以同意，也可以不同意。",
    en: "For when you can raise one sum but not the whole debt: offers the bank or lender a single payment on a date and asks it to waive the rest, to confirm the settled amount and the waiver in writing before you pay, and afterwards to issue a settlement certificate and update your credit record. The lender may agree or refuse.",
  },
  schema: settlementRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "王芳",
      idNumber: "320102198506150022",
      phone: "13611112222",
      address: "江苏省南京市玄武区中山路18号5幢602室",
    },
    lender: { name: "中国工商银行股份有限公司南京分行", kind: "bank-loan", department: "个人金融业务部" },
    account: { product: "个人消费贷款", contractNumber: "GSXD2024320100123" },
    debt: { principal: "60000.00", interest: "4820.36", penalty: "2316.90", fees: "300.00", overdueSince: "2026-03-20" },
    hardship: {
      reasons: ["illness", "income-reduction"],
      details:
        "2026年2月，申请人确诊乳腺癌，先后进行手术和化疗，至今无法正常工作，单位只发放基本生活费。\n申请人的父母愿意拿出养老积蓄帮助申请人一次性了结这笔欠款，这是申请人目前能筹到的全部款项。",
    },
    settlement: { amount: "40000.00", paymentDate: "2026-12-31", waivePenalty: true, fundsSource: "family" },
    repayment: { method: "bank-transfer", account: "中国工商银行储蓄卡（尾号3306）" },
    attachments: ["医院诊断证明及住院病历复印件", "单位出具的收入证明", "申请人身份证复印件"],
  },
  checks: settlementChecks,
  build,
  form: {
    when: "能凑出一笔钱（比如家人帮忙），但不够还清全部欠款：请银行或平台同意你一次付清这笔钱，其余的减免。先拿到对方的书面确认，再付款。",
    sections: [
      borrowerSection(),
      lenderSection("收信机构", "你欠款的银行或平台。"),
      debtSection(true),
      hardshipSection(),
      {
        id: "settlement",
        legend: "结清方案",
        hint: "按你真实能拿出的数额写。机构可以同意，也可以不同意或还价。收到对方的书面确认之前，不要付款。",
        fields: [
          { kind: "money", name: "settlement.amount", label: "一次性能还多少（元）", required: true, hint: "必须少于欠款合计。" },
          { kind: "date", name: "settlement.paymentDate", label: "打算哪天付清", required: true, hint: "至少在信函日期15天以后：对方有15天答复，先拿到书面确认再付。" },
          { kind: "checkbox", name: "settlement.waivePenalty", label: "请求优先减免罚息、违约金" },
          {
            kind: "radio",
            name: "settlement.fundsSource",
            label: "这笔钱从哪里来",
            hint: "可不选。选「向别的平台或机构借」时不会写进信里，只会提醒你风险。",
            options: options(FUNDS_SOURCES, (v) => FUNDS_FORM_LABELS[v]),
          },
          ...repaymentFields(),
        ],
      },
      budgetSection(),
      { id: "attachments", legend: "附件", fields: [attachmentsList()] },
      settingsSection({ limitation: true }),
    ],
    // As the instalment letters: the budget before the sum it should fit.
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "debt", title: "欠哪家，欠多少", sections: ["lender", "debt"] },
      { id: "hardship", title: "为什么还不上", sections: ["hardship", "attachments"] },
      { id: "budget", sections: ["budget"] },
      { id: "settlement", title: "一次还多少，哪天还", sections: ["settlement", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "debt", "hardship", "settlement"],
    submitLabel: "生成申请书（PDF）",
    advice: [
      "附上信中列出的证明材料。",
      "这是一份申请：机构可以同意，也可以不同意或提出别的金额。",
      "收到对方盖章的书面确认之前不要付款；只付到确认中写明的机构账户，不付给任何个人。",
    ],
  },
  journey: {
    situations: [{ id: "settle-once", rank: 1, why: "提出一次性还清的金额和日期，请对方减免其余部分，并先书面确认再付款。" }],
  },
});

export default settlementRequest;
