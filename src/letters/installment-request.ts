/**
 * 个性化分期还款申请书 — the borrower asks the lender to agree to repay the whole debt in monthly instalments
 * (design.md, `installment-request`).
 *
 * The plan: an optional down payment (首付), then `months` instalments from `firstPaymentDate`, the remainder
 * (total − down payment) split evenly with the rounding difference in the LAST instalment (`splitEvenly`), due
 * on the same day of each month, clamped to the month's end (`monthlySchedule`: 1月31日 → 2月28日/29日 → 3月31日).
 *
 * Legal phrasing (legal-notes.md): the letter REQUESTS; the lender may agree (法律用语「可以」).
 * - 《商业银行信用卡业务监督管理办法》第七十条 (个性化分期, at most 5 years) only for bank credit cards; for
 *   every other lender the letter asks for an instalment arrangement by negotiation, citing no rule.
 * - 《民法典》第五百八十五条 only when the borrower asks for penalties to be waived: cited as the ground for
 *   ASKING (a court may reduce 违约金 that is 过分高于造成的损失), never as a right to a waiver.
 * - 《银行业保险业消费投诉处理管理办法》 only for banks and consumer-finance companies, and only "by reference"
 *   (参照) to its 15-day decision period when asking for a written reply: a repayment request is not
 *   necessarily a 消费投诉, so the letter does not claim the measures bind the lender to answer it.
 * - Bank credit cards: the title is 个性化分期还款申请书 and the letter carries what 第七十条 and the banks' own
 *   协商还款 forms contain — no new cards until the debt is settled, collection by the bank and its agents
 *   stops once the agreement is signed, the agreement may end if the borrower defaults. Other lenders:
 *   分期还款申请书.
 * - The request is 同意履行: the limitation-period guard applies (./limitation.ts).
 * - No instalment falls due before the lender could answer: the first is at least 15 days after the letter.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { compareDates, dateSchema, formatChineseDate, formatIsoDate, monthlySchedule, type CalendarDate } from "../text/dates";
import { moneySchema, splitEvenly, type Fen } from "../text/money";
import { citation, citationApplies, type Citation } from "../text/citations";
import { HARDSHIP_REASON_LABELS, labelList, type Script } from "../text/labels";
import { borrowerSection, debtSection, hardshipSection, lenderSection, repaymentFields, requestLetterSections, REQUEST_ADVICE } from "../form/sections";
import { commonFields, hardshipSchema, requestFields } from "./common";
import { amountView, buildFileName, frame, letterDate, paragraphs, type AmountView } from "./shared";
import { checkDebtDates, fieldError, readDebtTotal, readLetterDate, YES } from "./checks";
import { budgetStatement, repaymentSentence, requestChecks } from "./request";
import { overBudgetWarning } from "./budget";
import { limitationWarning } from "./limitation";
import { amountFact, citedIds, earliestProposedPayment, letterFacts, replyDeadline, REPLY_DAYS } from "./facts";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext } from "./types";

/** 《商业银行信用卡业务监督管理办法》第七十条 and the 2022 notice: instalments at most 5 years. */
export const MAX_MONTHS = 60;
export const MIN_MONTHS = 2;

/**
 * At most 60 monthly instalments, for every lender: 个性化分期 under 信用卡办法 第七十条 lasts at most 5 years, and
 * other lenders' plans are asked for within the same bound. The maximum is checked in `installmentChecks`, where
 * the lender kind is known, so that only a card letter's error cites 第七十条.
 */
const monthsSchema = z
  .number()
  .int()
  .min(MIN_MONTHS)
  .meta({ maximum: MAX_MONTHS, description: "分期期数（2至60期） / number of monthly instalments, 2 to 60" });

export const installmentPlanSchema = z.strictObject({
  months: monthsSchema,
  firstPaymentDate: dateSchema.describe("第1期还款日 / first instalment date"),
  downPayment: moneySchema.optional().describe("首付款（元），须少于欠款合计 / down payment, less than the total owed"),
  freezeInterest: z.boolean().optional().describe("申请停息 / ask for interest to stop"),
  waivePenalty: z.boolean().optional().describe("申请减免罚息、违约金 / ask for penalties to be waived"),
});
export type InstallmentPlan = z.output<typeof installmentPlanSchema>;

