/**
 * 管辖权异议申请书 — the sued borrower objects that the court seised has no jurisdiction and asks it to transfer
 * the case to a named court (issue 10; legal-notes.md, "When the borrower is sued").
 *
 * Who signs: 申请人 (signer role "applicant"). A jurisdiction objection is an application (申请书) that the
 * defendant makes in the case, so the filer is 申请人 and is named 「申请人（本案被告）」, the plaintiff
 * 「被申请人（本案原告）」: the clerk sees both the role in this application and the role in the suit. 答辩人 is
 * the role of the defence only; filing the objection is not an answer on the merits.
 *
 * Grounds the borrower chooses:
 * - `standard-terms-clause`: the jurisdiction clause was a standard term not reasonably brought to the
 *   consumer's attention, so the consumer asks that it be held void (《民事诉讼法解释》第三十一条) — the one
 *   ground this document cites;
 * - `other`: a ground the borrower states in their own words, printed as typed, with no citation (none is
 *   invented). Which court is then competent (e.g. the defendant's domicile) rests on rules legal-notes.md does
 *   not hold, so the document states the borrower's reason for the named court as typed, without citing them.
 *
 * Timing: it must be filed within the answer period (《民事诉讼法》第一百三十条), and answering on the merits
 * without it accepts the court. That is said in the facts (a JURISDICTION_DEADLINE warning and the deadline),
 * never in the document.
 */
import { z } from "zod";
import { bilingual, type FieldError } from "../errors";
import { dateSchema, formatChineseDate, formatIsoDate } from "../text/dates";
import { CITATIONS } from "../text/citations";
import { scriptOf } from "../text/labels";
import { accountSchema, borrowerSchema } from "./common";
import { paragraphsText, text } from "./text-fields";
import { accountView, buildFileName, letterDate, paragraphs } from "./shared";
import { ANY, fieldError, STRING } from "./checks";
import { letterFacts } from "./facts";
import {
  answerPeriodDeadline,
  caseDates,
  caseSchema,
  copiesCount,
  COURT_TEMPLATE_WARNING,
  courtFooterNote,
  courtNameSchema,
  courtNextSteps,
  courtPartyChecks,
  courtSignature,
  CourtCitations,
  defendantSchema,
  defendantView,
  disputeName,
  evidenceSchema,
  internetCourtNote,
  jurisdictionDeadline,
  opposingParties,
  originalCreditorSchema,
  otherPartiesSchema,
  periodPassedWarning,
  plaintiffNames,
  plaintiffSchema,
} from "./court-documents";
import { COURT_STEPS, courtFormSections } from "./civil-defence";
import { evidenceList, options, settingsSection } from "../form/sections";
import { defineLetterType, type BodyReader, type BuiltLetter, type LetterContext, type LetterWarning } from "./types";

export const GROUNDS = ["standard-terms-clause", "other"] as const;
export type Ground = (typeof GROUNDS)[number];

const GROUND_FORM_LABELS: Record<Ground, string> = {
  "standard-terms-clause": "原告依据的管辖条款是格式条款，借款时没有以合理方式提请我注意（如藏在长篇协议里、没有加粗、没有单独确认）",
  other: "其他理由（用自己的话写）",
};

