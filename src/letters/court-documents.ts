/**
 * What the two court documents a sued borrower files share (民事答辩状 `civil-defence`, 管辖权异议申请书
 * `jurisdiction-objection`): the case, the parties as a court document names them, the answer period in the
 * facts, the guidance around a lawsuit, the court ending (此致 / ××人民法院 — not 敬礼), the signature and the
 * 附 list of copies. Legal basis: legal-notes.md, "When the borrower is sued".
 *
 * - The defendant's particulars are those 《民事诉讼法》第一百二十八条 names: name, sex, age (printed as the date
 *   of birth, as court documents do), ethnicity, occupation, employer, domicile, contact details. Sex and date
 *   of birth may come from the ID number (GB 11643: digits 7–14 the birth date, digit 17 odd for men); given
 *   both ways they must agree.
 * - Deadlines are NOT printed in the documents: they go to the facts (and so to the JSON output and the form).
 * - A court document is a 文书, not a 函: its footer says 本文书 for any signer role.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { dateSchema, compareDates, formatChineseDate, formatIsoDate, isoWeekday, type CalendarDate } from "../text/dates";
import { idNumberSchema } from "../text/id-number";
import { CITATIONS, type CitationId } from "../text/citations";
import type { Labels, Script } from "../text/labels";
import { borrowerSchema, lenderSchema } from "./common";
import { nameText, text } from "./text-fields";
import { ANY, fieldError, OBJECT, readArrayLength, readLetterDate, STRING } from "./checks";
import { roleLabel, type SignerRole } from "./shared";
import { answerPeriod, type PeriodEnd } from "./court-deadlines";
import type { BodyReader, DeadlineFact, LetterContext, LetterWarning, NextStepFact } from "./types";

// ---------------------------------------------------------------------------------------------------------
// The case

/** 案由 the documents name; "other" takes the name as typed (`case.disputeName`). */
export const DISPUTES = ["financial-loan", "small-loan", "credit-card", "loan", "assignment", "other"] as const;
export type Dispute = (typeof DISPUTES)[number];

export const DISPUTE_LABELS = {
  "financial-loan": { Hans: "金融借款合同纠纷", Hant: "金融借款合同糾紛" },
  "small-loan": { Hans: "小额借款合同纠纷", Hant: "小額借款合同糾紛" },
  "credit-card": { Hans: "信用卡纠纷", Hant: "信用卡糾紛" },
  loan: { Hans: "借款合同纠纷", Hant: "借款合同糾紛" },
  assignment: { Hans: "债权转让合同纠纷", Hant: "債權轉讓合同糾紛" },
  other: { Hans: "其他纠纷", Hant: "其他糾紛" },
} as const satisfies Labels<Dispute>;

/** The form's words for the 案由 (Simplified, as the form is). */
export const DISPUTE_FORM_LABELS: Record<Dispute, string> = {
  "financial-loan": "金融借款合同纠纷（银行、消费金融公司，如借呗、信用卡分期）",
  "small-loan": "小额借款合同纠纷（小额贷款公司）",
  "credit-card": "信用卡纠纷",
  loan: "借款合同纠纷",
  assignment: "债权转让合同纠纷（买了债的公司起诉）",
  other: "其他（照传票或起诉状上的写）",
};

/** A court's name as the documents print it: it ends with 法院 (杭州互联网法院, 北京市朝阳区人民法院). */
export const courtNameSchema = nameText(60).refine(
  (name) => name.endsWith("法院"),
  bilingual("INVALID_COURT_NAME", "法院名称应以「法院」结尾，照传票上的写，如 杭州互联网法院、北京市朝阳区人民法院", "a court's name ends with 法院, as on the summons, e.g. 杭州互联网法院"),
);

/**
 * 案号 as typed, checked loosely: a year in brackets at the start and 号 at the end, e.g. （2026）浙0192民初12345号
 * (ASCII brackets are accepted and printed as typed).
 */
const CASE_NUMBER = /^[（(〔[]\s*\d{4}\s*[）)〕\]].+号$/;
export const caseNumberSchema = text(40).refine(
  (value) => CASE_NUMBER.test(value),
  bilingual(
    "INVALID_CASE_NUMBER",
    "案号照传票或应诉通知书上的写，以括号里的年份开头、以「号」结尾，如 （2026）浙0192民初12345号",
    "the case number as on the summons: the year in brackets, ending with 号, e.g. （2026）浙0192民初12345号",
  ),
);

