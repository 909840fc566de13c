/**
 * 个人信息权利行使申请书 — the borrower exercises their personal-information rights against the lender, the
 * operator of a lending app or a collection agency: access and copy, correction, deletion, withdrawal of consent
 * (the contact list above all) and no further disclosure to third parties (legal-notes.md, "Personal-information
 * rights"; issue 9, letter 3).
 *
 * Legal stance:
 * - Each right is cited with its article only when it is exercised (./personal-information-rules.ts):
 *   个人信息保护法 第四十五条、第四十六条、第四十七条、第十五条、第十条; 民法典 第一千零三十七条 beside access,
 *   correction and deletion for unlawful processing; 民法典 第一千零三十八条 only where the borrower states that a
 *   disclosure happened and the recipient is the one it is laid at (the lender, or the agency).
 * - The law gives no fixed period for these requests (第四十五条: 「及时」): the letter ASKS for a written reply
 *   within 15 days, asks for reasons in writing if it refuses (第五十条) and names the next step (第六十五条
 *   complaint; a suit under 第五十条).
 * - A collection agency working for the lender is an entrusted processor (个人信息保护法 第二十一条, not in the
 *   citation table): the letter objects to disclosure to people unrelated to the debt and to unlawful
 *   processing, and says that it does not object to the entrustment of collection itself. It never claims that
 *   outsourcing collection needed the borrower's consent.
 * - It admits no debt: no amount, and the debt is only ever 「××主张的欠款」.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { dateSchema, formatChineseDate, type CalendarDate } from "../text/dates";
import { phoneSchema } from "../text/phone";
import type { Script } from "../text/labels";
import { attachmentsList, borrowerSection, lenderSection, options, settingsSection } from "../form/sections";
import type { Section } from "../form/fields";
import { commonFields, nameText, paragraphsText, text } from "./common";
import { CitationNamer } from "./collection-rules";
import { buildFileName, letterDate, letterFrame, paragraphs } from "./shared";
import { checkDatesAgainstLetter, fieldError } from "./checks";
import { checkReplyChannel } from "./request";
import { letterFacts, replyDeadline, REPLY_DAYS, SENDING_STEPS } from "./facts";
import {
  DELETION_GROUNDS,
  DELETION_GROUND_FORM_LABELS,
  DELETION_GROUND_LABELS,
  INFO_CATEGORIES,
  INFO_CATEGORY_FORM_LABELS,
  PI_RIGHTS,
  PI_RIGHT_LABELS,
  THIRD_PARTIES,
  THIRD_PARTY_FORM_LABELS,
  categoryList,
  thirdPartyList,
  type PiRight,
} from "./personal-information-rules";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext, type NextStepFact } from "./types";

export const RECIPIENT_KINDS = ["lender", "app-operator", "collection-agency"] as const;
export type PiRecipientKind = (typeof RECIPIENT_KINDS)[number];

const otherRequired = (path: string) =>
  bilingual("OTHER_DETAILS_REQUIRED", "选择「其他」时，请写明是哪些信息或哪些人", `say what "other" means in ${path}`);

/** Adds an issue at `key` when "other" is chosen without saying what it is. */
function requireOther(list: readonly string[] | undefined, value: Record<string, unknown>, ctx: z.RefinementCtx, key = "otherCategory") {
  if (list?.includes("other") && !value[key])
    ctx.addIssue({ code: "custom", path: [key], input: undefined, ...otherRequired(key) });
}

const categoriesField = (min: number) =>
  z
    .array(z.enum(INFO_CATEGORIES))
    .min(min, bilingual("REQUIRED", "请至少选择一类个人信息", "choose at least one kind of personal information"))
    .max(INFO_CATEGORIES.length);
const otherCategoryField = text(100).optional().describe("选择「其他」时写明是什么信息 / what \"other\" information means");

