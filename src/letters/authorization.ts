/**
 * 授权委托书 — the borrower (委托人) authorises an agent (受托人), either to deal with lenders — talk to them,
 * obtain documents, complain, and only if chosen negotiate and sign a repayment plan — or to act in a lawsuit
 * (issue 9, point 6). Signed by the principal, with a line for the agent's signature accepting it.
 *
 * Legal stance (legal-notes.md; the rules themselves in ./authorization-rules.ts):
 * - Litigation: 《民事诉讼法》第六十一条、第六十二条 — an agent of a kind the law does not allow is a 422 that
 *   says who may act; the document states the case (court, case number, the other party, the principal's
 *   role) and 一般授权 or 特别授权, listing exactly the special powers chosen and saying which were not given.
 * - Negotiation and complaints: 《银行业保险业消费投诉处理管理办法》第十四条 (secondary) only when the agent may
 *   complain and a lender is a bank or consumer-finance company — the measures govern those institutions.
 * - Every authorisation says what the agent may NOT do (money, codes, cards, SIM cards, borrowing, passing the
 *   mandate on, and a repayment promise unless "negotiate-plan" was chosen), and its facts carry
 *   PAID_AGENT_CAUTION — in stronger words when a stranger or a company is to negotiate.
 * - A repayment promise the agent signs is the principal's 同意履行: the facts warn (REPAYMENT_PLAN_POWER).
 *
 * The parties: `lender` (and `account`) is the institution the agent deals with, or in a lawsuit the other
 * party; further institutions for one negotiation mandate go in `negotiation.otherLenders` (a batch makes one
 * authorisation per creditor instead). The principal's ID number is printed in full by default (the
 * institution or court must verify it) and the agent's always (they are verified by it). Account numbers are
 * printed in full to a single institution and masked when the document lists several, since each of them
 * receives it; `privacy.maskIdNumber: true` masks the ID and every account.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { addYearsClamped, compareDates, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { idNumberSchema } from "../text/id-number";
import { phoneSchema } from "../text/phone";
import { citation, citationApplies, type Citation } from "../text/citations";
import { labelList, scriptOf, type Script } from "../text/labels";
import { attachmentsList, borrowerSection, lenderKindOptions, lenderSection, options, settingsSection } from "../form/sections";
import { accountSchema, borrowerSchema, commonFields, LENDER_KINDS, lenderSchema, nameText, text } from "./common";
import { accountView, buildFileName, displayIdNumber, footerNote, letterDate, maskAccountNumber, signatureLines, type Borrower } from "./shared";
import { ANY, fieldError, OBJECT, readLetterDate } from "./checks";
import { letterFacts } from "./facts";
import {
  AGENT_KIND_LABELS,
  AGENT_KINDS,
  AUTHORITIES,
  exclusions,
  GENERAL_LITIGATION_POWERS,
  LICENSED_KINDS,
  LITIGATION_AGENT_KINDS,
  NEGOTIATION_POWER_LABELS,
  NEGOTIATION_POWERS,
  ORGANISATION_KINDS,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  PURPOSES,
  RELATION_KINDS,
  SPECIAL_POWER_LABELS,
  SPECIAL_POWERS,
  WHO_MAY_ACT,
  type AgentKind,
} from "./authorization-rules";
import type { Section } from "../form/fields";
import { defineLetterType, type BodyReader, type BuiltLetter, type DeadlineFact, type LetterContext, type LetterWarning, type NextStepFact } from "./types";

/** At most this many institutions in one negotiation mandate: the lender and nine others. */
export const MAX_OTHER_LENDERS = 9;

export const agentSchema = z
  .strictObject({
    name: nameText(80).describe("受托人姓名（或机构名称） / the agent's name (or the organisation's)"),
    kind: z
      .enum(AGENT_KINDS)
      .describe(
        "受托人身份：律师、基层法律服务工作者、近亲属、工作人员、社区推荐、单位推荐、社会团体推荐的公民、其他个人、公司或其他机构。诉讼只能委托前七种 / " +
          "who the agent is: lawyer, basic-level legal service worker, close relative, employee, a citizen recommended by the community, the employer or a social group, another person, a company; a lawsuit allows only the first seven",
      ),
    idNumber: idNumberSchema
      .optional()
      .describe("受托人居民身份证号码（律师、基层法律服务工作者和机构以外的受托人必填） / the agent's ID number (required unless a lawyer, a legal service worker or an organisation)"),
    relation: text(40)
      .optional()
      .describe("与委托人的关系，如 配偶、儿子、朋友（近亲属、工作人员必填） / relation to the principal, e.g. spouse, son, friend (required for a close relative or employee)"),
    organisation: text(80)
      .optional()
      .describe(
        "律师事务所或法律服务所；或推荐受托人的社区、单位、社会团体（律师、基层法律服务工作者、受推荐的公民必填） / " +
          "the law firm or legal service office; or the community, employer or social group recommending the agent (required for those kinds)",
      ),
    licenceNumber: text(40).optional().describe("执业证号（律师、基层法律服务工作者） / practising licence number (lawyer or legal service worker)"),
    phone: phoneSchema.optional().describe("受托人联系电话 / the agent's phone"),
    address: text(120).optional().describe("受托人通讯地址 / the agent's postal address"),
  })
  .describe("受托人 / the agent");
export type Agent = z.output<typeof agentSchema>;

const lenderEntrySchema = z.strictObject({
  name: nameText(80).describe("机构名称 / institution"),
  kind: z.enum(LENDER_KINDS).default("other").describe("机构类型 / institution kind"),
  product: text(40).optional().describe("产品，如 信用卡、借呗 / product"),
  accountNumber: text(40).optional().describe("卡号或账号 / card or account number"),
  contractNumber: text(60).optional().describe("合同编号 / contract number"),
});