export const caseSchema = z
  .strictObject({
    court: courtNameSchema.describe("受诉法院，如 杭州互联网法院 / the court the suit is in"),
    number: caseNumberSchema.describe("案号，如 （2026）浙0192民初12345号 / case number"),
    dispute: z.enum(DISPUTES).describe("案由：金融借款合同纠纷、小额借款合同纠纷、信用卡纠纷、借款合同纠纷、债权转让合同纠纷，或 other / the cause of action"),
    disputeName: text(30).optional().describe("案由为 other 时照传票填写，如 追偿权纠纷 / the cause of action as on the summons when dispute is other"),
    receivedOn: dateSchema.describe("收到起诉状副本的日期（用于计算答辩期，不写入文书） / the day the complaint was received (for the answer period; not printed)"),
    filedOn: dateSchema
      .optional()
      .describe("原告起诉（立案）的日期：起诉状末尾的日期或法院受理的日期，不确定时填较早的；诉讼时效抗辩必填 / the day the suit was filed: the complaint's date or the court's filing date, the earlier if unsure; required for the time-bar defence"),
    hearingDate: dateSchema.optional().describe("传票上的开庭日期（不写入文书） / the hearing date on the summons (not printed)"),
    smallClaims: z.boolean().optional().describe("法院通知适用小额诉讼程序（一审终审） / the court says small-claims procedure applies (no appeal)"),
  })
  .describe("案件 / the case");
export type CaseInput = z.output<typeof caseSchema>;

/** The 案由 as printed. */
export function disputeName(c: Pick<CaseInput, "dispute" | "disputeName">, script: Script): string {
  return c.dispute === "other" && c.disputeName ? c.disputeName : DISPUTE_LABELS[c.dispute][script];
}

// ---------------------------------------------------------------------------------------------------------
// The parties

export const SEXES = ["male", "female"] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS = { male: { Hans: "男", Hant: "男" }, female: { Hans: "女", Hant: "女" } } as const satisfies Labels<Sex>;

/**
 * What 《民事诉讼法》第一百二十八条 asks of the defendant beyond the common `borrower` fields (name, ID number,
 * phone, address — the 住所 — and email): sex, date of birth, ethnicity, occupation, employer, an address for
 * service. Kept apart from `borrower` so that the common borrower (and a batch's shared one) stays the same
 * object in every letter type.
 */
export const defendantSchema = z
  .strictObject({
    sex: z.enum(SEXES).optional().describe("性别：male 男、female 女；填了身份证号码时可不填 / sex; may be left out when the ID number is given"),
    birthDate: dateSchema.optional().describe("出生日期；填了身份证号码时可不填 / date of birth; may be left out when the ID number is given"),
    ethnicity: text(12).describe("民族，如 汉族 / ethnicity, e.g. 汉族"),
    occupation: text(40).optional().describe("职业，没有工作可写 无业 / occupation (无业 if none)"),
    employer: text(80).optional().describe("工作单位 / employer"),
    serviceAddress: text(120).optional().describe("送达地址（与住所不同时填写） / address for service, if not the domicile"),
  })
  .describe("答辩人（申请人）的基本情况，《民事诉讼法》第一百二十八条；住所填在 borrower.address / the defendant's particulars (Civil Procedure Law art. 128); the domicile is borrower.address");
export type Defendant = z.output<typeof defendantSchema>;
export type Borrower = z.output<typeof borrowerSchema>;

/** The plaintiff (被答辩人 / 被申请人): name, domicile and legal representative, as on the complaint. */
export const plaintiffSchema = z
  .strictObject({
    name: nameText(80).describe("原告名称，照起诉状写 / the plaintiff, as on the complaint"),
    address: text(120).optional().describe("住所地 / registered address"),
    legalRepresentative: nameText(40).optional().describe("法定代表人 / legal representative"),
  })
  .describe("原告（被答辩人） / the plaintiff");
export type Plaintiff = z.output<typeof plaintiffSchema>;

export const OTHER_PARTY_ROLES = ["plaintiff", "third-party"] as const;
export const OTHER_PARTY_ROLE_LABELS = {
  plaintiff: { Hans: "原告", Hant: "原告" },
  "third-party": { Hans: "第三人", Hant: "第三人" },
} as const satisfies Labels<(typeof OTHER_PARTY_ROLES)[number]>;