export const processorSchema = z
  .strictObject({
    kind: z
      .enum(RECIPIENT_KINDS)
      .default("lender")
      .describe("收件人：债权机构本身（默认）、借款App的运营方、催收机构 / the recipient: the lender itself (default), the operator of the lending app, or the collection agency"),
    name: nameText(80).optional().describe("收件人名称（App运营方或催收机构须填写） / the recipient's name (required for an app operator or a collection agency)"),
    department: text(80).optional().describe("收件部门，如 个人信息保护负责人、客户服务部 / department"),
    address: text(120).optional().describe("收件地址 / address"),
    appName: text(40).optional().describe("App名称（仅用于App运营方） / the app's name (for an app operator only)"),
  })
  .describe("收件人：处理申请人个人信息的一方（不填则为债权机构本身） / the recipient: the party that processes the borrower's personal information (default: the lender itself)");

export const accessSchema = z
  .strictObject({
    categories: categoriesField(0).optional().describe("要查阅、复制的信息（不选则为全部个人信息） / the information to see and copy (none: all of it)"),
    otherCategory: otherCategoryField,
    details: text(300).optional().describe("补充说明，如 时间范围 / further details, e.g. a period"),
  })
  .superRefine((value, ctx) => requireOther(value.categories, value, ctx))
  .describe("查阅、复制（《个人信息保护法》第四十五条） / access and copy");

export const correctionSchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          item: text(60).describe("哪项信息，如 通讯地址 / which information, e.g. the postal address"),
          recorded: text(200).optional().describe("对方现在的记录（如知道） / what the record now says, if known"),
          correct: text(200).describe("正确的内容 / what it should say"),
        }),
      )
      .min(1, bilingual("REQUIRED", "请至少填写一项需要更正的信息", "list at least one item to correct"))
      .max(20)
      .describe("需要更正、补充的信息 / the items to correct or complete"),
  })
  .describe("更正、补充（《个人信息保护法》第四十六条） / correction and completion");

export const deletionSchema = z
  .strictObject({
    grounds: z
      .array(z.enum(DELETION_GROUNDS))
      .min(1, bilingual("REQUIRED", "请至少选择一项删除理由", "choose at least one ground for deletion"))
      .max(DELETION_GROUNDS.length)
      .describe("删除理由：处理目的已实现、撤回同意、违法或违反约定处理 / grounds: purpose achieved, consent withdrawn, unlawful processing"),
    categories: categoriesField(1).describe("要删除的信息 / the information to delete"),
    otherCategory: otherCategoryField,
    details: paragraphsText(1000)
      .optional()
      .describe("具体情况（以「违法或违反约定处理」为理由时必填） / what happened (required for unlawful processing)"),
  })
  .superRefine((value, ctx) => {
    requireOther(value.categories, value, ctx);
    if (value.grounds.includes("unlawful-processing") && !value.details)
      ctx.addIssue({
        code: "custom",
        path: ["details"],
        input: value.details,
        ...bilingual(
          "DETAILS_REQUIRED",
          "以「违法或违反约定处理」为删除理由时，请写明对方怎样处理了你的信息",
          "describe the processing you say is unlawful",
        ),
      });
  })
  .describe("删除（《个人信息保护法》第四十七条） / deletion");

export const withdrawConsentSchema = z
  .strictObject({
    categories: categoriesField(1).describe("撤回同意的信息，如 手机通讯录 / the information whose processing you no longer consent to, e.g. the contact list"),
    otherCategory: otherCategoryField,
  })
  .superRefine((value, ctx) => requireOther(value.categories, value, ctx))
  .describe("撤回同意（《个人信息保护法》第十五条） / withdrawal of consent");

export const stopDisclosureSchema = z
  .strictObject({
    thirdParties: z
      .array(z.enum(THIRD_PARTIES))
      .max(THIRD_PARTIES.length)
      .optional()
      .describe("已被联系、告知的第三人（如已发生） / the third parties already contacted or told, if it happened"),
    otherThirdParty: text(60).optional().describe("选择「其他人」时写明是谁 / who \"other\" is"),
    since: dateSchema.optional().describe("从哪天开始（如知道） / since when, if known"),
    details: paragraphsText(1000).optional().describe("经过，用自己的话说明 / what happened, in your own words"),
  })
  .superRefine((value, ctx) => requireOther(value.thirdParties, value, ctx, "otherThirdParty"))
  .describe("停止向第三人提供、透露（《个人信息保护法》第十条） / no further disclosure to third parties");

