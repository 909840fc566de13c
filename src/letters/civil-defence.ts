/**
 * 民事答辩状 — the borrower's written defence to a lender's (or a debt buyer's) suit (issue 10; legal-notes.md,
 * "When the borrower is sued"). Filed within 15 days of receiving the complaint (《民事诉讼法》第一百二十八条):
 * the answer period is computed in the facts (./court-deadlines.ts) and printed nowhere in the document.
 *
 * The layout is the court's: title, the parties (答辩人 with the particulars of 第一百二十八条, then 被答辩人
 * and any third parties), the opening 「因被答辩人××诉答辩人××纠纷一案，答辩人提出答辩意见如下：」, the defences
 * numbered 一、二、…, 综上所述, 此致 / ××人民法院, the signature and date at the right, then 附 (one copy for each
 * opposing party) and the evidence list.
 *
 * The defences are the borrower's choice, each set out with its facts and basis, always in this order — the
 * order a judge examines a claim:
 *   1. `unnotified-assignment` — standing: the plaintiff bought the debt and gave no notice (《民法典》第五百四十六条,
 *      《合同编通则解释》第四十八条; 第五百四十八条: the defences against the seller carry over);
 *   2. `amount-not-proven` — the existence and amount of the claim: the plaintiff is asked to prove principal,
 *      interest, penalties and fees period by period (a request to the court: the burden of proof is not in
 *      legal-notes.md, so no rule is cited);
 *   3. `limitation` — the time bar (第一百八十八条, 第一百八十九条 for instalments, 第一百九十五条, 第一百九十二条,
 *      第一百九十三条; 《诉讼时效规定》第十七条 for an unnotified sale), stated only when the borrower's dates support
 *      it (./court-limitation.ts), otherwise a 422 naming the date that defeats it;
 *   4. `charges-above-contract` — interest and fees above the contract or the disclosed annualised cost
 *      (《个人贷款业务明示综合融资成本规定》 by name, only for a licensed lender's loan made on or after
 *      2026-08-01, when it took effect); never 4× LPR, never a 24%/36% cap;
 *   5. `excessive-penalty` — the penalty reduced on request (第五百八十五条; 《合同编通则解释》第六十四条、第六十五条);
 *   6. `hardship-mediation` — hardship and willingness to settle in court-led mediation, with an optional
 *      proposal whose schedule is the installment letter's (`installmentSchedule`); it is stated to admit
 *      nothing. A payment proposal is 同意履行 and would give up a time bar, so it cannot go with `limitation`.
 *
 * Voice: the document admits nothing the borrower does not state — 原告主张的…, never 尚欠; it asks (请求贵院…),
 * promises no outcome, and never tells the borrower not to attend or not to answer.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { compareDates, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema, parseMoney } from "../text/money";
import { CITATIONS, citationApplies, type CitationId } from "../text/citations";
import { HARDSHIP_REASON_LABELS, labelList, scriptOf, type Labels, type Script } from "../text/labels";
import { accountSchema, borrowerSchema, hardshipSchema, HARDSHIP_REASONS, LENDER_KINDS } from "./common";
import { paragraphsText } from "./text-fields";
import { accountView, amountView, buildFileName, letterDate, paragraphs, type AmountView } from "./shared";
import { ANY, fieldError, readDebtTotal, readLetterDate, STRING } from "./checks";
import { amountFact, letterFacts } from "./facts";
import { installmentSchedule, type InstallmentPlan } from "./installment-request";
import { assessLimitation, LIMITATION_EVENTS, limitationRefusal, type LimitationEvent, type LimitationOutcome } from "./court-limitation";
import {
  answerPeriodDeadline,
  caseDates,
  caseSchema,
  copiesCount,
  COURT_TEMPLATE_WARNING,
  courtFooterNote,
  courtNextSteps,
  courtPartyChecks,
  courtSignature,
  CourtCitations,
  defendantSchema,
  defendantView,
  disputeName,
  DISPUTE_FORM_LABELS,
  DISPUTES,
  evidenceSchema,
  internetCourtNote,
  opposingParties,
  originalCreditorSchema,
  OTHER_PARTY_ROLES,
  otherPartiesSchema,
  periodPassedWarning,
  plaintiffNames,
  plaintiffSchema,
  SEXES,
} from "./court-documents";
import { evidenceList, options, settingsSection } from "../form/sections";
import type { Section, StepDeclaration } from "../form/fields";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

// ---------------------------------------------------------------------------------------------------------
// The body

/** The defences, in the order the document sets them out (see the module comment). */
export const DEFENCES = ["unnotified-assignment", "amount-not-proven", "limitation", "charges-above-contract", "excessive-penalty", "hardship-mediation"] as const;
export type Defence = (typeof DEFENCES)[number];

const DEFENCE_FORM_LABELS: Record<Defence, string> = {
  "unnotified-assignment": "原告是买了这笔债的公司，起诉前从没有人通知过我债权转让了",
  "amount-not-proven": "对原告主张的金额有异议：请原告逐期拿出本金、利息、罚息和费用的证据",
  limitation: "已过诉讼时效：最后一期到期、最后一次还款、最后一次被催收和最后一次答应还款，都在原告起诉的三年以前",
  "charges-above-contract": "原告算的利息、费用比合同约定（或借款时页面上写明的年化利率）高",
  "excessive-penalty": "罚息、违约金太高，请求法院减少",
  "hardship-mediation": "我确有困难，愿意在法院主持下调解（可以提出还款方案）",
};

/** A percentage with at most two decimals, 0 < r ≤ 100, as a number or a string ("18.25", "18.25%"), held in hundredths. */
export const rateSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx): number => {
    const text = typeof value === "string" ? value.trim().replace(/\s*[%％]$/, "") : value;
    const hundredths = parseMoney(text);
    if (hundredths === null || hundredths === 0 || hundredths > 10_000) {
      ctx.addIssue({
        code: "custom",
        input: value,
        ...bilingual("INVALID_RATE", "年化利率填百分数的数字，最多两位小数，大于0、不超过100，如 18.25", "an annual rate in percent, at most two decimals, above 0 and at most 100, e.g. 18.25"),
      });
      return z.NEVER;
    }
    return hundredths;
  })
  .meta({ description: "年化利率（%），如 18.25 / annual rate in percent, e.g. 18.25", examples: ["18.25"] });

/** "18.25%", "18%", "7.2%". */
export function formatRate(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return `${whole}%`;
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}%`;
}

const claimSchema = z
  .strictObject({
    principal: moneySchema.describe("原告主张的本金（元） / the principal the plaintiff claims"),
    interest: moneySchema.optional().describe("原告主张的利息（元） / interest claimed"),
    penalty: moneySchema.optional().describe("原告主张的罚息、违约金（元） / penalty interest and default charges claimed"),
    fees: moneySchema.optional().describe("原告主张的其他费用（元） / other fees claimed"),
  })
  .describe("原告在起诉状中主张的金额（照起诉状的诉讼请求填写；答辩状只写「原告主张」，不承认） / the amounts the plaintiff claims in the complaint (the defence says 原告主张, it admits nothing)");

const statementText = (what: string) => paragraphsText(1500).optional().describe(`${what}：用「答辩人」称呼自己，按原样打印 / in the borrower's own words, printed as typed`);

