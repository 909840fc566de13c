/**
 * 投诉信 — the borrower complains, first to the institution's complaint department, or to the authority that fits
 * the lender's kind and the topic (./complaint-rules.ts; legal-notes.md; issue 9, letter 4).
 *
 * The letter states what 《银行业保险业消费投诉处理管理办法》 asks of a complaint — the complainant, the institution,
 * the request, the facts and their basis — and, to a bank or consumer-finance company, cites the measures by name
 * (the institution decides within 15 days, extendable). Topics and their facts:
 * - improper collection: the incident model of the collection objection (incidentSchema, its table, and the rule
 *   each conduct breaks from ./collection-rules.ts — imported, never copied);
 * - a credit-report record: 民法典 第一千零二十九条, 征信业管理条例 第二十五条 when an objection was made (20 days),
 *   第二十六条 to the PBOC branch (30 days);
 * - a refused or unanswered request, with the date it was sent: 个人信息保护法 第五十条 for a data-rights request,
 *   征信业管理条例 第二十五条 for a credit-report objection;
 * - fees and interest: 《个人贷款业务明示综合融资成本规定》 (by name) or, for a credit card, the 2022 notice, when
 *   the borrower asks for the charges to be explained; never the 4× LPR rule or a 24%/36% cap;
 * - data misuse: 个人信息保护法 第十条, 民法典 第一千零三十八条 where the borrower says third parties were told, 第六十五条 to
 *   an authority; it does not object to the entrustment of collection itself.
 * It ASKS (恳请), never promises a result, never threatens, and admits no debt (「××主张的欠款」).
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { compareDates, daysBetween, addDays, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { moneySchema, type Fen } from "../text/money";
import { citationApplies, type CitationId } from "../text/citations";
import { CONDUCT_LABELS, INCIDENT_CHANNEL_LABELS, LENDER_KIND_LABELS, type Script } from "../text/labels";
import { attachmentsList, borrowerSection, evidenceList, label, lenderSection, options, settingsSection } from "../form/sections";
import { commonFields, nameText, paragraphsText, text } from "./common";
import { CONDUCTS, CitationNamer, INCIDENT_CHANNELS, explainConducts, normsDisclaimer, type CollectionFacts } from "./collection-rules";
import { MAX_INCIDENTS, collectionObjectionSchema, incidentChecks, incidentRows, orderIncidents } from "./collection-objection";
import { amountView, buildFileName, letterDate, letterFrame, maskAccountNumber, masksNumbers, paragraphs } from "./shared";
import { ANY, checkDatesAgainstLetter, fieldError, readArrayLength, readLetterDate } from "./checks";
import { checkReplyChannel } from "./request";
import { amountFact, letterFacts, SENDING_STEPS } from "./facts";
import { INFO_CATEGORIES, INFO_CATEGORY_FORM_LABELS, THIRD_PARTIES, THIRD_PARTY_FORM_LABELS, categoryList, thirdPartyList } from "./personal-information-rules";
import {
  AUTHORITY_NAMES,
  COMPLAINT_RECIPIENTS,
  COMPLAINT_REQUESTS,
  COMPLAINT_TOPICS,
  NIFA_NAME,
  REQUEST_TOPICS,
  SENT_VIAS,
  SENT_VIA_FORM_LABELS,
  SENT_VIA_LABELS,
  UNANSWERED_KINDS,
  authorityMismatch,
  authorityYou,
  fittingAuthorities,
  unansweredTitle,
  type Authority,
  type ComplaintRecipient,
  type ComplaintRequest,
  type ComplaintTopic,
} from "./complaint-rules";
import { defineLetterType, type BodyReader, type BuiltLetter, type DeadlineFact, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

/** 《银行业保险业消费投诉处理管理办法》: the institution decides within 15 days (extendable). */
export const DECISION_DAYS = 15;
/** 征信业管理条例 第二十五条: an objection is checked and answered in writing within 20 days of receipt. */
export const CREDIT_OBJECTION_DAYS = 20;
/** 征信业管理条例 第二十六条: the PBOC branch answers within 30 days of accepting a complaint. */
export const PBOC_CREDIT_DAYS = 30;

export const complaintRecipientSchema = z
  .strictObject({
    kind: z
      .enum(COMPLAINT_RECIPIENTS)
      .default("institution")
      .describe(
        "收件人：机构本身的投诉部门（默认）、国家金融监督管理总局派出机构（nfra）、地方金融管理局（local-financial-regulator，小额贷款公司）、中国人民银行分支机构（pboc，征信、支付）、中国互联网金融协会（nifa） / " +
          "the recipient: the institution's complaint department (default), the NFRA's local office, the local financial regulator (microloan companies), the PBOC branch (credit reports, payments), or the internet-finance association",
      ),
    name: nameText(80)
      .optional()
      .describe("监管部门的名称，如 国家金融监督管理总局北京监管局（寄给机构本身时不填） / the authority's name, e.g. its local office (not for the institution itself)"),
    department: text(80).optional().describe("收件部门，如 消费者权益保护部 / department"),
    address: text(120).optional().describe("收件地址 / address"),
  })
  .describe("收件人（不填则寄给机构本身） / the recipient (default: the institution itself)");

export const creditRecordSchema = z
  .strictObject({
    shows: text(300).describe("信用报告上的记录显示什么，如 2026年6月至8月逾期 / what the record on the credit report shows"),
    reason: paragraphsText(1000).describe("为什么认为有误 / why the borrower says it is wrong"),
    objection: z
      .strictObject({
        sentOn: dateSchema.describe("提出征信异议的日期 / the date the objection was made"),
        outcome: z.enum(["no-reply", "unsatisfied"]).default("no-reply").describe("结果：未答复（默认）、对答复不满意 / outcome: no reply (default), unsatisfied with the reply"),
      })
      .optional()
      .describe("已向机构提出的征信异议（如有） / the objection already made to the institution, if any"),
  })
  .describe("有误的征信记录（问题为 credit-report 时必填） / the disputed credit-report record (for topic credit-report)");

export const unansweredRequestSchema = z
  .strictObject({
    kind: z.enum(UNANSWERED_KINDS).describe("寄出的是哪一封信 / which letter was sent"),
    title: text(60).optional().describe("信的标题（kind 为 other 时必填） / the letter's title (required for other)"),
    sentTo: nameText(80).optional().describe("寄给了谁（不填则为被投诉机构） / to whom it was sent (default: the institution)"),
    sentOn: dateSchema.describe("寄出日期 / the date it was sent"),
    via: z.enum(SENT_VIAS).optional().describe("寄送方式 / how it was sent"),
    trackingNumber: text(40).optional().describe("邮件号 / postal tracking number"),
    receivedOn: dateSchema.optional().describe("对方签收日期（如知道） / the date it was received, if known"),
    outcome: z
      .enum(["no-reply", "refused-without-reasons", "refused"])
      .default("no-reply")
      .describe("结果：未答复（默认）、拒绝且未说明理由、拒绝 / outcome: no reply (default), refused without reasons, refused"),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "other" && !value.title)
      ctx.addIssue({ code: "custom", path: ["title"], input: value.title, ...bilingual("TITLE_REQUIRED", "选择「其他」时，请写明那封信的标题", "give the letter's title for kind other") });
  })
  .describe("未获答复或被拒绝的申请（问题为 unanswered-request 时必填） / the refused or unanswered request (for topic unanswered-request)");

