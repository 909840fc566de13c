/**
 * The frame every Shuhan letter shares, as pure functions: the salutation (称谓), the borrower's identification
 * with the masked ID number, the account phrase with a masked card number, the debt breakdown in figures and
 * 大写, the signature block, the 附件 list, the footer note and the download file name.
 *
 * Conventions (legal-notes.md, "Letter conventions"): 称谓 flush left with a full-width colon; dates as
 * 2026年11月23日; amounts as the ¥ figure and, in formal statements, 大写 (人民币…). What the borrower typed —
 * names, details, attachments — is printed exactly as typed, never converted between scripts; everything this
 * module writes itself comes in both scripts.
 *
 * The templates (templates/<locale>/_signature.hbs, _attachments.hbs, _closing.hbs, _footer.hbs) print the
 * `frame` fields below; letter modules spread `frame(...)` into their view model.
 */
import type { z } from "zod";
import { formatChineseDate, type CalendarDate } from "../text/dates";
import { formatYuan, formatFen, toDaxie, type Fen } from "../text/money";
import { maskIdNumber } from "../text/id-number";
import { DEBT_LINE_LABELS, scriptOf, type Script } from "../text/labels";
import type { accountSchema, borrowerSchema, debtSchema, lenderSchema, LenderKind } from "./common";
import type { LetterContext, Locale } from "./types";

export type Borrower = z.output<typeof borrowerSchema>;
export type Lender = z.output<typeof lenderSchema>;
export type Account = z.output<typeof accountSchema>;
export type Debt = z.output<typeof debtSchema>;

/** The common fields after validation (src/letters/common.ts `commonFields`). */
export interface CommonInput {
  locale: Locale;
  date?: CalendarDate;
  borrower: Borrower;
  lender: Lender;
  account?: Account;
  debt: Debt;
  attachments?: string[];
  privacy?: { maskIdNumber: boolean };
}

/**
 * Who signs: 申请人 for requests and applications, 告知人 for the notice to a collection agency, 投诉人 for a
 * complaint, 委托人 for an authorisation, 答辩人 for a defence in court.
 */
export type SignerRole = "applicant" | "notifier" | "complainant" | "principal" | "defendant";

const ROLE = {
  applicant: { Hans: "申请人", Hant: "申請人" },
  notifier: { Hans: "告知人", Hant: "告知人" },
  complainant: { Hans: "投诉人", Hant: "投訴人" },
  principal: { Hans: "委托人", Hant: "委託人" },
  defendant: { Hans: "答辩人", Hant: "答辯人" },
} as const;

export function roleLabel(role: SignerRole, script: Script): string {
  return ROLE[role][script];
}

const YOU = {
  bank: { Hans: "贵行", Hant: "貴行" },
  company: { Hans: "贵司", Hant: "貴司" },
  other: { Hans: "贵方", Hant: "貴方" },
} as const;

/** How the letter addresses the lender in the body: 贵行 (a bank), 贵司 (a company), 贵方 (anyone else). */
export function you(kind: LenderKind, script: Script): string {
  if (kind === "bank-credit-card" || kind === "bank-loan") return YOU.bank[script];
  if (kind === "consumer-finance" || kind === "microloan") return YOU.company[script];
  return YOU.other[script];
}

/** What the borrower is to the lender: 持卡人 for a credit card, 借款人 otherwise (the same in both scripts). */
export function relation(kind: LenderKind): string {
  return kind === "bank-credit-card" ? "持卡人" : "借款人";
}

/** The letter's date: the body's `date`, or today in Asia/Shanghai. */
export function letterDate(input: { date?: CalendarDate }, context: LetterContext): CalendarDate {
  return input.date ?? context.today;
}

/**
 * The recipient with its department: "招商银行信用卡中心（客户服务部）". A department that has brackets of its
 * own ("客户服务部（投诉）") is joined without more brackets — 招商银行信用卡中心客户服务部（投诉） — so the
 * salutation never stacks full-width brackets as （（））.
 */
export function recipientName(name: string, department?: string): string {
  if (!department) return name;
  return /[（()）]/.test(department) ? `${name}${department}` : `${name}（${department}）`;
}

/** 称谓: "尊敬的招商银行信用卡中心（客户服务部）：" — the recipient, its department in full-width brackets. */
export function salutation(name: string, department?: string): string {
  return `尊敬的${recipientName(name, department)}：`;
}

/**
 * Whether the letter masks the borrower's ID and account numbers. A letter to the creditor itself prints them
 * in full, since the creditor must find the account (and already holds them); a letter to anyone else — a
 * collection agency, a debt buyer's collector — masks them by default. `privacy.maskIdNumber` decides when given.
 */