export const installmentRequestSchema = z.strictObject({
  ...commonFields,
  ...requestFields,
  hardship: hardshipSchema,
  plan: installmentPlanSchema,
});

export type InstallmentRequest = z.output<typeof installmentRequestSchema>;

export interface ScheduleRow {
  /** "首付" or "第1期" … */
  period: string;
  /** "2027年1月15日", or "协议达成后" for the down payment. */
  date: string;
  /** "3,752.87" (the table's header says 元). */
  amount: string;
  /** What is still owed after this payment: "41,281.69". */
  remaining: string;
}

export interface InstallmentSchedule {
  downPayment?: AmountView;
  /** total − down payment: what the instalments pay. */
  remainder: AmountView;
  /** Each instalment in fen, the rounding difference in the last one. */
  instalments: Fen[];
  dates: CalendarDate[];
  rows: ScheduleRow[];
}

const WORDS = {
  downPayment: { Hans: "首付", Hant: "首付" },
  onAgreement: { Hans: "协议达成后", Hant: "協議達成後" },
} as const;

/**
 * The whole schedule: the down payment row (if any), then `months` instalments with their due dates and what
 * remains owed after each. Pure: the same numbers in the letter, the table and the tests.
 */
export function installmentSchedule(totalFen: Fen, plan: Pick<InstallmentPlan, "months" | "firstPaymentDate" | "downPayment">, script: Script): InstallmentSchedule {
  const down = plan.downPayment ?? 0;
  const remainderFen = totalFen - down;
  const instalments = splitEvenly(remainderFen, plan.months);
  const dates = monthlySchedule(plan.firstPaymentDate, plan.months);
  const rows: ScheduleRow[] = [];
  let remaining = totalFen;
  if (down > 0) {
    remaining -= down;
    rows.push({ period: WORDS.downPayment[script], date: WORDS.onAgreement[script], amount: amountView(down, script).plain, remaining: amountView(remaining, script).plain });
  }
  instalments.forEach((fen, i) => {
    remaining -= fen;
    rows.push({
      period: `第${i + 1}期`,
      date: formatChineseDate(dates[i]),
      amount: amountView(fen, script).plain,
      remaining: amountView(remaining, script).plain,
    });
  });
  return {
    downPayment: down > 0 ? amountView(down, script) : undefined,
    remainder: amountView(remainderFen, script),
    instalments,
    dates,
    rows,
  };
}

/** 个性化分期 is the term of 信用卡办法 第七十条: bank credit cards only. */
export const TITLE = { "zh-Hans": "个性化分期还款申请书", "zh-Hant": "個性化分期還款申請書" } as const;
export const TITLE_OTHER_LENDERS = { "zh-Hans": "分期还款申请书", "zh-Hant": "分期還款申請書" } as const;

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const MONTHS = z.number().int().min(MIN_MONTHS).max(MAX_MONTHS);
const ANY_MONTHS = z.number().int();
const CREDIT_CARD = z.literal("bank-credit-card");

/**
 * The checks across fields, run on every body: the total, the down payment and the instalments against each
 * other; the dates against the letter date; the limitation period; a way to reply.
 */