export const feesSchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          label: text(60).describe("费用名称，如 担保费、会员费 / the charge, e.g. a guarantee or membership fee"),
          amount: moneySchema.optional().describe("金额（元，如知道） / the amount in yuan, if known"),
        }),
      )
      .min(1, bilingual("REQUIRED", "请至少填写一项费用", "list at least one charge"))
      .max(20)
      .describe("有异议的费用或利息 / the disputed charges or interest"),
  })
  .describe("有异议的收费（问题为 fees-interest 时必填） / the disputed charges (for topic fees-interest)");

export const dataMisuseSchema = z
  .strictObject({
    categories: z
      .array(z.enum(INFO_CATEGORIES))
      .min(1, bilingual("REQUIRED", "请至少选择一类个人信息", "choose at least one kind of personal information"))
      .max(INFO_CATEGORIES.length)
      .describe("被违法处理的信息 / the information misused"),
    otherCategory: text(100).optional().describe("选择「其他」时写明是什么信息 / what \"other\" information means"),
    thirdParties: z.array(z.enum(THIRD_PARTIES)).max(THIRD_PARTIES.length).optional().describe("被透露给了谁（如有） / the third parties told, if any"),
    otherThirdParty: text(60).optional().describe("选择「其他人」时写明是谁 / who \"other\" is"),
  })
  .superRefine((value, ctx) => {
    if (value.categories.includes("other") && !value.otherCategory)
      ctx.addIssue({ code: "custom", path: ["otherCategory"], input: undefined, ...bilingual("OTHER_DETAILS_REQUIRED", "选择「其他」时，请写明是哪些信息", "say what \"other\" information means") });
    if (value.thirdParties?.includes("other") && !value.otherThirdParty)
      ctx.addIssue({ code: "custom", path: ["otherThirdParty"], input: undefined, ...bilingual("OTHER_DETAILS_REQUIRED", "选择「其他人」时，请写明是谁", "say who \"other\" is") });
  })
  .describe("个人信息被滥用（问题为 data-misuse 时必填） / the misuse of personal information (for topic data-misuse)");

export const priorComplaintSchema = z
  .strictObject({
    date: dateSchema.describe("向机构投诉的日期 / the date of the complaint to the institution"),
    via: z.enum(SENT_VIAS).optional().describe("投诉方式 / how it was made"),
    reference: text(60).optional().describe("投诉编号或工单号 / the complaint's reference number"),
    outcome: z.enum(["no-decision", "unsatisfied"]).default("no-decision").describe("结果：未作出处理决定（默认）、对处理结果不满意 / outcome: no decision (default), unsatisfied"),
  })
  .describe("此前已向机构提出的投诉（向监管部门投诉时应填写） / the complaint already made to the institution (give it when complaining to an authority)");

const { debt: _debt, ...framingFields } = commonFields;

export const complaintSchema = z.strictObject({
  ...framingFields,
  complaintTo: complaintRecipientSchema.optional(),
  topic: z
    .enum(COMPLAINT_TOPICS)
    .describe("投诉的问题：不当催收、征信记录、申请未获答复或被拒绝、收费和利息、个人信息被滥用、其他 / the topic: improper collection, a credit-report record, a refused or unanswered request, fees and interest, data misuse, other"),
  // The collection objection's own fields (one meaning per name: a batch takes each field's schema from the first type).
  collector: collectionObjectionSchema.shape.collector.describe(
    "催收机构（如知道；不当催收、个人信息被滥用时） / the collection agency, if known (improper collection, data misuse)",
  ),
  incidents: collectionObjectionSchema.shape.incidents
    .optional()
    .describe("催收经过（问题为 improper-collection 时必填，与告知函相同） / the incidents (for topic improper-collection; as in the collection objection)"),
  creditRecord: creditRecordSchema.optional(),
  unansweredRequest: unansweredRequestSchema.optional(),
  disputedCharges: feesSchema.optional(),
  dataMisuse: dataMisuseSchema.optional(),
  statement: paragraphsText(3000).optional().describe("事实经过，用自己的话说明（问题为 other 时必填） / the facts in your own words (required for topic other)"),
  complaintRequests: z
    .array(z.enum(COMPLAINT_REQUESTS))
    .min(1, bilingual("REQUIRED", "请至少选择一项投诉请求", "choose at least one request"))
    .max(COMPLAINT_REQUESTS.length)
    .describe("投诉请求 / what the complaint asks for"),
  otherRequest: text(300).optional().describe("其他请求（complaintRequests 含 other 时必填） / the other request, in your words (required with other)"),
  priorComplaint: priorComplaintSchema.optional(),
  evidence: collectionObjectionSchema.shape.evidence,
});

export type Complaint = z.output<typeof complaintSchema>;

/** The body field that holds each topic's facts. */
export const TOPIC_FACTS: Readonly<Record<ComplaintTopic, keyof Complaint>> = {
  "improper-collection": "incidents",
  "credit-report": "creditRecord",
  "unanswered-request": "unansweredRequest",
  "fees-interest": "disputedCharges",
  "data-misuse": "dataMisuse",
  other: "statement",
};
/** Facts that belong to some topics only (incidents also serve data misuse; the statement serves every topic). */
const FACTS_TOPICS: readonly [keyof Complaint, readonly ComplaintTopic[]][] = [
  ["incidents", ["improper-collection", "data-misuse"]],
  ["collector", ["improper-collection", "data-misuse"]],
  ["creditRecord", ["credit-report"]],
  ["unansweredRequest", ["unanswered-request"]],
  ["disputedCharges", ["fees-interest"]],
  ["dataMisuse", ["data-misuse"]],
];

const TOPIC_LABELS_ZH: Record<ComplaintTopic, string> = {
  "improper-collection": "不当催收",
  "credit-report": "征信记录",
  "unanswered-request": "申请未获答复或被拒绝",
  "fees-interest": "收费和利息",
  "data-misuse": "个人信息被滥用",
  other: "其他",
};

const STRINGS = z.array(z.string());

/**
 * The checks across fields, run on every body: the topic's facts are there (and no other topic's, which would
 * not be printed), the requests fit the topic, the recipient fits the lender kind and the topic, the PBOC is
 * asked only after the institution, the dates, and a way for the reply to reach the borrower.
 */