export const otherPartySchema = z.strictObject({
  role: z.enum(OTHER_PARTY_ROLES).describe("身份：plaintiff 另一原告、third-party 第三人 / another plaintiff or a third party"),
  name: nameText(80).describe("名称或姓名 / name"),
  address: text(120).optional().describe("住所地 / address"),
});
export const MAX_OTHER_PARTIES = 10;
export const otherPartiesSchema = z
  .array(otherPartySchema)
  .max(MAX_OTHER_PARTIES)
  .optional()
  .describe("其他原告或第三人（副本按对方当事人人数准备） / other plaintiffs or third parties (one copy for each opposing party)");
export type OtherParty = z.output<typeof otherPartySchema>;

/** The original creditor: only its name and kind (which rules apply); a court document has no department. */
export const originalCreditorSchema = lenderSchema
  .pick({ name: true, kind: true })
  .describe("原债权机构（放款的银行或平台；原告就是它时照填原告名称） / the lender that made the loan (the plaintiff's name again when it sues itself)");

/** The evidence list: one line each, as the collection objection's `evidence` (the same field in every type). */
export const evidenceSchema = z
  .array(text(200))
  .max(50)
  .optional()
  .describe("证据清单：证据名称和证明目的，如 还款记录截图，证明已还款的金额和日期 / the evidence: what it is and what it proves");

/** Sex and date of birth in an 18-digit 公民身份号码 (GB 11643-1999): digits 7–14 YYYYMMDD, digit 17 odd for men. */
export function idNumberParticulars(idNumber: string): { birthDate: CalendarDate; sex: Sex } {
  return {
    birthDate: { year: Number(idNumber.slice(6, 10)), month: Number(idNumber.slice(10, 12)), day: Number(idNumber.slice(12, 14)) },
    sex: Number(idNumber[16]) % 2 === 1 ? "male" : "female",
  };
}

/** The defendant's sex and date of birth: as given, or from the ID number. */
export function particulars(borrower: Pick<Borrower, "idNumber">, defendant: Pick<Defendant, "sex" | "birthDate">): { sex?: Sex; birthDate?: CalendarDate } {
  const fromId = borrower.idNumber ? idNumberParticulars(borrower.idNumber) : undefined;
  return { sex: defendant.sex ?? fromId?.sex, birthDate: defendant.birthDate ?? fromId?.birthDate };
}

/** Completed years of age on `on`. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const before = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (before ? 1 : 0);
}

const SEX_ZH = { male: "男", female: "女" } as const;

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const SEX = z.enum(SEXES);
const OTHER_DISPUTE = z.literal("other");

/**
 * The checks of the parties and the case, run on every body ("borrower" and "defendant"):
 * - the sex and date of birth, when given with the ID number, agree with it (DEFENDANT_ID_MISMATCH);
 * - without an ID number both are required (第一百二十八条: 性别、年龄);
 * - the domicile (住所, `borrower.address`) and a phone or email for the court to reach the defendant (联系方式);
 * - the dates in order: born before the document, the complaint received on or before it, the suit filed on or
 *   before the complaint was received, the hearing after the complaint was received.
 */