export function masksNumbers(privacy: { maskIdNumber: boolean } | undefined, toCreditor: boolean): boolean {
  return privacy?.maskIdNumber ?? !toCreditor;
}

/** The ID number as the letter prints it: masked (110105********002X) or in full. */
export function displayIdNumber(idNumber: string | undefined, masked: boolean): string | undefined {
  if (!idNumber) return undefined;
  return masked ? maskIdNumber(idNumber) : idNumber;
}

const ID_LABEL = { Hans: "居民身份证号码", Hant: "居民身份證號碼" } as const;

/**
 * The borrower as the opening sentence names them: "张三（居民身份证号码：110105********002X）", or the bare
 * name when no ID number was given.
 */
export function borrowerIntro(borrower: Borrower, masked: boolean, script: Script): string {
  const id = displayIdNumber(borrower.idNumber, masked);
  return id ? `${borrower.name}（${ID_LABEL[script]}：${id}）` : borrower.name;
}

const CONTACT_LABELS = {
  phone: { Hans: "联系电话", Hant: "聯繫電話" },
  address: { Hans: "通讯地址", Hant: "通訊地址" },
  email: { Hans: "电子邮箱", Hant: "電子郵箱" },
} as const;

/**
 * The borrower's identification lines (name, ID number as displayed, phone, address, email), for letters that
 * print them as a block: ["申请人：张三", "居民身份证号码：110105********002X", "联系电话：13812345678", …].
 * Absent fields are left out.
 */
export function identityLines(role: SignerRole, borrower: Borrower, masked: boolean, script: Script): string[] {
  const id = displayIdNumber(borrower.idNumber, masked);
  return [
    `${ROLE[role][script]}：${borrower.name}`,
    ...(id ? [`${ID_LABEL[script]}：${id}`] : []),
    ...contactLines(borrower, script),
  ];
}

function contactLines(borrower: Borrower, script: Script): string[] {
  const lines: string[] = [];
  if (borrower.phone) lines.push(`${CONTACT_LABELS.phone[script]}：${borrower.phone}`);
  if (borrower.address) lines.push(`${CONTACT_LABELS.address[script]}：${borrower.address}`);
  if (borrower.email) lines.push(`${CONTACT_LABELS.email[script]}：${borrower.email}`);
  return lines;
}

const SIGN_HERE = { Hans: "签名（按手印）：", Hant: "簽名（按手印）：" } as const;
/** A ruled space for the handwritten signature (ASCII low lines join into one line in the body face). */
const SIGNATURE_RULE = "________________";

/**
 * The signature block at the lower right: "申请人：张三", a line to sign on by hand ("签名（按手印）：________"), the
 * contact details the lender needs to answer (phone, address, email — in full: the borrower gives them so that
 * the reply reaches them), then the date "2026年11月23日".
 */
export function signatureLines(role: SignerRole, borrower: Borrower, date: CalendarDate, script: Script): string[] {
  return [
    `${ROLE[role][script]}：${borrower.name}`,
    `${SIGN_HERE[script]}${SIGNATURE_RULE}`,
    ...contactLines(borrower, script),
    formatChineseDate(date),
  ];
}

/**
 * A card or account number as letters print it: only the last four characters, "尾号1234" (尾號1234 in
 * Traditional script). Spaces and hyphens people type between digit groups are ignored. A full card number
 * in a letter that may be copied and forwarded serves no purpose the last four digits do not.
 */
export function maskAccountNumber(accountNumber: string, script: Script): string {
  const compact = accountNumber.replace(/[\s\u3000\-‐‑–—－]/g, "");
  const tail = [...compact].slice(-4).join("");
  return `${script === "Hant" ? "尾號" : "尾号"}${tail}`;
}

const ACCOUNT_WORDS = {
  card: { Hans: "卡号", Hant: "卡號" },
  account: { Hans: "账号", Hant: "賬號" },
  contract: { Hans: "合同编号", Hant: "合同編號" },
} as const;

export interface AccountView {
  product?: string;
  /** "卡号尾号1234" for credit cards, "账号尾号1234" otherwise. */
  number?: string;
  contractNumber?: string;
  /**
   * The whole phrase for the opening sentence, e.g. "「招商银行经典白金卡」（卡号尾号1234）" or
   * "「借呗」（合同编号：JB2025…）"; "" when no account was given.
   */
  phrase: string;
}