export function complaintChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const topic = read("topic", complaintSchema.shape.topic);
  if (topic) {
    const facts = TOPIC_FACTS[topic];
    if (read(facts, ANY) === undefined)
      errors.push(
        fieldError(facts, "FACTS_REQUIRED", `投诉「${TOPIC_LABELS_ZH[topic]}」时，请填写 ${facts}`, `a complaint about "${topic}" needs ${facts}`),
      );
    for (const [field, topics] of FACTS_TOPICS)
      if (read(field, ANY) !== undefined && !topics.includes(topic))
        errors.push(
          fieldError(
            field,
            "FACTS_NOT_FOR_TOPIC",
            `${field} 只用于投诉${topics.map((t) => `「${TOPIC_LABELS_ZH[t]}」`).join("或")}；请删除，或改选投诉的问题`,
            `${field} belongs to a complaint about ${topics.join(" or ")}: remove it or change the topic`,
          ),
        );
    const requests = read("complaintRequests", STRINGS) ?? [];
    requests.forEach((request, i) => {
      const fits = REQUEST_TOPICS[request as ComplaintRequest];
      if (fits && !fits.includes(topic))
        errors.push(
          fieldError(
            `complaintRequests.${i}`,
            "REQUEST_NOT_FOR_TOPIC",
            `这项请求不适用于投诉「${TOPIC_LABELS_ZH[topic]}」`,
            `the request "${request}" does not fit a complaint about "${topic}"`,
          ),
        );
    });
  }
  const requests = read("complaintRequests", STRINGS);
  if (requests?.includes("other") && read("otherRequest", ANY) === undefined)
    errors.push(fieldError("otherRequest", "REQUEST_DETAILS_REQUIRED", "选择了「其他请求」，请写明请求的内容", 'the request "other" needs otherRequest'));
  if (requests && !requests.includes("other") && read("otherRequest", ANY) !== undefined)
    errors.push(fieldError("otherRequest", "REQUEST_DETAILS_NOT_USED", "写了其他请求的内容，但没有选择「其他请求」", 'otherRequest is printed only with the request "other"'));

  const recipient: ComplaintRecipient = read("complaintTo.kind", complaintRecipientSchema.shape.kind) ?? "institution";
  const named = read("complaintTo.name", ANY) !== undefined;
  if (recipient === "institution" && named)
    errors.push(
      fieldError("complaintTo.name", "RECIPIENT_NAME_NOT_USED", "寄给机构本身时，收件人就是 lender.name，不用再填 complaintTo.name", "a complaint to the institution goes to lender.name: leave complaintTo.name out"),
    );
  if ((recipient === "nfra" || recipient === "local-financial-regulator" || recipient === "pboc") && !named)
    errors.push(
      fieldError(
        "complaintTo.name",
        "RECIPIENT_NAME_REQUIRED",
        `请填写${AUTHORITY_NAMES[recipient].Hans}的全称，如 ${RECIPIENT_EXAMPLES[recipient]}`,
        `name the authority in full, e.g. ${RECIPIENT_EXAMPLES[recipient]}`,
      ),
    );
  const lenderKind = read("lender.kind", complaintSchema.shape.lender.shape.kind);
  if (recipient !== "institution" && topic && lenderKind) {
    const mismatch = authorityMismatch(recipient, { lenderKind, topic, unansweredKind: read("unansweredRequest.kind", unansweredRequestSchema.shape.kind) });
    if (mismatch) errors.push(fieldError("complaintTo.kind", "AUTHORITY_MISMATCH", mismatch.zh, mismatch.en));
  }
  const institutionAsked = ["priorComplaint", "creditRecord.objection", "unansweredRequest"].some((path) => read(path, ANY) !== undefined);
  if (recipient === "pboc" && !institutionAsked)
    errors.push(
      fieldError(
        "priorComplaint",
        "INSTITUTION_FIRST",
        "中国人民银行一般要求先向金融机构投诉：请先把投诉信寄给机构本身（complaintTo.kind 选 institution），15日后仍未处理或对结果不满意，再向人民银行投诉，并在 priorComplaint 中写明首次投诉的日期",
        "the PBOC expects a complaint to the institution first: send this complaint to the institution (complaintTo.kind institution), and after 15 days without a decision complain to the PBOC, giving the first complaint in priorComplaint",
      ),
    );

  const incidents = Math.min(readArrayLength(read, "incidents"), MAX_INCIDENTS);
  // The incident model's own rules, as the collection objection checks them (conduct against channel and time).
  for (let i = 0; i < incidents; i++) errors.push(...incidentChecks(read, `incidents.${i}`));
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      ...Array.from({ length: incidents }, (_, i) => ({
        path: `incidents.${i}.date`,
        relation: "not-after" as const,
        zh: "催收发生日期不能晚于信函日期",
        en: "an incident cannot be dated after the letter",
      })),
      { path: "creditRecord.objection.sentOn", relation: "not-after", zh: "提出异议的日期不能晚于信函日期", en: "the objection cannot be dated after the letter" },
      { path: "unansweredRequest.sentOn", relation: "not-after", zh: "寄出日期不能晚于信函日期", en: "the request cannot have been sent after the letter date" },
      { path: "unansweredRequest.receivedOn", relation: "not-after", zh: "签收日期不能晚于信函日期", en: "the request cannot have been received after the letter date" },
      { path: "priorComplaint.date", relation: "not-after", zh: "此前投诉的日期不能晚于信函日期", en: "the earlier complaint cannot be dated after the letter" },
    ]),
  );
  const sentOn = read("unansweredRequest.sentOn", dateSchema);
  const receivedOn = read("unansweredRequest.receivedOn", dateSchema);
  if (sentOn && receivedOn && compareDates(receivedOn, sentOn) < 0)
    errors.push(fieldError("unansweredRequest.receivedOn", "INVALID_DATE_ORDER", "签收日期不能早于寄出日期", "the request cannot have been received before it was sent"));
  errors.push(...checkReplyChannel(read));
  return errors;
}

const RECIPIENT_EXAMPLES: Record<Exclude<Authority, "nifa">, string> = {
  nfra: "国家金融监督管理总局北京监管局",
  "local-financial-regulator": "重庆市地方金融管理局",
  pboc: "中国人民银行北京市分行",
};

export const TITLE = { "zh-Hans": "投诉信", "zh-Hant": "投訴信" } as const;

const WORDS = {
  name: { Hans: "机构名称", Hant: "機構名稱" },
  kind: { Hans: "机构类型", Hant: "機構類型" },
  address: { Hans: "机构地址", Hant: "機構地址" },
  product: { Hans: "业务或产品", Hant: "業務或產品" },
  card: { Hans: "卡号", Hant: "卡號" },
  account: { Hans: "账号", Hant: "賬號" },
  contract: { Hans: "合同编号", Hant: "合同編號" },
  collector: { Hans: "催收机构", Hant: "催收機構" },
  collectorPhone: { Hans: "联系电话", Hant: "聯繫電話" },
  received: { Hans: "签收", Hant: "簽收" },
  sent: { Hans: "寄出", Hant: "寄出" },
} as const;

/** Closing punctuation the borrower may have typed at the end of a request: the list adds its own. */
const TRAILING_PUNCTUATION = /[。；，、.;,!！]+$/u;

interface Elapsed {
  /** Whole days from `from` to the letter date. */
  days: number;
  /** The period's last day (from + period). */
  due: CalendarDate;
  /** Whether the period has run by the letter date. */
  over: boolean;
}

function elapsed(from: CalendarDate, letter: CalendarDate, period: number): Elapsed {
  const due = addDays(from, period);
  return { days: daysBetween(from, letter), due, over: compareDates(letter, due) > 0 };
}