export function installmentChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const total = readDebtTotal(read);
  const down = read("plan.downPayment", moneySchema) ?? 0;
  const months = read("plan.months", MONTHS);
  if (total === 0)
    errors.push(fieldError("debt.principal", "NOTHING_OWED", "欠款合计为零，无需分期", "the total owed is zero: there is nothing to pay in instalments"));
  else if (total !== undefined && down >= total)
    errors.push(
      fieldError(
        "plan.downPayment",
        "DOWN_PAYMENT_TOO_LARGE",
        "首付款须少于欠款合计（本金、利息、罚息违约金、费用之和）",
        "the down payment must be less than the total owed (principal + interest + penalties + fees)",
      ),
    );
  else if (total !== undefined && months !== undefined && total - down < months)
    errors.push(fieldError("plan.months", "INSTALMENT_TOO_SMALL", "每期还款金额不能少于0.01元：请减少期数", "each instalment must be at least 0.01 yuan: use fewer months"));
  else if (total !== undefined && read("plan.waivePenalty", YES)) {
    // The letter also sets out the plan if the penalties are waived: the same down payment, the rest of the
    // reduced total in the same months. That plan must exist too.
    const reduced = total - (read("debt.penalty", moneySchema) ?? 0);
    if (down >= reduced)
      errors.push(
        fieldError(
          "plan.downPayment",
          "DOWN_PAYMENT_COVERS_REDUCED_TOTAL",
          "请求减免罚息、违约金时，首付款须少于减免后的欠款合计（本金、利息、费用之和）：信中写明减免后首付款不变、其余仍分期偿还。首付款已够结清减免后的欠款的，请减少首付款，或改用一次性结清减免申请书",
          "when asking to waive the penalties, the down payment must be less than the total without them (principal + interest + fees): the letter keeps the down payment and spreads the rest. If the down payment would settle that total, lower it or use the settlement request instead",
        ),
      );
    else if (months !== undefined && reduced - down < months)
      errors.push(
        fieldError(
          "plan.months",
          "INSTALMENT_TOO_SMALL",
          "减免罚息、违约金后每期还款金额不能少于0.01元：请减少期数",
          "with the penalties waived, each instalment must be at least 0.01 yuan: use fewer months",
        ),
      );
  }
  const requested = read("plan.months", ANY_MONTHS);
  if (requested !== undefined && requested > MAX_MONTHS)
    errors.push(
      read("lender.kind", CREDIT_CARD)
        ? fieldError(
            "plan.months",
            "TOO_MANY_MONTHS",
            `分期期数最多为${MAX_MONTHS}期：信用卡个性化分期的期限最长不超过5年（《商业银行信用卡业务监督管理办法》第七十条）`,
            `at most ${MAX_MONTHS} monthly instalments: a personalised credit-card instalment plan may last at most 5 years`,
          )
        : fieldError("plan.months", "TOO_MANY_MONTHS", `分期期数最多为${MAX_MONTHS}期（5年）`, `at most ${MAX_MONTHS} monthly instalments (5 years)`),
    );
  const letter = readLetterDate(read, context);
  const first = read("plan.firstPaymentDate", dateSchema);
  const earliest = earliestProposedPayment(letter);
  if (first && compareDates(first, earliest) < 0)
    errors.push(
      fieldError(
        "plan.firstPaymentDate",
        "FIRST_PAYMENT_TOO_EARLY",
        `第1期还款日不能早于${formatChineseDate(earliest)}：信中请对方在收到后15日内答复，第1期应在对方能答复之后（信函日期为${formatChineseDate(letter)}）`,
        `the first instalment cannot be before ${formatIsoDate(earliest)}: the letter gives the lender 15 days to answer, so the first instalment must come after that (the letter is dated ${formatIsoDate(letter)})`,
      ),
    );
  errors.push(
    ...checkDebtDates(read, context),
    ...requestChecks(read, context),
  );
  return errors;
}