/** The account as the opening sentence names it (product in 「」, the number masked or in full, contract number). */
export function accountView(account: Account | undefined, lenderKind: LenderKind, script: Script, masked = true): AccountView {
  if (!account) return { phrase: "" };
  const numberWord = lenderKind === "bank-credit-card" ? ACCOUNT_WORDS.card : ACCOUNT_WORDS.account;
  const number = account.accountNumber
    ? masked
      ? `${numberWord[script]}${maskAccountNumber(account.accountNumber, script)}`
      : `${numberWord[script]}：${account.accountNumber}`
    : undefined;
  const contractNumber = account.contractNumber;
  const details = [number, contractNumber ? `${ACCOUNT_WORDS.contract[script]}：${contractNumber}` : undefined].filter(Boolean);
  const phrase = `${account.product ? `「${account.product}」` : ""}${details.length ? `（${details.join("，")}）` : ""}`;
  return { product: account.product, number, contractNumber, phrase };
}

/** An amount as the letter prints it. */
export interface AmountView {
  fen: Fen;
  /** "¥16,409.02" */
  figure: string;
  /** "16,409.02" (for table cells under a "（元）" header) */
  plain: string;
  /** "人民币壹万陆仟肆佰零玖元零贰分" */
  daxie: string;
}

export function amountView(fen: Fen, script: Script): AmountView {
  return { fen, figure: formatYuan(fen), plain: formatFen(fen), daxie: toDaxie(fen, script) };
}

export interface DebtLine extends AmountView {
  key: "principal" | "interest" | "penalty" | "fees";
  label: string;
}

export interface DebtBreakdown {
  /** 本金 always; 利息, 罚息、违约金, 其他费用 only when given and not zero. */
  lines: DebtLine[];
  total: AmountView & { label: string };
  /** "2026年5月10日" when debt.overdueSince was given. */
  overdueSince?: string;
}

/** Total owed in fen: 本金 + 利息 + 罚息违约金 + 费用. */
export function debtTotal(debt: Debt): Fen {
  return debt.principal + (debt.interest ?? 0) + (debt.penalty ?? 0) + (debt.fees ?? 0);
}

/** The debt broken down, each line and the total in figures and 大写. */
export function debtBreakdown(debt: Debt, script: Script): DebtBreakdown {
  const lines: DebtLine[] = [];
  for (const key of ["principal", "interest", "penalty", "fees"] as const) {
    const fen = debt[key] ?? 0;
    if (key !== "principal" && fen === 0) continue;
    lines.push({ key, label: DEBT_LINE_LABELS[key][script], ...amountView(fen, script) });
  }
  return {
    lines,
    total: { label: DEBT_LINE_LABELS.total[script], ...amountView(debtTotal(debt), script) },
    overdueSince: debt.overdueSince ? formatChineseDate(debt.overdueSince) : undefined,
  };
}

/**
 * The body's own words as paragraphs: split at line breaks, each trimmed, empty lines dropped, so that
 * "第一段\n\n第二段" becomes two <p> and no paragraph contains a line break.
 */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The one-line note at the foot of every page (≤ 40 characters, one 9 pt line): a template for the signer's
 * own use, not legal advice. A court document (答辩状, 管辖权异议申请书) is a 文书, not a 函.
 */
export function footerNote(role: SignerRole, script: Script): string {
  const who = ROLE[role][script];
  const what = role === "defendant" ? (script === "Hans" ? "本文书" : "本文書") : "本函";
  return script === "Hans"
    ? `${what}依据${who}提供的信息以书函模板生成，供${who}本人使用，不构成法律意见。`
    : `${what}依據${who}提供的信息以書函模板生成，供${who}本人使用，不構成法律意見。`;
}

/**
 * Characters that file systems or Content-Disposition handling reject or misread. A single ordinary space (in
 * "John Smith") is kept: names are checked on input (src/letters/text-fields.ts) and never silently changed.
 */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u00a0\u2000-\u200f\u2028-\u202f\u3000\t\n\r]+/g;

/**
 * The download file name without ".pdf": parts joined by "_", e.g. "个性化分期还款申请书_张三_招商银行信用卡中心".
 * Path separators, characters Windows forbids, control characters and odd spaces are removed from each part;
 * each part is cut to 40 characters so the name stays well under file-system limits.
 */
export function buildFileName(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => (part ?? "").replace(UNSAFE_IN_FILE_NAME, "").replace(LEADING_DOTS, ""))
    .map(firstCodePoints)
    .filter((part) => part.length > 0)
    .join("_");
}

const LEADING_DOTS = /^\.+/;
const FILE_NAME_PART_MAX = 40;

/** The first 40 characters (code points) of a part; a part of at most 40 UTF-16 units is whole already. */
function firstCodePoints(part: string): string {
  return part.length <= FILE_NAME_PART_MAX ? part : [...part].slice(0, FILE_NAME_PART_MAX).join("");
}