const { debt: _debt, ...framingFields } = commonFields;

export const personalInformationRequestSchema = z.strictObject({
  ...framingFields,
  processor: processorSchema.optional(),
  registeredPhone: phoneSchema.optional().describe("在对方登记的手机号码（便于查找你的信息） / the phone number registered with the recipient (to find your records)"),
  rights: z
    .array(z.enum(PI_RIGHTS))
    .min(1, bilingual("REQUIRED", "请至少选择一项要行使的权利", "choose at least one right to exercise"))
    .max(PI_RIGHTS.length)
    .describe("要行使的权利：查阅复制、更正补充、删除、撤回同意、停止向第三人提供 / the rights exercised: access and copy, correction, deletion, withdrawal of consent, no further disclosure"),
  access: accessSchema.optional(),
  correction: correctionSchema.optional(),
  deletion: deletionSchema.optional(),
  withdrawConsent: withdrawConsentSchema.optional(),
  stopDisclosure: stopDisclosureSchema.optional(),
});

export type PersonalInformationRequest = z.output<typeof personalInformationRequestSchema>;

/** The body field that holds the details of each right ("access-copy" → access). */
export const RIGHT_FIELDS: Readonly<Record<PiRight, keyof PersonalInformationRequest>> = {
  "access-copy": "access",
  correction: "correction",
  deletion: "deletion",
  "withdraw-consent": "withdrawConsent",
  "stop-disclosure": "stopDisclosure",
};
/** Rights that cannot be exercised without their details. */
const DETAILS_REQUIRED: readonly PiRight[] = ["correction", "deletion", "withdraw-consent"];

const ANY = z.unknown();
const RIGHTS = z.array(z.string());

/**
 * The checks across fields: a right's details without the right (they would not be printed), a right that needs
 * details without them, deletion on withdrawn consent without the withdrawal, who the recipient is, the dates, and
 * a way for the written reply to reach the borrower.
 */
export function personalInformationChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors: FieldError[] = [];
  const rights = read("rights", RIGHTS);
  if (rights) {
    for (const right of PI_RIGHTS) {
      const field = RIGHT_FIELDS[right];
      const given = read(field, ANY) !== undefined;
      const label = PI_RIGHT_LABELS[right].Hans;
      if (given && !rights.includes(right))
        errors.push(
          fieldError(field, "RIGHT_NOT_CHOSEN", `填写了「${label}」的内容，但没有在 rights 中选择这项权利`, `details for "${right}" were given but the right is not among rights`),
        );
      if (!given && rights.includes(right) && DETAILS_REQUIRED.includes(right))
        errors.push(fieldError(field, "RIGHT_DETAILS_REQUIRED", `选择了「${label}」，请填写具体内容`, `"${right}" was chosen: fill in its details`));
    }
    const grounds = read("deletion.grounds", RIGHTS) ?? [];
    if (grounds.includes("consent-withdrawn") && !rights.includes("withdraw-consent"))
      errors.push(
        fieldError(
          "deletion.grounds",
          "CONSENT_NOT_WITHDRAWN",
          "以「撤回同意」为删除理由时，请同时选择「撤回同意」，在本申请中撤回",
          "deletion on withdrawn consent: choose withdraw-consent too, so that this letter withdraws it",
        ),
      );
  }
  const kind = read("processor.kind", processorSchema.shape.kind) ?? "lender";
  if (kind !== "lender" && read("processor.name", ANY) === undefined)
    errors.push(
      fieldError(
        "processor.name",
        "RECIPIENT_NAME_REQUIRED",
        kind === "app-operator" ? "寄给App运营方时，请填写运营方的公司名称（可在App的「关于」或用户协议里找到）" : "寄给催收机构时，请填写催收机构的名称",
        kind === "app-operator" ? "name the company that operates the app (see the app's About page or user agreement)" : "name the collection agency",
      ),
    );
  if (kind !== "app-operator" && read("processor.appName", ANY) !== undefined)
    errors.push(fieldError("processor.appName", "APP_NAME_NOT_USED", "App名称只用于寄给App运营方的申请", "appName is used only in a letter to an app operator"));
  errors.push(
    ...checkDatesAgainstLetter(read, context, [
      { path: "stopDisclosure.since", relation: "not-after", zh: "开始日期不能晚于信函日期", en: "the start date cannot be after the letter date" },
    ]),
    ...checkReplyChannel(read),
  );
  return errors;
}