const statementsSchema = z
  .strictObject({
    assignment: statementText("关于债权转让的补充事实"),
    amount: statementText("关于金额的补充事实，如已还款项未被扣除"),
    limitation: statementText("关于诉讼时效的补充事实"),
    charges: statementText("关于利息、费用的补充事实"),
    penalty: statementText("关于罚息、违约金的补充事实"),
  })
  .describe("各项答辩意见的补充事实 / the borrower's own facts for each defence");

const limitationSchema = z
  .strictObject({
    lastDueDate: dateSchema.optional().describe("最后一期还款的到期日（不分期的，为约定的还款日）；诉讼时效抗辩必填 / due date of the last instalment (or of the debt); required for the time-bar defence"),
    instalments: z.boolean().optional().describe("这笔债是分期还款的（《民法典》第一百八十九条） / the debt is payable in instalments"),
    lastPaymentDate: dateSchema.optional().describe("最后一次还款的日期 / the last payment"),
    lastDemandDate: dateSchema.optional().describe("最后一次收到催收（电话、短信、信函）的日期 / the last demand received (call, SMS, letter)"),
    acknowledgedOn: dateSchema.optional().describe("最后一次答应还款（申请分期、延期、承诺还款）的日期 / the last agreement to pay (instalment or deferral request, promise)"),
    transferNoticeDate: dateSchema.optional().describe("收到债权转让通知的日期（如收到过） / the day a transfer notice reached the borrower, if one did"),
  })
  .describe("诉讼时效的日期：请如实填写，漏填会让抗辩不成立 / the limitation dates: give them truthfully, a missing one can defeat the defence");

const chargesSchema = z
  .strictObject({
    disclosedAnnualRate: rateSchema.optional().describe("借款时合同或页面写明的年化利率或年化综合融资成本（%） / the annual rate or total cost disclosed when borrowing (%)"),
    loanDate: dateSchema.optional().describe("借款日期 / the day the loan was made"),
  })
  .describe("利息和费用 / interest and fees");

export const MAX_PROPOSAL_MONTHS = 60;

const proposalSchema = z
  .strictObject({
    total: moneySchema.describe("答辩人愿意支付的总额（元），你自己提出的数额 / the total the borrower offers to pay (their own figure)"),
    months: z.number().int().min(1).max(MAX_PROPOSAL_MONTHS).describe("分几期按月支付（1为一次付清，最多60期） / monthly instalments, 1 for a single payment, at most 60"),
    firstPaymentDate: dateSchema.describe("第一期（或一次付清）的日期 / first (or only) payment date"),
    downPayment: moneySchema.optional().describe("调解协议达成后先付的首付款（元） / a down payment on agreement"),
  })
  .describe("调解时提出的还款方案（不构成对原告主张的认可） / the repayment proposal for mediation (admits nothing)");

export const civilDefenceSchema = z.strictObject({
  locale: z.enum(["zh-Hans", "zh-Hant"]).default("zh-Hans").describe("zh-Hans 简体 (default) | zh-Hant 繁體"),
  date: dateSchema.optional().describe("答辩状日期，默认为北京时间今天 / the document's date, default today in Asia/Shanghai"),
  case: caseSchema,
  borrower: borrowerSchema.describe("答辩人（被告）：姓名、身份证号码、住所（address）、联系电话 / the defendant: name, ID number, domicile (address), phone"),
  defendant: defendantSchema,
  plaintiff: plaintiffSchema,
  otherParties: otherPartiesSchema,
  lender: originalCreditorSchema,
  account: accountSchema.optional(),
  claim: claimSchema.optional(),
  defences: z
    .array(z.enum(DEFENCES))
    .min(1, bilingual("REQUIRED", "请至少选择一项答辩意见", "choose at least one defence"))
    .max(DEFENCES.length)
    .describe("答辩意见（可多选，按固定顺序写入） / the defences (any of them; printed in a fixed order)"),
  statements: statementsSchema.optional(),
  limitation: limitationSchema.optional(),
  charges: chargesSchema.optional(),
  hardship: hardshipSchema.optional().describe("困难情况（选择「困难与调解」时必填） / the hardship (required with hardship-mediation)"),
  mediation: proposalSchema.optional(),
  evidence: evidenceSchema,
});
export type CivilDefence = z.output<typeof civilDefenceSchema>;

// ---------------------------------------------------------------------------------------------------------
// Checks

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const MEDIATION_MONTHS = z.number().int().min(1).max(MAX_PROPOSAL_MONTHS);

const DEFENCES_READ = z.array(z.enum(DEFENCES));

/** The limitation events the body gives, read one by one (for checks on a body that may be invalid elsewhere). */
function readLimitationEvents(read: BodyReader): LimitationEvent[] {
  return LIMITATION_EVENTS.flatMap(({ kind, path }) => {
    const date = read(path, dateSchema);
    return date ? [{ kind, path, date }] : [];
  });
}

/**
 * The lenders whose personal loans the cost-disclosure rules cover: licensed lenders of 个人贷款. A credit card's
 * overdraft is not a 个人贷款 in the rules' sense, and "other" is not a licensed lender.
 */
const COST_DISCLOSURE_LENDERS: readonly string[] = ["bank-loan", "consumer-finance", "microloan"];
/** 《个人贷款业务明示综合融资成本规定》 took effect on 2026-08-01 (legal-notes.md). */
export const COST_DISCLOSURE_IN_FORCE: CalendarDate = { year: 2026, month: 8, day: 1 };

