/**
 * 关于停止不当催收行为的告知函 — the borrower tells a collection agency (copied to the lender) which collection
 * conduct they object to, which rules it breaks, what they ask for, and where they will complain next
 * (design.md, `collection-objection`).
 *
 * Legal stance (legal-notes.md, "What the product must not do"):
 * - The letter objects to the MANNER of collection (and `debt` is optional: the borrower may not know the
 *   amount).
 * - A request to stop contact has no binding force in PRC law: the letter asserts rights, makes requests and
 *   announces next steps; it never claims to compel.
 * - 刑法第二百九十三条之一 only when `debtIsIllegal` is set, which is only accepted for lender kind "other";
 *   never the 4× LPR rule; 治安管理处罚法 by name only. Which rule each conduct breaks: ./collection-rules.ts.
 * - It admits nothing (legal-notes.md, "Limitation period"): the debt is 贵方（或委托方）主张的欠款, its amount is
 *   what the collectors said (据催收人员所称), and the borrower confirms neither.
 * - Conduct must fit the channel: a home or workplace visit is a visit; a night-contact tick needs a night time;
 *   an incident between 22:00 and 08:00 is discussed as night contact even when the box was not ticked (the time
 *   the borrower gave says so).
 * - Illegal debts: the crimes that happened are described as having happened, the borrower has reported or
 *   will now report them to the police, and the borrower's address and phone are printed only when
 *   contactPreference asks for that channel (the recipient is an illegal lender).
 * - Copied to the lender: it is asked to check its collector's conduct and mandate and to reply; for a lawful
 *   debt the borrower says they are willing to settle it through lawful channels.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { dateSchema, compareDates, formatChineseDate } from "../text/dates";
import { CONDUCT_LABELS, CONTACT_CHANNEL_LABELS, INCIDENT_CHANNEL_LABELS, type Script } from "../text/labels";
import { COMPLAINT_CHANNELS } from "../text/citations";
import { parsePhone } from "../text/phone";
import { commonFields, debtSchema, text } from "./common";
import {
  CONDUCTS,
  CONDUCT_RULES,
  CitationNamer,
  DEMANDS,
  INCIDENT_CHANNELS,
  chooseComplaintChannels,
  demandSentences,
  explainConducts,
  illegalDebtParagraphs,
  isNightTime,
  normsDisclaimer,
  type CollectionFacts,
  type Conduct,
} from "./collection-rules";
import { buildFileName, letterDate, letterFrame, paragraphs, signatureLines } from "./shared";
import { ANY, checkDatesAgainstLetter, fieldError, readArrayLength } from "./checks";
import { checkReplyChannel } from "./request";
import { letterFacts, replyDeadline } from "./facts";
import { attachmentsList, borrowerSection, debtSection, evidenceList, label, lenderSection, options, settingsSection } from "../form/sections";
import { CONTACT_CHANNEL_LABELS as CONTACT_LABELS, DEMAND_LABELS } from "../text/labels";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext } from "./types";

/** The most incidents one letter lists (design.md: 1..100). */
export const MAX_INCIDENTS = 100;

/** "HH:MM", 24-hour clock, 00:00 to 23:59. */
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const timeSchema = z
  .string()
  .refine((value) => TIME.test(value), bilingual("INVALID_TIME", "时间格式应为HH:MM（24小时制，00:00至23:59），如 22:30", "time must be HH:MM on the 24-hour clock (00:00 to 23:59), e.g. 22:30"))
  .meta({ pattern: TIME.source, description: "时间 HH:MM（24小时制） / time HH:MM, 24-hour clock", examples: ["22:30"] });

export const incidentSchema = z
  .strictObject({
    date: dateSchema.describe("发生日期 / date of the incident"),
    time: timeSchema.optional(),
    channel: z.enum(INCIDENT_CHANNELS).describe("方式：电话、短信、微信、上门、信函、其他 / how the collector made contact"),
    from: text(60).optional().describe("号码或来源（来电号码、微信号、人员） / the number, account or person it came from"),
    conducts: z
      .array(z.enum(CONDUCTS))
      .min(1, bilingual("REQUIRED", "请至少选择一种不当行为", "choose at least one kind of conduct"))
      .max(CONDUCTS.length)
      .describe("不当行为（可多选） / the kinds of conduct (one or more)"),
    description: text(500).optional().describe("经过，用自己的话说明 / what happened, in the borrower's own words"),
  });