export const negotiationSchema = z
  .strictObject({
    otherLenders: z
      .array(lenderEntrySchema)
      .max(MAX_OTHER_LENDERS, bilingual("TOO_MANY", `其他机构最多填写${MAX_OTHER_LENDERS}家`, `at most ${MAX_OTHER_LENDERS} other institutions`))
      .optional()
      .describe(
        `受托人一并代为联系的其他机构及账户，最多${MAX_OTHER_LENDERS}家（信中的卡号、账号只显示后4位） / other institutions the agent also deals with, at most ${MAX_OTHER_LENDERS} (their account numbers are masked)`,
      ),
    powers: z
      .array(z.enum(NEGOTIATION_POWERS))
      .min(1, bilingual("REQUIRED", "请至少选择一项代理权限", "choose at least one power"))
      .max(NEGOTIATION_POWERS.length)
      .describe(
        "代理权限（逐项选择）：沟通、索取材料、投诉、协商并签署还款方案 / the powers, each chosen: communicate, obtain documents, complain, negotiate and sign a repayment plan",
      ),
  })
  .describe("协商、投诉授权（purpose 为 negotiation 时填写） / negotiation and complaints (when purpose is negotiation)");

export const litigationSchema = z
  .strictObject({
    court: text(80).describe("受理法院，如 杭州互联网法院 / the court"),
    caseNumber: text(60).optional().describe("案号，如 （2026）浙0192民初12345号 / case number"),
    cause: text(60).optional().describe("案由，如 金融借款合同纠纷 / cause of action"),
    role: z.enum(PARTY_ROLES).describe("委托人在本案中的地位：原告、被告、第三人 / the principal's role: plaintiff, defendant, third party"),
    authority: z.enum(AUTHORITIES).describe("一般授权或特别授权 / general or special authority"),
    specialPowers: z
      .array(z.enum(SPECIAL_POWERS))
      .max(SPECIAL_POWERS.length)
      .optional()
      .describe(
        "特别授权的事项（逐项选择）：代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉 / the special powers, each chosen: admit, waive or change claims, settle, counterclaim, appeal",
      ),
  })
  .describe("诉讼授权（purpose 为 litigation 时填写） / a lawsuit (when purpose is litigation)");

export const termSchema = z
  .strictObject({
    from: dateSchema.optional().describe("委托期限起始日，默认信函日期 / start of the term, default the letter date"),
    to: dateSchema.describe("委托期限截止日，须晚于起始日 / end of the term, after its start"),
  })
  .describe("委托期限 / the term");

export const authorizationSchema = z.strictObject({
  locale: commonFields.locale,
  date: commonFields.date,
  borrower: borrowerSchema.describe("委托人（借款人），须填写身份证号码 / the principal (the borrower); the ID number is required"),
  lender: lenderSchema.describe(
    "受托人代为联系的机构；诉讼中为对方当事人（如起诉你的机构） / the institution the agent deals with; in a lawsuit, the other party (e.g. the institution suing you)",
  ),
  account: accountSchema.optional(),
  purpose: z.enum(PURPOSES).describe("委托用途：协商和投诉（negotiation），或诉讼（litigation） / what for: negotiation and complaints, or a lawsuit"),
  agent: agentSchema,
  negotiation: negotiationSchema.optional(),
  litigation: litigationSchema.optional(),
  term: termSchema,
  attachments: commonFields.attachments,
  privacy: commonFields.privacy,
});
export type Authorization = z.output<typeof authorizationSchema>;

export const TITLE = { "zh-Hans": "授权委托书", "zh-Hant": "授權委託書" } as const;

const present = (read: BodyReader, path: string) => read(path, ANY) !== undefined;

/** A negotiation authorisation that lasts longer than this is warned about. */
export const LONG_TERM_YEARS = 1;

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const SPECIAL_POWERS_READ = z.array(z.enum(SPECIAL_POWERS));

/**
 * The checks across fields: the purpose against the sections given; the agent's kind against the purpose
 * (AGENT_NOT_ALLOWED for a lawsuit) and the facts each kind must state; general against special powers; a
 * counterclaim only for a defendant; the term after the letter date and ending after it starts.
 */