export const jurisdictionObjectionSchema = z.strictObject({
  locale: z.enum(["zh-Hans", "zh-Hant"]).default("zh-Hans").describe("zh-Hans 简体 (default) | zh-Hant 繁體"),
  date: dateSchema.optional().describe("申请书日期，默认为北京时间今天 / the document's date, default today in Asia/Shanghai"),
  case: caseSchema,
  borrower: borrowerSchema.describe("申请人（本案被告）：姓名、身份证号码、住所（address）、联系电话 / the applicant (defendant in the suit): name, ID number, domicile (address), phone"),
  defendant: defendantSchema,
  plaintiff: plaintiffSchema.describe("被申请人（本案原告） / the respondent, plaintiff in the suit"),
  otherParties: otherPartiesSchema,
  lender: originalCreditorSchema,
  account: accountSchema.optional(),
  grounds: z
    .array(z.enum(GROUNDS))
    .min(1, bilingual("REQUIRED", "请至少选择一项异议理由", "choose at least one ground"))
    .max(GROUNDS.length)
    .describe("异议理由 / the grounds"),
  clause: z
    .strictObject({
      text: text(300).optional().describe("管辖条款原文，照合同抄写 / the clause as the contract words it"),
      howPresented: paragraphsText(1000).optional().describe("条款是怎样呈现的、为什么没有注意到，用「申请人」称呼自己 / how the clause was presented and why it was not noticed"),
    })
    .optional()
    .describe("管辖条款 / the jurisdiction clause"),
  otherGrounds: paragraphsText(2000).optional().describe("其他异议理由，按原样打印（选择 other 时必填） / other grounds in the borrower's words, printed as typed (required with other)"),
  transferTo: z
    .strictObject({
      court: courtNameSchema.describe("请求移送的法院，如 上海市浦东新区人民法院 / the court to transfer the case to"),
      reason: paragraphsText(1000).optional().describe("该法院有管辖权的理由，如 申请人住所地在该院辖区，按原样打印 / why that court is competent, printed as typed"),
    })
    .describe("请求移送的法院 / the court the case should go to"),
  evidence: evidenceSchema,
});
export type JurisdictionObjection = z.output<typeof jurisdictionObjectionSchema>;

// The checks' reader schemas, built once: building a zod schema costs more than parsing a field with it.
const GROUNDS_READ = z.array(z.enum(GROUNDS));

export function jurisdictionChecks(read: BodyReader, context: LetterContext): FieldError[] {
  const errors = courtPartyChecks(read, context);
  const grounds = read("grounds", GROUNDS_READ) ?? [];
  if (grounds.includes("other") && read("otherGrounds", ANY) === undefined)
    errors.push(fieldError("otherGrounds", "REQUIRED", "选择「其他理由」时，请写明理由", "give the other grounds when choosing other"));
  const seised = read("case.court", STRING);
  const target = read("transferTo.court", STRING);
  if (seised && target && seised.trim() === target.trim())
    errors.push(fieldError("transferTo.court", "SAME_COURT", "请求移送的法院不能是受诉法院本身", "the court to transfer to cannot be the court seised"));
  return errors;
}

/** The court to transfer to, and the borrower's reason as the last numbered ground (一、二、or 三、). */
function transferView(input: JurisdictionObjection, clauseGround: boolean, otherGround: boolean) {
  const reason = paragraphs(input.transferTo.reason);
  const [first, ...rest] = reason;
  const ordinal = ["一", "二", "三"][Number(clauseGround) + Number(otherGround)];
  return { court: input.transferTo.court, reason, first, rest, ordinal };
}

export const TITLE = { "zh-Hans": "管辖权异议申请书", "zh-Hant": "管轄權異議申請書" } as const;