export type CollectionIncident = z.output<typeof incidentSchema>;

/** The check of an email given as the contact preference: built once, not on every body that gives one. */
const EMAIL = z.email();

const contactPreferenceSchema = z
  .strictObject({
    channel: z.enum(["post", "email", "phone"]).describe("邮寄、电子邮件或电话 / post, email or phone"),
    value: text(120).describe("邮寄地址、邮箱或电话号码 / the address, email or number"),
  })
  .superRefine((pref, ctx) => {
    if (pref.channel === "email" && !EMAIL.safeParse(pref.value).success)
      ctx.addIssue({ code: "custom", path: ["value"], input: pref.value, ...bilingual("INVALID_EMAIL", "电子邮箱格式不正确", "invalid email address") });
    if (pref.channel === "phone" && !parsePhone(pref.value))
      ctx.addIssue({ code: "custom", path: ["value"], input: pref.value, ...bilingual("INVALID_PHONE", "电话号码格式不正确", "invalid phone number") });
  });

export const collectionObjectionSchema = z
  .strictObject({
    ...commonFields,
    debt: debtSchema.optional().describe("欠款（可不填：不清楚金额时可省略） / the debt, optional: the borrower may not know the amount"),
    collector: z
      .strictObject({
        name: text(80).optional().describe("催收机构名称 / the collection agency"),
        phone: text(40).optional().describe("催收机构电话 / its phone number"),
      })
      .optional()
      .describe("第三方催收机构（如知道） / the third-party collection agency, if known; the letter is addressed to it and copied to the lender"),
    incidents: z
      .array(incidentSchema)
      .min(1, bilingual("REQUIRED", "请至少填写一次催收经过", "list at least one incident"))
      .max(MAX_INCIDENTS, bilingual("TOO_MANY", `最多填写${MAX_INCIDENTS}次催收经过`, `at most ${MAX_INCIDENTS} incidents`))
      .describe("催收经过，1至100项 / the incidents, 1 to 100"),
    demands: z
      .array(z.enum(DEMANDS))
      .min(1, bilingual("REQUIRED", "请至少选择一项要求", "choose at least one demand"))
      .max(DEMANDS.length)
      .describe("本人的要求 / what the borrower asks for"),
    contactPreference: contactPreferenceSchema.optional().describe("希望对方采用的联系方式 / how the borrower wants to be contacted"),
    evidence: z.array(text(200)).max(50).optional().describe("证据清单（录音、截图等） / the evidence the borrower keeps (recordings, screenshots)"),
    policeReport: z
      .strictObject({
        reported: z.boolean().describe("已经报案为 true；尚未报案为 false（信中写明将立即报案） / true if already reported to the police; false: the letter says the borrower will report now"),
        date: dateSchema.optional().describe("报案日期 / the date of the report"),
        station: text(60).optional().describe("报案的公安机关，如 某某派出所 / the police station"),
        reportNumber: text(60).optional().describe("报案回执或受案回执编号 / the report or receipt number"),
      })
      .optional()
      .describe("向公安机关报案的情况（仅用于非法债务） / the police report, for illegal debts only"),
    debtIsIllegal: z
      .boolean()
      .optional()
      .describe(
        "债务本身是否为非法债务（高利放贷、「套路贷」等）。仅此时信函才援引《刑法》第二百九十三条之一（催收非法债务罪）；" +
          "只接受 lender.kind 为 \"other\"：银行、消费金融公司、小额贷款公司等持牌机构的债务（如花呗、借呗、信用卡）不是非法债务。 / " +
          "Set only when the debt itself is illegal (usury, 套路贷): only then does the letter cite Criminal Law art. 293-1 " +
          "(collecting illegal debts). Accepted only with lender.kind \"other\": debts owed to licensed lenders are lawful.",
      ),
  })
;

export type CollectionObjection = z.output<typeof collectionObjectionSchema>;

/** Conducts that only a visit in person can be (legal-notes: 上门、到工作单位). */
const VISIT_CONDUCTS: readonly Conduct[] = ["home-visit", "workplace-visit"];