function build(input: Complaint, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const kind: ComplaintRecipient = input.complaintTo?.kind ?? "institution";
  const toInstitution = kind === "institution";
  const authority = toInstitution ? undefined : (kind as Authority);
  const lenderKind = input.lender.kind;
  const recipient = toInstitution
    ? { name: input.lender.name, department: input.complaintTo?.department ?? input.lender.department }
    : { name: input.complaintTo?.name ?? NIFA_NAME[script], department: input.complaintTo?.department };
  const base = letterFrame(input, context, { role: "complainant", recipient, toCreditor: toInstitution });
  const you = authority ? authorityYou(authority, recipient.name, script) : base.you;
  /** How the body names the institution complained about: 贵行/贵司 to itself, its name to an authority. */
  const institution = toInstitution ? you : input.lender.name;
  const bankOrConsumerFinance = citationApplies("complaint-measures-2020", { lenderKind });
  const credit = input.topic === "credit-report" || (input.topic === "unanswered-request" && input.unansweredRequest?.kind === "credit-report-objection");
  const namer = new CitationNamer(script);
  const cite = (id: CitationId) => namer.list([id]);

  // In the order the template prints them: the opening, the earlier complaint, the topic's basis.
  const measures = toInstitution && bankOrConsumerFinance ? cite("complaint-measures-2020") : undefined;

  // The earlier complaint comes first: an authority checks that the institution was asked.
  const prior = input.priorComplaint;
  const priorElapsed = prior ? elapsed(prior.date, date, DECISION_DAYS) : undefined;
  const priorView = prior && {
    date: formatChineseDate(prior.date),
    via: prior.via ? SENT_VIA_LABELS[prior.via][script] : "",
    reference: prior.reference,
    noDecision: prior.outcome === "no-decision",
    ...elapsedView(priorElapsed!),
    measures: !toInstitution && bankOrConsumerFinance ? cite("complaint-measures-2020") : undefined,
  };

  const collection = input.topic === "improper-collection" || (input.topic === "data-misuse" && input.incidents) ? collectionFacts(input, institution, namer, script) : undefined;
  const consumerProtection = input.topic === "improper-collection" && bankOrConsumerFinance ? cite("consumer-protection-measures-2023") : undefined;

  const creditRecord = input.creditRecord && {
    shows: input.creditRecord.shows,
    reason: paragraphs(input.creditRecord.reason),
    civil: cite("civil-code-1029"),
    objection: input.creditRecord.objection && {
      sentOn: formatChineseDate(input.creditRecord.objection.sentOn),
      cite: cite("credit-regulation-25"),
      noReply: input.creditRecord.objection.outcome === "no-reply",
      ...elapsedView(elapsed(input.creditRecord.objection.sentOn, date, CREDIT_OBJECTION_DAYS)),
    },
  };

  const request = input.unansweredRequest;
  const requestFrom = request ? request.receivedOn ?? request.sentOn : undefined;
  const requestPeriod = request?.kind === "credit-report-objection" ? CREDIT_OBJECTION_DAYS : DECISION_DAYS;
  const unanswered = request && {
    title: request.title ?? (request.kind === "other" ? "" : unansweredTitle(request.kind, lenderKind, script)),
    sentTo: request.sentTo ?? institution,
    sentOn: formatChineseDate(request.sentOn),
    via: request.via ? SENT_VIA_LABELS[request.via][script] : "",
    trackingNumber: request.trackingNumber,
    receivedOn: request.receivedOn ? formatChineseDate(request.receivedOn) : undefined,
    from: request.receivedOn ? WORDS.received[script] : WORDS.sent[script],
    noReply: request.outcome === "no-reply",
    refusedWithoutReasons: request.outcome === "refused-without-reasons",
    refused: request.outcome === "refused",
    days: daysBetween(requestFrom!, date),
    pipl: request.kind === "personal-information-request" ? cite("pipl-50") : undefined,
    creditObjection: request.kind === "credit-report-objection" ? cite("credit-regulation-25") : undefined,
  };
  const pboc = authority === "pboc" && credit ? cite("credit-regulation-26") : undefined;

  const fees = input.disputedCharges && feesView(input, institution, namer, script);
  const dataMisuse = input.dataMisuse && {
    categories: categoryList(input.dataMisuse.categories, input.dataMisuse.otherCategory, script),
    parties: input.dataMisuse.thirdParties?.length ? thirdPartyList(input.dataMisuse.thirdParties, input.dataMisuse.otherThirdParty, script) : undefined,
    pipl: cite("pipl-10"),
    civil: input.dataMisuse.thirdParties?.length ? cite("civil-code-1038") : undefined,
    // 第六十五条: complaints to the authorities that protect personal information — a regulator, not the association.
    complaint: authority && authority !== "nifa" ? cite("pipl-65") : undefined,
  };

  const asks = new Set(input.complaintRequests);
  const title = TITLE[input.locale];
  const routing = { lenderKind, topic: input.topic, unansweredKind: request?.kind };
  const deadlines = complaintDeadlines(input, date, { authority, bankOrConsumerFinance, credit, requestFrom, requestPeriod });
  return {
    template: "complaint",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      you,
      institution,
      to: { institution: toInstitution, authority: !toInstitution, nifa: kind === "nifa", local: kind === "local-financial-regulator" },
      topic: {
        collection: input.topic === "improper-collection",
        credit: input.topic === "credit-report",
        unanswered: input.topic === "unanswered-request",
        fees: input.topic === "fees-interest",
        dataMisuse: input.topic === "data-misuse",
        other: input.topic === "other",
      },
      measures,
      institutionLines: institutionLines(input, toInstitution, script),
      asks: {
        stopCollection: asks.has("stop-collection-conduct"),
        correctRecord: asks.has("correct-credit-record"),
        answer: asks.has("answer-request"),
        explain: asks.has("explain-charges"),
        refund: asks.has("refund-charges"),
        stopDataMisuse: asks.has("stop-data-misuse"),
        other: asks.has("other") ? input.otherRequest?.replace(TRAILING_PUNCTUATION, "") : undefined,
      },
      decisionDays: DECISION_DAYS,
      collection,
      consumerProtection,
      creditRecord,
      unanswered,
      pboc,
      fees,
      dataMisuse,
      details: paragraphs(input.statement),
      prior: priorView,
      evidence: input.evidence ?? [],
      sections: sectionNumbers((input.evidence?.length ?? 0) > 0),
      citationIds: [...namer.cited],
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${recipient.name}）` },
    fileName: buildFileName(title, input.borrower.name, recipient.name),
    facts: letterFacts({
      type: "complaint",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: recipient.name, department: recipient.department, address: input.complaintTo?.address ?? (toInstitution ? input.lender.address : undefined) },
      amounts: fees?.total ? { disputedCharges: amountFact(fees.total.fen, script) } : {},
      dates: {
        priorComplaint: prior?.date,
        requestSent: request?.sentOn,
        requestReceived: request?.receivedOn,
        creditObjection: input.creditRecord?.objection?.sentOn,
        firstIncident: collection ? input.incidents && orderIncidents(input.incidents)[0].date : undefined,
        lastIncident: collection ? input.incidents && orderIncidents(input.incidents).at(-1)!.date : undefined,
      },
      deadlines,
      citations: namer.cited,
      warnings: complaintWarnings(input, date, { authority, credit, requestFrom, requestPeriod, priorElapsed }),
      nextSteps: complaintNextSteps(input, authority, routing, bankOrConsumerFinance),
    }),
  };
}

function elapsedView(e: Elapsed) {
  return { days: e.days, over: e.over, due: formatChineseDate(e.due) };
}

const ORDINALS = ["一", "二", "三", "四", "五", "六"];
/** The headings' numbers: 投诉人, 被投诉机构, 投诉请求, 事实和理由, then 证据 when there is evidence. */
function sectionNumbers(evidence: boolean) {
  return { complainant: ORDINALS[0], institution: ORDINALS[1], requests: ORDINALS[2], facts: ORDINALS[3], evidence: evidence ? ORDINALS[4] : undefined };
}

/** The institution complained about, as a clerk needs it: name, kind (to an authority), address, product, numbers, the agency. */
function institutionLines(input: Complaint, toInstitution: boolean, script: Script): string[] {
  const masked = masksNumbers(input.privacy, toInstitution);
  const account = input.account;
  const numberWord = input.lender.kind === "bank-credit-card" ? WORDS.card : WORDS.account;
  const lines = [`${WORDS.name[script]}：${input.lender.name}`];
  if (!toInstitution) lines.push(`${WORDS.kind[script]}：${LENDER_KIND_LABELS[input.lender.kind][script]}`);
  if (input.lender.address) lines.push(`${WORDS.address[script]}：${input.lender.address}`);
  if (account?.product) lines.push(`${WORDS.product[script]}：${account.product}`);
  if (account?.accountNumber) lines.push(`${numberWord[script]}：${masked ? maskAccountNumber(account.accountNumber, script) : account.accountNumber}`);
  if (account?.contractNumber) lines.push(`${WORDS.contract[script]}：${account.contractNumber}`);
  if (input.collector?.name || input.collector?.phone) {
    const phone = input.collector.phone ? `（${WORDS.collectorPhone[script]}：${input.collector.phone}）` : "";
    lines.push(`${WORDS.collector[script]}：${input.collector.name ?? ""}${phone}`);
  }
  return lines;
}

/** The incident table and the rule each conduct breaks, exactly as the collection objection states them. */
function collectionFacts(input: Complaint, institution: string, namer: CitationNamer, script: Script) {
  const incidents = orderIncidents(input.incidents ?? []);
  if (!incidents.length) return undefined;
  const facts: CollectionFacts = {
    lenderKind: input.lender.kind,
    debtIsIllegal: false,
    collectorKnown: input.collector?.name !== undefined,
    lenderName: input.lender.name,
    you: institution,
    incidents,
    demands: [],
  };
  const findings = explainConducts(facts, namer).map((finding, i) => ({
    ...finding,
    ordinal: `（${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"][i]}）`,
    label: CONDUCT_LABELS[finding.conduct][script],
    refs: script === "Hans" ? `见上表第${finding.incidentNumbers.join("、")}项` : `見上表第${finding.incidentNumbers.join("、")}項`,
  }));
  return {
    rows: incidentRows(incidents, script),
    count: incidents.length,
    first: formatChineseDate(incidents[0].date),
    last: formatChineseDate(incidents[incidents.length - 1].date),
    sameDay: compareDates(incidents[0].date, incidents[incidents.length - 1].date) === 0,
    collector: input.collector,
    findings,
    disclaimer: normsDisclaimer(namer.cited, script),
  };
}