export const TITLE = { "zh-Hans": "个人信息权利行使申请书", "zh-Hant": "個人信息權利行使申請書" } as const;

const ORDINALS = ["（一）", "（二）", "（三）", "（四）", "（五）"];
const ALL_INFO = { Hans: "全部个人信息", Hant: "全部個人信息" } as const;
const SEMICOLON = "；";

/** How the body addresses the recipient: the lender as 贵行/贵司/贵方, an app operator or an agency as 贵司. */
function addressee(input: PersonalInformationRequest, lenderYou: string, script: Script): string {
  const kind = input.processor?.kind ?? "lender";
  return kind === "lender" ? lenderYou : script === "Hans" ? "贵司" : "貴司";
}

/** The citations of a body, in the order the letter prints them, named by one CitationNamer (full name first). */
export function personalInformationCitations(input: PersonalInformationRequest, script: Script) {
  const namer = new CitationNamer(script);
  const kind = input.processor?.kind ?? "lender";
  const chosen = (right: PiRight) => input.rights.includes(right);
  const unlawful = input.deletion?.grounds.includes("unlawful-processing") === true;
  const disclosed = (input.stopDisclosure?.thirdParties?.length ?? 0) > 0;
  const one = (id: Parameters<CitationNamer["list"]>[0][number]) => namer.list([id]);
  const cites = {
    access: chosen("access-copy") ? { pipl: one("pipl-45"), civil: one("civil-code-1037") } : undefined,
    correction: chosen("correction") ? { pipl: one("pipl-46"), civil: one("civil-code-1037") } : undefined,
    withdrawConsent: chosen("withdraw-consent") ? { pipl: one("pipl-15") } : undefined,
    deletion: chosen("deletion") ? { pipl: one("pipl-47"), civil: unlawful ? one("civil-code-1037") : undefined } : undefined,
    // 民法典 第一千零三十八条 (the processor must not leak): only for a disclosure the borrower states, laid at this recipient.
    stopDisclosure: chosen("stop-disclosure")
      ? { pipl: one("pipl-10"), civil: disclosed && kind !== "app-operator" ? one("civil-code-1038") : undefined }
      : undefined,
    refusal: one("pipl-50"),
    complaint: one("pipl-65"),
    suit: one("pipl-50"),
  };
  return { cites, ids: [...namer.cited] };
}