function build(input: JurisdictionObjection, context: LetterContext): BuiltLetter {
  const date = letterDate(input, context);
  const script = scriptOf(input.locale);
  const title = TITLE[input.locale];
  const citations = new CourtCitations(script);
  const { period, fact: answerDeadline } = answerPeriodDeadline(input.case.receivedOn);
  const copies = copiesCount(input.otherParties);
  const court = input.case.court;
  const clauseGround = input.grounds.includes("standard-terms-clause");
  const otherGround = input.grounds.includes("other");
  const ordinals = ["一", "二"];
  const grounds = {
    clause: clauseGround
      ? {
          ordinal: ordinals[0],
          text: input.clause?.text,
          /** 「…。」 when the clause is a whole sentence, 「…」。 otherwise. */
          textEnd: input.clause?.text && /[。！？]$/.test(input.clause.text) ? "" : "。",
          howPresented: paragraphs(input.clause?.howPresented),
          c31: citations.cite("civil-procedure-interpretation-31"),
          gist: CITATIONS["civil-procedure-interpretation-31"].gist[script],
        }
      : undefined,
    other: otherGround
      ? (() => {
          const [first, ...rest] = paragraphs(input.otherGrounds);
          return { ordinal: ordinals[clauseGround ? 1 : 0], first, rest };
        })()
      : undefined,
  };
  const warnings: (LetterWarning | undefined)[] = [
    {
      code: "JURISDICTION_DEADLINE",
      path: "case.receivedOn",
      message: {
        zh: `管辖权异议必须在答辩期内提出，即在${formatChineseDate(period.last)}之前（含当天）提交或交邮（《民事诉讼法》第一百三十条）。只答辩、不提异议，就视为接受${court}管辖；答辩状可以同时提交，不影响异议。`,
        en: `The objection must be made within the answer period, i.e. filed or posted by ${formatIsoDate(period.last)} (Civil Procedure Law art. 130). Answering on the merits without it accepts ${court}'s jurisdiction; filing the defence at the same time does not affect the objection.`,
      },
    },
    periodPassedWarning(period, date, "JURISDICTION_PERIOD_PASSED", {
      zh: "答辩期过后提出的管辖权异议，法院一般不再审查：请核对收到起诉状副本的日期；如确已逾期，请把精力放在答辩和出庭上。",
      en: "An objection after the answer period will generally not be considered: check the date you received the complaint; if it is late, put your effort into the defence and the hearing.",
    }),
    {
      code: "JURISDICTION_MAY_FAIL",
      path: "grounds",
      message: {
        zh: "管辖权异议不一定成立：即使管辖条款无效，法院也可能依据合同履行地等其他规定认定自己有管辖权。法院会作出裁定；异议不成立的，案件继续审理，所以仍要按时答辩、出庭。",
        en: "The objection may fail: even if the clause is void, the court may find jurisdiction on other grounds, such as the place of performance. The court rules on it; if it fails the case goes on, so still answer and attend on time.",
      },
    },
    COURT_TEMPLATE_WARNING,
    period.calendarVerified
      ? undefined
      : {
          code: "HOLIDAY_CALENDAR_UNVERIFIED",
          path: "case.receivedOn",
          message: {
            zh: `答辩期的最后一天落在${period.unverifiedYears.join("、")}年，书函还没有核实该年的国务院放假安排：按${formatChineseDate(period.last)}准备，如该日是法定节假日，期限顺延到节后第一个工作日。`,
            en: `The answer period ends in ${period.unverifiedYears.join(", ")}, whose State Council holiday arrangement Shuhan has not verified: plan for ${formatIsoDate(period.last)}; if it is a public holiday, the period ends on the first working day after it.`,
          },
        },
    clauseGround && !input.clause?.howPresented
      ? {
          code: "CLAUSE_FACTS_MISSING",
          path: "clause.howPresented",
          message: {
            zh: "你没有说明管辖条款是怎样呈现的：写清楚条款在哪里、有没有加粗或单独提示、你是否被要求单独确认，异议才有事实依据。",
            en: "You did not say how the clause was presented: where it was, whether it was highlighted or separately confirmed. The objection needs those facts.",
          },
        }
      : undefined,
    input.transferTo.reason
      ? undefined
      : {
          code: "TRANSFER_REASON_MISSING",
          path: "transferTo.reason",
          message: {
            zh: `你没有写明${input.transferTo.court}为什么有管辖权（例如你的住所地在该院辖区）：法院需要知道移送到哪里、为什么。`,
            en: `You did not say why ${input.transferTo.court} is competent (e.g. your domicile is in its district): the court needs to know where to send the case and why.`,
          },
        },
  ];
  if (input.case.smallClaims)
    warnings.push({
      code: "SMALL_CLAIMS_JURISDICTION",
      path: "case.smallClaims",
      message: {
        zh: "小额诉讼案件中，法院对管辖权异议作出的裁定一经作出即生效，不能上诉。",
        en: "In a small-claims case the court's ruling on the objection takes effect at once and cannot be appealed.",
      },
    });
  const internet = internetCourtNote(court);
  return {
    template: "jurisdiction-objection",
    locale: input.locale,
    viewModel: {
      locale: input.locale,
      script,
      title,
      date: formatChineseDate(date),
      court,
      caseNumber: input.case.number,
      dispute: disputeName(input.case, script),
      defendant: defendantView(input.borrower, input.defendant, script),
      opposing: opposingParties(input.plaintiff, input.otherParties, "applicant", script),
      plaintiffs: plaintiffNames(input.plaintiff, input.otherParties),
      // The card number's last four digits only, as in the defence; the contract number in full.
      account: accountView(input.account, input.lender.kind, script, true).phrase,
      lender: input.lender,
      receivedOn: formatChineseDate(input.case.receivedOn),
      grounds,
      transferTo: transferView(input, clauseGround, otherGround),
      copies,
      evidence: input.evidence ?? [],
      signature: courtSignature("applicant", input.borrower.name, date, script),
      footer: courtFooterNote("applicant", script),
    },
    meta: { title, author: input.borrower.name, subject: `${title}（${input.case.number}）` },
    fileName: buildFileName(title, input.borrower.name, input.case.number),
    facts: letterFacts({
      type: "jurisdiction-objection",
      title,
      locale: input.locale,
      date,
      input,
      recipient: { name: court },
      dates: caseDates(input.case, period),
      deadlines: [jurisdictionDeadline(period), answerDeadline],
      citations: citations.cited,
      warnings,
      nextSteps: courtNextSteps({
        document: { zh: "管辖权异议申请书", en: "jurisdiction objection" },
        copies,
        court,
        period,
        smallClaims: input.case.smallClaims === true,
        hearing: input.case.hearingDate,
        extra: [
          {
            id: "defence-too",
            letterType: "civil-defence",
            text: {
              zh: "异议不一定成立，案件可能继续审理：答辩期内同时准备并提交民事答辩状，提出了管辖权异议，再答辩并不等于接受管辖。",
              en: "The objection may fail and the case go on: prepare and file the defence within the answer period as well (the civil-defence letter); having objected, answering does not accept the court.",
            },
          },
          ...(internet ? [internet] : []),
        ],
      }),
    }),
  };
}