export function courtPartyChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const letter = readLetterDate(read, context);
  const id = read("borrower.idNumber", idNumberSchema);
  const idGiven = read("borrower.idNumber", ANY) !== undefined;
  const sex = read("defendant.sex", SEX);
  const birth = read("defendant.birthDate", dateSchema);
  if (id) {
    const fromId = idNumberParticulars(id);
    if (sex && sex !== fromId.sex)
      errors.push(
        fieldError(
          "defendant.sex",
          "DEFENDANT_ID_MISMATCH",
          `性别与身份证号码不一致：号码第17位表示性别为「${SEX_ZH[fromId.sex]}」。请核对号码或性别（也可以不填性别，由号码得出）`,
          `the sex does not match the ID number, whose 17th digit says ${fromId.sex}: check one or the other (or leave the sex out)`,
        ),
      );
    if (birth && compareDates(birth, fromId.birthDate) !== 0)
      errors.push(
        fieldError(
          "defendant.birthDate",
          "DEFENDANT_ID_MISMATCH",
          `出生日期与身份证号码不一致：号码中的出生日期为${formatChineseDate(fromId.birthDate)}。请核对号码或出生日期（也可以不填出生日期）`,
          `the date of birth does not match the ID number, which says ${formatIsoDate(fromId.birthDate)}: check one or the other (or leave it out)`,
        ),
      );
  } else if (!idGiven && read("defendant", OBJECT) !== undefined) {
    if (read("defendant.sex", ANY) === undefined)
      errors.push(fieldError("defendant.sex", "REQUIRED", "答辩状须写明性别：请选择性别，或填写身份证号码", "a court document states the sex: choose it, or give the ID number"));
    if (read("defendant.birthDate", ANY) === undefined)
      errors.push(
        fieldError("defendant.birthDate", "REQUIRED", "答辩状须写明年龄：请填写出生日期，或填写身份证号码", "a court document states the age: give the date of birth, or the ID number"),
      );
  }
  if (read("borrower", OBJECT) !== undefined && read("borrower.address", ANY) === undefined)
    errors.push(fieldError("borrower.address", "REQUIRED", "请填写住所（户籍地址或经常居住地）：文书须写明住所", "give the domicile (registered or habitual residence): a court document states it"));
  if (read("borrower", OBJECT) !== undefined && read("borrower.phone", ANY) === undefined && read("borrower.email", ANY) === undefined)
    errors.push(
      fieldError("borrower.phone", "CONTACT_REQUIRED", "请填写联系电话（或电子邮箱）：文书须写明联系方式，法院要能联系到你", "give a phone number (or an email address): the court must be able to reach you"),
    );
  if (birth && compareDates(birth, letter) >= 0)
    errors.push(fieldError("defendant.birthDate", "INVALID_DATE_ORDER", "出生日期应早于文书日期", "the date of birth must be before the document's date"));
  const received = read("case.receivedOn", dateSchema);
  const filed = read("case.filedOn", dateSchema);
  const hearing = read("case.hearingDate", dateSchema);
  if (received && compareDates(received, letter) > 0)
    errors.push(
      fieldError(
        "case.receivedOn",
        "INVALID_DATE_ORDER",
        `收到起诉状副本的日期不能晚于文书日期（${formatChineseDate(letter)}）`,
        `the complaint cannot be received after the document's date (${formatIsoDate(letter)})`,
      ),
    );
  if (filed && received && compareDates(filed, received) > 0)
    errors.push(fieldError("case.filedOn", "INVALID_DATE_ORDER", "起诉日期不能晚于收到起诉状副本的日期", "the suit cannot be filed after the complaint was received"));
  if (filed && compareDates(filed, letter) > 0)
    errors.push(fieldError("case.filedOn", "INVALID_DATE_ORDER", "起诉日期不能晚于文书日期", "the suit cannot be filed after the document's date"));
  if (hearing && received && compareDates(hearing, received) < 0)
    errors.push(fieldError("case.hearingDate", "INVALID_DATE_ORDER", "开庭日期不能早于收到起诉状副本的日期", "the hearing cannot be before the complaint was received"));
  if (read("case.dispute", OTHER_DISPUTE) && read("case.disputeName", ANY) === undefined)
    errors.push(fieldError("case.disputeName", "REQUIRED", "案由选「其他」时，请照传票或起诉状填写案由", "give the cause of action as on the summons when dispute is other"));
  const others = Math.min(readArrayLength(read, "otherParties"), MAX_OTHER_PARTIES);
  const plaintiff = read("plaintiff.name", STRING);
  for (let i = 0; i < others; i++)
    if (plaintiff && read(`otherParties.${i}.name`, STRING) === plaintiff)
      errors.push(fieldError(`otherParties.${i}.name`, "DUPLICATE_PARTY", "这一方与原告同名：原告只填一次", "this party has the plaintiff's name: list the plaintiff once"));
  return errors;
}

/** The party lines a court document prints, already formatted; the template joins them with the right words. */
export interface DefendantView {
  name: string;
  sex?: string;
  /** "1990年5月1日" */
  birth?: string;
  ethnicity: string;
  occupation?: string;
  employer?: string;
  address: string;
  serviceAddress?: string;
  /** The ID number in full: the court and the other party must identify the defendant. */
  idNumber?: string;
  phone?: string;
  email?: string;
  /**
   * "公民身份号码：…，联系电话：…，送达地址：……。" — the ID number and contact details as one sentence, printed as a
   * paragraph of its own so that the 18-digit number starts a line instead of stretching the line before it.
   */
  contact?: string;
}

const CONTACT_WORDS = {
  idNumber: { Hans: "公民身份号码", Hant: "公民身份號碼" },
  phone: { Hans: "联系电话", Hant: "聯繫電話" },
  email: { Hans: "电子邮箱", Hant: "電子郵箱" },
  serviceAddress: { Hans: "送达地址", Hant: "送達地址" },
} as const;