/** The disputed charges: each line, the sum of the amounts given, and the rule for explaining them. */
function feesView(input: Complaint, institution: string, namer: CitationNamer, script: Script) {
  const items = input.disputedCharges!.items.map((item) => ({ label: item.label, amount: item.amount === undefined ? "—" : amountView(item.amount, script).plain }));
  const amounts = input.disputedCharges!.items.flatMap((item) => (item.amount === undefined ? [] : [item.amount]));
  const total: Fen | undefined = amounts.length ? amounts.reduce((a, b) => a + b, 0) : undefined;
  const explain = input.complaintRequests.includes("explain-charges");
  const kind = input.lender.kind;
  const basis =
    !explain || kind === "other"
      ? undefined
      : kind === "bank-credit-card"
        ? { card: namer.list(["credit-card-notice-2022"]) }
        : { cost: namer.list(["financing-cost-disclosure-2026"]) };
  return {
    institution,
    items,
    total: total === undefined ? undefined : amountView(total, script),
    several: amounts.length > 1,
    basis,
  };
}

interface DeadlineContext {
  authority?: Authority;
  bankOrConsumerFinance: boolean;
  credit: boolean;
  requestFrom?: CalendarDate;
  requestPeriod: number;
}

/**
 * The dates the complaint turns on: the institution's 15-day decision period (reply-due) when the complaint goes
 * to the institution; the PBOC's 30 days for a credit-report complaint; and the periods that have or have not
 * run for what the borrower asked before (the earlier complaint, the unanswered request, the credit objection).
 */
function complaintDeadlines(input: Complaint, date: CalendarDate, ctx: DeadlineContext): DeadlineFact[] {
  const iso = formatIsoDate;
  const out: DeadlineFact[] = [];
  if (!ctx.authority) {
    const due = addDays(date, DECISION_DAYS);
    out.push({
      id: "reply-due",
      date: iso(due),
      rule: ctx.bankOrConsumerFinance
        ? { zh: "《银行业保险业消费投诉处理管理办法》：机构在15日内作出处理决定，情况复杂的可以延长（最长60日）", en: "the complaint measures: the institution decides within 15 days, extendable (at most 60)" }
        : { zh: "信中请机构自收到之日起15日内作出处理决定并书面答复", en: "the letter asks for a decision and a written reply within 15 days of receipt" },
      explanation: {
        zh: `从机构收到投诉之日起算15日：如当天签收，为${formatChineseDate(due)}。到期没有处理决定或对结果不满意，可以向监管部门投诉（投诉信，收件人选监管部门）。`,
        en: `15 days from receipt: ${iso(due)} if delivered the day it is dated. Without a decision by then, or if you disagree with it, complain to the authority (the complaint letter, with an authority as recipient).`,
      },
      ...(ctx.bankOrConsumerFinance ? { citation: "complaint-measures-2020" } : {}),
    });
  }
  if (ctx.authority === "pboc" && ctx.credit) {
    const due = addDays(date, PBOC_CREDIT_DAYS);
    out.push({
      id: "authority-reply",
      date: iso(due),
      rule: { zh: "《征信业管理条例》第二十六条：自受理投诉之日起30日内作出处理并书面答复", en: "Credit Reporting Regulation art. 26: a decision and written answer within 30 days of accepting the complaint" },
      explanation: {
        zh: `从人民银行受理之日起算30日，最早为${formatChineseDate(due)}（如当天收到并受理）。`,
        en: `30 days from acceptance: ${iso(due)} at the earliest (if received and accepted the day it is dated).`,
      },
      citation: "credit-regulation-26",
    });
  }
  if (input.priorComplaint && ctx.bankOrConsumerFinance) {
    const due = addDays(input.priorComplaint.date, DECISION_DAYS);
    out.push({
      id: "institution-decision",
      date: iso(due),
      rule: { zh: "此前投诉的15日处理期限（《银行业保险业消费投诉处理管理办法》）", en: "the earlier complaint's 15-day decision period (the complaint measures)" },
      explanation: {
        zh: `从首次投诉之日（${formatChineseDate(input.priorComplaint.date)}）起算15日为${formatChineseDate(due)}；机构收到的日期可能稍晚，情况复杂的可以延长。`,
        en: `15 days from the first complaint (${iso(input.priorComplaint.date)}) is ${iso(due)}; the institution may have received it later, and complex cases may be extended.`,
      },
      citation: "complaint-measures-2020",
    });
  }
  if (input.unansweredRequest && ctx.requestFrom) {
    const objection = input.unansweredRequest.kind === "credit-report-objection";
    const due = addDays(ctx.requestFrom, ctx.requestPeriod);
    const from = input.unansweredRequest.receivedOn ? "签收" : "寄出";
    out.push({
      id: objection ? "credit-objection-reply" : "requested-reply",
      date: iso(due),
      rule: objection
        ? { zh: "《征信业管理条例》第二十五条：自收到异议之日起20日内书面答复", en: "Credit Reporting Regulation art. 25: a written answer within 20 days of receiving the objection" }
        : { zh: "那封信请对方在15日内书面答复（法律未规定固定期限）", en: "that letter asked for a written reply within 15 days (the law sets no fixed period)" },
      explanation: {
        zh: `从${from}之日（${formatChineseDate(ctx.requestFrom)}）起算${ctx.requestPeriod}日为${formatChineseDate(due)}。`,
        en: `${ctx.requestPeriod} days from ${input.unansweredRequest.receivedOn ? "receipt" : "sending"} (${iso(ctx.requestFrom)}) is ${iso(due)}.`,
      },
      ...(objection ? { citation: "credit-regulation-25" } : {}),
    });
  }
  if (input.creditRecord?.objection) {
    const due = addDays(input.creditRecord.objection.sentOn, CREDIT_OBJECTION_DAYS);
    out.push({
      id: "credit-objection-reply",
      date: iso(due),
      rule: { zh: "《征信业管理条例》第二十五条：自收到异议之日起20日内书面答复", en: "Credit Reporting Regulation art. 25: a written answer within 20 days of receiving the objection" },
      explanation: {
        zh: `从提出异议之日（${formatChineseDate(input.creditRecord.objection.sentOn)}）起算20日为${formatChineseDate(due)}；机构收到的日期可能稍晚。`,
        en: `20 days from the objection (${iso(input.creditRecord.objection.sentOn)}) is ${iso(due)}; it may have been received later.`,
      },
      citation: "credit-regulation-25",
    });
  }
  return out;
}