export function authorizationChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const purpose = read("purpose", authorizationSchema.shape.purpose);
  const kind = read("agent.kind", agentSchema.shape.kind);
  const required = (path: string, zh: string, en: string) => errors.push(fieldError(path, "REQUIRED", zh, en));

  if (purpose === "negotiation") {
    if (!present(read, "negotiation")) required("negotiation.powers", "请逐项选择受托人的代理权限", "choose the agent's powers");
    if (present(read, "litigation"))
      errors.push(
        fieldError("litigation", "NOT_FOR_THIS_PURPOSE", "委托用途是协商和投诉，不填写诉讼事项；要委托诉讼，请把用途改为诉讼", "the purpose is negotiation: leave out the lawsuit, or change the purpose to litigation"),
      );
  }
  if (purpose === "litigation") {
    if (!present(read, "litigation")) {
      required("litigation.court", "请填写受理法院", "give the court");
      required("litigation.role", "请选择委托人在本案中的地位", "choose the principal's role");
      required("litigation.authority", "请选择一般授权或特别授权", "choose general or special authority");
    }
    if (present(read, "negotiation"))
      errors.push(
        fieldError("negotiation", "NOT_FOR_THIS_PURPOSE", "委托用途是诉讼，不填写协商事项；协商和投诉请另签一份授权委托书", "the purpose is litigation: leave out negotiation, or sign a separate authorisation for it"),
      );
    if (kind !== undefined && !LITIGATION_AGENT_KINDS.includes(kind))
      errors.push(fieldError("agent.kind", "AGENT_NOT_ALLOWED", `${WHO_MAY_ACT.zh}。请另行委托符合条件的人，或者由你本人参加诉讼`, `${WHO_MAY_ACT.en}. Entrust someone who qualifies, or act yourself`));
  }
  // The institution or the court verifies both people by their ID numbers: a mandate without them is refused.
  if (read("borrower", OBJECT) !== undefined && !present(read, "borrower.idNumber"))
    errors.push(
      fieldError(
        "borrower.idNumber",
        "PRINCIPAL_ID_REQUIRED",
        "授权委托书须写明委托人的身份证号码：机构或法院据此核对委托人身份",
        "an authorisation must give the principal's ID number: the institution or court verifies the principal by it",
      ),
    );
  if (kind !== undefined && !LICENSED_KINDS.includes(kind) && kind !== "company" && (purpose !== "litigation" || LITIGATION_AGENT_KINDS.includes(kind)) && !present(read, "agent.idNumber"))
    errors.push(
      fieldError(
        "agent.idNumber",
        "AGENT_ID_REQUIRED",
        "请填写受托人的身份证号码：机构或法院据此核对受托人身份",
        "give the agent's ID number: the institution or court verifies the agent by it",
      ),
    );

  if (kind !== undefined && RELATION_KINDS.includes(kind) && !present(read, "agent.relation"))
    errors.push(
      fieldError(
        "agent.relation",
        "AGENT_RELATION_REQUIRED",
        kind === "close-relative" ? "受托人是近亲属时，请写明与你的关系，如 配偶、父亲、女儿、兄弟姐妹" : "受托人是你的工作人员时，请写明其职务或与你的关系",
        kind === "close-relative" ? "for a close relative, state the relation (spouse, father, daughter, sibling…)" : "for an employee, state the position or relation",
      ),
    );
  if (kind !== undefined && ORGANISATION_KINDS.includes(kind) && !present(read, "agent.organisation"))
    errors.push(
      fieldError(
        "agent.organisation",
        "AGENT_ORGANISATION_REQUIRED",
        LICENSED_KINDS.includes(kind) ? "请写明受托人执业的律师事务所或法律服务所" : "请写明推荐受托人的社区、单位或社会团体的名称",
        LICENSED_KINDS.includes(kind) ? "name the law firm or legal service office the agent practises at" : "name the community, employer or social group recommending the agent",
      ),
    );
  const agentId = read("agent.idNumber", idNumberSchema);
  const principalId = read("borrower.idNumber", idNumberSchema);
  if (agentId && principalId && agentId === principalId)
    errors.push(fieldError("agent.idNumber", "AGENT_IS_PRINCIPAL", "受托人的身份证号码与委托人相同：不能委托自己", "the agent's ID number is the principal's: you cannot authorise yourself"));

  const authority = read("litigation.authority", litigationSchema.shape.authority);
  const special = read("litigation.specialPowers", SPECIAL_POWERS_READ) ?? [];
  if (authority === "special" && special.length === 0)
    errors.push(
      fieldError(
        "litigation.specialPowers",
        "SPECIAL_POWERS_REQUIRED",
        "选择特别授权时，请逐项勾选授权的事项（代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉）；都不授权的，请选一般授权",
        "with special authority, tick each special power given; if none, choose general authority",
      ),
    );
  if (authority === "general" && special.length > 0)
    errors.push(
      fieldError(
        "litigation.specialPowers",
        "SPECIAL_POWERS_WITH_GENERAL",
        "一般授权不包括代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉：要授权这些事项，请选特别授权",
        "general authority excludes admitting, waiving or changing claims, settling, counterclaiming and appealing: choose special authority to give them",
      ),
    );
  if (special.includes("counterclaim") && read("litigation.role", litigationSchema.shape.role) === "plaintiff")
    errors.push(
      fieldError("litigation.specialPowers", "COUNTERCLAIM_NOT_DEFENDANT", "只有被告才能提起反诉：委托人是原告时，请不要勾选「提起反诉」", "only a defendant can counterclaim: untick it for a plaintiff"),
    );

  const letter = readLetterDate(read, context);
  const from = read("term.from", dateSchema) ?? letter;
  const to = read("term.to", dateSchema);
  if (compareDates(from, letter) < 0)
    errors.push(
      fieldError("term.from", "TERM_STARTS_BEFORE_LETTER", "委托期限不能早于签署授权委托书的日期（信函日期）", "the term cannot start before the authorisation is signed (the letter date)"),
    );
  if (to && compareDates(to, from) <= 0)
    errors.push(
      fieldError(
        "term.to",
        "TERM_END_NOT_AFTER_START",
        `委托期限的截止日须晚于起始日（${formatChineseDate(from)}）`,
        `the term must end after it starts (${formatIsoDate(from)})`,
      ),
    );
  return errors;
}

/** The citations the document prints; everything else is absent. */
export function authorizationCitations(input: Pick<Authorization, "purpose" | "negotiation" | "lender">, script: Script) {
  const complains = input.purpose === "negotiation" && (input.negotiation?.powers.includes("complain") ?? false);
  const kinds = [input.lender.kind, ...(input.negotiation?.otherLenders ?? []).map((l) => l.kind)];
  const regulated = kinds.some((lenderKind) => citationApplies("complaint-measures-2020", { lenderKind }));
  return {
    /** 《民事诉讼法》第六十一条、第六十二条: every litigation authorisation. */
    litigation: input.purpose === "litigation" ? citation("civil-procedure-61-62", script) : undefined,
    /** 《银行业保险业消费投诉处理管理办法》第十四条: the power to complain, to a bank or consumer-finance company. */
    complaintByAgent: complains && regulated ? citation("complaint-measures-2020-14", script) : undefined,
  } satisfies Record<string, Citation | undefined>;
}