const OWN_REQUEST = {
  applicant: { Hans: "本申请由申请人本人提出，未委托任何代理机构。", Hant: "本申請由申請人本人提出，未委託任何代理機構。" },
  notifier: { Hans: "本函由告知人本人提出，未委托任何代理机构。", Hant: "本函由告知人本人提出，未委託任何代理機構。" },
  complainant: { Hans: "本投诉由投诉人本人提出，未委托任何代理机构。", Hant: "本投訴由投訴人本人提出，未委託任何代理機構。" },
  principal: { Hans: "本授权由委托人本人作出，未通过任何收费代理机构。", Hant: "本授權由委託人本人作出，未通過任何收費代理機構。" },
  defendant: { Hans: "本答辩状由答辩人本人提出。", Hant: "本答辯狀由答辯人本人提出。" },
} as const;

/**
 * 「本申请由申请人本人提出，未委托任何代理机构」: regulators campaign against paid 代理协商 agencies that make up
 * hardship and evidence, and complaint clerks look for this sentence (issue 8, point 8).
 */
export function ownRequestSentence(role: SignerRole, script: Script): string {
  return OWN_REQUEST[role][script];
}

/** The fields of the shared partials (_ending: closing, signature, attachments, budget, footer) and the opening lines. */
export interface Frame {
  locale: Locale;
  script: Script;
  /** "2026年11月23日" */
  date: string;
  salutation: string;
  /** The addressee as the body names it: "招商银行信用卡中心（客户服务部）". */
  recipient: string;
  borrower: Borrower & { intro: string; idNumber?: string };
  identity: string[];
  lender: Lender;
  account: AccountView;
  debt: DebtBreakdown;
  /** Role word: 申请人 / 告知人. */
  role: string;
  /** 贵行 / 贵司 / 贵方: how the body addresses the lender. */
  you: string;
  /** 持卡人 / 借款人. */
  relation: string;
  /** 「本申请由申请人本人提出，未委托任何代理机构。」 */
  ownRequest: string;
  signature: string[];
  attachments: string[];
  footer: string;
}

export interface FrameOptions {
  role: SignerRole;
  /** The addressee when it is not the lender (the collection agency); default the lender and its department. */
  recipient?: { name: string; department?: string };
  /**
   * Whether the addressee is the creditor itself (default: when no other recipient is given). Decides whether
   * the ID and account numbers are printed in full (see `masksNumbers`).
   */
  toCreditor?: boolean;
  /** Attachments the letter adds itself after the borrower's, e.g. the budget statement. */
  extraAttachments?: string[];
}

/** The common fields of a letter that has no debt of its own to state (an authorisation, a complaint). */
export type CommonInputWithoutDebt = Omit<CommonInput, "debt"> & { debt?: Debt };

/** The frame of a letter whose debt is optional: `debt` is the breakdown when one was given. */
export function letterFrame(input: CommonInputWithoutDebt, context: LetterContext, options: FrameOptions): Omit<Frame, "debt"> & { debt?: DebtBreakdown } {
  const { debt, ...rest } = input;
  const withDebt = frame({ ...rest, debt: debt ?? { principal: 0 } }, context, options);
  return { ...withDebt, debt: debt ? withDebt.debt : undefined };
}

/** Everything the shared partials print, computed once from the common fields. */
export function frame(input: CommonInput, context: LetterContext, options: FrameOptions): Frame {
  const script = scriptOf(input.locale);
  const date = letterDate(input, context);
  const recipient = options.recipient ?? { name: input.lender.name, department: input.lender.department };
  const masked = masksNumbers(input.privacy, options.toCreditor ?? options.recipient === undefined);
  return {
    locale: input.locale,
    script,
    date: formatChineseDate(date),
    salutation: salutation(recipient.name, recipient.department),
    recipient: recipientName(recipient.name, recipient.department),
    borrower: {
      ...input.borrower,
      idNumber: displayIdNumber(input.borrower.idNumber, masked),
      intro: borrowerIntro(input.borrower, masked, script),
    },
    identity: identityLines(options.role, input.borrower, masked, script),
    lender: input.lender,
    account: accountView(input.account, input.lender.kind, script, masked),
    debt: debtBreakdown(input.debt, script),
    role: ROLE[options.role][script],
    you: you(input.lender.kind, script),
    relation: relation(input.lender.kind),
    ownRequest: ownRequestSentence(options.role, script),
    signature: signatureLines(options.role, input.borrower, date, script),
    attachments: [...(input.attachments ?? []), ...(options.extraAttachments ?? [])],
    footer: footerNote(options.role, script),
  };
}