interface WarningContext {
  authority?: Authority;
  credit: boolean;
  requestFrom?: CalendarDate;
  requestPeriod: number;
  priorElapsed?: Elapsed;
}

function complaintWarnings(input: Complaint, date: CalendarDate, ctx: WarningContext): (LetterWarning | undefined)[] {
  const warnings: (LetterWarning | undefined)[] = [];
  const asked = input.priorComplaint || input.unansweredRequest || input.creditRecord?.objection;
  if (ctx.authority && ctx.authority !== "pboc" && !asked)
    warnings.push({
      code: "NO_PRIOR_COMPLAINT",
      path: "priorComplaint",
      message: {
        zh: "监管部门通常会先把投诉转给机构处理。先向机构本身投诉（complaintTo.kind 选 institution），机构15日内未处理或你对结果不满意，再向监管部门投诉，并写明首次投诉的日期，处理会更快。",
        en: "Authorities usually pass a complaint to the institution first. Complain to the institution itself first (complaintTo.kind institution); if it makes no decision within 15 days or you disagree, complain to the authority and give the first complaint's date.",
      },
    });
  if (ctx.priorElapsed && !ctx.priorElapsed.over && input.priorComplaint?.outcome === "no-decision")
    warnings.push({
      code: "PERIOD_NOT_OVER",
      path: "priorComplaint.date",
      message: {
        zh: `首次投诉至今只有${ctx.priorElapsed.days}日：机构的15日处理期限到${formatChineseDate(ctx.priorElapsed.due)}才届满（从机构收到之日算），可以等到期后再寄。`,
        en: `Only ${ctx.priorElapsed.days} days since the first complaint: the institution's 15 days run until ${formatChineseDate(ctx.priorElapsed.due)} at the earliest; you may wait until then.`,
      },
    });
  if (input.unansweredRequest && ctx.requestFrom && input.unansweredRequest.outcome === "no-reply") {
    const e = elapsed(ctx.requestFrom, date, ctx.requestPeriod);
    if (!e.over)
      warnings.push({
        code: "PERIOD_NOT_OVER",
        path: "unansweredRequest.sentOn",
        message: {
          zh: `那封信${input.unansweredRequest.receivedOn ? "签收" : "寄出"}至今只有${e.days}日，信中请对方答复的${ctx.requestPeriod}日到${formatChineseDate(e.due)}才届满，可以等到期后再投诉。`,
          en: `Only ${e.days} days since that letter was ${input.unansweredRequest.receivedOn ? "received" : "sent"}: its ${ctx.requestPeriod} days run until ${formatIsoDate(e.due)}; you may wait until then.`,
        },
      });
  }
  if (input.topic === "credit-report" && !input.creditRecord?.objection)
    warnings.push({
      code: "CREDIT_OBJECTION_FIRST",
      path: "creditRecord.objection",
      message: {
        zh: "征信记录有误，最直接的办法是提出征信异议（征信异议申请书）：机构须在20日内核查并书面答复。没有结果时再投诉。",
        en: "For a wrong credit record the direct route is an objection (the credit-report objection letter): it must be checked and answered in writing within 20 days. Complain if that fails.",
      },
    });
  return warnings;
}

const AUTHORITY_EN: Record<Authority, string> = {
  nfra: "the NFRA's local office (12378)",
  "local-financial-regulator": "the local financial regulator where the microloan company is registered",
  pboc: "the PBOC's local branch (12363)",
  nifa: "the internet-finance association's reporting platform",
};

function complaintNextSteps(input: Complaint, authority: Authority | undefined, routing: Parameters<typeof fittingAuthorities>[0], bankOrConsumerFinance: boolean): NextStepFact[] {
  const steps: NextStepFact[] = [...SENDING_STEPS];
  if (!authority) {
    const next = fittingAuthorities(routing);
    steps.push({
      id: "wait-for-decision",
      text: bankOrConsumerFinance
        ? { zh: "机构应在15日内作出处理决定，情况复杂的可以延长（最长60日），会告诉你延长的理由。", en: "The institution should decide within 15 days; complex cases may be extended (at most 60 days), with reasons." }
        : { zh: "信中请机构15日内作出处理决定并书面答复。", en: "The letter asks for a decision and a written reply within 15 days." },
    });
    if (next.length)
      steps.push({
        id: "escalate",
        letterType: "complaint",
        text: {
          zh: `到期没有处理决定，或对结果不满意：可以向${next.map((a) => AUTHORITY_NAMES[a].Hans).join("、")}投诉（投诉信，收件人选对应的部门，并写明这次投诉的日期），附上这封投诉信和邮寄凭证。`,
          en: `Without a decision by then, or if you disagree: complain to ${next.map((a) => AUTHORITY_EN[a]).join(", ")} (the complaint letter with that recipient, giving this complaint's date), enclosing this letter and the postal receipt.`,
        },
      });
  } else {
    const hotline = authority === "nfra" ? "12378" : authority === "pboc" ? "12363" : undefined;
    steps.push({
      id: "follow-up",
      text: hotline
        ? { zh: `也可以拨打${hotline}，说明已寄出书面投诉，询问处理进度。`, en: `You may also call ${hotline}, say that you sent a written complaint and ask how it is progressing.` }
        : { zh: "保留寄送凭证；长时间没有回音，可以打电话询问处理进度。", en: "Keep the postal receipt; if you hear nothing for a long time, call to ask how it is progressing." },
    });
  }
  if (input.topic === "credit-report" && !input.creditRecord?.objection)
    steps.push({
      id: "credit-objection",
      letterType: "credit-report-objection",
      text: { zh: "同时提出征信异议（征信异议申请书）：机构须在20日内核查并书面答复。", en: "Also make a credit-report objection: it must be checked and answered within 20 days." },
    });
  steps.push({
    id: "legal-aid",
    text: {
      zh: "纠纷需要到法院解决（起诉或被起诉）时，可以拨打12348申请法律援助，免费。投诉不影响你依法起诉的权利。",
      en: "If the dispute goes to court (you sue or are sued), call 12348 for free legal aid. A complaint does not affect your right to go to court.",
    },
  });
  return steps;
}

const TOPIC_FORM_LABELS: Record<ComplaintTopic, string> = {
  "improper-collection": "不当催收（爆通讯录、深夜来电、威胁辱骂等）",
  "credit-report": "征信记录有误",
  "unanswered-request": "我寄出的申请没有答复，或被拒绝",
  "fees-interest": "收费或利息有问题",
  "data-misuse": "个人信息被滥用",
  other: "其他问题",
};