export function civilDefenceChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors = courtPartyChecks(read, context);
  const letter = readLetterDate(read, context);
  const defences = new Set(read("defences", DEFENCES_READ) ?? []);

  for (const { path, zh, en } of [
    ...LIMITATION_EVENTS,
    { path: "limitation.lastDueDate", zh: "最后一期到期日", en: "the last due date" },
    { path: "charges.loanDate", zh: "借款日期", en: "the loan date" },
  ]) {
    const date = read(path, dateSchema);
    if (date && path !== "limitation.lastDueDate" && compareDates(date, letter) > 0)
      errors.push(fieldError(path, "INVALID_DATE_ORDER", `${zh}不能晚于答辩状日期`, `${en} cannot be after the document's date`));
  }

  // 1. The sale of the debt.
  const plaintiff = read("plaintiff.name", STRING);
  const lender = read("lender.name", STRING);
  if (defences.has("unnotified-assignment")) {
    if (plaintiff && lender && plaintiff === lender)
      errors.push(
        fieldError(
          "lender.name",
          "NOT_AN_ASSIGNMENT",
          "选择了「债权转让未通知」，但原告和原债权机构是同一家：请在「原债权机构」填写当初放款的银行或平台，或取消这一项",
          "the unnotified-assignment defence needs a plaintiff other than the original lender: name the lender that made the loan, or untick it",
        ),
      );
    if (read("limitation.transferNoticeDate", dateSchema))
      errors.push(
        fieldError(
          "defences",
          "ASSIGNMENT_NOTICE_RECEIVED",
          "你填写了收到债权转让通知的日期，就不能再说没有收到通知：请取消「债权转让未通知」，或核对日期",
          "you gave the date a transfer notice reached you, so the defence that no notice was given cannot stand: untick it or check the date",
        ),
      );
  }

  // 3. The time bar: only on the dates given, and only when they support it.
  if (defences.has("limitation")) {
    const lastDue = read("limitation.lastDueDate", dateSchema);
    const filed = read("case.filedOn", dateSchema);
    if (!lastDue && read("limitation.lastDueDate", ANY) === undefined)
      errors.push(
        fieldError(
          "limitation.lastDueDate",
          "REQUIRED",
          "提出诉讼时效抗辩，须填写最后一期还款的到期日（不分期的填约定的还款日）：三年从这一天起算",
          "the time-bar defence needs the due date of the last instalment (or of the debt): the three years run from it",
        ),
      );
    if (!filed && read("case.filedOn", ANY) === undefined)
      errors.push(
        fieldError(
          "case.filedOn",
          "REQUIRED",
          "提出诉讼时效抗辩，须填写原告起诉的日期（起诉状末尾的日期或法院立案的日期，不确定时填较早的）：是否超过三年以起诉之日为准",
          "the time-bar defence needs the day the suit was filed (the complaint's date or the filing date, the earlier if unsure): the three years are counted to it",
        ),
      );
    if (lastDue && filed) {
      const outcome = assessLimitation({ lastDueDate: lastDue, events: readLimitationEvents(read), filedOn: filed });
      if (!outcome.supported) {
        const message = limitationRefusal(outcome, filed);
        errors.push(fieldError(outcome.path, "LIMITATION_NOT_SUPPORTED", message.zh, message.en));
      }
    }
    if (read("mediation", ANY) !== undefined && defences.has("hardship-mediation"))
      errors.push(
        fieldError(
          "mediation",
          "PROPOSAL_DEFEATS_LIMITATION",
          "同时提出诉讼时效抗辩和还款方案是矛盾的：提出还款方案就是「同意履行」，会让你失去时效抗辩（《民法典》第一百九十二条、《诉讼时效规定》第十九条）。请删去还款方案（可以只表示愿意调解），或取消诉讼时效抗辩",
          "a time-bar defence and a repayment proposal contradict each other: proposing to pay agrees to perform and gives up the defence (Civil Code art. 192; Limitation Provisions art. 19). Drop the proposal (you may still say you are willing to mediate) or the time-bar defence",
        ),
      );
  }

  // 5. The penalty: there must be one to reduce.
  if (defences.has("excessive-penalty") && read("claim.penalty", moneySchema) === 0)
    errors.push(
      fieldError(
        "claim.penalty",
        "NO_PENALTY_CLAIMED",
        "原告主张的罚息、违约金为0，没有可以请求减少的：请取消「罚息、违约金过高」，或照起诉状填写金额",
        "the plaintiff claims no penalty: untick the excessive-penalty defence, or give the amount the complaint claims",
      ),
    );

  // 6. Hardship and the proposal.
  if (defences.has("hardship-mediation") && read("hardship", ANY) === undefined)
    errors.push(fieldError("hardship.reasons", "REQUIRED", "选择「困难与调解」时，请选择困难原因", "choose the hardship reasons for the hardship-mediation defence"));
  const total = read("mediation.total", moneySchema);
  const down = read("mediation.downPayment", moneySchema) ?? 0;
  const months = read("mediation.months", MEDIATION_MONTHS);
  if (total === 0) errors.push(fieldError("mediation.total", "NOTHING_OFFERED", "还款方案的总额不能为0", "the proposal's total cannot be zero"));
  else if (total !== undefined && down >= total && down > 0)
    errors.push(fieldError("mediation.downPayment", "DOWN_PAYMENT_TOO_LARGE", "首付款须少于方案总额", "the down payment must be less than the proposal's total"));
  else if (total !== undefined && months !== undefined && total - down < months)
    errors.push(fieldError("mediation.months", "INSTALMENT_TOO_SMALL", "每期金额不能少于0.01元：请减少期数", "each instalment must be at least 0.01 yuan: use fewer months"));
  // The claim has the debt's parts (本金, 利息, 罚息违约金, 费用): its total is read as a debt's is.
  const claimTotal = readDebtTotal(read, "claim");
  if (total !== undefined && claimTotal !== undefined && total > claimTotal)
    errors.push(
      fieldError(
        "mediation.total",
        "PROPOSAL_ABOVE_CLAIM",
        "还款方案的总额不能超过原告主张的金额合计：请按你真实能付的数额填写",
        "the proposal cannot exceed the total the plaintiff claims: offer what you can really pay",
      ),
    );
  const first = read("mediation.firstPaymentDate", dateSchema);
  if (first && compareDates(first, letter) <= 0)
    errors.push(fieldError("mediation.firstPaymentDate", "INVALID_DATE_ORDER", "第一期付款日期应晚于答辩状日期", "the first payment must be after the document's date"));
  return errors;
}

// ---------------------------------------------------------------------------------------------------------
// The view model

export const TITLE = { "zh-Hans": "民事答辩状", "zh-Hant": "民事答辯狀" } as const;

const ORDINALS = ["一", "二", "三", "四", "五", "六"];

const CLAIM_LABELS = {
  principal: { Hans: "本金", Hant: "本金" },
  interest: { Hans: "利息", Hant: "利息" },
  penalty: { Hans: "罚息及违约金", Hant: "罰息及違約金" },
  fees: { Hans: "其他费用", Hant: "其他費用" },
} as const satisfies Labels<"principal" | "interest" | "penalty" | "fees">;

const START_LABELS = {
  due: { Hans: "最后一期履行期限届满之日", Hant: "最後一期履行期限屆滿之日" },
  payment: { Hans: "答辩人最后一次还款之日", Hant: "答辯人最後一次還款之日" },
  demand: { Hans: "答辩人最后一次收到催收之日", Hant: "答辯人最後一次收到催收之日" },
  acknowledgement: { Hans: "答辩人最后一次同意还款之日", Hant: "答辯人最後一次同意還款之日" },
  "transfer-notice": { Hans: "答辩人收到债权转让通知之日", Hant: "答辯人收到債權轉讓通知之日" },
} as const satisfies Labels<"due" | LimitationEvent["kind"]>;

export interface ClaimView {
  lines: (AmountView & { key: string; label: string })[];
  total: AmountView;
  interest?: AmountView;
  penalty?: AmountView;
}

function claimView(claim: CivilDefence["claim"], script: Script): ClaimView | undefined {
  if (!claim) return undefined;
  const lines = (["principal", "interest", "penalty", "fees"] as const).flatMap((key) => {
    const fen = claim[key];
    if (fen === undefined || (key !== "principal" && fen === 0)) return [];
    return [{ key, label: CLAIM_LABELS[key][script], ...amountView(fen, script) }];
  });
  const total = lines.reduce((sum, line) => sum + line.fen, 0);
  return {
    lines,
    total: amountView(total, script),
    interest: claim.interest ? amountView(claim.interest, script) : undefined,
    penalty: claim.penalty ? amountView(claim.penalty, script) : undefined,
  };
}

/**
 * Whether 《个人贷款业务明示综合融资成本规定》 may be cited: the borrower gives the disclosed annual cost, and the
 * loan is a licensed lender's personal loan (not a credit card) made on or after 2026-08-01, when the rules took
 * effect — an older loan was not made under them.
 */
