/**
 * 债务明细及债权凭证查询函 — the borrower asks whoever claims a debt (the original lender, a debt buyer such as
 * an asset-management company, or a collection agency) to show and copy what the claim rests on: the loan
 * contract, the ledger, the annualised total cost, the collector's mandate, and — where a sale is claimed —
 * the notice of the sale and proof of it (issue 9, point 1).
 *
 * Legal stance (legal-notes.md, "Limitation period", "Sold debts"):
 * - It ADMITS NOTHING. The claim is the other side's: 贵司主张的欠款 / 贵司主张的金额, never 本人尚欠. The letter
 *   prints no amount as owed, no overdue date, no breakdown the borrower would vouch for: the body has no
 *   amounts of its own, only the amount the other side claims (`demand.amount`).
 * - It is not 同意履行 (诉讼时效规定 第十四条): no promise to pay, no plan, no request for instalments or
 *   deferral. It is the letter the limitation-period guard (./limitation.ts) points to, so it carries neither
 *   `requestFields` nor the limitation check. The dates the guard reads (`debtDates`) are asked only to warn the
 *   borrower — in the facts, never in the letter, which does not mention the limitation period at all (raising
 *   it is the borrower's choice later, and the letter must not read as an admission).
 * - To a buyer or a collector the borrower confirms no amount before seeing the documents: a debtor who has
 *   confirmed the debt to the buyer cannot later deny it (合同编通则解释 第四十九条第二款). The letter says so
 *   plainly and the facts explain why; the article itself is named in the warning, not cited at the recipient.
 * - 民法典 第五百四十六条 (a transfer not notified does not bind the debtor) and 第五百四十八条 (defences carry
 *   over to the buyer) only where a sale is claimed or the recipient is a buyer.
 * - 《个人贷款业务明示综合融资成本规定》 is secondary in legal-notes.md: cited by name only, and only for the
 *   licensed lenders of personal loans (bank loans, consumer-finance and microloan companies). For a credit card
 *   (信用卡透支, not a 个人贷款) and an unknown lender the letter asks for the annualised cost without citing it.
 */
import { z } from "zod";
import type { FieldError } from "../errors";
import { dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema } from "../text/money";
import { citation, COMPLAINT_CHANNELS, type Citation } from "../text/citations";
import type { Script } from "../text/labels";
import { attachmentsList, borrowerSection, lenderSection, options, settingsSection } from "../form/sections";
import type { Section } from "../form/fields";
import { accountSchema, commonFields, nameText, text, type LenderKind } from "./common";
import { amountView, buildFileName, letterDate, letterFrame } from "./shared";
import { ANY, checkDatesAgainstLetter, fieldError } from "./checks";
import { checkReplyChannel } from "./request";
import { debtLimitationDates, limitationFacts, type LimitationFacts } from "./limitation";
import { amountFact, citedIds, letterFacts, replyDeadline, SENDING_STEPS, REPLY_DAYS } from "./facts";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