const RECIPIENT_FORM_LABELS: Record<ComplaintRecipient, string> = {
  institution: "机构本身的投诉部门（先投诉这里）",
  nfra: "国家金融监督管理总局当地监管局（银行、消费金融公司，12378）",
  "local-financial-regulator": "地方金融管理局（小额贷款公司）",
  pboc: "中国人民银行当地分行（征信、支付，12363）",
  nifa: "中国互联网金融协会举报平台（网络借贷）",
};

const REQUEST_FORM_LABELS: Record<ComplaintRequest, string> = {
  "stop-collection-conduct": "停止不当催收（不当催收、个人信息被滥用）",
  "correct-credit-record": "核查并更正征信记录（征信记录有误）",
  "answer-request": "对我的申请作出书面答复（申请没有答复）",
  "explain-charges": "说明收费的项目、标准和依据（收费或利息）",
  "refund-charges": "退还经核查不应收取的费用（收费或利息）",
  "stop-data-misuse": "停止违法处理我的个人信息（个人信息被滥用、不当催收）",
  other: "其他请求（请写明）",
};

const UNANSWERED_FORM_LABELS: Record<(typeof UNANSWERED_KINDS)[number], string> = {
  "installment-request": "分期还款申请书",
  "deferral-request": "延期还款申请书",
  "collection-objection": "停止不当催收告知函",
  "debt-details-request": "债务明细及债权凭证查询函",
  "credit-report-objection": "征信异议申请书",
  "personal-information-request": "个人信息权利行使申请书",
  "settlement-request": "一次性结清减免申请书",
  "settlement-certificate-request": "结清证明申请",
  other: "其他（请写标题）",
};

/** The borrower's questions; the numbers are hidden by default (the form cannot know the recipient before it is sent). */
function borrowerFields() {
  const section = borrowerSection({ toCreditor: false });
  return {
    ...section,
    fields: section.fields.map((field) =>
      field.name === "privacy.maskIdNumber"
        ? { ...field, hint: "默认隐藏。寄给机构本身的投诉部门时可以取消勾选，完整显示，方便对方查找你的账户；寄给监管部门时建议隐藏。" }
        : field,
    ),
  };
}