const W = {
  id: { Hans: "居民身份证号码", Hant: "居民身份證號碼" },
  phone: { Hans: "联系电话", Hant: "聯繫電話" },
  address: { Hans: "通讯地址", Hant: "通訊地址" },
  email: { Hans: "电子邮箱", Hant: "電子郵箱" },
  licence: { Hans: "执业证号", Hant: "執業證號" },
  born: { Hans: "出生", Hant: "出生" },
  male: { Hans: "男", Hant: "男" },
  female: { Hans: "女", Hant: "女" },
  of: { Hans: "系委托人的", Hant: "係委託人的" },
  employee: { Hans: "系委托人的工作人员", Hant: "係委託人的工作人員" },
  community: { Hans: "系委托人所在社区", Hant: "係委託人所在社區" },
  employer: { Hans: "系委托人所在单位", Hant: "係委託人所在單位" },
  recommended: { Hans: "推荐的公民", Hant: "推薦的公民" },
  by: { Hans: "系", Hant: "係" },
  dash: { Hans: "—", Hant: "—" },
} as const;

/** Sex and birth date from a full 18-character ID number (GB 11643: 7th–14th digits, odd 17th digit for men). */
export function personFromIdNumber(idNumber: string, script: Script): { sex: string; born: string } {
  const birth: CalendarDate = { year: Number(idNumber.slice(6, 10)), month: Number(idNumber.slice(10, 12)), day: Number(idNumber.slice(12, 14)) };
  const male = Number(idNumber[16]) % 2 === 1;
  return { sex: (male ? W.male : W.female)[script], born: `${formatChineseDate(birth)}${W.born[script]}` };
}

/**
 * The principal as the parties block prints it, one fact a line (a long number never stretches a justified
 * line): ["张三，男，1949年12月31日出生", "居民身份证号码：…", "联系电话：…", "通讯地址：…"]. Sex and birth date
 * only in a lawsuit (the court's form of a party's particulars), and only from an ID number printed in full.
 */
function principalLines(borrower: Borrower, masked: boolean, litigation: boolean, script: Script): string[] {
  const head: string[] = [borrower.name];
  if (litigation && borrower.idNumber && !masked) {
    const person = personFromIdNumber(borrower.idNumber, script);
    head.push(person.sex, person.born);
  }
  const lines = [head.join("，")];
  const id = displayIdNumber(borrower.idNumber, masked);
  if (id) lines.push(`${W.id[script]}：${id}`);
  if (borrower.phone) lines.push(`${W.phone[script]}：${borrower.phone}`);
  if (borrower.address) lines.push(`${W.address[script]}：${borrower.address}`);
  if (borrower.email) lines.push(`${W.email[script]}：${borrower.email}`);
  return lines;
}

/** What the agent is to the principal, as the parties block states it ("系委托人的配偶"), if anything. */
function agentStanding(agent: Agent, script: Script): string | undefined {
  switch (agent.kind) {
    case "lawyer":
    case "legal-service-worker":
      return `${agent.organisation ?? ""}${AGENT_KIND_LABELS[agent.kind][script]}`;
    case "close-relative":
      return `${W.of[script]}${agent.relation}`;
    case "employee":
      return `${W.employee[script]}${agent.relation ? `（${agent.relation}）` : ""}`;
    case "community-recommended":
      return `${W.community[script]}${agent.organisation ? `（${agent.organisation}）` : ""}${W.recommended[script]}`;
    case "employer-recommended":
      return `${W.employer[script]}${agent.organisation ? `（${agent.organisation}）` : ""}${W.recommended[script]}`;
    case "social-group-recommended":
      return `${W.by[script]}${agent.organisation ?? ""}${W.recommended[script]}`;
    case "other":
      return agent.relation ? `${W.of[script]}${agent.relation}` : undefined;
    case "company":
      return undefined;
  }
}

/**
 * The agent, one fact a line: ["李梅，女，1988年11月2日出生，系委托人的配偶", "居民身份证号码：…", "联系电话：…"],
 * or ["王律，北京市某某律师事务所律师", "执业证号：…", "联系电话：…"].
 */
function agentLines(agent: Agent, litigation: boolean, script: Script): string[] {
  const head: string[] = [agent.name];
  if (litigation && agent.idNumber) {
    const person = personFromIdNumber(agent.idNumber, script);
    head.push(person.sex, person.born);
  }
  const standing = agentStanding(agent, script);
  if (standing) head.push(standing);
  const lines = [head.join("，")];
  if (agent.licenceNumber) lines.push(`${W.licence[script]}：${agent.licenceNumber}`);
  if (agent.idNumber) lines.push(`${W.id[script]}：${agent.idNumber}`);
  if (agent.phone) lines.push(`${W.phone[script]}：${agent.phone}`);
  if (agent.address) lines.push(`${W.address[script]}：${agent.address}`);
  return lines;
}

/** The qualification the litigation document states: "委托人的近亲属（配偶）", "律师", … */
function qualification(agent: Agent, script: Script): string {
  const base = AGENT_KIND_LABELS[agent.kind][script];
  return agent.kind === "close-relative" && agent.relation ? `${base}（${agent.relation}）` : base;
}

/** The own-request sentence, true to the agent: a lawyer's or a company's mandate is not "without any paid agency". */
function ownSentence(kind: AgentKind, script: Script): string {
  if (kind === "lawyer" || kind === "legal-service-worker" || kind === "company")
    return script === "Hans" ? "本授权由委托人本人作出。" : "本授權由委託人本人作出。";
  return script === "Hans" ? "本授权由委托人本人作出，未通过任何收费代理机构。" : "本授權由委託人本人作出，未通過任何收費代理機構。";
}