/** The citations this letter prints, by what it asks and who the lender is; everything else is absent. */
export function installmentCitations(input: Pick<InstallmentRequest, "lender" | "plan" | "debt">, script: Script) {
  const context = { lenderKind: input.lender.kind };
  return {
    /** 《商业银行信用卡业务监督管理办法》第七十条: bank credit cards only. */
    personalisedInstalments: citationApplies("credit-card-measures-70", context) ? citation("credit-card-measures-70", script) : undefined,
    /** 《民法典》第五百八十五条: only with a request to waive penalties, and only when there are penalties to waive. */
    penaltyReduction: asksPenaltyWaiver(input) ? citation("civil-code-585", script) : undefined,
    /** 《银行业保险业消费投诉处理管理办法》: banks and consumer-finance companies only. */
    complaintHandling: citationApplies("complaint-measures-2020", context) ? citation("complaint-measures-2020", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

/** A waiver is asked only when the borrower asks for it and the debt has penalties to waive. */
export function asksPenaltyWaiver(input: Pick<InstallmentRequest, "plan" | "debt">): boolean {
  return input.plan.waivePenalty === true && (input.debt.penalty ?? 0) > 0;
}

/** The instalments of a schedule: the monthly amount, the last one, and whether they differ. */
function instalmentAmounts(schedule: InstallmentSchedule, script: Script) {
  const first = schedule.instalments[0];
  const last = schedule.instalments[schedule.instalments.length - 1];
  return { monthly: amountView(first, script), last: amountView(last, script), lastDiffers: last !== first };
}

function build(input: InstallmentRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const creditCard = input.lender.kind === "bank-credit-card";
  const title = (creditCard ? TITLE : TITLE_OTHER_LENDERS)[input.locale];
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const role = script === "Hans" ? "申请人" : "申請人";
  const budget = budgetStatement(input.budget, role, script);
  const base = frame(input, context, { role: "applicant", extraAttachments: budget ? [budget.title] : [] });
  const schedule = installmentSchedule(base.debt.total.fen, input.plan, script);
  const amounts = instalmentAmounts(schedule, script);
  const dueDay = input.plan.firstPaymentDate.day;
  const penalty = input.debt.penalty ?? 0;
  const waiver = asksPenaltyWaiver(input);
  // What the plan becomes if the lender agrees to waive the penalties: the same dates and down payment, the
  // reduced remainder spread the same way (issue 8, point 6).
  const reducedSchedule = waiver ? installmentSchedule(base.debt.total.fen - penalty, input.plan, script) : undefined;
  const basis = installmentCitations(input, script);
  const budgetWarning = overBudgetWarning(
    budget,
    Math.max(...schedule.instalments),
    { zh: "每期还款", en: "The monthly instalment" },
    "plan.months",
  );
  return {
    template: "installment-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      creditCard,
      hardship: {
        reasons: labelList(HARDSHIP_REASON_LABELS, input.hardship.reasons, script),
        details: paragraphs(input.hardship.details),
      },
      plan: {
        months: input.plan.months,
        /** The instalment before the last: "第11期" reads better than computing in the template. */
        monthsBeforeLast: input.plan.months - 1,
        firstDate: formatChineseDate(schedule.dates[0]),
        lastDate: formatChineseDate(schedule.dates[schedule.dates.length - 1]),
        dueDay,
        /** The 29th–31st do not exist in every month: the letter says such months use their last day. */
        dueDayClamped: dueDay > 28,
        downPayment: schedule.downPayment,
        remainder: schedule.remainder,
        ...amounts,
        rows: schedule.rows,
        total: base.debt.total,
        freezeInterest: input.plan.freezeInterest === true,
        waivePenalty: waiver,
        penalty: penalty > 0 ? amountView(penalty, script) : undefined,
        reduced: reducedSchedule
          ? { total: amountView(base.debt.total.fen - penalty, script), remainder: reducedSchedule.remainder, ...instalmentAmounts(reducedSchedule, script) }
          : undefined,
      },
      repayment: repaymentSentence(input.repayment, script),
      budget,
      basis,
    },
    meta: {
      title,
      author: input.borrower.name,
      subject: `${title}（${input.lender.name}）`,
    },
    fileName: buildFileName(title, input.borrower.name, input.lender.name),
    facts: letterFacts({
      type: "installment-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      amounts: {
        total: amountFact(base.debt.total.fen, script),
        ...(schedule.downPayment ? { downPayment: amountFact(schedule.downPayment.fen, script) } : {}),
        monthly: amountFact(amounts.monthly.fen, script),
        lastInstalment: amountFact(amounts.last.fen, script),
        ...(reducedSchedule ? { totalIfPenaltyWaived: amountFact(base.debt.total.fen - penalty, script) } : {}),
        ...(budget ? { disposableIncome: amountFact(Math.max(0, budget.disposableFen), script) } : {}),
      },
      schedule: scheduleFacts(base.debt.total.fen, schedule, script),
      dates: { firstPaymentDate: schedule.dates[0], lastPaymentDate: schedule.dates.at(-1) },
      deadlines: [replyDeadline(date, REPLY_DAYS, basis.complaintHandling?.id)],
      citations: citedIds(basis),
      warnings: [budgetWarning, limitationWarning(input.debt, date)],
    }),
  };
}

/** The schedule as data: each payment with what remains after it, in fen and 大写. */
function scheduleFacts(totalFen: Fen, schedule: InstallmentSchedule, script: Script) {
  const rows: { period: string; date?: string; amount: ReturnType<typeof amountFact>; remaining: ReturnType<typeof amountFact> }[] = [];
  let remaining = totalFen;
  if (schedule.downPayment) {
    remaining -= schedule.downPayment.fen;
    rows.push({ period: "down-payment", amount: amountFact(schedule.downPayment.fen, script), remaining: amountFact(remaining, script) });
  }
  schedule.instalments.forEach((fen, i) => {
    remaining -= fen;
    rows.push({ period: String(i + 1), date: formatIsoDate(schedule.dates[i]), amount: amountFact(fen, script), remaining: amountFact(remaining, script) });
  });
  return rows;
}

const installmentRequest = defineLetterType({
  id: "installment-request",
  order: 10,
  title: TITLE,
  description: {
    zh: "无力按原约定还款、但愿意分期还清时使用：向银行或贷款机构列明欠款和困难，提出首付和按月分期方案（最长60期），可一并申请停息、减免罚息。对方可以同意，也可以不同意。",
    en: "For when you cannot repay as agreed but want to pay it all off over time: tells the bank or lender what you owe and why, and proposes a down payment and monthly instalments (up to 60), optionally asking for interest to stop and penalties to be waived. The lender may agree or refuse.",
  },
  schema: installmentRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "张三",
      idNumber: "11010519491231002X",
      phone: "13812345678",
      address: "北京市朝阳区建国路88号3单元501室",
    },
    lender: { name: "招商银行信用卡中心", kind: "bank-credit-card", department: "客户服务部" },
    account: { product: "招商银行信用卡", accountNumber: "6225 8801 2345 1234" },
    debt: { principal: "45000.00", interest: "3000.00", penalty: "1504.56", fees: "530.00", overdueSince: "2026-06-10" },
    hardship: {
      reasons: ["unemployment", "illness"],
      details:
        "2026年4月，申请人所在公司裁员，申请人失去工作，至今未找到稳定工作。\n2026年7月，申请人母亲住院治疗，医疗费用由申请人承担，家庭开支大幅增加。",
    },
    plan: { months: 12, firstPaymentDate: "2026-12-15", downPayment: "5000.00", freezeInterest: true, waivePenalty: true },
    repayment: { method: "bank-transfer", account: "招商银行储蓄卡（尾号5678）" },
    budget: {
      income: [
        { label: "兼职或其他收入", amount: "5200" },
        { label: "家人资助", amount: "2000" },
      ],
      expenses: [
        { label: "房租或房贷", amount: "1800" },
        { label: "伙食", amount: "1000" },
        { label: "交通", amount: "200" },
        { label: "医疗", amount: "400" },
      ],
    },
    attachments: ["解除劳动合同证明复印件", "母亲住院病历及费用清单复印件", "申请人身份证复印件"],
  },
  checks: installmentChecks,
  build,
  form: {
    when: "欠款太多、每月还不上，但愿意还：想和银行或平台商量，把欠款分成多期慢慢还（信用卡最长60期）。",
    sections: [
      borrowerSection(),
      lenderSection("收信机构", "你欠款的银行或平台。"),
      debtSection(true),
      hardshipSection(),
      {
        id: "plan",
        legend: "还款方案",
        hint: "按你真实能还的数额写。机构可以同意，也可以不同意或提出别的方案。",
        fields: [
          { kind: "integer", name: "plan.months", label: "分几期（月）", required: true, hint: "2到60之间的整数（信用卡最长60期）。" },
          { kind: "date", name: "plan.firstPaymentDate", label: "第一期还款日期", required: true, hint: "至少在信函日期15天以后：对方有15天答复。" },
          { kind: "money", name: "plan.downPayment", label: "首付金额（元）", hint: "先还的一笔钱。可不填。" },
          { kind: "checkbox", name: "plan.freezeInterest", label: "请求分期期间停止计息（停息）" },
          { kind: "checkbox", name: "plan.waivePenalty", label: "请求减免罚息、违约金" },
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
      { id: "plan", title: "打算怎么还", sections: ["plan", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "debt", "hardship", "plan"],
    submitLabel: "生成申请书（PDF）",
    advice: REQUEST_ADVICE,
  },
  journey: {
    situations: [
      { id: "cannot-pay", rank: 1, why: "每月还不上、但愿意还：请机构同意把欠款分成多期，按你每月真能拿出的数额还。" },
      { id: "no-income-now", rank: 2, why: "等收入恢复、每月能还一部分时，再用它申请分期。" },
    ],
  },
});

export default installmentRequest;