/** The checks' reader schemas, built once (a body has up to MAX_INCIDENTS incidents, each read with them). */
const READ = {
  conducts: z.array(z.enum(CONDUCTS)),
  channel: z.enum(INCIDENT_CHANNELS),
  description: text(500),
  yes: z.literal(true),
  no: z.literal(false),
  phone: z.literal("phone"),
  strings: z.array(z.string()),
};
/** The police report's fields besides `reported`. */
const REPORT_FIELDS = ["date", "station", "reportNumber"] as const;

/** The checks of one incident that compare its fields: the conducts against the channel and the time. */
export function incidentChecks(read: BodyReader, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const conducts = read(`${path}.conducts`, READ.conducts) ?? [];
  const channel = read(`${path}.channel`, READ.channel);
  const time = read(`${path}.time`, timeSchema);
  if (conducts.includes("other") && read(`${path}.description`, READ.description) === undefined)
    errors.push(
      fieldError(`${path}.description`, "DESCRIPTION_REQUIRED", "选择「其他不当行为」时，请在经过中说明具体情况", 'describe what happened when the conduct is "other"'),
    );
  if (conducts.some((c) => VISIT_CONDUCTS.includes(c)) && channel !== undefined && channel !== "visit")
    errors.push(
      fieldError(
        `${path}.conducts`,
        "CONDUCT_NEEDS_VISIT",
        "「上门催收」「到工作单位催收」须是当面上门：方式请选「上门」；如果是打电话到单位或联系家人，请选「联系第三人」或「泄露债务信息」",
        'a home or workplace visit needs channel "visit"; for a call to the workplace or to relatives choose contacted-third-parties or disclosure',
      ),
    );
  // The letter cites the 22:00–08:00 quiet hours for night-contact: a time outside them would make it say what is not so.
  if (conducts.includes("night-contact") && time && !isNightTime(time))
    errors.push(
      fieldError(
        `${path}.time`,
        "NOT_NIGHT_TIME",
        "选择「夜间催收」时，时间应在22:00至次日08:00之间；请核对时间，或不选此项",
        "night-contact means between 22:00 and 08:00: check the time or untick night-contact",
      ),
    );
  return errors;
}

/** The checks across fields, run on every body: the illegal-debt flag against the lender kind, the contact channel against the demands, the dates against the letter. */
export function objectionChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const kind = read("lender.kind", collectionObjectionSchema.shape.lender.shape.kind);
  if (read("debtIsIllegal", READ.yes) && kind !== undefined && kind !== "other")
    errors.push(
      fieldError(
        "debtIsIllegal",
        "LAWFUL_LENDER",
        "银行、消费金融公司、小额贷款公司等持牌机构的债务不属于非法债务，不能援引催收非法债务罪；如确为非法放贷，请将 lender.kind 设为 other",
        "debts owed to banks, consumer-finance or licensed microloan companies are not illegal debts; for illegal lending set lender.kind to \"other\"",
      ),
    );
  const demands = read("demands", READ.strings) ?? [];
  if (demands.includes("written-communication-only") && read("contactPreference.channel", READ.phone))
    errors.push(
      fieldError(
        "contactPreference.channel",
        "CONTRADICTORY_CONTACT",
        "已要求「仅以书面方式沟通」，联系方式不能选电话；请选邮寄或电子邮件",
        "written-communication-only contradicts a phone contact preference: choose post or email",
      ),
    );
  // A lawful-debt letter asks for a written reply: it needs somewhere to send it (an illegal lender is not invited to write).
  if (!read("debtIsIllegal", READ.yes)) errors.push(...checkReplyChannel(read, ["contactPreference.value"]));
  const incidents = Math.min(readArrayLength(read, "incidents"), MAX_INCIDENTS);
  for (let i = 0; i < incidents; i++) errors.push(...incidentChecks(read, `incidents.${i}`));
  // An unticked "reported" box alone (the web form always sends it) says nothing: only a report given is out of place.
  const reportGiven =
    read("policeReport.reported", READ.yes) !== undefined ||
    REPORT_FIELDS.some((key) => read(`policeReport.${key}`, ANY) !== undefined);
  if (reportGiven && !read("debtIsIllegal", READ.yes))
    errors.push(
      fieldError(
        "policeReport",
        "POLICE_REPORT_ONLY_FOR_ILLEGAL_DEBT",
        "报案情况只用于非法债务的告知函（勾选「这笔债本身是非法放贷」时填写）；合法债务的不当催收请通过投诉渠道处理，遇到威胁或暴力请直接拨打110",
        "the police report belongs to a letter about an illegal debt (debtIsIllegal); for a lawful debt use the complaint channels, and call 110 for threats or violence",
      ),
    );
  if (read("policeReport.date", dateSchema) && read("policeReport.reported", READ.no))
    errors.push(fieldError("policeReport.date", "REPORT_DATE_WITHOUT_REPORT", "尚未报案时不能填写报案日期", "a report date needs reported: true"));
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      { path: "policeReport.date", relation: "not-after", zh: "报案日期不能晚于信函日期", en: "the police report cannot be dated after the letter" },
      ...Array.from({ length: incidents }, (_, i) => ({
        path: `incidents.${i}.date`,
        relation: "not-after" as const,
        zh: "催收发生日期不能晚于信函日期",
        en: "an incident cannot be dated after the letter",
      })),
      { path: "debt.overdueSince", relation: "not-after", zh: "逾期开始日期不能晚于信函日期", en: "the overdue date cannot be after the letter date" },
    ]),
  );
  return errors;
}