export function defendantView(borrower: Borrower, defendant: Defendant, script: Script): DefendantView {
  const { sex, birthDate } = particulars(borrower, defendant);
  return {
    name: borrower.name,
    sex: sex ? SEX_LABELS[sex][script] : undefined,
    birth: birthDate ? formatChineseDate(birthDate) : undefined,
    ethnicity: defendant.ethnicity,
    occupation: defendant.occupation,
    employer: defendant.employer,
    address: borrower.address ?? "",
    serviceAddress: defendant.serviceAddress,
    idNumber: borrower.idNumber,
    phone: borrower.phone,
    email: borrower.email,
    contact: contactSentence({ ...borrower, serviceAddress: defendant.serviceAddress }, script),
  };
}

function contactSentence(details: Pick<Borrower, "idNumber" | "phone" | "email"> & Pick<Defendant, "serviceAddress">, script: Script): string | undefined {
  const parts = (["idNumber", "phone", "email", "serviceAddress"] as const).flatMap((key) => (details[key] ? [`${CONTACT_WORDS[key][script]}：${details[key]}`] : []));
  return parts.length ? `${parts.join("，")}。` : undefined;
}



export interface OpposingParty {
  /** 被答辩人 / 被申请人 / 第三人 */
  role: string;
  /** In an application, the party's role in the suit: 本案原告 (absent for third parties and in a defence). */
  suitRole?: string;
  name: string;
  address?: string;
  legalRepresentative?: string;
}

const OPPOSING_ROLE = {
  defendant: { Hans: "被答辩人", Hant: "被答辯人" },
  applicant: { Hans: "被申请人", Hant: "被申請人" },
} as const;

/**
 * The opposing parties in the order a court document lists them: the plaintiff, other plaintiffs (each 被答辩人
 * in a defence, 被申请人 in an application), then third parties (第三人).
 */
export function opposingParties(plaintiff: Plaintiff, others: readonly OtherParty[] | undefined, role: "defendant" | "applicant", script: Script): OpposingParty[] {
  const against = OPPOSING_ROLE[role][script];
  const suitRole = role === "applicant" ? (script === "Hans" ? "本案原告" : "本案原告") : undefined;
  const list = others ?? [];
  return [
    { role: against, suitRole, name: plaintiff.name, address: plaintiff.address, legalRepresentative: plaintiff.legalRepresentative },
    ...list.filter((p) => p.role === "plaintiff").map((p) => ({ role: against, suitRole, name: p.name, address: p.address })),
    ...list.filter((p) => p.role === "third-party").map((p) => ({ role: OTHER_PARTY_ROLE_LABELS["third-party"][script], name: p.name, address: p.address })),
  ];
}

/** The plaintiffs' names joined with 、 (the plaintiff and any other plaintiffs), for the opening sentence. */
export function plaintiffNames(plaintiff: Plaintiff, others: readonly OtherParty[] | undefined): string {
  return [plaintiff.name, ...(others ?? []).filter((p) => p.role === "plaintiff").map((p) => p.name)].join("、");
}

/** 副本: one for each opposing party (the plaintiffs and third parties named). */
export function copiesCount(others: readonly OtherParty[] | undefined): number {
  return 1 + (others?.length ?? 0);
}

// ---------------------------------------------------------------------------------------------------------
// Citations in the order a document prints them: the full name of a source the first time, the short name after.

export class CourtCitations {
  private readonly named = new Set<string>();
  readonly cited: CitationId[] = [];

  constructor(readonly script: Script) {}

  /** "《中华人民共和国民法典》第五百八十五条" the first time the source is named, "《民法典》第五百八十五条" after. */
  cite(id: CitationId): string {
    if (!this.cited.includes(id)) this.cited.push(id);
    const entry = CITATIONS[id];
    const key = entry.source.full.Hans;
    const name = this.named.has(key) ? entry.source.short[this.script] : entry.source.full[this.script];
    this.named.add(key);
    return name + (entry.article?.[this.script] ?? "");
  }

  /** The article alone ("第六十五条"), for "该解释第六十五条" after the source was just named. */
  article(id: CitationId): string {
    if (!this.cited.includes(id)) this.cited.push(id);
    return CITATIONS[id].article?.[this.script] ?? "";
  }
}

// ---------------------------------------------------------------------------------------------------------
// The ending: 此致 / the court, the signature, 附

const SIGN_HERE = { Hans: "签名（按手印）：", Hant: "簽名（按手印）：" } as const;
const SIGNATURE_RULE = "________________";

/** The signature block at the lower right: "答辩人：张三", the line to sign on, the date. No contact lines: the party block has them. */
export function courtSignature(role: SignerRole, name: string, date: CalendarDate, script: Script): string[] {
  return [`${roleLabel(role, script)}：${name}`, `${SIGN_HERE[script]}${SIGNATURE_RULE}`, formatChineseDate(date)];
}