const AGENT_ROLE = { Hans: "受托人", Hant: "受託人" } as const;
const AGENT_SIGN_HERE = { Hans: "签名（接受委托）：", Hant: "簽名（接受委託）：" } as const;

/**
 * One signature block for both: the principal's lines from the frame (委托人, 签名（按手印）), the agent's
 * acceptance (受托人, 签名（接受委托）), then the date. The contact details stand in the parties block above,
 * so the block stays short enough to keep with the text it signs.
 */
function signatureBlock(borrower: Borrower, agentName: string, date: CalendarDate, script: Script): string[] {
  const [role, signHere] = signatureLines("principal", borrower, date, script);
  const rule = signHere.slice(signHere.indexOf("：") + 1);
  return [role, signHere, `${AGENT_ROLE[script]}：${agentName}`, `${AGENT_SIGN_HERE[script]}${rule}`, formatChineseDate(date)];
}

/** PAID_AGENT_CAUTION, on every authorisation; stronger when a stranger or a company is to negotiate. */
export function paidAgentCaution(purpose: Authorization["purpose"], kind: AgentKind): LetterWarning {
  const stranger = purpose === "negotiation" && (kind === "other" || kind === "company");
  const base = {
    zh: "不要付钱给「代理协商」「债务优化」「反催收」「征信修复」机构：和机构协商、投诉，你都可以自己免费办，也可以委托家人；需要法律帮助可拨打12348（法律援助）。受托人无权替你收钱，也不能要你的验证码、密码、银行卡或手机卡。",
    en: "Never pay a 'debt negotiation', 'debt optimisation', 'anti-collection' or 'credit repair' agency: you can negotiate and complain yourself for free, or ask a relative; for legal help call 12348 (legal aid). The agent may not take your money, and may not ask for your verification codes, passwords, bank cards or SIM card.",
  };
  if (!stranger) return { code: "PAID_AGENT_CAUTION", path: "agent.kind", message: base };
  const who = kind === "company" ? { zh: "一家公司或机构", en: "a company or agency" } : { zh: "一位既不是律师、也不是你亲属的人", en: "someone who is neither a lawyer nor a relative" };
  return {
    code: "PAID_AGENT_CAUTION",
    path: "agent.kind",
    message: {
      zh: `你要委托的是${who.zh}。如果对方是收费的「代理协商」「债务优化」「停催」机构，或者是这类机构介绍的人，请不要签这份授权：监管部门正在整治这类机构，它们常编造困难材料、收取高额费用、截留还款、泄露个人信息。${base.zh}`,
      en: `You are about to authorise ${who.en}. If it is a paid 'debt negotiation', 'debt optimisation' or 'stop collection' agency, or someone such an agency sent, do not sign: regulators are acting against these agencies, which often fabricate hardship evidence, charge high fees, divert repayments and leak personal data. ${base.en}`,
    },
  };
}

/** REPAYMENT_PLAN_POWER: a plan the agent agrees binds the principal and is 同意履行. */
const REPAYMENT_PLAN_WARNING: LetterWarning = {
  code: "REPAYMENT_PLAN_POWER",
  path: "negotiation.powers",
  message: {
    zh: "你授权受托人代你协商并签署还款协议：受托人签的协议对你有约束力。答应还款也是「同意履行」，诉讼时效重新计算，已过时效的债也不能再以时效为由拒绝（诉讼时效规定第十四条、第十九条）。只答应你真能还得起的方案；这笔债可能已超过三年没有还款、也没有人催收的，先别授权。",
    en: "You authorise the agent to negotiate and sign a repayment agreement: what the agent signs binds you. Agreeing to repay also counts as agreeing to perform: the limitation period restarts, and a time-barred debt can no longer be refused on that ground (Limitation Provisions arts. 14 and 19). Agree only to what you can really pay; if nobody has paid or demanded this debt for more than three years, do not give this power yet.",
  },
};

/** SPECIAL_POWERS_CAUTION: admitting, waiving or settling are given away by the agent's word. */
function specialPowersWarning(powers: readonly string[]): LetterWarning | undefined {
  if (!powers.some((p) => p === "admit-claims" || p === "waive-claims" || p === "settle")) return undefined;
  return {
    code: "SPECIAL_POWERS_CAUTION",
    path: "litigation.specialPowers",
    message: {
      zh: "特别授权后，受托人可以代你承认对方的诉讼请求、放弃你的诉讼请求或与对方和解，效果与你本人作出的一样，法院会据此裁判。只授权你信任、并且事先与你商量的人。",
      en: "With special authority the agent can admit the other side's claims, waive yours or settle on your behalf, with the same effect as if you did it yourself, and the court will decide on that basis. Give it only to someone you trust who consults you first.",
    },
  };
}

function longTermWarning(purpose: Authorization["purpose"], from: CalendarDate, to: CalendarDate): LetterWarning | undefined {
  if (purpose !== "negotiation" || compareDates(to, addYearsClamped(from, LONG_TERM_YEARS)) <= 0) return undefined;
  return {
    code: "LONG_TERM",
    path: "term.to",
    message: {
      zh: "授权期限超过一年。协商、投诉一般用不了这么久；期限越长，授权被滥用的风险越大。可以缩短期限，需要时再签。",
      en: "The term is longer than a year. Negotiating or complaining rarely takes that long, and a longer mandate is easier to misuse: consider a shorter term and signing again if needed.",
    },
  };
}