export const TITLE = { "zh-Hans": "关于停止不当催收行为的告知函", "zh-Hant": "關於停止不當催收行為的告知函" } as const;

/** Minutes since midnight, or -1 for an incident without a time (it sorts first within its day). */
const minutes = (time?: string) => (time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : -1);

/** Incidents by date, then time; the order the borrower typed them breaks ties (Array.prototype.sort is stable). */
export function sortIncidents<T extends { date: CollectionIncident["date"]; time?: string }>(incidents: readonly T[]): T[] {
  return [...incidents].sort((a, b) => compareDates(a.date, b.date) || minutes(a.time) - minutes(b.time));
}

/** Conducts without duplicates, in the rule table's order. */
const orderedConducts = (conducts: readonly Conduct[]) => CONDUCTS.filter((c) => conducts.includes(c));

const DASH = "—";
const WORDS = {
  refs: { Hans: (n: string) => `见上表第${n}项`, Hant: (n: string) => `見上表第${n}項` },
  collectionDept: { Hans: "催收部门", Hant: "催收部門" },
} as const;
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];

export interface IncidentRow {
  number: number;
  /** "2026年10月12日", as the body writes dates (the typesetter keeps a date whole in a table cell). */
  date: string;
  time: string;
  channel: string;
  from: string;
  /** The conduct labels, one a line. */
  conducts: string[];
  /** The borrower's words, as typed, one entry per line. */
  description: string[];
}

/**
 * The signature block of a letter about an illegal debt: the recipient is an illegal lender, so the borrower's
 * phone, address and email are printed only for the channel contactPreference names (and then its value).
 */
function illegalDebtSignature(input: CollectionObjection, context: LetterContext): string[] {
  const pref = input.contactPreference;
  const borrower = {
    name: input.borrower.name,
    phone: pref?.channel === "phone" ? pref.value : undefined,
    address: pref?.channel === "post" ? pref.value : undefined,
    email: pref?.channel === "email" ? pref.value : undefined,
  };
  return signatureLines("notifier", borrower, letterDate(input, context), input.locale === "zh-Hant" ? "Hant" : "Hans");
}