/** The footer of a court document: 本文书, whoever signs (the frame says 本函 for an applicant's letter). */
export function courtFooterNote(role: SignerRole, script: Script): string {
  const who = roleLabel(role, script);
  return script === "Hans"
    ? `本文书依据${who}提供的信息以书函模板生成，供${who}本人使用，不构成法律意见。`
    : `本文書依據${who}提供的信息以書函模板生成，供${who}本人使用，不構成法律意見。`;
}

// ---------------------------------------------------------------------------------------------------------
// Facts: the answer period and the guidance

const ZH_WEEKDAYS = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
const EN_WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];


/** How the period's last day was found, in plain words: the count, the moves, the calendar's status. */
function periodExplanation(period: PeriodEnd): { zh: string; en: string } {
  const received = formatChineseDate(period.start);
  const nominal = formatChineseDate(period.nominal);
  const last = formatChineseDate(period.last);
  const lastWeekday = isoWeekday(period.last);
  const zh: string[] = [`收到起诉状副本的当天（${received}）不算，从第二天起数15日，第15日是${nominal}。`];
  const en: string[] = [
    `The day you received the complaint (${formatIsoDate(period.start)}) does not count; counting 15 days from the next day, the 15th is ${formatIsoDate(period.nominal)}.`,
  ];
  if (period.shifts.length) {
    const holiday = period.shifts.some((s) => s.kind === "holiday");
    zh.push(`这一天是${holiday ? "法定节假日" : "周末"}，期限顺延到其后的第一个工作日：${last}（${ZH_WEEKDAYS[lastWeekday]}）。`);
    en.push(`That day is ${holiday ? "a public holiday" : "a weekend"}, so the period ends on the next working day: ${formatIsoDate(period.last)} (${EN_WEEKDAYS[lastWeekday]}).`);
  } else {
    zh.push(`这一天是${ZH_WEEKDAYS[lastWeekday]}${period.calendarVerified ? "，是工作日" : ""}，就是最后一天。`);
    en.push(`That day is a ${EN_WEEKDAYS[lastWeekday]}${period.calendarVerified ? ", a working day" : ""}, so it is the last day.`);
  }
  if (!period.calendarVerified) {
    zh.push(
      `书函还没有核实${period.unverifiedYears.join("、")}年的国务院放假安排：如果${last}是法定节假日，期限顺延到节假日后的第一个工作日；但最稳妥的做法是按${last}准备，越早提交越好。`,
    );
    en.push(
      `Shuhan has not verified the State Council's holiday arrangement for ${period.unverifiedYears.join(", ")}: if ${formatIsoDate(period.last)} is a public holiday, the period ends on the first working day after it. The safe course is to file by ${formatIsoDate(period.last)}, and the earlier the better.`,
    );
  }
  zh.push(
    `在最后一天之前（含当天）交邮寄出（EMS，保留邮寄凭证和单号）就不算逾期，以邮戳日期为准；也可以当面交到法院或通过法院的网上诉讼平台提交。` +
      `如果法院的应诉通知书、传票写了不同的答辩期（小额诉讼、简易程序的案件，法院可能定得更短），以法院的通知为准。收到日期不确定时（例如电子送达），按较早的日期算。`,
  );
  en.push(
    `Posting it (EMS, keep the receipt and tracking number) on or before the last day is in time: the postmark counts. You may also hand it in at the court or file it on the court's online platform. ` +
      `If the court's notice or summons gives a different answer period (in small-claims or simplified cases the court may set a shorter one), the court's notice prevails. If you are unsure when you received it (e.g. electronic service), count from the earlier date.`,
  );
  return { zh: zh.join(""), en: en.join(" ") };
}

/** The answer period as a deadline fact: its last day, the rule (第一百二十八条) and how it was counted. */
export function answerPeriodDeadline(received: CalendarDate): { period: PeriodEnd; fact: DeadlineFact } {
  const period = answerPeriod(received);
  return {
    period,
    fact: {
      id: "answer-period",
      date: formatIsoDate(period.last),
      rule: {
        zh: "被告应当在收到起诉状副本之日起十五日内提出答辩状（《民事诉讼法》第一百二十八条）。期间的计算：收到当日不计入；期间最后一日是法定休假日（周末、法定节假日）的，以其后的第一个工作日为最后一日；期满前交邮的，不算过期。",
        en: "The defendant files the defence within 15 days of receiving the complaint (Civil Procedure Law art. 128). Counting: the day of receipt is not counted; a period whose last day is a rest day (weekend or public holiday) ends on the next working day; a document posted before the period ends is in time.",
      },
      explanation: periodExplanation(period),
      citation: "civil-procedure-128",
    },
  };
}