function authorizationNextSteps(purpose: Authorization["purpose"]): NextStepFact[] {
  const steps: NextStepFact[] = [
    {
      id: "sign",
      text: {
        zh: "打印后，委托人在「委托人」处亲笔签名（可按手印），受托人在「受托人」处签名接受委托。按需要签几份原件：每家机构或法院各交一份，自己留一份。",
        en: "Print it; the principal signs (a fingerprint may be added) and the agent signs to accept. Sign as many originals as needed: one for each institution or court, and one to keep.",
      },
    },
  ];
  if (purpose === "negotiation")
    steps.push({
      id: "agent-presents",
      text: {
        zh: "受托人办理时，向机构出示本授权委托书原件和委托人、受托人的身份证件复印件；代为投诉时一并提交。",
        en: "The agent shows the original and copies of both ID cards to the institution, and submits them with any complaint.",
      },
    });
  else
    steps.push({
      id: "submit-to-court",
      text: {
        zh: "向法院提交本授权委托书原件、受托人的身份证明，以及受托人资格的证明：律师交律师事务所函和执业证，基层法律服务工作者交法律服务所函和执业证，近亲属交亲属关系证明（如户口簿、结婚证），工作人员交劳动关系证明，受推荐的公民交推荐材料。具体以法院的要求为准。",
        en: "File the original with the court, with the agent's ID and proof of their standing: a lawyer's firm letter and licence, a legal service worker's office letter and licence, proof of kinship for a relative (household register, marriage certificate), proof of employment, or the recommendation. Ask the court what it needs.",
      },
    });
  steps.push(
    {
      id: "revoke",
      text: {
        zh: "你可以随时书面撤销授权：写明撤销，通知受托人和已收到本委托书的机构或法院。",
        en: "You may revoke it at any time in writing: tell the agent and every institution or court that has the document.",
      },
    },
    {
      id: "pay-directly",
      text: {
        zh: "还款只由你本人直接付到机构自己的还款渠道；不要把验证码、密码、银行卡、手机卡交给受托人或任何人。",
        en: "Pay only yourself, directly into the institution's own repayment channel; never give the agent or anyone your verification codes, passwords, bank cards or SIM card.",
      },
    },
  );
  return steps;
}