export function citesCostDisclosure(input: Pick<CivilDefence, "lender" | "charges">): boolean {
  const loanDate = input.charges?.loanDate;
  return (
    citationApplies("financing-cost-disclosure-2026", { lenderKind: input.lender.kind }) &&
    COST_DISCLOSURE_LENDERS.includes(input.lender.kind) &&
    input.charges?.disclosedAnnualRate !== undefined &&
    loanDate !== undefined &&
    compareDates(loanDate, COST_DISCLOSURE_IN_FORCE) >= 0
  );
}

/** The limitation outcome of a valid body (the checks have refused unsupported ones). */
function limitationOf(input: CivilDefence): LimitationOutcome | undefined {
  const lastDueDate = input.limitation?.lastDueDate;
  const filedOn = input.case.filedOn;
  if (!lastDueDate || !filedOn) return undefined;
  const events = LIMITATION_EVENTS.flatMap(({ kind, path }) => {
    const key = path.slice("limitation.".length) as keyof NonNullable<CivilDefence["limitation"]>;
    const date = input.limitation?.[key];
    return date && typeof date === "object" ? [{ kind, path, date }] : [];
  });
  return assessLimitation({ lastDueDate, events, filedOn });
}

/** The text of each chosen defence's facts and citations, in print order (so first uses name the source in full). */
function defenceViews(input: CivilDefence, script: Script, citations: CourtCitations) {
  const chosen = DEFENCES.filter((d) => input.defences.includes(d));
  const ordinal = (d: Defence) => ORDINALS[chosen.indexOf(d)];
  const statements = (key: keyof NonNullable<CivilDefence["statements"]>) => paragraphs(input.statements?.[key]);
  const claim = claimView(input.claim, script);
  // The card or account number as its last four digits (卡号尾号1234): the case number identifies the case, the
  // contract number (printed in full) the loan; a full card number in a filing served on others serves nothing.
  const account = accountView(input.account, input.lender.kind, script, true);
  const views: Record<string, unknown> = {};

  if (chosen.includes("unnotified-assignment"))
    views.assignment = {
      ordinal: ordinal("unnotified-assignment"),
      c546: citations.cite("civil-code-546"),
      c48: citations.cite("contract-interpretation-48"),
      c548: citations.cite("civil-code-548"),
      statements: statements("assignment"),
    };

  if (chosen.includes("amount-not-proven")) views.amount = { ordinal: ordinal("amount-not-proven"), account: account.phrase, claim, statements: statements("amount") };

  if (chosen.includes("limitation")) {
    const outcome = limitationOf(input);
    if (!outcome?.supported) throw new Error("civil-defence: an unsupported time-bar defence passed the checks");
    const limitation = input.limitation!;
    const instalments = limitation.instalments === true;
    const events = LIMITATION_EVENTS.flatMap(({ kind, path }) => {
      const key = path.slice("limitation.".length) as "lastPaymentDate" | "lastDemandDate" | "acknowledgedOn" | "transferNoticeDate";
      const date = limitation[key];
      return date ? [{ [kind === "transfer-notice" ? "transferNotice" : kind]: true, date: formatChineseDate(date) }] : [];
    });
    views.limitation = {
      ordinal: ordinal("limitation"),
      instalments,
      lastDue: formatChineseDate(limitation.lastDueDate!),
      events,
      c188: citations.cite("civil-code-188"),
      a189: instalments ? citations.article("civil-code-189") : undefined,
      restarted: outcome.startKind !== "due",
      start: formatChineseDate(outcome.start),
      startLabel: START_LABELS[outcome.startKind][script],
      expiry: formatChineseDate(outcome.expiry),
      filedOn: formatChineseDate(input.case.filedOn!),
      c192: citations.cite("civil-code-192"),
      a193: citations.article("civil-code-193"),
      c195: citations.cite("civil-code-195"),
      c17: chosen.includes("unnotified-assignment") ? citations.cite("limitation-provisions-17") : undefined,
      statements: statements("limitation"),
    };
  }

  if (chosen.includes("charges-above-contract")) {
    const rate = input.charges?.disclosedAnnualRate;
    const cost = citesCostDisclosure(input) ? "financing-cost-disclosure-2026" : undefined;
    views.charges = {
      ordinal: ordinal("charges-above-contract"),
      rate: rate !== undefined ? formatRate(rate) : undefined,
      cost: cost ? { cite: citations.cite(cost), gist: CITATIONS[cost].gist[script] } : undefined,
      statements: statements("charges"),
    };
  }

  if (chosen.includes("excessive-penalty"))
    views.penalty = {
      ordinal: ordinal("excessive-penalty"),
      penalty: claim?.penalty,
      interest: claim?.interest,
      c585: citations.cite("civil-code-585"),
      c64: citations.cite("contract-interpretation-64"),
      a65: citations.article("contract-interpretation-65"),
      statements: statements("penalty"),
    };

  if (chosen.includes("hardship-mediation")) {
    const hardship = input.hardship!;
    views.mediation = {
      ordinal: ordinal("hardship-mediation"),
      reasons: labelList(HARDSHIP_REASON_LABELS, hardship.reasons, script),
      details: paragraphs(hardship.details),
      plan: input.mediation ? proposalView(input.mediation, script) : undefined,
      others: chosen.length > 1,
    };
  }
  return { chosen, views, claim };
}

export interface ProposalView {
  total: AmountView;
  single: boolean;
  months: number;
  monthsBeforeLast: number;
  firstDate: string;
  lastDate: string;
  dueDay: number;
  dueDayClamped: boolean;
  downPayment?: AmountView;
  remainder: AmountView;
  monthly: AmountView;
  last: AmountView;
  lastDiffers: boolean;
  rows: ReturnType<typeof installmentSchedule>["rows"];
  schedule: ReturnType<typeof installmentSchedule>;
}

/** The mediation proposal with the installment letter's schedule (the same arithmetic, the same rows). */
export function proposalView(proposal: NonNullable<CivilDefence["mediation"]>, script: Script): ProposalView {
  const plan: Pick<InstallmentPlan, "months" | "firstPaymentDate" | "downPayment"> = {
    months: proposal.months,
    firstPaymentDate: proposal.firstPaymentDate,
    downPayment: proposal.downPayment,
  };
  const schedule = installmentSchedule(proposal.total, plan, script);
  const first = schedule.instalments[0];
  const last = schedule.instalments[schedule.instalments.length - 1];
  return {
    total: amountView(proposal.total, script),
    single: proposal.months === 1,
    months: proposal.months,
    monthsBeforeLast: proposal.months - 1,
    firstDate: formatChineseDate(schedule.dates[0]),
    lastDate: formatChineseDate(schedule.dates[schedule.dates.length - 1]),
    dueDay: proposal.firstPaymentDate.day,
    dueDayClamped: proposal.firstPaymentDate.day > 28,
    downPayment: schedule.downPayment,
    remainder: schedule.remainder,
    monthly: amountView(first, script),
    last: amountView(last, script),
    lastDiffers: last !== first,
    rows: schedule.rows,
    schedule,
  };
}

/** The view-model key of each defence (Handlebars paths stay plain words). */
const VIEW_KEYS: Record<Defence, string> = {
  "unnotified-assignment": "assignment",
  "amount-not-proven": "amount",
  limitation: "limitation",
  "charges-above-contract": "charges",
  "excessive-penalty": "penalty",
  "hardship-mediation": "mediation",
};