export const RECIPIENT_KINDS = ["lender", "debt-buyer", "collection-agency"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const CLAIM_CHANNELS = ["phone", "sms", "letter", "app", "wechat", "visit", "lawyer-letter", "other"] as const;
export type ClaimChannel = (typeof CLAIM_CHANNELS)[number];

/** How the opening sentence says the claim was made: 「贵司于2026年11月5日通过短信向本人……」. */
const CHANNEL_PHRASES = {
  phone: { Hans: "通过电话", Hant: "通過電話" },
  sms: { Hans: "通过短信", Hant: "通過短信" },
  letter: { Hans: "通过信函", Hant: "通過信函" },
  app: { Hans: "通过App消息", Hant: "通過App消息" },
  wechat: { Hans: "通过微信", Hant: "通過微信" },
  visit: { Hans: "派员上门", Hant: "派員上門" },
  "lawyer-letter": { Hans: "委托律师发函", Hant: "委託律師發函" },
  other: { Hans: "", Hant: "" },
} as const satisfies Record<ClaimChannel, { Hans: string; Hant: string }>;

const CHANNEL_FORM_LABELS: Record<ClaimChannel, string> = {
  phone: "电话",
  sms: "短信",
  letter: "信函",
  app: "App消息",
  wechat: "微信",
  visit: "上门",
  "lawyer-letter": "律师函",
  other: "其他",
};

const RECIPIENT_FORM_LABELS: Record<RecipientKind, string> = {
  lender: "原贷款机构（银行、消费金融公司、小额贷款公司等，当初借钱给你的机构）",
  "debt-buyer": "资产管理公司等债权受让人（称已经买下或受让了这笔债）",
  "collection-agency": "催收公司（受托上门、打电话催收的公司）",
};

/**
 * The licensed lenders of personal loans, for whom 《个人贷款业务明示综合融资成本规定》 is cited. Credit cards are
 * 信用卡透支, not 个人贷款; "other" may be anyone: the letter still asks for the annualised cost, citing nothing.
 */
export const FINANCING_COST_KINDS: readonly LenderKind[] = ["bank-loan", "consumer-finance", "microloan"];

/** The common fields without `debt`: this letter states no amount as owed (the dates it asks are `debtDates`). */
const { debt: _amountsOwed, ...letterFields } = commonFields;

export const debtDetailsRequestSchema = z.strictObject({
  ...letterFields,
  borrower: commonFields.borrower.describe("借款人，即本函的申请人 / the borrower, who signs the letter"),
  privacy: commonFields.privacy.describe("是否隐藏身份证号码和卡号的中间几位；不填时寄给原贷款机构完整显示，寄给受让人或催收公司隐藏 / mask the ID and card numbers; default: in full to the original lender, masked to a buyer or collector"),
  lender: commonFields.lender.describe("原贷款机构（最初的债权人） / the original lender (the first creditor)"),
  account: accountSchema.optional().describe("原借款的产品、卡号或账号、合同编号 / the original loan's product, card or account number, contract number"),
  debtDates: z
    .strictObject({
      overdueSince: commonFields.debt.shape.overdueSince,
      lastPaymentDate: commonFields.debt.shape.lastPaymentDate,
      lastDemandDate: commonFields.debt.shape.lastDemandDate,
    })
    .optional()
    .describe(
      "与这笔债有关的日期：仅用于在答复数据中提示风险，一律不写入信中（本函不承认任何欠款，不写欠款金额） / " +
        "dates about the debt: used only for the warnings in the facts, never printed (the letter admits no debt and states no amount as owed)",
    ),
  claimant: z
    .strictObject({
      kind: z
        .enum(RECIPIENT_KINDS)
        .default("lender")
        .describe("收信方：原贷款机构、债权受让人（资产管理公司等）、催收公司 / the recipient: the original lender, a debt buyer (e.g. an asset-management company), a collection agency"),
      name: nameText(80).optional().describe("收信方名称（收信方不是原贷款机构时必填） / the recipient's name (required unless it is the original lender)"),
      department: text(80).optional().describe("收件部门 / department"),
      address: text(120).optional().describe("收信方地址 / the recipient's address"),
    })
    .optional()
    .describe("信寄给谁；不填则寄给原贷款机构（lender） / who the letter goes to; absent: the original lender"),
  demand: z
    .strictObject({
      amount: moneySchema.optional().describe("对方主张的金额（元），信中写作「贵司主张的金额」，不表示承认 / the amount the other side claims (yuan), printed as its claim, never as owed"),
      date: dateSchema.optional().describe("对方提出主张的日期 / the date the claim was made"),
      channel: z.enum(CLAIM_CHANNELS).optional().describe("对方提出主张的方式 / how the claim was made"),
      reference: text(60).optional().describe("对方的通知编号、案件编号 / the other side's notice or case number"),
    })
    .optional()
    .describe("对方如何向你主张这笔欠款（可不填） / how the other side claimed the debt (optional)"),
  sale: z
    .strictObject({
      claimed: z.boolean().optional().describe("对方或他人称这笔债权已经转让（卖给资产管理公司等） / the other side or someone else says the debt was sold"),
      buyer: nameText(80).optional().describe("所称的债权受让人（收信方是受让人时不用填） / the buyer named (not needed when the recipient is the buyer)"),
      noNotice: z.boolean().optional().describe("本人从未收到过债权转让通知 / the borrower has received no notice of the sale"),
    })
    .optional()
    .describe("债权转让（卖债）的情况 / whether a sale of the debt is claimed"),
});

export type DebtDetailsRequest = z.output<typeof debtDetailsRequestSchema>;

export const TITLE = { "zh-Hans": "债务明细及债权凭证查询函", "zh-Hant": "債務明細及債權憑證查詢函" } as const;

const recipientKindSchema = z.enum(RECIPIENT_KINDS);

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const NAME = nameText(80);

/**
 * The checks across fields, run on every body: who the recipient is against its name, the buyer against the
 * recipient, the dates against the letter, and a way for the written reply to reach the borrower.
 */
export function debtDetailsChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  // No recipient, or one without a kind: the original lender (the schema's default). A kind that does not parse: unknown.
  const kind = read("claimant.kind", ANY) === undefined ? "lender" : read("claimant.kind", recipientKindSchema);
  const recipientName = read("claimant.name", NAME);
  if (kind === "lender") {
    for (const field of ["name", "department", "address"] as const)
      if (read(`claimant.${field}`, ANY) !== undefined)
        errors.push(
          fieldError(
            `claimant.${field}`,
            "RECIPIENT_IS_LENDER",
            "收信方是原贷款机构时，机构的名称、部门和地址请填在「原贷款机构」一栏（lender），这里留空",
            "when the letter goes to the original lender, give its name, department and address under lender and leave this empty",
          ),
        );
  } else if (kind !== undefined && read("claimant.name", ANY) === undefined)
    errors.push(
      fieldError(
        "claimant.name",
        "RECIPIENT_NAME_REQUIRED",
        kind === "debt-buyer" ? "请填写受让这笔债权的资产管理公司等机构的名称：信要寄给它" : "请填写催收公司的名称：信要寄给它",
        kind === "debt-buyer" ? "give the name of the debt buyer: the letter is addressed to it" : "give the name of the collection agency: the letter is addressed to it",
      ),
    );
  // Integrators used to the other letters may send `debt` with the amounts owed: this letter states none.
  if (read("debt", ANY) !== undefined)
    errors.push(
      fieldError(
        "debt",
        "NO_AMOUNT_OWED",
        "本函不承认欠款，不写欠款金额：对方说你欠多少，请填在 demand.amount（信中写作「贵司主张的金额」）；逾期、还款、催收的日期请填在 debtDates",
        "this letter admits no debt and states no amount owed: put the amount the other side claims in demand.amount and the dates in debtDates",
      ),
    );
  const buyer = read("sale.buyer", NAME);
  if (kind === "debt-buyer" && buyer !== undefined && recipientName !== undefined && buyer !== recipientName)
    errors.push(
      fieldError(
        "sale.buyer",
        "BUYER_IS_RECIPIENT",
        `收信方（${recipientName}）就是受让人，这里不用再填；如果对方称债权又转给了别人，请把信寄给现在主张债权的机构`,
        `the recipient (${recipientName}) is the buyer: leave this empty; if it says the debt was sold on, write to whoever claims it now`,
      ),
    );
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      { path: "demand.date", relation: "not-after", zh: "对方提出主张的日期不能晚于信函日期", en: "the claim cannot be dated after the letter" },
      { path: "debtDates.overdueSince", relation: "not-after", zh: "逾期开始日期不能晚于信函日期", en: "the overdue date cannot be after the letter date" },
      { path: "debtDates.lastPaymentDate", relation: "not-after", zh: "最后一次还款日期不能晚于信函日期", en: "the last payment cannot be after the letter date" },
      { path: "debtDates.lastDemandDate", relation: "not-after", zh: "最后一次收到催收的日期不能晚于信函日期", en: "the last collection demand cannot be after the letter date" },
    ]),
    ...checkReplyChannel(read),
  );
  return errors;
}