function build(input: Authorization, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const title = TITLE[input.locale];
  const script = scriptOf(input.locale);
  const litigation = input.purpose === "litigation";
  const others = litigation ? [] : (input.negotiation?.otherLenders ?? []);
  const lenders = [
    {
      name: input.lender.name,
      kind: input.lender.kind,
      product: input.account?.product,
      accountNumber: input.account?.accountNumber,
      contractNumber: input.account?.contractNumber,
    },
    ...others,
  ];
  const idMasked = input.privacy?.maskIdNumber ?? false;
  const accountsMasked = input.privacy?.maskIdNumber === true || others.length > 0;
  const basis = authorizationCitations(input, script);
  const from = input.term.from ?? date;
  const to = input.term.to;
  const powers = input.negotiation?.powers ?? [];
  const special = input.litigation?.authority === "special" ? (input.litigation.specialPowers ?? []) : [];
  const recipient = litigation
    ? { name: input.litigation!.court }
    : others.length
      ? { name: [input.lender.name, ...others.map((l) => l.name)].join("、") }
      : { name: input.lender.name, department: input.lender.department, address: input.lender.address };
  const deadlines: DeadlineFact[] = [
    {
      id: "authorization-ends",
      date: formatIsoDate(to),
      rule: { zh: "委托期限届满", en: "the term of the authorisation ends" },
      explanation: {
        zh: `授权到${formatChineseDate(to)}为止，之后受托人无权再代你办理；需要继续的，重新签署。`,
        en: `The authorisation runs until ${formatIsoDate(to)}; after that the agent may no longer act for you. Sign a new one if needed.`,
      },
    },
  ];
  return {
    template: "authorization",
    locale: input.locale,
    viewModel: {
      locale: input.locale,
      script,
      title,
      litigation,
      principal: principalLines(input.borrower, idMasked, litigation, script),
      agent: agentLines(input.agent, litigation, script),
      case: litigation
        ? {
            court: input.litigation!.court,
            caseNumber: input.litigation!.caseNumber,
            cause: input.litigation!.cause,
            opponent: input.lender.name,
            account: accountView(input.account, input.lender.kind, script, idMasked).phrase || undefined,
            /** "系本案被告": 系 is the copula (係 in Traditional script), written here with its word. */
            role: `${W.by[script]}本案${PARTY_ROLE_LABELS[input.litigation!.role][script]}`,
            qualification: `${W.by[script]}${qualification(input.agent, script)}`,
            special: input.litigation!.authority === "special",
            general: GENERAL_LITIGATION_POWERS[script],
            specialPowers: special.length ? SPECIAL_POWERS.filter((p) => special.includes(p)).map((p) => SPECIAL_POWER_LABELS[p][script]) : [],
            notGiven: labelList(SPECIAL_POWER_LABELS, SPECIAL_POWERS.filter((p) => !special.includes(p)), script),
          }
        : undefined,
      lenders: lenders.map((l, i) => ({
        number: i + 1,
        name: l.name,
        product: l.product ?? W.dash[script],
        account: l.accountNumber ? (accountsMasked ? maskAccountNumber(l.accountNumber, script) : l.accountNumber) : W.dash[script],
        contract: l.contractNumber ?? W.dash[script],
      })),
      powers: NEGOTIATION_POWERS.filter((p) => powers.includes(p)).map((p) => NEGOTIATION_POWER_LABELS[p][script]),
      exclusions: exclusions({ lenders: script === "Hans" ? "上述机构" : "上述機構", repaymentPower: powers.includes("negotiate-plan"), litigation }, script),
      term: { from: formatChineseDate(from), to: formatChineseDate(to) },
      ownRequest: ownSentence(input.agent.kind, script),
      signature: signatureBlock(input.borrower, input.agent.name, date, script),
      attachments: input.attachments ?? [],
      footer: footerNote("principal", script),
      basis,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${AGENT_ROLE[script]}：${input.agent.name}）` },
    fileName: buildFileName(title, input.borrower.name, input.agent.name),
    facts: letterFacts({
      type: "authorization",
      title,
      locale: input.locale,
      date,
      input,
      recipient,
      dates: { termFrom: from, termTo: to },
      deadlines,
      citations: [basis.litigation, basis.complaintByAgent].flatMap((c) => (c ? [c.id] : [])),
      warnings: [
        paidAgentCaution(input.purpose, input.agent.kind),
        powers.includes("negotiate-plan") ? REPAYMENT_PLAN_WARNING : undefined,
        specialPowersWarning(special),
        longTermWarning(input.purpose, from, to),
      ],
      nextSteps: authorizationNextSteps(input.purpose),
    }),
  };
}

const AGENT_KIND_FORM_LABELS: Record<AgentKind, string> = {
  lawyer: "律师",
  "legal-service-worker": "基层法律服务工作者（法律服务所）",
  "close-relative": "近亲属（配偶、父母、子女、兄弟姐妹等）",
  employee: "我的工作人员",
  "community-recommended": "我所在社区推荐的人",
  "employer-recommended": "我所在单位推荐的人",
  "social-group-recommended": "有关社会团体推荐的人",
  other: "其他个人（如朋友）——不能代理诉讼",
  company: "公司或其他机构——不能代理诉讼",
};

const NEGOTIATION_POWER_FORM_LABELS: Record<(typeof NEGOTIATION_POWERS)[number], string> = {
  communicate: "和机构（及其催收机构）沟通，了解欠款情况",
  "request-documents": "索取、接收合同和账单等材料",
  complain: "代我投诉",
  "negotiate-plan": "代我协商还款方案，并签署还款协议（签了就对我有约束力）",
};

const SPECIAL_POWER_FORM_LABELS: Record<(typeof SPECIAL_POWERS)[number], string> = {
  "admit-claims": "代我承认对方的诉讼请求",
  "waive-claims": "代我放弃诉讼请求",
  "modify-claims": "代我变更诉讼请求",
  settle: "代我和对方和解",
  counterclaim: "代我提起反诉（只有被告可以）",
  appeal: "代我提起上诉",
};

/** The borrower's questions, as the principal's: the ID number is needed here (the institution or court verifies it). */
function principalSection(): Section {
  const section = borrowerSection({ asksReply: false });
  return {
    ...section,
    legend: "委托人（你）的信息",
    hint: "写在授权委托书开头和签名处。",
    fields: section.fields.map((field) =>
      field.name === "borrower.idNumber"
        ? { ...field, hint: "必填：机构和法院据此核对委托人身份。18位，最后一位是校验码（数字或X），请对照身份证逐位核对。" }
        : field,
    ),
  };
}

const authorization = defineLetterType({
  id: "authorization",
  order: 80,
  title: TITLE,
  description: {
    zh: "委托家人、律师等人代你和银行、平台沟通、投诉，或者代你参加诉讼时使用：写明受托人、委托事项、逐项列明的权限和期限，并写明受托人无权收钱、要验证码或手机卡。不要把授权交给收费的「代理协商」机构。",
    en: "For letting a relative, a lawyer or another person deal with lenders and complain for you, or act for you in a lawsuit: names the agent, the matters, each power given and the term, and states that the agent may not take money, codes or SIM cards. Never give it to a paid debt-negotiation agency.",
  },
  schema: authorizationSchema,
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
    purpose: "negotiation",
    agent: {
      name: "李梅",
      kind: "close-relative",
      idNumber: "110108198811024523",
      relation: "配偶",
      phone: "13911112222",
      address: "北京市朝阳区建国路88号3单元501室",
    },
    negotiation: {
      otherLenders: [{ name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance", product: "借呗", contractNumber: "JB20250315001234" }],
      powers: ["communicate", "request-documents", "complain"],
    },
    term: { to: "2027-05-31" },
    attachments: ["委托人身份证复印件", "受托人身份证复印件", "结婚证复印件"],
  },
  checks: authorizationChecks,
  build,
  form: {
    when:
      "自己不方便出面，想请家人或律师代你和银行、平台沟通、投诉，或者代你出庭：写一份授权委托书。和机构协商、投诉都可以自己免费办：不要付钱给「代理协商」「债务优化」机构，也不要把授权交给它们。",
    sections: [
      principalSection(),
      {
        id: "purpose",
        legend: "委托用途",
        fields: [
          {
            kind: "radio",
            name: "purpose",
            label: "委托对方做什么",
            options: [
              { value: "negotiation", label: "和银行、平台沟通协商，代我投诉" },
              { value: "litigation", label: "代我参加诉讼（已经被起诉或要起诉）" },
            ],
            default: "negotiation",
          },
        ],
      },
      {
        id: "agent",
        legend: "受托人",
        hint: "诉讼只能委托律师、基层法律服务工作者、近亲属、你的工作人员，或社区、单位、社会团体推荐的人。不要把授权交给收费的「代理协商」「债务优化」机构：它们常编造材料、截留还款、泄露个人信息。",
        fields: [
          { kind: "text", name: "agent.name", label: "受托人姓名", required: true },
          { kind: "radio", name: "agent.kind", label: "受托人是你的什么人", required: true, options: options(AGENT_KINDS, (v) => AGENT_KIND_FORM_LABELS[v]) },
        ],
      },
      {
        id: "agentDetails",
        legend: "受托人的身份和联系方式",
        hint: "机构和法院据此核对受托人的身份。",
        fields: [
          { kind: "id-number", name: "agent.idNumber", label: "受托人身份证号码", hint: "受托人不是律师、基层法律服务工作者或机构的必填：机构和法院据此核对身份。" },
          { kind: "text", name: "agent.relation", label: "和你的关系", hint: "例如：配偶、父亲、女儿、朋友。近亲属、工作人员必填。" },
          { kind: "text", name: "agent.organisation", label: "律师事务所，或推荐受托人的社区、单位、团体", hint: "律师、基层法律服务工作者和受推荐的人必填。" },
          { kind: "text", name: "agent.licenceNumber", label: "执业证号", hint: "律师、基层法律服务工作者填写。" },
          { kind: "tel", name: "agent.phone", label: "受托人手机号码" },
          { kind: "text", name: "agent.address", label: "受托人通讯地址" },
        ],
      },
      lenderSection("机构（诉讼时为对方当事人）", "受托人代你联系的银行或平台；诉讼时填起诉你的（或你起诉的）机构。"),
      {
        id: "account",
        legend: "账户",
        hint: "写清是哪一笔借款或哪张卡，机构才能找到。",
        fields: [
          { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、借呗。" },
          { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "只有一家机构时完整显示；还填了其他机构时只显示后4位。可不填。", extra: true },
          { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。", extra: true },
        ],
      },
      {
        id: "negotiation",
        legend: "协商、投诉事项",
        hint: "只勾选你同意的事项。受托人无权替你收钱、要验证码或手机卡，也不能以你的名义借钱。",
        fields: [
          {
            kind: "list",
            name: "negotiation.otherLenders",
            label: "受托人一并代你联系的其他机构（可不填）",
            hint: "欠几家机构都要委托时填写，信中的卡号、账号只显示后4位。也可以每家机构各签一份。",
            rowLabel: "其他机构 {n}",
            rows: 1,
            max: MAX_OTHER_LENDERS,
            action: "add-lender",
            addLabel: "再加一家机构",
            item: [
              { kind: "text", name: "name", label: "机构名称", required: true },
              { kind: "select", name: "kind", label: "机构类型", options: lenderKindOptions() },
              { kind: "text", name: "product", label: "产品", hint: "例如：信用卡、借呗。" },
              { kind: "text", name: "accountNumber", label: "卡号或账号", hint: "信中只显示后4位。" },
              { kind: "text", name: "contractNumber", label: "合同编号" },
            ],
          },
          {
            kind: "checkboxes",
            name: "negotiation.powers",
            label: "受托人可以做什么（逐项勾选）",
            options: options(NEGOTIATION_POWERS, (v) => NEGOTIATION_POWER_FORM_LABELS[v]),
          },
        ],
      },
      {
        id: "litigation",
        legend: "诉讼事项",
        hint: "按法院的传票、应诉通知书或起诉状填写。",
        fields: [
          { kind: "text", name: "litigation.court", label: "受理法院", hint: "例如：杭州互联网法院。" },
          { kind: "text", name: "litigation.caseNumber", label: "案号", hint: "例如：（2026）浙0192民初12345号。还没有可不填。" },
          { kind: "text", name: "litigation.cause", label: "案由", hint: "例如：金融借款合同纠纷。可不填。" },
          { kind: "radio", name: "litigation.role", label: "你在案件中是", options: options(PARTY_ROLES, (v) => PARTY_ROLE_LABELS[v].Hans) },
          {
            kind: "radio",
            name: "litigation.authority",
            label: "授权范围",
            hint: "一般授权：受托人只能代你参加诉讼。特别授权：还可以做下面勾选的事，效果和你本人做的一样。",
            options: [
              { value: "general", label: "一般授权" },
              { value: "special", label: "特别授权" },
            ],
          },
          {
            kind: "checkboxes",
            name: "litigation.specialPowers",
            label: "特别授权的事项（选特别授权时逐项勾选）",
            options: options(SPECIAL_POWERS, (v) => SPECIAL_POWER_FORM_LABELS[v]),
          },
        ],
      },
      {
        id: "term",
        legend: "委托期限",
        fields: [
          { kind: "date", name: "term.from", label: "从哪天起", hint: "不填就是信函日期。" },
          { kind: "date", name: "term.to", label: "到哪天止", required: true, hint: "协商一般几个月就够；诉讼可写到预计审结之后。" },
        ],
      },
      { id: "attachments", legend: "附件", fields: [attachmentsList()] },
      settingsSection(),
    ],
    // The matters of the purpose chosen: negotiation or litigation.
    steps: [
      { id: "borrower", sections: ["borrower"] },
      { id: "agent", title: "委托做什么、委托谁", sections: ["purpose", "agent"] },
      { id: "agentDetails", sections: ["agentDetails"] },
      { id: "lender", title: "机构和账户", sections: ["lender", "account"] },
      { id: "negotiation", sections: ["negotiation"], when: { name: "purpose", values: ["negotiation"] } },
      { id: "litigation", sections: ["litigation"], when: { name: "purpose", values: ["litigation"] } },
      { id: "term", title: "委托期限", sections: ["term", "attachments", "settings"] },
    ],
    requiredObjects: ["borrower", "lender", "agent", "term"],
    submitLabel: "生成授权委托书（PDF）",
    advice: [
      "委托人和受托人都要签名；每家机构或法院各交一份原件。",
      "可以随时书面撤销授权。不要把验证码、密码、银行卡、手机卡交给任何人。",
      "不要付钱给「代理协商」「债务优化」「征信修复」机构：这些事你可以自己免费办。",
    ],
  },
  journey: {
    situations: [
      { id: "helper", rank: 1, why: "写明委托谁、办哪些事、权限和期限。不要付钱给「代理协商」机构，不要把验证码、手机卡交给任何人。" },
      { id: "sued", rank: 3, why: "请律师或近亲属代为出庭时，要向法院提交授权委托书。", prefill: { purpose: "litigation" } },
    ],
  },
});

export default authorization;