/** What 综上所述 asks for: the time bar first (驳回), then what each other defence asks, then mediation. */
function conclusionView(chosen: readonly Defence[]) {
  const others = chosen.filter((d) => d !== "limitation" && d !== "hardship-mediation");
  return {
    limitation: chosen.includes("limitation"),
    others: others.map((d, i) => ({ [VIEW_KEYS[d]]: true, last: i === others.length - 1 })),
    mediation: chosen.includes("hardship-mediation"),
    onlyMediation: chosen.length === 1 && chosen[0] === "hardship-mediation",
  };
}

// ---------------------------------------------------------------------------------------------------------
// Facts: warnings and next steps

function warningsOf(input: CivilDefence, date: CalendarDate, period: ReturnType<typeof answerPeriodDeadline>["period"]): (LetterWarning | undefined)[] {
  const chosen = new Set(input.defences);
  const warnings: (LetterWarning | undefined)[] = [COURT_TEMPLATE_WARNING];
  if (!input.defendant.occupation || !input.defendant.employer)
    warnings.push({
      code: "DEFENDANT_DETAILS_INCOMPLETE",
      path: input.defendant.occupation ? "defendant.employer" : "defendant.occupation",
      message: {
        zh: "《民事诉讼法》第一百二十八条要求答辩状写明职业和工作单位：没有工作可以写「无业」，没有工作单位可以不写。",
        en: "Civil Procedure Law art. 128 asks for the occupation and employer: write 无业 if you have no work; leave the employer out if you have none.",
      },
    });
  if (!period.calendarVerified)
    warnings.push({
      code: "HOLIDAY_CALENDAR_UNVERIFIED",
      path: "case.receivedOn",
      message: {
        zh: `答辩期的最后一天落在${period.unverifiedYears.join("、")}年，书函还没有核实该年的国务院放假安排：按${formatChineseDate(period.last)}准备，如该日是法定节假日，期限顺延到节后第一个工作日。`,
        en: `The answer period ends in ${period.unverifiedYears.join(", ")}, whose State Council holiday arrangement Shuhan has not verified: plan for ${formatIsoDate(period.last)}; if it is a public holiday, the period ends on the first working day after it.`,
      },
    });
  warnings.push(
    periodPassedWarning(period, date, "ANSWER_PERIOD_PASSED", {
      zh: "过了答辩期，仍然可以提交答辩状，并在开庭时当面答辩；不提交答辩状不影响法院审理，但你应当出庭。",
      en: "You may still file the defence and answer at the hearing; the court goes on without a written defence, but you should attend.",
    }),
  );
  const outcome = limitationOf(input);
  if (chosen.has("limitation"))
    warnings.push({
      code: "LIMITATION_AS_STATED",
      path: "limitation",
      message: {
        zh: "诉讼时效抗辩以你填写的日期为准：如果原告能证明起诉前三年内催收过你（电话、短信、信函都算）、你还过款或答应过还款，这一抗辩就不成立。请确认没有遗漏。不要在庭上或调解中答应还款：时效届满后同意还款，就失去了这一抗辩。",
        en: "The time-bar defence rests on the dates you gave: if the plaintiff proves a demand (call, SMS, letter), a payment or a promise to pay within the three years before the suit, it fails. Make sure nothing is missing. Do not agree to pay at the hearing or in mediation: agreeing after the period has run gives up the defence.",
      },
    });
  else if (outcome?.supported)
    warnings.push({
      code: "LIMITATION_NOT_RAISED",
      path: "defences",
      message: {
        zh: `按你填写的日期，诉讼时效期间已于${formatChineseDate(outcome.expiry)}届满，早于原告起诉之日。法院不会主动适用诉讼时效（《民法典》第一百九十三条）：如果这些日期属实，可以在答辩意见中勾选「已过诉讼时效」。`,
        en: `By the dates you gave, the limitation period ended on ${formatIsoDate(outcome.expiry)}, before the suit was filed. The court will not apply it of its own motion (Civil Code art. 193): if the dates are right, you may tick the time-bar defence.`,
      },
    });
  if (chosen.has("limitation") && chosen.has("hardship-mediation"))
    warnings.push({
      code: "LIMITATION_AND_MEDIATION",
      path: "defences",
      message: {
        zh: "你同时提出了诉讼时效抗辩和调解意愿：调解时如果答应还款，就失去了时效抗辩（《民法典》第一百九十二条）。调解前请先问12348或律师。",
        en: "You raise the time bar and offer to mediate: agreeing to pay in mediation gives up the time-bar defence (Civil Code art. 192). Ask 12348 or a lawyer before you mediate.",
      },
    });
  if (chosen.has("excessive-penalty"))
    warnings.push({
      code: "PENALTY_EVIDENCE",
      path: "defences",
      message: {
        zh: "请求减少违约金，要由你说明并证明它过分高于原告的损失（《合同编通则解释》第六十四条）：准备好合同、还款记录和原告的计算明细；恶意违约的，法院一般不予减少（第六十五条），如实说明逾期的原因有帮助。",
        en: "Asking for the penalty to be reduced, you must show it is excessive compared with the plaintiff's loss (Contract Interpretation art. 64): bring the contract, the repayment record and the plaintiff's calculation. Courts generally refuse a reduction for bad-faith default (art. 65): explain truthfully why you fell behind.",
      },
    });
  if (chosen.has("unnotified-assignment"))
    warnings.push({
      code: "ASSIGNMENT_EFFECT",
      path: "defences",
      message: {
        zh: "没有收到转让通知，并不等于原告不能起诉：依照《合同编通则解释》第四十八条，转让自起诉状副本送达你时起对你发生效力。这一答辩的作用是：请法院查明原告是否真的受让了这笔债、受让了多少，收到通知前你向原债权人还的钱要扣除，你对原债权人的抗辩也可以对原告提出。",
        en: "No notice does not mean the plaintiff cannot sue: under Contract Interpretation art. 48 the transfer binds you from the service of the complaint. What this defence does: it asks the court to check that the plaintiff really acquired the debt and how much of it, that payments you made to the original lender before any notice are deducted, and it keeps your defences against the original lender.",
      },
    });
  const unused: string[] = [];
  if (input.mediation && !chosen.has("hardship-mediation")) unused.push("mediation");
  if (input.hardship && !chosen.has("hardship-mediation")) unused.push("hardship");
  if (input.charges && !chosen.has("charges-above-contract")) unused.push("charges");
  const statementFor = { assignment: "unnotified-assignment", amount: "amount-not-proven", limitation: "limitation", charges: "charges-above-contract", penalty: "excessive-penalty" } as const;
  for (const [key, defence] of Object.entries(statementFor))
    if (input.statements?.[key as keyof typeof statementFor] && !chosen.has(defence)) unused.push(`statements.${key}`);
  if (unused.length)
    warnings.push({
      code: "UNUSED_INPUT",
      path: unused[0],
      message: {
        zh: `你填写了${unused.join("、")}，但没有选择对应的答辩意见，这些内容不会写入答辩状。`,
        en: `You filled in ${unused.join(", ")} without choosing the defence they belong to: they are not in the document.`,
      },
    });
  return warnings;
}