function build(input: PersonalInformationRequest, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const kind = input.processor?.kind ?? "lender";
  const toLender = kind === "lender";
  const script: Script = input.locale === "zh-Hant" ? "Hant" : "Hans";
  const recipient = toLender
    ? { name: input.lender.name, department: input.lender.department ?? input.processor?.department }
    : { name: input.processor!.name!, department: input.processor?.department };
  const base = letterFrame(input, context, { role: "applicant", recipient, toCreditor: toLender });
  const you = addressee(input, base.you, script);
  const { cites, ids } = personalInformationCitations(input, script);

  const ordinals = new Map<PiRight, string>();
  PI_RIGHTS.filter((r) => input.rights.includes(r)).forEach((r, i) => ordinals.set(r, ORDINALS[i]));
  const lenderWho = toLender ? you : input.lender.name;

  const access = cites.access && {
    ordinal: ordinals.get("access-copy"),
    label: PI_RIGHT_LABELS["access-copy"][script],
    ...cites.access,
    scope: input.access?.categories?.length ? categoryList(input.access.categories, input.access.otherCategory, script) : ALL_INFO[script],
    details: input.access?.details,
  };
  const correction = cites.correction && {
    ordinal: ordinals.get("correction"),
    label: PI_RIGHT_LABELS.correction[script],
    ...cites.correction,
    items: input.correction!.items,
  };
  const deletion = cites.deletion && {
    ordinal: ordinals.get("deletion"),
    label: PI_RIGHT_LABELS.deletion[script],
    ...cites.deletion,
    scope: categoryList(input.deletion!.categories, input.deletion!.otherCategory, script),
    grounds: DELETION_GROUNDS.filter((g) => input.deletion!.grounds.includes(g))
      .map((g) => DELETION_GROUND_LABELS[g][script].replace("{n}", ordinals.get("withdraw-consent") ?? ""))
      .join(SEMICOLON),
    details: paragraphs(input.deletion!.details),
  };
  const withdraw = cites.withdrawConsent && {
    ordinal: ordinals.get("withdraw-consent"),
    label: PI_RIGHT_LABELS["withdraw-consent"][script],
    ...cites.withdrawConsent,
    scope: categoryList(input.withdrawConsent!.categories, input.withdrawConsent!.otherCategory, script),
    contacts: input.withdrawConsent!.categories.includes("contacts"),
  };
  const parties = input.stopDisclosure?.thirdParties ?? [];
  const disclosure = cites.stopDisclosure && {
    ordinal: ordinals.get("stop-disclosure"),
    label: PI_RIGHT_LABELS["stop-disclosure"][script],
    ...cites.stopDisclosure,
    occurred: parties.length > 0,
    parties: thirdPartyList(parties, input.stopDisclosure?.otherThirdParty, script),
    since: input.stopDisclosure?.since ? formatChineseDate(input.stopDisclosure.since) : undefined,
    details: paragraphs(input.stopDisclosure?.details),
  };

  const title = TITLE[input.locale];
  const deadline = replyDeadline(date, REPLY_DAYS);
  return {
    template: "personal-information-request",
    locale: input.locale,
    viewModel: {
      ...base,
      title,
      you,
      to: { lender: toLender, app: kind === "app-operator", agency: kind === "collection-agency" },
      appName: input.processor?.appName,
      /** Who claims the debt, as the letter names it: 贵司 to the lender, the lender's name to anyone else. */
      claimant: lenderWho,
      registeredPhone: input.registeredPhone,
      access,
      correction,
      deletion,
      withdraw,
      disclosure,
      cites,
      replyDays: REPLY_DAYS,
      citationIds: ids,
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${recipient.name}）` },
    fileName: buildFileName(title, input.borrower.name, recipient.name),
    facts: letterFacts({
      type: "personal-information-request",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: recipient.name, department: recipient.department, address: input.processor?.address ?? (toLender ? input.lender.address : undefined) },
      dates: { disclosureSince: input.stopDisclosure?.since },
      deadlines: [deadline],
      citations: ids,
      warnings: [deletionWarning(input, toLender)],
      nextSteps: nextSteps(input, deadline.date),
    }),
  };
}

/** A deletion asked of the lender: what it may keep, said plainly so the borrower expects the right thing. */
function deletionWarning(input: PersonalInformationRequest, toLender: boolean) {
  if (!input.rights.includes("deletion") || !toLender) return undefined;
  return {
    code: "RETENTION_PERIOD",
    path: "deletion",
    message: {
      zh: "借款合同、还款记录等法律、行政法规要求保存的资料，机构可以在保存期限内继续保存，信中已请它停止存储和安全保护以外的处理。删除个人信息不影响对方主张的欠款本身，也不会改变征信记录。",
      en: "Records the law requires the lender to keep (the contract, the repayment history) may be kept for that period; the letter asks it to stop every processing but storage and security. Deletion does not affect the debt the lender claims, nor the credit report.",
    },
  };
}

function nextSteps(input: PersonalInformationRequest, due: string): NextStepFact[] {
  const kind = input.lender.kind;
  const regulator =
    kind === "microloan"
      ? { zh: "小额贷款公司注册地的地方金融管理局", en: "the local financial regulator where the microloan company is registered" }
      : kind === "other"
        ? { zh: "对方的主管部门", en: "the authority that supervises it" }
        : { zh: "国家金融监督管理总局（12378）", en: "the NFRA (12378)" };
  const steps: NextStepFact[] = [
    ...SENDING_STEPS,
    {
      id: "wait-for-reply",
      text: {
        zh: `信中请对方自收到之日起15日内书面答复（如当天签收，为${due}）。法律要求查阅、复制「及时」提供，但没有规定固定天数，15日是信中的请求。`,
        en: `The letter asks for a written reply within 15 days of receipt (${due} if delivered the day it is dated). The law says access must be given "promptly" but sets no fixed period: the 15 days are the letter's request.`,
      },
    },
    {
      id: "complain",
      letterType: "complaint",
      text: {
        zh: `对方拒绝而不说明理由，或者到期不答复：可以向债权机构投诉，再向${regulator.zh}投诉（投诉信，问题选「申请未获答复」）；也可以依照《个人信息保护法》第六十五条向履行个人信息保护职责的部门投诉、举报。`,
        en: `If it refuses without reasons or does not answer: complain to the lender, then to ${regulator.en} (the complaint letter, topic "unanswered request"); you may also complain to the authorities that protect personal information (PIPL art. 65).`,
      },
    },
    {
      id: "court",
      text: {
        zh: "对方拒绝你行使权利的，你可以依照《个人信息保护法》第五十条向人民法院起诉。起诉前可拨打12348免费咨询法律援助。",
        en: "If it refuses your request you may sue (PIPL art. 50). Call 12348 for free legal aid before you do.",
      },
    },
  ];
  if (input.rights.includes("stop-disclosure"))
    steps.push({
      id: "collection-objection",
      letterType: "collection-objection",
      text: {
        zh: "催收人员仍在联系你的家人、同事：可以另发「关于停止不当催收行为的告知函」，逐次列明经过。",
        en: "If collectors keep calling your family or colleagues, send the collection objection letter, listing each incident.",
      },
    });
  return steps;
}