/** The same last day as the limit for a jurisdiction objection (第一百三十条). */
export function jurisdictionDeadline(period: PeriodEnd): DeadlineFact {
  const last = formatChineseDate(period.last);
  return {
    id: "jurisdiction-objection",
    date: formatIsoDate(period.last),
    rule: {
      zh: "对管辖权有异议的，应当在提交答辩状期间提出（《民事诉讼法》第一百三十条）；未提出管辖异议并应诉答辩的，视为受诉法院有管辖权。",
      en: "An objection to jurisdiction must be made within the period for filing the defence (Civil Procedure Law art. 130); answering on the merits without one accepts the court's jurisdiction.",
    },
    explanation: {
      zh: `管辖权异议申请书须在答辩期最后一天（${last}）之前提交或交邮；过了答辩期再提，法院一般不再审查。`,
      en: `File or post the objection by the last day of the answer period (${formatIsoDate(period.last)}); after the period the court will generally not consider it.`,
    },
    citation: "civil-procedure-130",
  };
}

/** The answer period has passed by the document's date. */
export function periodPassedWarning(period: PeriodEnd, date: CalendarDate, code: string, what: { zh: string; en: string }): LetterWarning | undefined {
  if (compareDates(date, period.last) <= 0) return undefined;
  return {
    code,
    path: "case.receivedOn",
    message: {
      zh: `按你填写的收到日期，答辩期已于${formatChineseDate(period.last)}届满，而文书日期是${formatChineseDate(date)}。${what.zh}`,
      en: `By the date you received the complaint, the answer period ended on ${formatIsoDate(period.last)}, and this document is dated ${formatIsoDate(date)}. ${what.en}`,
    },
  };
}

/** The dates the facts carry for a case. */
export function caseDates(c: CaseInput, period: PeriodEnd): Record<string, CalendarDate | undefined> {
  return { complaintReceived: c.receivedOn, filed: c.filedOn, hearing: c.hearingDate, answerPeriodNominalEnd: period.nominal, answerPeriodEnd: period.last };
}