function build(input: CivilDefence, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const script = scriptOf(input.locale);
  const title = TITLE[input.locale];
  const citations = new CourtCitations(script);
  const { chosen, views, claim } = defenceViews(input, script, citations);
  const { period, fact: answerDeadline } = answerPeriodDeadline(input.case.receivedOn);
  const copies = copiesCount(input.otherParties);
  const evidence = input.evidence ?? [];
  const court = input.case.court;
  const mediation = views.mediation as { plan?: ProposalView } | undefined;
  const plan = mediation?.plan;

  const internet = internetCourtNote(court);
  const extra: NextStepFact[] = [
    {
      id: "evidence",
      text: {
        zh: "把能证明你的说法的材料整理好，复印后按份数附上：借款合同或页面截图、还款记录、催收记录、收到的通知、困难证明等。只写你确实有的，不要编造。",
        en: "Gather what proves what you say and attach copies: the contract or screenshots, the repayment record, collection messages, notices received, proof of hardship. List only what you have; never make anything up.",
      },
    },
    {
      id: "jurisdiction-objection",
      letterType: "jurisdiction-objection",
      text: {
        zh: `如果你认为本案不应由${court}审理（例如管辖条款藏在格式合同里、没有提请你注意），须在答辩期内同时提出管辖权异议（管辖权异议申请书）：只答辩、不提异议，就视为接受这个法院管辖（《民事诉讼法》第一百三十条）。`,
        en: `If you think ${court} should not hear the case (e.g. a jurisdiction clause buried in standard terms that was never brought to your attention), object within the answer period as well (the jurisdiction-objection letter): answering on the merits without objecting accepts the court (Civil Procedure Law art. 130).`,
      },
    },
    ...(internet ? [internet] : []),
  ];

  const defendant = defendantView(input.borrower, input.defendant, script);
  return {
    template: "civil-defence",
    locale: input.locale,
    viewModel: {
      locale: input.locale,
      script,
      title,
      date: formatChineseDate(date),
      court,
      caseNumber: input.case.number,
      dispute: disputeName(input.case, script),
      defendant,
      opposing: opposingParties(input.plaintiff, input.otherParties, "defendant", script),
      plaintiffs: plaintiffNames(input.plaintiff, input.otherParties),
      lender: input.lender,
      d: views,
      conclusion: conclusionView(chosen),
      copies,
      evidence,
      annexes: annexList(copies, evidence.length, plan !== undefined && !plan.single, script),
      schedule: plan && !plan.single ? { rows: plan.rows, total: plan.total } : undefined,
      signature: courtSignature("defendant", input.borrower.name, date, script),
      footer: courtFooterNote("defendant", script),
      citationIds: [...citations.cited],
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${input.case.number}）` },
    fileName: buildFileName(title, input.borrower.name, input.case.number),
    facts: letterFacts({
      type: "civil-defence",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: court },
      amounts: {
        ...(claim ? { claimTotal: amountFact(claim.total.fen, script) } : {}),
        ...(claim?.penalty ? { claimPenalty: amountFact(claim.penalty.fen, script) } : {}),
        ...(plan ? { proposalTotal: amountFact(plan.total.fen, script), monthly: amountFact(plan.monthly.fen, script), lastInstalment: amountFact(plan.last.fen, script) } : {}),
        ...(plan?.downPayment ? { downPayment: amountFact(plan.downPayment.fen, script) } : {}),
      },
      schedule: plan ? scheduleFacts(plan, script) : undefined,
      dates: { ...caseDates(input.case, period), ...(plan ? { firstPaymentDate: plan.schedule.dates[0], lastPaymentDate: plan.schedule.dates.at(-1) } : {}) },
      deadlines: [answerDeadline],
      citations: citations.cited,
      warnings: warningsOf(input, date, period),
      nextSteps: courtNextSteps({
        document: { zh: "答辩状", en: "defence" },
        copies,
        court,
        period,
        smallClaims: input.case.smallClaims === true,
        hearing: input.case.hearingDate,
        extra,
      }),
    }),
  };
}

const ANNEX_WORDS = {
  copies: { Hans: (n: number) => `本答辩状副本${n}份`, Hant: (n: number) => `本答辯狀副本${n}份` },
  schedule: { Hans: "还款计划表1份", Hant: "還款計劃表1份" },
  evidence: { Hans: (n: number) => `证据材料${n}项（见证据清单）`, Hant: (n: number) => `證據材料${n}項（見證據清單）` },
} as const;

/**
 * The 附 list: the copies (one for each opposing party), the repayment schedule when the proposal has one, the
 * evidence. With only the copies the template prints one line, 附：本答辩状副本×份。
 */
export function annexList(copies: number, evidence: number, schedule: boolean, script: Script): string[] {
  const items = [ANNEX_WORDS.copies[script](copies), ...(schedule ? [ANNEX_WORDS.schedule[script]] : []), ...(evidence ? [ANNEX_WORDS.evidence[script](evidence)] : [])];
  if (items.length === 1) return [];
  return items.map((item, i) => `${item}${i === items.length - 1 ? "。" : "；"}`);
}

function scheduleFacts(plan: ProposalView, script: Script) {
  const rows: NonNullable<ReturnType<typeof letterFacts>["schedule"]> = [];
  let remaining = plan.total.fen;
  if (plan.downPayment) {
    remaining -= plan.downPayment.fen;
    rows.push({ period: "down-payment", amount: amountFact(plan.downPayment.fen, script), remaining: amountFact(remaining, script) });
  }
  plan.schedule.instalments.forEach((fen, i) => {
    remaining -= fen;
    rows.push({ period: String(i + 1), date: formatIsoDate(plan.schedule.dates[i]), amount: amountFact(fen, script), remaining: amountFact(remaining, script) });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The form

const HARDSHIP_FORM_LABELS: Record<(typeof HARDSHIP_REASONS)[number], string> = {
  unemployment: "失业",
  illness: "本人或家人生病",
  "business-failure": "生意失败、经营亏损",
  "income-reduction": "收入减少（降薪、停发工资）",
  "family-emergency": "家庭变故",
  "natural-disaster": "遭受自然灾害",
  other: "其他原因",
};

const LENDER_KIND_FORM_LABELS: Record<(typeof LENDER_KINDS)[number], string> = {
  "bank-credit-card": "银行信用卡",
  "bank-loan": "银行贷款",
  "consumer-finance": "消费金融公司（如花呗、借呗）",
  microloan: "小额贷款公司",
  other: "其他 / 不确定",
};

/**
 * The form sections both court documents share: the case (the court, the number and the day the complaint
 * came, with the deadline; then the cause and the other dates), the defendant (the particulars; then the
 * domicile and how to reach them), the plaintiff and other parties, the original lender. Each is about one
 * phone screen (COURT_STEPS asks them in this order).
 */
export function courtFormSections(role: "答辩人" | "申请人"): Section[] {
  return [
    {
      id: "case",
      legend: "法院和案件",
      hint: "照法院的传票、应诉通知书或12368短信填写。真正的起诉由法院送达；律师函、催收短信说「已起诉」不算，律师函没有强制力。法院通知另有期限的，以法院通知为准。",
      fields: [
        { kind: "text", name: "case.court", label: "受诉法院", required: true, hint: "例如：杭州互联网法院、北京市朝阳区人民法院。" },
        { kind: "text", name: "case.number", label: "案号", required: true, hint: "例如：（2026）浙0192民初12345号。" },
        { kind: "radio", name: "case.dispute", label: "案由", required: true, options: options(DISPUTES, (v) => DISPUTE_FORM_LABELS[v]) },
        {
          kind: "date",
          name: "case.receivedOn",
          label: "收到起诉状副本的日期",
          required: true,
          hint: "用来算答辩期，不会写进文书：收到的当天不算，从第二天起数15日，最后一天是周末或法定节假日的顺延到其后的第一个工作日；在最后一天之前交邮（EMS，保留凭证）就不算逾期。",
        },
      ],
    },
    {
      id: "caseDetails",
      legend: "案件的其他情况",
      hint: "照传票、应诉通知书或起诉状填写。",
      fields: [
        { kind: "text", name: "case.disputeName", label: "案由（上一步选「其他」时填写）", hint: "照传票上的写。" },
        { kind: "date", name: "case.filedOn", label: "原告起诉的日期", hint: "起诉状末尾的日期或法院立案的日期，不确定时填较早的。提出诉讼时效抗辩时必填。" },
        { kind: "date", name: "case.hearingDate", label: "开庭日期", hint: "传票上写的。不会写进文书。" },
        { kind: "checkbox", name: "case.smallClaims", label: "法院通知本案适用小额诉讼程序", hint: "小额诉讼一审终审，不能上诉。" },
      ],
    },
    {
      id: "borrower",
      legend: `你的信息（${role}）`,
      hint: "《民事诉讼法》第一百二十八条要求写明姓名、性别、年龄、民族、职业、工作单位、住所和联系方式。",
      fields: [
        { kind: "text", name: "borrower.name", label: "姓名", required: true, autocomplete: "name", hint: "与身份证一致。" },
        { kind: "id-number", name: "borrower.idNumber", label: "身份证号码", hint: "18位。填了号码，性别和出生日期可以不填。" },
        { kind: "radio", name: "defendant.sex", label: "性别", options: options(SEXES, (v) => (v === "male" ? "男" : "女")) },
        { kind: "date", name: "defendant.birthDate", label: "出生日期" },
        { kind: "text", name: "defendant.ethnicity", label: "民族", required: true, hint: "例如：汉族。" },
        { kind: "text", name: "defendant.occupation", label: "职业", hint: "没有工作可以写「无业」。" },
        { kind: "text", name: "defendant.employer", label: "工作单位", hint: "没有可不填。" },
      ],
    },
    {
      id: "contact",
      legend: "住所和联系方式",
      hint: "文书要写明住所和联系方式，法院据此送达文书、联系你。",
      fields: [
        { kind: "text", name: "borrower.address", label: "住所", autocomplete: "street-address", hint: "户籍地址或经常居住地。必填。" },
        { kind: "text", name: "defendant.serviceAddress", label: "送达地址", hint: "法院寄文书给你的地址，与住所不同时填写。" },
        { kind: "tel", name: "borrower.phone", label: "联系电话", autocomplete: "tel", hint: "必填（或填电子邮箱）。" },
        { kind: "email", name: "borrower.email", label: "电子邮箱", autocomplete: "email", hint: "可不填。" },
      ],
    },
    {
      id: "plaintiff",
      legend: "原告",
      hint: "照起诉状上的写。",
      fields: [
        { kind: "text", name: "plaintiff.name", label: "原告名称", required: true, autocomplete: "organization" },
        { kind: "text", name: "plaintiff.address", label: "原告住所地" },
        { kind: "text", name: "plaintiff.legalRepresentative", label: "法定代表人" },
        {
          kind: "list",
          name: "otherParties",
          label: "其他原告或第三人",
          hint: "起诉状上还有别的原告或第三人时填写：副本按对方当事人人数准备。",
          rowLabel: "第 {n} 个",
          rows: 1,
          max: 10,
          action: "add-party",
          addLabel: "再加一个",
          item: [
            { kind: "select", name: "role", label: "身份", required: true, options: options(OTHER_PARTY_ROLES, (v) => (v === "plaintiff" ? "另一原告" : "第三人")) },
            { kind: "text", name: "name", label: "名称或姓名", required: true },
            { kind: "text", name: "address", label: "住所地" },
          ],
        },
      ],
    },
    {
      id: "lender",
      legend: "原债权机构",
      hint: "当初放款给你的银行或平台。原告就是它时，照填原告名称。",
      fields: [
        { kind: "text", name: "lender.name", label: "机构名称", required: true, autocomplete: "organization", hint: "花呗、借呗是重庆蚂蚁消费金融有限公司。" },
        { kind: "radio", name: "lender.kind", label: "机构类型", options: options(LENDER_KINDS, (v) => LENDER_KIND_FORM_LABELS[v]), default: "other" },
        { kind: "text", name: "account.product", label: "产品名称", hint: "例如：借呗、花呗、信用卡。" },
        { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "可不填。" },
        { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。" },
      ],
    },
  ];
}

/** The steps of the shared court sections, in the order asked: the case first (the deadline runs from it). */
export const COURT_STEPS: readonly StepDeclaration[] = [
  { id: "case", sections: ["case"] },
  { id: "caseDetails", sections: ["caseDetails"] },
  { id: "borrower", sections: ["borrower"] },
  { id: "contact", sections: ["contact"] },
  { id: "plaintiff", sections: ["plaintiff"] },
  { id: "lender", sections: ["lender"] },
];

const civilDefence = defineLetterType({
  id: "civil-defence",
  order: 90,
  title: TITLE,
  description: {
    zh: "被银行、贷款平台或买了债的公司起诉后使用：在答辩期（收到起诉状副本后15日）内向法院提交的民事答辩状。可选择的答辩意见：债权转让未通知、金额未经举证、已过诉讼时效（日期支持时）、利息费用超出约定、违约金过高、困难与调解。只写「原告主张的」，不承认欠款。",
    en: "For when a bank, a lender or a debt buyer has sued you: the written defence to file with the court within the answer period (15 days from receiving the complaint). Defences to choose: an unnotified sale of the debt, amounts not proven, the time bar (when your dates support it), charges above the contract, an excessive penalty, hardship and mediation. It says 原告主张 and admits nothing.",
  },
  schema: civilDefenceSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-30",
    case: {
      court: "杭州互联网法院",
      number: "（2026）浙0192民初12345号",
      dispute: "financial-loan",
      receivedOn: "2026-11-20",
      filedOn: "2026-11-02",
      hearingDate: "2026-12-22",
      smallClaims: true,
    },
    borrower: { name: "李四", idNumber: "11010519491231002X", address: "上海市浦东新区世纪大道100号2号楼1203室", phone: "13912345678" },
    defendant: { ethnicity: "汉族", occupation: "无业" },
    plaintiff: { name: "重庆蚂蚁消费金融有限公司" },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    account: { product: "借呗", contractNumber: "JB20230315001234" },
    claim: { principal: "28000.00", interest: "1260.50", penalty: "388.20" },
    defences: ["amount-not-proven", "excessive-penalty", "hardship-mediation"],
    statements: {
      amount: "答辩人自2023年3月起按期还款至2026年5月，共还款约12000元；原告主张的本金未扣除上述还款，答辩人无法核对。",
    },
    hardship: {
      reasons: ["unemployment", "illness"],
      details: "答辩人于2026年4月被公司裁员，至今未找到稳定工作；2026年7月，答辩人母亲住院治疗，医疗费用由答辩人承担。",
    },
    mediation: { total: "28000.00", months: 24, firstPaymentDate: "2027-01-15", downPayment: "2000.00" },
    evidence: ["借呗还款记录截图，证明答辩人已还款的金额和日期", "解除劳动合同通知书，证明答辩人失业的事实", "母亲住院病历及费用清单，证明答辩人家庭的医疗支出"],
  },
  checks: civilDefenceChecks,
  build,
  form: {
    onePerCase: true,
    when: "被银行、花呗借呗等平台或买了债的公司起诉，收到了法院的传票、应诉通知书或12368短信：在15日答辩期内写答辩状交给法院。",
    sections: [
      ...courtFormSections("答辩人"),
      {
        id: "claim",
        legend: "原告主张的金额",
        hint: "照起诉状「诉讼请求」里的数字填写。答辩状只写「原告主张」，不表示你承认。",
        fields: [
          { kind: "money", name: "claim.principal", label: "本金（元）" },
          { kind: "money", name: "claim.interest", label: "利息（元）" },
          { kind: "money", name: "claim.penalty", label: "罚息、违约金（元）" },
          { kind: "money", name: "claim.fees", label: "其他费用（元）" },
        ],
      },
      {
        id: "defences",
        legend: "答辩意见",
        hint: "只选符合你真实情况的。书函按法官审查的顺序排列：债权转让、金额、诉讼时效、利息费用、违约金、困难与调解。",
        fields: [
          { kind: "checkboxes", name: "defences", label: "你要提出的答辩意见（可多选）", required: true, options: options(DEFENCES, (v) => DEFENCE_FORM_LABELS[v]) },
          { kind: "textarea", name: "statements.assignment", label: "关于债权转让，补充说明", hint: "用「答辩人」称呼自己，会原样写进答辩状。可不填。" },
          { kind: "textarea", name: "statements.amount", label: "关于金额，补充说明", hint: "例如：已还的款项没有扣除。会原样写进答辩状。可不填。" },
        ],
      },
      {
        id: "limitation",
        legend: "诉讼时效的日期",
        hint: "三年从最后一期到期日起算，每次催收、还款或答应还款都会让三年重新计算。请如实填写，漏填一次催收就可能让答辩不成立；日期不支持时，书函会告诉你是哪个日期。",
        fields: [
          { kind: "date", name: "limitation.lastDueDate", label: "最后一期还款的到期日", hint: "不分期的，填约定的还款日。" },
          { kind: "checkbox", name: "limitation.instalments", label: "这笔债是分期还款的（如借呗、花呗分期）" },
          { kind: "date", name: "limitation.lastPaymentDate", label: "最后一次还款的日期" },
          { kind: "date", name: "limitation.lastDemandDate", label: "最后一次收到催收的日期", hint: "电话、短信、信函、上门都算。" },
          { kind: "date", name: "limitation.acknowledgedOn", label: "最后一次答应还款的日期", hint: "申请分期、申请延期、承诺还款都算。" },
          { kind: "date", name: "limitation.transferNoticeDate", label: "收到债权转让通知的日期", hint: "收到过才填。" },
          { kind: "textarea", name: "statements.limitation", label: "关于诉讼时效，补充说明", hint: "会原样写进答辩状。可不填。" },
        ],
      },
      {
        id: "charges",
        legend: "利息、费用和违约金",
        fields: [
          { kind: "text", name: "charges.disclosedAnnualRate", label: "借款时写明的年化利率（%）", hint: "合同或借款页面上的年化利率或年化综合融资成本，只填数字，如 18.25。可不填。" },
          { kind: "date", name: "charges.loanDate", label: "借款日期", hint: "可不填。" },
          { kind: "textarea", name: "statements.charges", label: "关于利息、费用，补充说明", hint: "会原样写进答辩状。可不填。" },
          { kind: "textarea", name: "statements.penalty", label: "关于罚息、违约金，补充说明", hint: "会原样写进答辩状。可不填。" },
        ],
      },
      {
        id: "hardship",
        legend: "困难与调解",
        hint: "提出还款方案不等于承认原告的金额，答辩状会写明这一点；但已过诉讼时效时不要提还款方案。",
        fields: [
          { kind: "checkboxes", name: "hardship.reasons", label: "困难原因（可多选）", options: options(HARDSHIP_REASONS, (v) => HARDSHIP_FORM_LABELS[v]) },
          { kind: "textarea", name: "hardship.details", label: "用自己的话说明困难", hint: "用「答辩人」称呼自己，如实写。" },
          { kind: "money", name: "mediation.total", label: "你愿意支付的总额（元）", hint: "按你真实能付的数额写。不填就不提方案，只表示愿意调解。" },
          { kind: "integer", name: "mediation.months", label: "分几期（月）", hint: "1到60；1表示一次付清。" },
          { kind: "date", name: "mediation.firstPaymentDate", label: "第一期付款日期" },
          { kind: "money", name: "mediation.downPayment", label: "首付（元）", hint: "可不填。" },
        ],
      },
      {
        id: "evidence",
        legend: "证据",
        fields: [
          evidenceList({ label: "你提交的证据", hint: "每项写证据名称和证明什么，例如：还款记录截图，证明已还款的金额和日期。只写你确实有的。" }),
        ],
      },
      settingsSection({ court: { dateLabel: "答辩状日期", hint: "生成之后：打印、亲笔签名并按手印，在期限内把原件和副本交到法院（不是寄给原告）；按传票上的时间出庭，小额诉讼一审终审、不能上诉；去不了可以出具授权委托书委托亲属或律师。可以拨打12348法律援助热线免费咨询。" } }),
    ],
    // The dates, charges and hardship are asked only for the defences that need them.
    steps: [
      ...COURT_STEPS,
      { id: "claim", sections: ["claim"] },
      { id: "defences", sections: ["defences"] },
      { id: "limitation", sections: ["limitation"], when: { name: "defences", values: ["limitation"] } },
      { id: "charges", sections: ["charges"], when: { name: "defences", values: ["charges-above-contract", "excessive-penalty"] } },
      { id: "hardship", sections: ["hardship"], when: { name: "defences", values: ["hardship-mediation"] } },
      { id: "evidence", title: "证据和文书设置", sections: ["evidence", "settings"] },
    ],
    requiredObjects: ["case", "borrower", "defendant", "plaintiff", "lender"],
    submitLabel: "生成答辩状（PDF）",
    advice: [
      "答辩期：收到起诉状副本的当天不算，从第二天起数15日；最后一天是周末或法定节假日的，顺延到其后的第一个工作日。在最后一天之前（含当天）交邮寄出（EMS，保留凭证）就不算逾期。例如2026年11月20日收到，第15日是12月5日（星期六），最后一天就是12月7日（星期一）。法院的通知写了不同期限的（小额诉讼、简易程序可能更短），以法院通知为准。",
      "真正的起诉由法院送达：传票、应诉通知书、起诉状副本或12368短信。律师函不是法院文书，没有强制力。",
      "打印签名（按手印），原件交法院，按对方当事人人数附副本和证据复印件，自己留一份。",
      "按传票上的时间出庭；小额诉讼一审终审，不能上诉。去不了可以委托亲属或律师，出具授权委托书。",
      "可以拨打12348法律援助热线免费咨询。",
    ],
  },
  journey: {
    situations: [{ id: "sued", rank: 1, why: "收到起诉状后15日内提交答辩状，写明你的答辩意见；不答辩，案件也会照常审理。" }],
  },
});

export default civilDefence;