const complaint = defineLetterType({
  id: "complaint",
  order: 70,
  title: TITLE,
  description: {
    zh: "遇到不当催收、征信记录有误、申请没人答复、乱收费或个人信息被滥用时使用：先向机构的投诉部门投诉，15日内未处理再向对应的监管部门投诉（银行和消费金融公司：国家金融监督管理总局；小额贷款公司：地方金融管理局；征信：人民银行）。列明投诉人、被投诉机构、请求、事实和依据。只提出请求，不承认任何欠款。",
    en: "For improper collection, a wrong credit record, an unanswered request, improper charges or misuse of your data: complain to the institution's complaint department first, then, after 15 days without a decision, to the authority that supervises it (NFRA for banks and consumer-finance companies, the local financial regulator for microloan companies, the PBOC for credit reports). States the complainant, the institution, the request, the facts and their basis. It asks; it admits no debt.",
  },
  schema: complaintSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "张三",
      idNumber: "11010519491231002X",
      phone: "13812345678",
      address: "北京市朝阳区建国路88号3单元501室",
    },
    lender: { name: "招商银行信用卡中心", kind: "bank-credit-card", department: "消费者权益保护部", address: "上海市浦东新区陆家嘴环路1088号" },
    account: { product: "招商银行信用卡", accountNumber: "6225 8801 2345 1234" },
    privacy: { maskIdNumber: false },
    topic: "improper-collection",
    collector: { name: "深圳市恒信达商务咨询有限公司", phone: "0755-86001234" },
    incidents: [
      {
        date: "2026-10-12",
        time: "10:20",
        channel: "phone",
        from: "0755-86001234",
        conducts: ["contacted-third-parties", "disclosure"],
        description: "对方致电本人母亲，称本人欠款不还，要求她代为转告。",
      },
      {
        date: "2026-10-18",
        time: "23:40",
        channel: "phone",
        from: "17012345678",
        conducts: ["night-contact", "threats"],
        description: "深夜来电，称如不在三天内还清就「上门找你家人」。",
      },
      {
        date: "2026-11-02",
        time: "22:50",
        channel: "sms",
        from: "10692000123456",
        conducts: ["night-contact", "false-legal-claims"],
        description: "短信称「已立案，明日移交法院强制执行」。",
      },
    ],
    complaintRequests: ["stop-collection-conduct", "stop-data-misuse"],
    evidence: ["2026年10月18日通话录音", "2026年11月2日短信截图", "本人母亲的书面说明"],
    attachments: ["通话记录截图（共3页）", "短信截图（共1页）"],
  },
  checks: complaintChecks,
  build,
  form: {
    when: "机构或它委托的催收方做了不该做的事，或者你的申请没人理：先向机构的投诉部门投诉；15天还没处理，再向监管部门投诉。",
    sections: [
      borrowerFields(),
      {
        id: "complaint-to",
        legend: "寄给谁",
        hint: "先寄给机构本身的投诉部门。机构15日内没有处理或你不满意，再寄给监管部门：银行和消费金融公司（如花呗、借呗）找国家金融监督管理总局当地监管局，小额贷款公司找它注册地的地方金融管理局，征信问题找人民银行。",
        fields: [
          { kind: "radio", name: "complaintTo.kind", label: "收件人", options: options(COMPLAINT_RECIPIENTS, (v) => RECIPIENT_FORM_LABELS[v]), default: "institution" },
          { kind: "text", name: "complaintTo.name", label: "监管部门的全称", hint: "寄给机构本身时不填。例如：国家金融监督管理总局北京监管局、重庆市地方金融管理局、中国人民银行北京市分行。" },
          { kind: "text", name: "complaintTo.department", label: "收件部门", hint: "例如：消费者权益保护部。可不填。" },
          { kind: "text", name: "complaintTo.address", label: "收件地址", hint: "寄给监管部门时填写，可在其官网查到。" },
        ],
      },
      {
        ...lenderSection("被投诉的机构", "你借款的银行或平台。"),
        fields: [
          ...lenderSection("", "").fields,
          { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、花呗、借呗、美团月付。" },
          { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "寄给监管部门时默认只显示后4位。可不填。" },
          { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。" },
        ],
      },
      {
        id: "topic",
        legend: "投诉什么",
        fields: [{ kind: "radio", name: "topic", label: "投诉的问题", required: true, options: options(COMPLAINT_TOPICS, (v) => TOPIC_FORM_LABELS[v]) }],
      },
      {
        id: "incidents",
        legend: "催收经过",
        hint: "每次写一条，写清日期和发生了什么，不要夸大。",
        fields: [
          { kind: "text", name: "collector.name", label: "催收机构名称", hint: "对方自称的公司名称。不知道可不填。", extra: true },
          { kind: "tel", name: "collector.phone", label: "催收电话", hint: "可不填。", extra: true },
          {
            kind: "list",
            name: "incidents",
            label: "每一次不当催收",
            rowLabel: "第 {n} 次",
            rows: 3,
            max: MAX_INCIDENTS,
            action: "add-incident",
            addLabel: "再加一次催收经过",
            item: [
              { kind: "date", name: "date", label: "日期", required: true },
              { kind: "time", name: "time", label: "时间", hint: "大约几点。可不填。" },
              { kind: "select", name: "channel", label: "方式", required: true, options: options(INCIDENT_CHANNELS, label(INCIDENT_CHANNEL_LABELS)) },
              { kind: "text", name: "from", label: "对方号码或账号", hint: "可不填。" },
              { kind: "checkboxes", name: "conducts", label: "发生了什么（可多选）", required: true, options: options(CONDUCTS, label(CONDUCT_LABELS)) },
              { kind: "textarea", name: "description", label: "经过", hint: "例如：对方给我母亲打电话，说我不还钱就要坐牢。可不填。" },
            ],
          },
        ],
      },
      {
        id: "credit-record",
        legend: "征信记录",
        fields: [
          { kind: "text", name: "creditRecord.shows", label: "信用报告上显示什么", hint: "例如：2026年6月至8月显示逾期，逾期金额3,200元。" },
          { kind: "textarea", name: "creditRecord.reason", label: "为什么有误", hint: "例如：这笔借款已于2026年5月还清，有结清证明。" },
          { kind: "date", name: "creditRecord.objection.sentOn", label: "提出征信异议的日期", hint: "已经提过异议才填。" },
          {
            kind: "radio",
            name: "creditRecord.objection.outcome",
            label: "异议的结果",
            options: [
              { value: "no-reply", label: "没有答复" },
              { value: "unsatisfied", label: "答复了，但我不满意" },
            ],
          },
        ],
      },
      {
        id: "unanswered-request",
        legend: "没有答复的申请",
        fields: [
          { kind: "select", name: "unansweredRequest.kind", label: "寄出的是哪封信", options: options(UNANSWERED_KINDS, (v) => UNANSWERED_FORM_LABELS[v]) },
          { kind: "text", name: "unansweredRequest.title", label: "信的标题", hint: "选「其他」时必填。" },
          { kind: "text", name: "unansweredRequest.sentTo", label: "寄给了谁", hint: "不填就是上面的机构。" },
          { kind: "date", name: "unansweredRequest.sentOn", label: "寄出日期" },
          { kind: "select", name: "unansweredRequest.via", label: "怎么寄的", options: options(SENT_VIAS, (v) => SENT_VIA_FORM_LABELS[v]) },
          { kind: "text", name: "unansweredRequest.trackingNumber", label: "邮件号", hint: "EMS单号。可不填。" },
          { kind: "date", name: "unansweredRequest.receivedOn", label: "对方签收日期", hint: "EMS官网可查妥投日期。可不填。" },
          {
            kind: "radio",
            name: "unansweredRequest.outcome",
            label: "结果",
            options: [
              { value: "no-reply", label: "没有答复" },
              { value: "refused-without-reasons", label: "拒绝了，没说理由" },
              { value: "refused", label: "拒绝了" },
            ],
          },
        ],
      },
      {
        id: "fees",
        legend: "有异议的收费",
        fields: [
          {
            kind: "list",
            name: "disputedCharges.items",
            label: "每一项费用",
            rowLabel: "费用 {n}",
            rows: 3,
            max: 20,
            action: "add-fee",
            addLabel: "再加一项费用",
            item: [
              { kind: "text", name: "label", label: "费用名称", required: true, hint: "例如：担保费、会员费、服务费。" },
              { kind: "money", name: "amount", label: "金额（元）", hint: "知道就写。" },
            ],
          },
        ],
      },
      {
        id: "data-misuse",
        legend: "个人信息被滥用",
        fields: [
          { kind: "checkboxes", name: "dataMisuse.categories", label: "哪些信息被滥用", options: options(INFO_CATEGORIES, (v) => INFO_CATEGORY_FORM_LABELS[v]) },
          { kind: "text", name: "dataMisuse.otherCategory", label: "「其他」是什么信息" },
          { kind: "checkboxes", name: "dataMisuse.thirdParties", label: "被透露给了谁", options: options(THIRD_PARTIES, (v) => THIRD_PARTY_FORM_LABELS[v]) },
          { kind: "text", name: "dataMisuse.otherThirdParty", label: "「其他人」是谁" },
        ],
      },
      {
        id: "details",
        legend: "经过和请求",
        fields: [
          { kind: "textarea", name: "statement", label: "用自己的话说明经过", hint: "选「其他问题」时必填。只写真实发生的事。" },
          { kind: "checkboxes", name: "complaintRequests", label: "你的请求（可多选）", required: true, options: options(COMPLAINT_REQUESTS, (v) => REQUEST_FORM_LABELS[v]) },
          { kind: "text", name: "otherRequest", label: "其他请求", hint: "选了「其他请求」才填。" },
        ],
      },
      {
        id: "prior-complaint",
        legend: "此前向机构的投诉",
        hint: "写明你什么时候向机构投诉过：监管部门会先看机构是否处理过。",
        fields: [
          { kind: "date", name: "priorComplaint.date", label: "向机构投诉的日期" },
          { kind: "select", name: "priorComplaint.via", label: "投诉方式", options: options(SENT_VIAS, (v) => SENT_VIA_FORM_LABELS[v]) },
          { kind: "text", name: "priorComplaint.reference", label: "投诉编号或工单号", hint: "可不填。" },
          {
            kind: "radio",
            name: "priorComplaint.outcome",
            label: "结果",
            options: [
              { value: "no-decision", label: "没有处理" },
              { value: "unsatisfied", label: "处理了，但我不满意" },
            ],
          },
        ],
      },
      {
        id: "attachments",
        legend: "证据和附件",
        fields: [
          evidenceList({ label: "你保存的证据", hint: "例如：通话录音3段、短信截图5张、邮寄凭证。只写你确实有的。" }),
          attachmentsList(),
        ],
      },
      settingsSection(),
    ],
    // The facts of the topic chosen, and the earlier complaint only in a letter to a regulator.
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "complaint-to", sections: ["complaint-to"] },
      { id: "lender", sections: ["lender"] },
      { id: "topic", sections: ["topic"] },
      { id: "incidents", sections: ["incidents"], when: { name: "topic", values: ["improper-collection", "data-misuse"] } },
      { id: "credit-record", sections: ["credit-record"], when: { name: "topic", values: ["credit-report"] } },
      { id: "unanswered-request", sections: ["unanswered-request"], when: { name: "topic", values: ["unanswered-request"] } },
      { id: "fees", sections: ["fees"], when: { name: "topic", values: ["fees-interest"] } },
      { id: "data-misuse", sections: ["data-misuse"], when: { name: "topic", values: ["data-misuse"] } },
      { id: "details", sections: ["details"] },
      { id: "prior-complaint", sections: ["prior-complaint"], when: { name: "complaintTo.kind", values: ["nfra", "local-financial-regulator", "pboc", "nifa"] } },
      { id: "attachments", sections: ["attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender"],
    submitLabel: "生成投诉信（PDF）",
    advice: [
      "投诉只是请求：机构或监管部门会核查处理，但不保证结果。",
      "也可以把全文粘贴到机构App的投诉入口，或拨打12378（银行、消费金融公司）、12363（征信）投诉；保留投诉编号。",
    ],
  },
  journey: {
    situations: [
      { id: "complaint-ignored", rank: 1, why: "向机构的投诉部门或监管部门书面投诉，写明事实、依据和你的请求。" },
      { id: "harassment", rank: 2, why: "告知函之后仍被骚扰：向机构投诉，再向监管部门投诉。" },
      { id: "credit-report-error", rank: 2, why: "异议没有结果时，向机构或人民银行投诉。" },
    ],
  },
});

export default complaint;