const jurisdictionObjection = defineLetterType({
  id: "jurisdiction-objection",
  order: 95,
  title: TITLE,
  description: {
    zh: "认为受诉法院没有管辖权时使用（例如管辖条款藏在格式合同里、借款时没有提请你注意）：请求法院把案件移送到你指定的法院。必须在答辩期（收到起诉状副本后15日）内提出。",
    en: "For when you think the court seised has no jurisdiction (e.g. a jurisdiction clause buried in standard terms that was never brought to your attention): asks the court to transfer the case to a court you name. It must be filed within the answer period (15 days from receiving the complaint).",
  },
  schema: jurisdictionObjectionSchema,
  example: {
    locale: "zh-Hans",
    date: "2026-11-30",
    case: {
      court: "杭州互联网法院",
      number: "（2026）浙0192民初12345号",
      dispute: "financial-loan",
      receivedOn: "2026-11-20",
    },
    borrower: { name: "李四", idNumber: "11010519491231002X", address: "上海市浦东新区世纪大道100号2号楼1203室", phone: "13912345678" },
    defendant: { ethnicity: "汉族", occupation: "无业" },
    plaintiff: { name: "重庆蚂蚁消费金融有限公司" },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    account: { product: "借呗", contractNumber: "JB20230315001234" },
    grounds: ["standard-terms-clause"],
    clause: {
      text: "因本合同引起的争议，由合同签订地杭州市西湖区人民法院管辖。",
      howPresented:
        "该条款位于借款页面默认勾选的《借款合同》全文的倒数第二条，字体、颜色与其他条款相同，没有加粗、弹窗或单独确认，借款流程中也没有任何提示。申请人在借款时不知道存在该条款。",
    },
    transferTo: {
      court: "上海市浦东新区人民法院",
      reason: "申请人的住所地位于上海市浦东新区，属上海市浦东新区人民法院辖区。",
    },
  },
  checks: jurisdictionChecks,
  build,
  form: {
    onePerCase: true,
    when: "被起诉后，认为不该由这个法院审理（例如合同里的管辖条款藏在长篇协议里，借款时没人提醒你）：在15日答辩期内请求法院把案件移送到你所在地的法院。",
    sections: [
      ...courtFormSections("申请人"),
      {
        id: "grounds",
        legend: "异议理由",
        hint: "只写真实情况。管辖权异议要在答辩期内提出；只答辩不提异议，就视为接受这个法院。",
        fields: [
          { kind: "checkboxes", name: "grounds", label: "异议理由（可多选）", required: true, options: options(GROUNDS, (v) => GROUND_FORM_LABELS[v]) },
          { kind: "text", name: "clause.text", label: "管辖条款原文", hint: "照合同或起诉状引用的条款抄写。可不填。" },
          { kind: "textarea", name: "clause.howPresented", label: "条款是怎样呈现的", hint: "例如：藏在默认勾选的长篇协议里，没有加粗、没有弹窗、没有单独确认。用「申请人」称呼自己。" },
          { kind: "textarea", name: "otherGrounds", label: "其他理由", hint: "选「其他理由」时填写，会原样写进申请书。" },
        ],
      },
      {
        id: "transferTo",
        legend: "请求移送到哪个法院",
        fields: [
          { kind: "text", name: "transferTo.court", label: "法院名称", required: true, hint: "例如：上海市浦东新区人民法院。" },
          { kind: "textarea", name: "transferTo.reason", label: "为什么该法院有管辖权", hint: "例如：申请人的住所地位于该院辖区。会原样写进申请书。" },
        ],
      },
      {
        id: "evidence",
        legend: "证据",
        fields: [
          evidenceList({ label: "你提交的证据", hint: "每项写证据名称和证明什么，例如：借款页面截图，证明管辖条款没有加粗或单独提示。只写你确实有的。", rows: 2 }),
        ],
      },
      settingsSection({ court: { dateLabel: "申请书日期", hint: "生成之后：打印、亲笔签名并按手印，在答辩期内把原件和副本交到受诉法院；异议不一定成立，请同时准备答辩状，按时出庭。可以拨打12348法律援助热线免费咨询。" } }),
    ],
    steps: [
      ...COURT_STEPS,
      { id: "grounds", sections: ["grounds"] },
      { id: "transferTo", sections: ["transferTo"] },
      { id: "evidence", title: "证据和文书设置", sections: ["evidence", "settings"] },
    ],
    requiredObjects: ["case", "borrower", "defendant", "plaintiff", "lender", "transferTo"],
    submitLabel: "生成管辖权异议申请书（PDF）",
    advice: [
      "管辖权异议只能在答辩期内提出：收到起诉状副本的当天不算，从第二天起数15日；最后一天是周末或法定节假日的，顺延到其后的第一个工作日；在最后一天之前交邮（EMS，保留凭证）即可。例如2026年11月20日收到，最后一天是12月7日（星期一）。过了答辩期，或者只答辩不提异议，就视为接受这个法院管辖。",
      "异议不一定成立：请同时准备答辩状，按时出庭。",
      "打印签名（按手印），原件交法院，按对方当事人人数附副本。",
      "可以拨打12348法律援助热线免费咨询。",
    ],
  },
  journey: {
    situations: [{ id: "sued", rank: 2, why: "认为案件不该由这个法院审理时，必须在答辩期内提出管辖权异议。" }],
  },
});

export default jurisdictionObjection;