function build(input: CollectionObjection, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const collectorName = input.collector?.name;
  const collectorKnown = collectorName !== undefined;
  const scriptOfLocale: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  // This letter's debt is optional (the borrower may not know the amount): `letterFrame` gives no breakdown then.
  const base = letterFrame(input, context, {
    role: "notifier",
    recipient: collectorKnown
      ? { name: collectorName }
      : { name: input.lender.name, department: input.lender.department ?? WORDS.collectionDept[scriptOfLocale] },
    // To an agency the numbers are masked; to the lender's own collection department they are printed in full;
    // never in full to an illegal lender.
    toCreditor: !collectorKnown && input.debtIsIllegal !== true,
  });
  const script = base.script;
  // The addressee in the body: the agency is a company (贵司); without one, the lender (贵行/贵司/贵方).
  const you = collectorKnown ? (script === "Hans" ? "贵司" : "貴司") : base.you;

  const discussed = orderIncidents(input.incidents);
  const facts: CollectionFacts = {
    lenderKind: input.lender.kind,
    debtIsIllegal: input.debtIsIllegal === true,
    collectorKnown,
    lenderName: input.lender.name,
    you,
    incidents: discussed,
    demands: input.demands,
  };

  // Sources are named in the order the template prints them: findings, illegal-debt paragraph, demands.
  const namer = new CitationNamer(script);
  const findings = explainConducts(facts, namer).map((finding, i) => ({
    ...finding,
    ordinal: `（${ORDINALS[i]}）`,
    label: CONDUCT_LABELS[finding.conduct][script],
    refs: WORDS.refs[script](finding.incidentNumbers.join("、")),
  }));
  const disclaimer = normsDisclaimer(namer.cited, script);
  const illegalDebt = illegalDebtParagraphs(facts, namer, input.policeReport);
  const demands = demandSentences(facts, namer);

  const rows = incidentRows(discussed, script);

  const channelIds = chooseComplaintChannels(facts);
  const channels = COMPLAINT_CHANNELS.filter((c) => channelIds.includes(c.id)).map((c, i, all) => ({
      id: c.id,
      text: `${c.name[script]}（${c.purpose[script]}）${i < all.length - 1 ? "；" : "。"}`,
    }));
  const evidence = input.evidence ?? [];
  const sections = { incidents: ORDINALS[0], rules: ORDINALS[1], demands: ORDINALS[2], evidence: ORDINALS[3], next: ORDINALS[evidence.length ? 4 : 3] };
  const title = TITLE[input.locale];
  const addressee = collectorName ?? input.lender.name;

  return {
    template: "collection-objection",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      you,
      // To an illegal lender the borrower's address and phone appear only where they asked to be contacted so.
      signature: facts.debtIsIllegal ? illegalDebtSignature(input, context) : base.signature,
      asksReply: !facts.debtIsIllegal || input.contactPreference !== undefined,
      lawfulDebt: !facts.debtIsIllegal,
      collector: { known: collectorKnown, name: collectorName, phone: input.collector?.phone },
      incidents: {
        rows,
        count: rows.length,
        first: formatChineseDate(discussed[0].date),
        last: formatChineseDate(discussed[discussed.length - 1].date),
        sameDay: compareDates(discussed[0].date, discussed[discussed.length - 1].date) === 0,
      },
      findings,
      disclaimer,
      illegalDebt,
      demands,
      contact: input.contactPreference
        ? { label: CONTACT_CHANNEL_LABELS[input.contactPreference.channel][script], value: input.contactPreference.value }
        : undefined,
      evidence,
      channels,
      sections,
      cc: collectorKnown ? `${input.lender.name}${input.lender.department ? `（${input.lender.department}）` : ""}` : undefined,
      citationIds: [...namer.cited],
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${addressee}）` },
    fileName: buildFileName(title, input.borrower.name, addressee),
    facts: letterFacts({
      type: "collection-objection",
      title,
      locale: input.locale,
      date,
      input,
      recipient: collectorKnown ? { name: collectorName } : { name: input.lender.name, department: input.lender.department, address: input.lender.address },
      dates: { firstIncident: discussed[0].date, lastIncident: discussed[discussed.length - 1].date },
      deadlines: [replyDeadline(date)],
      citations: namer.cited,
    }),
  };
}

const collectionObjection = defineLetterType({
  id: "collection-objection",
  order: 30,
  title: TITLE,
  description: {
    zh: "遭遇爆通讯录、夜间轰炸、威胁辱骂、上门等不当催收时使用：向催收机构（抄送债权机构）列明催收经过和违反的规定，要求停止，并告知后续投诉渠道。本函针对催收方式，不否认合法债务。",
    en: "For abusive debt collection (calling your contacts, night calls, threats, visits): tells the collection agency, copied to the lender, what happened and which rules it breaks, asks it to stop and names the complaint channels you will use next. It objects to the manner of collection, not to a lawful debt.",
  },
  schema: collectionObjectionSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "李四",
      idNumber: "11010519491231002X",
      phone: "13912345678",
      address: "上海市浦东新区世纪大道100号2号楼1203室",
    },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    account: { product: "借呗", contractNumber: "JB20250315001234" },
    debt: { principal: "28000.00", interest: "1260.50", penalty: "388.20", overdueSince: "2026-08-15" },
    collector: { name: "深圳市恒信达商务咨询有限公司", phone: "0755-86001234" },
    incidents: [
      {
        date: "2026-10-12",
        time: "10:20",
        channel: "phone",
        from: "0755-86001234",
        conducts: ["contacted-third-parties", "disclosure"],
        description: "对方致电本人所在公司前台，称本人欠款不还，要求转告本人的部门主管。",
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
        date: "2026-10-19",
        channel: "phone",
        from: "17012345678等多个号码",
        conducts: ["excessive-frequency"],
        description: "当天共来电17次，未接通后仍不断换号拨打。",
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
    demands: ["stop-third-party-contact", "written-communication-only", "provide-authorization", "stop-night-contact", "delete-unlawful-data"],
    contactPreference: { channel: "post", value: "上海市浦东新区世纪大道100号2号楼1203室" },
    evidence: ["2026年10月18日、10月19日通话录音", "2026年11月2日短信截图", "所在公司前台同事的书面说明"],
    attachments: ["通话记录截图（共5页）", "短信截图（共2页）"],
  },
  checks: objectionChecks,
  build,
  form: {
    when: "催收人员联系你的家人、同事，深夜打电话，辱骂、威胁你，或冒充公检法：书面要求催收机构停止这些行为。",
    sections: [
      borrowerSection({ toCreditor: false }),
      {
        id: "collector",
        legend: "催收机构",
        hint: "信寄给催收机构，并抄送欠款的银行或平台。",
        fields: [
          { kind: "text", name: "collector.name", label: "催收机构名称", hint: "对方自称的公司名称。不知道可不填。" },
          { kind: "tel", name: "collector.phone", label: "催收电话", hint: "对方打来的号码。可不填。" },
        ],
      },
      lenderSection("欠款的银行或平台", "信会抄送给它。"),
      // Rarely the case (never for a licensed lender): folded on the step that asks the lender's kind, the police
      // report under the box it belongs to.
      {
        id: "illegal",
        legend: "非法放贷",
        hint: "只有放贷的不是银行、消费金融公司或小额贷款公司等持牌机构时才可能是（机构类型选「其他」）。花呗、借呗、信用卡的欠款都不是。不确定就不要勾选。",
        fields: [
          { kind: "checkbox", name: "debtIsIllegal", label: "这笔债本身是非法放贷（高利贷、「套路贷」）", extra: true },
          {
            kind: "checkbox",
            name: "policeReport.reported",
            label: "我已经就这些行为向公安机关报案",
            hint: "只在非法放贷时填写。不勾选：信中会写明你将立即报案。遇到威胁、暴力请直接拨打110。",
            extra: true,
          },
          { kind: "date", name: "policeReport.date", label: "报案日期", hint: "已报案时填写。", extra: true },
          { kind: "text", name: "policeReport.station", label: "报案的派出所", hint: "例如：某某区公安分局某某派出所。", extra: true },
          { kind: "text", name: "policeReport.reportNumber", label: "报案回执编号", hint: "回执或受案回执上的编号。可不填。", extra: true },
        ],
      },
      debtSection(false),
      {
        id: "incidents",
        legend: "催收经过",
        hint: "每次不当催收写一条。写清日期和发生了什么，不要夸大。",
        fields: [
          {
            kind: "list",
            name: "incidents",
            label: "每一次不当催收",
            required: true,
            rowLabel: "第 {n} 次",
            rows: 3,
            max: 100,
            action: "add-incident",
            addLabel: "再加一次催收经过",
            item: [
              { kind: "date", name: "date", label: "日期", required: true },
              { kind: "time", name: "time", label: "时间", hint: "大约几点。可不填。" },
              {
                kind: "select",
                name: "channel",
                label: "方式",
                required: true,
                options: options(INCIDENT_CHANNELS, label(INCIDENT_CHANNEL_LABELS)),
              },
              { kind: "text", name: "from", label: "对方号码或账号", hint: "可不填。" },
              {
                kind: "checkboxes",
                name: "conducts",
                label: "发生了什么（可多选）",
                required: true,
                options: options(CONDUCTS, label(CONDUCT_LABELS)),
              },
              { kind: "textarea", name: "description", label: "经过", hint: "例如：对方给我母亲打电话，说我不还钱就要坐牢。可不填。" },
            ],
          },
        ],
      },
      {
        id: "demands",
        legend: "你的要求",
        fields: [
          {
            kind: "checkboxes",
            name: "demands",
            label: "要求对方做到（可多选）",
            required: true,
            options: options(DEMANDS, label(DEMAND_LABELS)),
          },
          {
            kind: "radio",
            name: "contactPreference.channel",
            label: "希望对方今后怎样联系你",
            hint: "可不选。",
            options: options(["post", "email", "phone"] as const, label(CONTACT_CHANNEL_LABELS)),
          },
          { kind: "text", name: "contactPreference.value", label: "联系地址、邮箱或电话", hint: "与上面选的方式对应。" },
        ],
      },
      {
        id: "attachments",
        legend: "证据和附件",
        fields: [
          evidenceList({ label: "你保存的证据", hint: "例如：通话录音3段、短信截图5张。只写你确实有的。" }),
          attachmentsList(),
        ],
      },
      settingsSection(),
    ],
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "collector", title: "谁在催收，欠的是哪家", sections: ["collector", "lender", "illegal"] },
      { id: "debt", sections: ["debt"] },
      { id: "incidents", sections: ["incidents"] },
      { id: "demands", sections: ["demands"] },
      { id: "attachments", sections: ["attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender"],
    submitLabel: "生成告知函（PDF）",
    advice: [
      "告知函不能强制对方停止，但能留下你已书面提出要求的记录。遇到威胁或暴力请拨打 110；骚扰电话、短信可向 12321 举报；向国家金融监督管理总局投诉可拨 12378。",
    ],
  },
  journey: {
    situations: [
      {
        id: "third-party-contact",
        rank: 1,
        why: "书面要求催收机构不再联系你的家人、同事，并留下你已提出要求的记录。",
        prefill: { "incidents.0.conducts": "contacted-third-parties", demands: "stop-third-party-contact" },
      },
      { id: "harassment", rank: 1, why: "写明每一次辱骂、威胁、深夜或频繁催收违反的规定，要求对方停止。" },
      { id: "contacts-harvested", rank: 2, why: "要求催收方停止使用、删除违法取得的通讯录等个人信息。", prefill: { demands: "delete-unlawful-data" } },
    ],
  },
});

export default collectionObjection;

// ---------------------------------------------------------------------------------------------------------
// The incident model for other letters (the complaint letter reuses it): the same order and the same table rows.

/**
 * Incidents in the table's order (date, then time), each with its conducts without duplicates in the rule
 * table's order — and, for a time between 22:00 and 08:00, night contact, whether or not the box was ticked:
 * the time the borrower gave says so, and the rules discuss it so (issue 8, point 3).
 */
export function orderIncidents(incidents: readonly CollectionIncident[]): CollectionIncident[] {
  return sortIncidents(incidents).map((incident) => {
    const night = incident.time !== undefined && isNightTime(incident.time) && !incident.conducts.includes("night-contact");
    return { ...incident, conducts: orderedConducts(night ? [...incident.conducts, "night-contact"] : incident.conducts) };
  });
}

/** The incident table's rows, as this letter prints them, for incidents already in order (`orderIncidents`). */
export function incidentRows(incidents: readonly CollectionIncident[], script: Script): IncidentRow[] {
  return incidents.map((incident, i) => ({
    number: i + 1,
    date: formatChineseDate(incident.date),
    time: incident.time ?? DASH,
    channel: INCIDENT_CHANNEL_LABELS[incident.channel][script],
    from: incident.from ?? DASH,
    conducts: incident.conducts.map((c) => CONDUCT_LABELS[c][script]),
    description: paragraphs(incident.description),
  }));
}