/** The steps around any court filing, in order; `extra` go after filing and before the general guidance. */
export function courtNextSteps(options: {
  document: { zh: string; en: string };
  copies: number;
  court: string;
  period: PeriodEnd;
  smallClaims: boolean;
  hearing?: CalendarDate;
  extra?: NextStepFact[];
}): NextStepFact[] {
  const last = formatChineseDate(options.period.last);
  const steps: NextStepFact[] = [
    {
      id: "check-the-lawsuit",
      text: {
        zh: "先确认是真的被起诉：真正的诉讼由法院送达——传票、应诉通知书、起诉状副本，或12368发来的法院短信（可以拨打12368或受诉法院的电话，用案号核实）。律师函、催收短信说「已起诉」「将上门」都不是法院文书，没有强制力；收到律师函可以要求对方提供律师的执业证号和律师事务所名称。",
        en: "First make sure the lawsuit is real: a real suit reaches you from the court — a summons, a notice to respond, a copy of the complaint, or a court SMS from 12368 (call 12368 or the court and check the case number). A lawyer's letter or a collector's message saying you 'have been sued' is not a court document and binds you to nothing; you may ask its sender for the lawyer's licence number and the law firm.",
      },
    },
    {
      id: "sign-and-copy",
      text: {
        zh: `打印后在签名处亲笔签名并按手印。交给法院的是原件1份，另按对方当事人人数准备副本${options.copies}份（文书末尾写明了份数），证据材料也按同样份数复印，自己再留一份。`,
        en: `Print it, sign it by hand and add your fingerprint. The court gets the original and ${options.copies} cop${options.copies === 1 ? "y" : "ies"} for the other side (the document says how many); copy the evidence the same number of times, and keep a set yourself.`,
      },
    },
    {
      id: "file-in-time",
      text: {
        zh: `在${last}之前（含当天）把${options.document.zh}交到${options.court}：可以当面交到立案庭或诉讼服务中心，可以用EMS寄出（期满前交邮即可，保留邮寄凭证和单号），也可以通过传票、短信里给出的法院网上诉讼平台提交。`,
        en: `Get the ${options.document.en} to ${options.court} by ${formatIsoDate(options.period.last)}: hand it in at the filing office, post it by EMS (posting before the period ends is in time; keep the receipt), or file it on the court's online platform named in the summons or SMS.`,
      },
    },
    ...(options.extra ?? []),
    {
      id: "attend-the-hearing",
      text: {
        zh: `${options.hearing ? `按传票上的时间（${formatChineseDate(options.hearing)}）出庭` : "按传票上的时间出庭"}，带上身份证、文书原件和证据原件。不要因为没钱还就不去：不出庭，法院可以缺席判决，你就失去了当面说明的机会。`,
        en: `${options.hearing ? `Attend the hearing on ${formatIsoDate(options.hearing)}` : "Attend the hearing on the date in the summons"}, with your ID card and the originals of the document and evidence. Do not stay away because you cannot pay: without you the court can decide in your absence and you lose the chance to be heard.`,
      },
    },
    options.smallClaims
      ? {
          id: "small-claims",
          text: {
            zh: "法院通知本案适用小额诉讼程序：一般一次开庭审结，一审终审，判决后不能上诉（《民事诉讼法》第一百六十五条）。所以答辩、证据和出庭都要一次做好。",
            en: "The court says small-claims procedure applies: usually a single hearing, and the judgment is final — there is no appeal (Civil Procedure Law art. 165). Make the defence, the evidence and your appearance count the first time.",
          },
        }
      : {
          id: "small-claims",
          text: {
            zh: "金额不大的简单欠款案件常适用小额诉讼程序：一般一次开庭审结，一审终审，不能上诉（《民事诉讼法》第一百六十五条）。看看传票或通知书上是否写了「小额诉讼」。",
            en: "Simple small money claims often go to small-claims procedure: usually a single hearing, final judgment, no appeal (Civil Procedure Law art. 165). Check whether the summons or notice says 小额诉讼.",
          },
        },
    {
      id: "representative",
      letterType: "authorization",
      text: {
        zh: "自己去不了，可以委托律师、基层法律服务工作者、近亲属或所在社区、单位推荐的人代为出庭，须出具签名的授权委托书（授权委托书 authorization）；代为承认、放弃诉讼请求、和解或上诉，必须写明特别授权（《民事诉讼法》第六十一条、第六十二条）。",
        en: "If you cannot go, a lawyer, a basic-level legal worker, a close relative or a person your community or employer recommends may act for you with a signed authorisation (the authorization letter); admitting or waiving claims, settling or appealing needs special authority written in it (Civil Procedure Law arts. 61 and 62).",
      },
    },
    {
      id: "legal-aid",
      text: {
        zh: "可以拨打12348法律援助热线免费咨询，或到当地法律援助中心、法院的诉讼服务中心问清楚怎么答辩、要带什么证据。",
        en: "Call the 12348 legal-aid line for free advice, or ask the local legal-aid centre or the court's litigation service centre how to answer and what evidence to bring.",
      },
    },
  ];
  return steps;
}

/** The warning every court document carries: a template, the borrower's own filing, not legal advice. */
export const COURT_TEMPLATE_WARNING: LetterWarning = {
  code: "COURT_DOCUMENT_TEMPLATE",
  message: {
    zh: "这是根据你填写的内容生成的文书模板，不是法律意见，也不能保证任何结果。提交前请逐字核对：文书中的每一句都以你的名义向法院陈述，必须真实。最好先拨打12348或找法律援助中心看一下。",
    en: "This is a template built from what you typed, not legal advice, and it promises no outcome. Check every word before filing: each sentence is your statement to the court and must be true. If you can, have 12348 or a legal-aid centre look at it first.",
  },
};

/** The internet courts (《互联网法院规定》第二条) as a fact for the borrower, when the suit is in one of them. */
export function internetCourtNote(court: string): NextStepFact | undefined {
  if (!/^(杭州|北京|广州)互联网法院$/.test(court)) return undefined;
  const gist = CITATIONS["internet-court-provisions-2"].gist.Hans;
  return {
    id: "internet-court",
    text: {
      zh: `本案在${court}。根据最高人民法院《关于互联网法院审理案件若干问题的规定》第二条，${gist}花呗、借呗等网上签订、网上履行的借款纠纷常由这些法院审理；诉讼一般在其网上诉讼平台进行，开庭多为在线视频，请按短信或平台通知登录。`,
      en: `The suit is in ${court}. Under art. 2 of the Supreme People's Court's provisions on internet courts, the Beijing, Guangzhou and Hangzhou internet courts hear, for their cities, first-instance financial-loan and small-loan disputes whose contracts were concluded and performed online (such as 花呗 and 借呗). Proceedings usually run on the court's online platform, with video hearings: log in as the SMS or the platform tells you.`,
    },
  };
}