const RIGHT_FORM_LABELS: Record<PiRight, string> = {
  "access-copy": "查阅、复制：看对方存了我哪些信息，要一份副本",
  correction: "更正、补充：对方记录的信息有错或不全",
  deletion: "删除：要求删除某些信息",
  "withdraw-consent": "撤回同意：不再同意对方使用我的通讯录等信息",
  "stop-disclosure": "停止向第三人透露：不要再把我的信息告诉家人、同事等",
};

const RECIPIENT_FORM_LABELS: Record<PiRecipientKind, string> = {
  lender: "借款的机构本身",
  "app-operator": "借款App的运营公司",
  "collection-agency": "催收机构",
};

function borrowerFields(): Section {
  const section = borrowerSection({ toCreditor: false });
  return {
    ...section,
    fields: [
      ...section.fields.map((field) =>
        field.name === "privacy.maskIdNumber"
          ? { ...field, hint: "默认隐藏。寄给借款机构本身时可以取消勾选，完整显示，方便对方查找你的信息。" }
          : field,
      ),
      { kind: "tel", name: "registeredPhone", label: "在对方登记的手机号码", hint: "注册App或借款时用的手机号，方便对方查找你的信息。与上面的手机号相同也可以再填一次。" },
    ],
  };
}

const personalInformationRequest = defineLetterType({
  id: "personal-information-request",
  order: 60,
  title: TITLE,
  description: {
    zh: "App或催收方滥用你的通讯录、把你的信息告诉家人同事时使用：向借款机构、App运营方或催收机构行使查阅复制、更正、删除、撤回同意和停止向第三人透露的权利，请其15日内书面答复、拒绝须说明理由。本申请不承认任何欠款。",
    en: "For when an app or collectors misuse your contact list or tell your family and colleagues about you: exercises your rights to access and copy, correction, deletion, withdrawal of consent and no further disclosure against the lender, the app operator or the collection agency, asking for a written reply within 15 days and reasons for any refusal. It admits no debt.",
  },
  schema: personalInformationRequestSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-23",
    borrower: {
      name: "李四",
      idNumber: "11010519491231002X",
      phone: "13912345678",
      address: "上海市浦东新区世纪大道100号2号楼1203室",
    },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance", department: "个人信息保护负责人" },
    account: { product: "借呗", contractNumber: "JB20250315001234" },
    privacy: { maskIdNumber: false },
    registeredPhone: "13912345678",
    rights: ["access-copy", "deletion", "withdraw-consent", "stop-disclosure"],
    access: { categories: ["contacts", "collection-records"], details: "2026年10月1日至今" },
    deletion: {
      grounds: ["consent-withdrawn", "unlawful-processing"],
      categories: ["contacts"],
      details: "2026年10月起，催收人员多次拨打申请人手机通讯录中亲属和同事的电话，向他们讲述所谓的欠款情况。",
    },
    withdrawConsent: { categories: ["contacts", "location"] },
    stopDisclosure: {
      thirdParties: ["relatives", "colleagues"],
      since: "2026-10-12",
      details: "2026年10月12日，催收人员致电申请人所在公司前台，要求转告申请人的部门主管；10月18日又致电申请人的母亲。",
    },
    attachments: ["申请人身份证复印件"],
  },
  checks: personalInformationChecks,
  build,
  form: {
    when: "借款App或催收人员用你的通讯录联系家人、同事，或者你想知道对方存了你哪些信息：书面行使个人信息权利，要求查阅、删除、撤回同意、停止透露。",
    sections: [
      borrowerFields(),
      {
        id: "processor",
        legend: "寄给谁",
        hint: "可以寄给借款的机构本身，也可以寄给借款App的运营公司或催收机构。催收机构受借款机构委托催收本身并不违法，这封信针对的是把你的信息透露给无关的人、违法处理你的信息。",
        fields: [
          { kind: "radio", name: "processor.kind", label: "收件人", options: options(RECIPIENT_KINDS, (v) => RECIPIENT_FORM_LABELS[v]), default: "lender" },
          { kind: "text", name: "processor.name", label: "App运营公司或催收机构的名称", hint: "寄给借款机构本身时不用填。App运营公司的名称可在App的「关于」或用户协议里找到。" },
          { kind: "text", name: "processor.appName", label: "App名称", hint: "只在寄给App运营公司时填写。" },
          { kind: "text", name: "processor.department", label: "收件部门", hint: "例如：个人信息保护负责人、客户服务部。可不填。" },
          { kind: "text", name: "processor.address", label: "收件地址", hint: "寄给App运营公司或催收机构时填写。" },
        ],
      },
      {
        ...lenderSection("借款的机构", "信中用它说明是哪笔借款的信息；寄给借款机构本身时，信就寄到这里。"),
        fields: [
          ...lenderSection("", "").fields,
          { kind: "text", name: "account.product", label: "产品名称", hint: "例如：借呗、美团月付、某某App的借款。" },
          { kind: "text", name: "account.accountNumber", label: "账号", hint: "寄给第三方时只显示后4位。可不填。" },
          { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。" },
        ],
      },
      {
        id: "rights",
        legend: "你要行使的权利",
        hint: "只勾选你真正需要的。每一项都会在信中写明法律依据。",
        fields: [
          { kind: "checkboxes", name: "rights", label: "要求对方做什么（可多选）", required: true, options: options(PI_RIGHTS, (v) => RIGHT_FORM_LABELS[v]) },
        ],
      },
      {
        id: "access",
        legend: "查阅、复制（勾选了才填）",
        fields: [
          { kind: "checkboxes", name: "access.categories", label: "想看哪些信息", hint: "不选就是全部个人信息。", options: options(INFO_CATEGORIES, (v) => INFO_CATEGORY_FORM_LABELS[v]) },
          { kind: "text", name: "access.otherCategory", label: "「其他」是什么信息" },
          { kind: "text", name: "access.details", label: "补充说明", hint: "例如：2026年10月1日至今的催收通话录音。可不填。" },
        ],
      },
      {
        id: "correction",
        legend: "更正、补充（勾选了才填）",
        fields: [
          {
            kind: "list",
            name: "correction.items",
            label: "需要更正的信息",
            rowLabel: "第 {n} 项",
            rows: 2,
            max: 20,
            action: "add-correction",
            addLabel: "再加一项",
            item: [
              { kind: "text", name: "item", label: "哪项信息", required: true, hint: "例如：通讯地址。" },
              { kind: "text", name: "recorded", label: "对方现在记的是", hint: "知道就写。" },
              { kind: "text", name: "correct", label: "正确的是", required: true },
            ],
          },
        ],
      },
      {
        id: "deletion",
        legend: "删除（勾选了才填）",
        hint: "法律要求保存的借贷资料（合同、还款记录），对方可以在保存期限内继续保存，但应停止其他处理。",
        fields: [
          { kind: "checkboxes", name: "deletion.grounds", label: "为什么要删除", options: options(DELETION_GROUNDS, (v) => DELETION_GROUND_FORM_LABELS[v]) },
          { kind: "checkboxes", name: "deletion.categories", label: "要删除哪些信息", options: options(INFO_CATEGORIES, (v) => INFO_CATEGORY_FORM_LABELS[v]) },
          { kind: "text", name: "deletion.otherCategory", label: "「其他」是什么信息" },
          { kind: "textarea", name: "deletion.details", label: "具体情况", hint: "选了「违法或违反约定处理」就要写：例如，催收人员用我的通讯录给我的亲属打电话。" },
        ],
      },
      {
        id: "withdraw-consent",
        legend: "撤回同意（勾选了才填）",
        fields: [
          { kind: "checkboxes", name: "withdrawConsent.categories", label: "不再同意对方使用哪些信息", options: options(INFO_CATEGORIES, (v) => INFO_CATEGORY_FORM_LABELS[v]) },
          { kind: "text", name: "withdrawConsent.otherCategory", label: "「其他」是什么信息" },
        ],
      },
      {
        id: "stop-disclosure",
        legend: "停止向第三人透露（勾选了才填）",
        hint: "如果已经有人被联系、被告知，写清是谁、从哪天开始。不写也可以：信中会请对方今后不要这样做。",
        fields: [
          { kind: "checkboxes", name: "stopDisclosure.thirdParties", label: "已经被联系或告知的人", options: options(THIRD_PARTIES, (v) => THIRD_PARTY_FORM_LABELS[v]) },
          { kind: "text", name: "stopDisclosure.otherThirdParty", label: "「其他人」是谁" },
          { kind: "date", name: "stopDisclosure.since", label: "从哪天开始" },
          { kind: "textarea", name: "stopDisclosure.details", label: "经过", hint: "例如：2026年10月12日，对方打电话到我公司前台，让前台转告我的主管。只写真实发生的事。" },
        ],
      },
      { id: "attachments", legend: "附件", hint: "对方可能要核验你的身份：可以附上身份证复印件（注明「仅供办理本申请使用」）。", fields: [attachmentsList()] },
      settingsSection(),
    ],
    requiredObjects: ["borrower", "lender"],
    submitLabel: "生成申请书（PDF）",
    advice: [
      "这份申请只行使个人信息权利：不承认任何欠款，也不是同意还款。",
      "催收机构受借款机构委托催收本身并不违法；你可以要求它们不把你的信息透露给无关的人，不违法处理你的信息。",
    ],
  },
  journey: {
    situations: [
      { id: "contacts-harvested", rank: 1, why: "要求 App 或机构撤回通讯录授权、停止向他人提供、删除违法处理的个人信息，并说明理由。" },
      { id: "third-party-contact", rank: 2, why: "要求机构不再把你的欠款情况告诉家人、同事。" },
    ],
  },
});

export default personalInformationRequest;