/** How the body addresses a recipient that is not the lender: a law firm is 贵所, anyone else a company (贵司). */
function youOf(name: string, script: Script): string {
  if (/律师事务所$|律師事務所$/.test(name)) return script === "Hans" ? "贵所" : "貴所";
  return script === "Hans" ? "贵司" : "貴司";
}

/** Whether the letter treats a sale as claimed: the recipient is a buyer, or the body says a sale is claimed. */
export function saleApplies(input: Pick<DebtDetailsRequest, "claimant" | "sale">): boolean {
  return input.claimant?.kind === "debt-buyer" || input.sale?.claimed === true || input.sale?.buyer !== undefined || input.sale?.noNotice === true;
}

/** The citations this letter prints, by who the lender is and whether a sale is claimed; everything else is absent. */
export function debtDetailsCitations(input: Pick<DebtDetailsRequest, "lender" | "claimant" | "sale">, script: Script) {
  const sale = saleApplies(input);
  return {
    /** 《个人贷款业务明示综合融资成本规定》 (by name): licensed lenders of personal loans only. */
    financingCost: FINANCING_COST_KINDS.includes(input.lender.kind) ? citation("financing-cost-disclosure-2026", script) : undefined,
    /** 《民法典》第五百四十六条: a transfer not notified does not bind the debtor. */
    transferNotice: sale ? citation("civil-code-546", script) : undefined,
    /** 《民法典》第五百四十八条: the debtor's defences against the seller carry over to the buyer. */
    transferDefences: sale ? citation("civil-code-548", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

const ORDINALS = ["一", "二", "三", "四"];

const CLAIMED = {
  claiming: { Hans: "所主张的", Hant: "所主張的" },
  collecting: { Hans: "所催收的", Hant: "所催收的" },
} as const;

/** Where to complain about the lender when there is no reply, by lender kind (legal-notes.md, "Complaint channels"). */
function complaintChannels(kind: LenderKind): { zh: string; en: string }[] {
  const ids = kind === "microloan" ? ["local-financial-regulator"] : kind === "other" ? [] : ["12378"];
  const english: Record<string, string> = {
    "12378": "the NFRA consumer hotline 12378",
    "local-financial-regulator": "the local financial regulator where the microloan company is registered",
  };
  return COMPLAINT_CHANNELS.filter((c) => ids.includes(c.id)).map((c) => ({ zh: c.name.Hans, en: english[c.id] }));
}

/** What the limitation guard sees in a validated body: the dates under debtDates (never printed). */
export function debtLimitationFacts(input: Pick<DebtDetailsRequest, "debtDates">, letter: CalendarDate): LimitationFacts {
  return limitationFacts(debtLimitationDates(input.debtDates ?? {}), letter);
}

function warnings(input: DebtDetailsRequest, date: CalendarDate, toThirdParty: boolean): LetterWarning[] {
  const out: LetterWarning[] = [];
  if (toThirdParty)
    out.push({
      code: "CONFIRM_NOTHING",
      path: "claimant.kind",
      message: {
        zh: "看到这些材料之前，不要在电话、短信或微信里向资产管理公司、催收人员确认欠款金额，也不要签对方发来的确认书：向受让人确认过债权的，以后一般不能再说这笔债不存在（《合同编通则解释》第四十九条第二款）。",
        en: "Until you have seen these documents, do not confirm any amount to a debt buyer or collector by phone, SMS or WeChat, and sign no confirmation they send: a debtor who has confirmed the debt to the buyer generally cannot later deny it (Contract Interpretation art. 49(2)).",
      },
    });
  const limitation = debtLimitationFacts(input, date);
  if (limitation.atRisk) {
    const latest = limitation.dates.find((d) => d.date === limitation.latest)!;
    out.push({
      code: "NO_PROMISES_BY_PHONE",
      path: latest.path.replace(/^debt\./, "debtDates."),
      message: {
        zh:
          `你填写的最近日期（${formatChineseDate(limitation.latest!)}）距今已超过三年，这笔债可能已过诉讼时效。本函不承认欠款，也不提诉讼时效。` +
          "在看到材料、想清楚之前，不要在电话里答应还款、分期或延期，也不要先还一小笔：这些都算「同意履行」，会让三年重新计算，过了时效也不能再以此拒绝（《诉讼时效规定》第十四条、第十九条）。是否主张时效由你自己决定，可以先免费咨询12348法律援助。",
        en:
          `The latest date you gave (${formatIsoDate(limitation.latest!)}) is more than three years ago: this debt may be time-barred. ` +
          "This letter admits no debt and does not mention the limitation period. Until you have seen the documents and decided, do not agree on the phone to pay, to pay in instalments or later, and do not make a small payment: each counts as agreeing to perform, which restarts the three years and, once they have run, gives up the time-bar defence (Limitation Provisions arts. 14 and 19). Whether to raise it is your choice; 12348 legal aid is free.",
      },
    });
  }
  return out;
}

function nextSteps(input: DebtDetailsRequest, atRisk: boolean, toThirdParty: boolean): NextStepFact[] {
  const channels = complaintChannels(input.lender.kind);
  const lender = input.lender.name;
  return [
    ...SENDING_STEPS,
    {
      id: "check-documents",
      text: {
        zh: `等对方在收到后${REPLY_DAYS}日内书面答复。收到材料后逐项核对：合同是不是你签的，放款是否到了你的账户，每期的本金、利息、罚息和费用怎么算的，利率有没有超过合同约定。`,
        en: `Wait for the written reply within ${REPLY_DAYS} days of receipt. Check what you receive item by item: whether you signed the contract, whether the money reached your account, how each period's principal, interest, penalties and fees were computed, and whether any rate exceeds the contract.`,
      },
    },
    {
      id: "no-reply",
      letterType: "complaint",
      text: {
        zh:
          `${REPLY_DAYS}日内没有答复或拒绝提供的，可以写一封投诉信` +
          (toThirdParty ? `，也可以把本函和对方的情况书面告知原贷款机构${lender}` : "") +
          (channels.length ? `；对${toThirdParty ? "原贷款机构" : "该机构"}可以向${channels.map((c) => c.zh).join("、")}投诉。` : "。"),
        en:
          `With no reply within ${REPLY_DAYS} days, or a refusal, you may complain (the complaint letter)` +
          (toThirdParty ? `, and tell the original lender, ${lender}, in writing` : "") +
          (channels.length ? `; complaints about ${toThirdParty ? "the original lender" : "the institution"} go to ${channels.map((c) => c.en).join(" or ")}.` : "."),
      },
    },
    {
      id: "negotiate",
      letterType: "installment-request",
      text: {
        zh:
          "核对之后如果决定协商还款，可以用分期还款申请书（installment-request）。注意：申请分期、延期或答应还款就是「同意履行」，诉讼时效会重新计算" +
          (atRisk ? "；你填写的日期已超过三年，决定之前请先咨询12348法律援助。" : "。"),
        en:
          "If after checking you decide to negotiate, use the instalment request (installment-request). Note: asking for instalments or a deferral, or promising to pay, agrees to perform and restarts the limitation period" +
          (atRisk ? "; the dates you gave are more than three years old, so ask 12348 legal aid before you decide." : "."),
      },
    },
  ];
}

function build(input: DebtDetailsRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const kind: RecipientKind = input.claimant?.kind ?? "lender";
  const toThirdParty = kind !== "lender";
  const recipientName = toThirdParty ? input.claimant!.name! : input.lender.name;
  const base = letterFrame({ ...input, debt: undefined }, context, {
    role: "applicant",
    ...(toThirdParty ? { recipient: { name: recipientName, department: input.claimant?.department } } : {}),
    // The lender prints the ID and account numbers in full (it must find the account); a buyer or collector,
    // whose claim is what the letter asks to see, gets them masked unless privacy says otherwise.
    toCreditor: !toThirdParty,
  });
  const script = base.script;
  const you = toThirdParty ? youOf(recipientName, script) : base.you;
  const sale = saleApplies(input);
  const basis = debtDetailsCitations(input, script);
  const claim = input.demand;
  const claimAmount = claim?.amount !== undefined ? amountView(claim.amount, script) : undefined;
  const claimGiven = claim !== undefined && (claim.date !== undefined || claim.channel !== undefined || claim.reference !== undefined || claim.amount !== undefined);
  const sections = { documents: ORDINALS[0], sale: sale ? ORDINALS[1] : undefined, requests: ORDINALS[sale ? 2 : 1] };
  const title = TITLE[input.locale];
  const limitation = debtLimitationFacts(input, date);

  return {
    template: "debt-details-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      you,
      /** 「贵司所主张的债权」; a collector collects for someone else: 「贵司所催收的债权」. */
      claimed: CLAIMED[kind === "collection-agency" ? "collecting" : "claiming"][script],
      recipient: {
        kind,
        isLender: kind === "lender",
        isBuyer: kind === "debt-buyer",
        isCollector: kind === "collection-agency",
        name: recipientName,
      },
      creditCard: input.lender.kind === "bank-credit-card",
      /** The paragraph after the opening that tells what the other side did: a buyer's notice always; else a demand or a sale the body describes. */
      opening: kind === "debt-buyer" || claimGiven || sale,
      claim: {
        /** The body describes the demand (when, how, its number or amount). */
        given: claimGiven,
        when: claim?.date ? formatChineseDate(claim.date) : undefined,
        how: claim?.channel ? CHANNEL_PHRASES[claim.channel][script] : "",
        reference: claim?.reference,
        amount: claimAmount,
      },
      sale: {
        applies: sale,
        // The buyer the body names; when the recipient is the buyer it is the recipient itself.
        buyer: kind === "debt-buyer" ? undefined : input.sale?.buyer,
        noNotice: input.sale?.noNotice === true,
      },
      sections,
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${recipientName}）` },
    fileName: buildFileName(title, input.borrower.name, recipientName),
    facts: letterFacts({
      type: "debt-details-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: toThirdParty
        ? { name: recipientName, department: input.claimant?.department, address: input.claimant?.address }
        : { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      amounts: claimAmount ? { claimed: amountFact(claimAmount.fen, script) } : {},
      dates: { claimDate: claim?.date },
      deadlines: [replyDeadline(date)],
      citations: citedIds(basis),
      warnings: warnings(input, date, toThirdParty),
      nextSteps: nextSteps(input, limitation.atRisk, toThirdParty),
    }),
  };
}

/** The borrower's questions, with the privacy hint of a letter that may go to the lender or to a third party. */
function borrowerQuestions(): Section {
  const section = borrowerSection({ toCreditor: false });
  return {
    ...section,
    fields: section.fields.map((field) =>
      field.name === "privacy.maskIdNumber"
        ? {
            ...field,
            hint: "寄给资产管理公司、催收公司时建议隐藏；寄给原贷款机构时可以不勾选，方便对方查找你的账户。",
          }
        : field,
    ),
  };
}

const debtDetailsRequest = defineLetterType({
  id: "debt-details-request",
  order: 25,
  title: TITLE,
  description: {
    zh: "有人向你催一笔欠款，但金额、利息、谁是债权人都不清楚时使用：请原贷款机构、资产管理公司或催收公司提供借款合同、逐期账务明细、年化综合融资成本、催收授权和债权转让通知及凭证，15日内书面答复。本函不承认任何欠款，也不是还款承诺。",
    en: "For when someone demands a debt and you do not know the amount, the interest or who the creditor is: asks the original lender, a debt buyer or a collection agency for the loan contract, the ledger period by period, the annualised total cost, the collector's mandate and the notice and proof of any sale, with a written reply within 15 days. It admits no debt and promises nothing.",
  },
  schema: debtDetailsRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "王五",
      idNumber: "11010519491231002X",
      phone: "13712345678",
      address: "广州市天河区天河路385号1501室",
    },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    account: { product: "借呗", contractNumber: "JB20230512008866" },
    debtDates: { lastPaymentDate: "2025-03-15", lastDemandDate: "2026-11-05" },
    claimant: { kind: "debt-buyer", name: "浙江汇信资产管理有限公司", address: "杭州市西湖区文三路90号8楼" },
    demand: { amount: "32118.40", date: "2026-11-05", channel: "sms", reference: "HX2026110500123" },
    sale: { noNotice: true },
    attachments: ["申请人身份证复印件", "2026年11月5日短信截图"],
  },
  checks: debtDetailsChecks,
  build,
  form: {
    when: "有人向你催一笔钱，但说不清金额怎么来的、利息怎么算的，或者自称已经买下了你的债：先请对方把合同、明细和凭证拿出来。这封信不承认欠款。",
    sections: [
      borrowerQuestions(),
      {
        id: "claimant",
        legend: "信寄给谁",
        hint: "寄给向你主张这笔钱的机构。",
        fields: [
          {
            kind: "radio",
            name: "claimant.kind",
            label: "收信方",
            options: options(RECIPIENT_KINDS, (v) => RECIPIENT_FORM_LABELS[v]),
            default: "lender",
          },
          { kind: "text", name: "claimant.name", label: "收信方名称", hint: "收信方是原贷款机构时留空，填在下面「原贷款机构」里。", autocomplete: "organization" },
          { kind: "text", name: "claimant.department", label: "收件部门", hint: "可不填。" },
          { kind: "text", name: "claimant.address", label: "收信方地址", hint: "寄信的地址。可不填。" },
        ],
      },
      lenderSection("原贷款机构", "当初借钱给你的银行或平台；信里会写明这笔债原来是谁的。"),
      {
        id: "account",
        legend: "原借款",
        hint: "方便对方查到是哪一笔。",
        fields: [
          { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、花呗、借呗。" },
          { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "可不填。", extra: true },
          { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。", extra: true },
        ],
      },
      {
        id: "demand",
        legend: "对方怎么向你要钱",
        hint: "都可不填。金额会写成「对方主张的金额」，不等于你承认欠这么多。",
        fields: [
          { kind: "money", name: "demand.amount", label: "对方说你欠多少（元）" },
          { kind: "date", name: "demand.date", label: "对方联系你的日期" },
          { kind: "radio", name: "demand.channel", label: "联系方式", options: options(CLAIM_CHANNELS, (v) => CHANNEL_FORM_LABELS[v]) },
          { kind: "text", name: "demand.reference", label: "通知编号或案件编号", hint: "短信、信函里的编号。可不填。" },
        ],
      },
      {
        id: "sale",
        legend: "是否说债已经卖了",
        hint: "收信方是资产管理公司时不必勾选第一项。",
        fields: [
          { kind: "checkbox", name: "sale.claimed", label: "对方或别人说这笔债已经转让（卖）给别的公司" },
          { kind: "text", name: "sale.buyer", label: "说是转给了哪家公司", hint: "收信方就是这家公司时不用填。" },
          { kind: "checkbox", name: "sale.noNotice", label: "我从来没有收到过债权转让的通知" },
        ],
      },
      {
        id: "debtDates",
        legend: "几个日期（不写进信里）",
        hint: "只用来提醒你风险，信里不会出现，也不会写欠款金额。记不清可以不填。",
        fields: [
          { kind: "date", name: "debtDates.overdueSince", label: "开始逾期的日期" },
          { kind: "date", name: "debtDates.lastPaymentDate", label: "最后一次还款的日期" },
          { kind: "date", name: "debtDates.lastDemandDate", label: "最后一次收到催收的日期", hint: "电话、短信、信函都算。" },
        ],
      },
      { id: "attachments", legend: "附件", fields: [attachmentsList()] },
      settingsSection(),
    ],
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "claimant", sections: ["claimant"] },
      { id: "lender", title: "原贷款机构和借款", sections: ["lender", "account"] },
      { id: "demand", sections: ["demand", "sale"] },
      { id: "debtDates", title: "几个日期和附件", sections: ["debtDates", "attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender"],
    submitLabel: "生成查询函（PDF）",
    advice: [
      "这封信只请对方拿出材料，不承认欠款，也不答应还款。等材料到了再决定下一步。",
      "对方打电话时，不要在电话里确认金额、答应还款或先还一小笔；请对方按信里的要求书面答复。",
    ],
  },
  journey: {
    situations: [
      { id: "debt-sold", rank: 1, why: "先要对方拿出合同、逐期明细和债权转让的通知与凭证；看到之前不确认任何金额。" },
      { id: "old-debt", rank: 1, why: "只查询、不承认欠款：不会让三年的诉讼时效重新计算。" },
      { id: "third-party-contact", rank: 3, why: "不清楚对方是谁、金额对不上时，先要对方出示委托授权和欠款明细。" },
    ],
  },
});

export default debtDetailsRequest;
