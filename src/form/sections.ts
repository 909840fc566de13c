/**
 * The questions several letter types share, as data builders: the borrower, the lender, the debt, the hardship,
 * attachments and the letter settings. Each letter module (src/letters/<id>.ts) composes its own form from
 * these and its own sections; this file knows how to ask, not what is valid (that is the zod schemas').
 */
import { HARDSHIP_REASONS, LENDER_KINDS, REPAYMENT_METHODS, type LenderKind } from "../letters/common";
import type { Field, ListField, Option, Section } from "./fields";

export const options = <V extends string>(values: readonly V[], label: (v: V) => string): Option[] =>
  values.map((value) => ({ value, label: label(value) }));


const LENDER_KIND_FORM_LABELS: Record<LenderKind, string> = {
  "bank-credit-card": "银行信用卡",
  "bank-loan": "银行贷款",
  "consumer-finance": "消费金融公司",
  microloan: "小额贷款公司",
  other: "其他 / 不确定",
};

const HARDSHIP_FORM_LABELS: Record<(typeof HARDSHIP_REASONS)[number], string> = {
  unemployment: "失业",
  illness: "本人或家人生病",
  "business-failure": "生意失败、经营亏损",
  "income-reduction": "收入减少（降薪、停发工资）",
  "family-emergency": "家庭变故",
  "natural-disaster": "遭受自然灾害",
  other: "其他原因",
};

export interface BorrowerSectionOptions {
  /**
   * Whether the letter goes to the creditor itself, which must find the account: its ID and account numbers
   * are then shown in full unless the borrower ticks the box (src/letters/shared.ts `masksNumbers`).
   */
  toCreditor?: boolean;
  /**
   * Whether the letter asks for a written reply (default true): it then needs a postal address, a phone number
   * or an email address (REPLY_CHANNEL_REQUIRED at borrower.address, src/letters/request.ts), and the form says
   * so where it asks for them instead of calling them optional.
   */
  asksReply?: boolean;
}

export function borrowerSection(options: BorrowerSectionOptions = {}): Section {
  const toCreditor = options.toCreditor ?? true;
  const asksReply = options.asksReply ?? true;
  return {
    id: "borrower",
    legend: "你的信息",
    hint: "写在信的开头和签名处。",
    fields: [
      { kind: "text", name: "borrower.name", label: "姓名", required: true, autocomplete: "name", hint: "与身份证上的姓名一致。" },
      {
        kind: "id-number",
        name: "borrower.idNumber",
        label: "身份证号码",
        hint: "18位，最后一位是校验码（数字或X）：任何一位写错，校验码都对不上。请对照身份证逐位核对。可不填。",
      },
      {
        kind: "checkbox",
        name: "privacy.maskIdNumber",
        label: "信中隐藏身份证号码和卡号的中间几位",
        hint: toCreditor
          ? "写给债权机构本身时一般完整显示，方便对方查找你的账户；不想完整显示就勾选。"
          : "这封信寄给催收机构等第三方，默认隐藏；对方需要核对时再提供。",
        default: !toCreditor,
      },
      {
        kind: "tel",
        name: "borrower.phone",
        label: "手机号码",
        autocomplete: "tel",
        hint: asksReply ? "对方答复你要用：手机号码和通讯地址至少填一项。座机请带区号。" : "座机请带区号。可不填。",
      },
      { kind: "text", name: "borrower.address", label: "通讯地址", autocomplete: "street-address", hint: asksReply ? "收回信的地址。" : "可不填。" },
      { kind: "email", name: "borrower.email", label: "电子邮箱", autocomplete: "email", hint: "可不填。", extra: true },
    ],
  };
}

export function lenderSection(legend: string, hint: string): Section {
  return {
    id: "lender",
    legend,
    hint,
    fields: [
      {
        kind: "text",
        name: "lender.name",
        label: "机构名称",
        required: true,
        autocomplete: "organization",
        hint: "例如：招商银行信用卡中心。",
      },
      {
        kind: "radio",
        name: "lender.kind",
        label: "机构类型",
        hint: "决定信中引用哪些规定。不确定就选「其他」。",
        options: options(LENDER_KINDS, (v) => LENDER_KIND_FORM_LABELS[v]),
        default: "other",
      },
      { kind: "text", name: "lender.department", label: "收件部门", hint: "例如：客户服务部。可不填。", extra: true },
      {
        kind: "text",
        name: "lender.address",
        label: "机构地址",
        hint: "寄信的地址，可在合同、账单或官网上找到。只印在信封单上，方便你填 EMS 快递单。",
        extra: true,
      },
    ],
  };
}

/** `debtRequired` false: the collection objection may leave the amounts out (the borrower may not know them). */
export function debtSection(debtRequired: boolean, extra: readonly Field[] = []): Section {
  return {
    id: "debt",
    legend: "欠款情况",
    hint: debtRequired
      ? "按账单或 App 里的金额填，只填数字，单位是元。"
      : "知道金额就按账单填写（只填数字，单位是元）；不清楚可以都不填。",
    fields: [
      { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、花呗、借呗、美团月付。" },
      { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "信中只显示后4位。可不填。", extra: true },
      { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。", extra: true },
      { kind: "money", name: "debt.principal", label: "本金（元）", required: debtRequired },
      { kind: "money", name: "debt.interest", label: "利息（元）", extra: true },
      { kind: "money", name: "debt.penalty", label: "罚息、违约金（元）", extra: true },
      { kind: "money", name: "debt.fees", label: "其他费用（元）", extra: true },
      { kind: "date", name: "debt.overdueSince", label: "开始逾期的日期", hint: "没有逾期可不填。" },
      {
        kind: "date",
        name: "debt.lastPaymentDate",
        label: "最后一次还款的日期",
        hint: "大概记得就写。不会写进信里，只用来提醒你诉讼时效的风险。",
        extra: true,
      },
      {
        kind: "date",
        name: "debt.lastDemandDate",
        label: "最后一次收到催收的日期",
        hint: "电话、短信、信函都算。不会写进信里，只用来提醒你诉讼时效的风险。",
        extra: true,
      },
      ...extra,
    ],
  };
}

export function hardshipSection(): Section {
  return {
    id: "hardship",
    legend: "困难原因",
    fields: [
      {
        kind: "checkboxes",
        name: "hardship.reasons",
        label: "为什么还不上（可多选）",
        required: true,
        options: options(HARDSHIP_REASONS, (v) => HARDSHIP_FORM_LABELS[v]),
      },
      {
        kind: "textarea",
        name: "hardship.details",
        label: "用自己的话说明情况",
        hint: "如实写，例如：2026年3月公司裁员，至今在找工作，家里每月收入只有……。不要夸大：机构可能要求你提供证明。",
      },
    ],
  };
}

export function attachmentsList(): ListField {
  return {
    kind: "list",
    name: "attachments",
    label: "附件（随信寄出的材料）",
    hint: "例如：身份证复印件、失业证明、医院诊断证明。信末会列出附件清单。",
    rowLabel: "附件 {n}",
    rows: 2,
    max: 30,
    action: "add-attachment",
    addLabel: "再加一个附件",
    item: [{ kind: "text", name: "", label: "附件 {n}" }],
  };
}

/** The evidence the borrower holds, one item a row (the letter lists them); the label and example fit the letter. */
export function evidenceList(options: { label: string; hint: string; rows?: number }): ListField {
  return {
    kind: "list",
    name: "evidence",
    label: options.label,
    hint: options.hint,
    rowLabel: "证据 {n}",
    rows: options.rows ?? 3,
    max: 50,
    action: "add-evidence",
    addLabel: "再加一项证据",
    item: [{ kind: "text", name: "", label: "证据 {n}" }],
  };
}

const REPAYMENT_METHOD_FORM_LABELS: Record<(typeof REPAYMENT_METHODS)[number], string> = {
  "auto-debit": "授权机构按期自动扣款",
  "bank-transfer": "银行转账",
  app: "在机构的App里还",
  other: "双方约定的其他方式",
};

/** How the borrower will pay if the lender agrees (the letter says so, where given). */
export function repaymentFields(): Field[] {
  return [
    {
      kind: "radio",
      name: "repayment.method",
      label: "用什么方式还",
      hint: "可不选。",
      extra: true,
      options: options(REPAYMENT_METHODS, (v) => REPAYMENT_METHOD_FORM_LABELS[v]),
    },
    { kind: "text", name: "repayment.account", label: "从哪个账户还", hint: "例如：招商银行储蓄卡（尾号5678）。会写进信里。可不填。", extra: true },
  ];
}

/** Budget rows the borrower fills by amount only: the items most households have (a debt charity's sheet). */
export const INCOME_PRESETS = ["工资", "兼职或其他收入", "家人资助"] as const;
export const EXPENSE_PRESETS = ["房租或房贷", "伙食", "水电燃气和话费", "交通", "子女教育", "医疗", "赡养老人"] as const;

/** The budget: what comes in and goes out each month (收支情况说明, attached after the letter). */
export function budgetSection(): Section {
  const items = (name: string, label: string, rowLabel: string, example: string, max: number, presets: readonly string[]): ListField => ({
    kind: "list",
    name,
    label,
    hint: example,
    rowLabel,
    rows: presets.length + 1,
    max,
    action: `add-${name.replace(".", "-")}`,
    addLabel: `再加一项${label.slice(2, 4)}`,
    presets,
    compact: true,
    item: [
      { kind: "text", name: "label", label: "项目", required: true },
      { kind: "money", name: "amount", label: "每月金额（元）", required: true },
    ],
  });
  return {
    id: "budget",
    legend: "每月收支（可不填）",
    hint: "写清每月收入和必要开支，会附在信后作为「收支情况说明」，机构能看出你每月最多能还多少。没有的项目空着。",
    fields: [
      items("budget.income", "每月收入", "收入 {n}", "只填数字，单位是元。", 20, INCOME_PRESETS),
      items("budget.expenses", "每月支出", "支出 {n}", "只算必要的开支。", 30, EXPENSE_PRESETS),
    ],
  };
}

export interface SettingsOptions {
  /** The question of the limitation-period guard (src/letters/limitation.ts), for request letters. */
  limitation?: boolean;
  /**
   * A court document: 「文书设置」, the date named after the document (「答辩状日期」), asked openly rather than
   * folded, with what to do once it is printed.
   */
  court?: { dateLabel: string; hint: string };
}

export function settingsSection(options: SettingsOptions = {}): Section {
  const { court } = options;
  const folded = court ? {} : { extra: true };
  return {
    id: "settings",
    legend: court ? "文书设置" : "信函设置",
    ...(court ? { hint: court.hint } : {}),
    fields: [
      { kind: "date", name: "date", label: court?.dateLabel ?? "信函日期", hint: "不填则为今天。", ...folded },
      {
        kind: "radio",
        name: "locale",
        label: court ? "文书用字" : "信函用字",
        options: [
          { value: "zh-Hans", label: "简体中文" },
          { value: "zh-Hant", label: "繁體中文" },
        ],
        default: "zh-Hans",
        ...folded,
      },
      ...(options.limitation
        ? [
            {
              kind: "checkbox",
              name: "acknowledgeLimitationRisk",
              label: "我已了解：这笔债如果三年多没有还过、也没有人催过，提出这份申请会让它重新可以被起诉",
              ask: true,
              hint:
                "法律规定欠款一般三年内要主张（诉讼时效）。过了三年，对方起诉时你可以拒绝还款；但你申请分期、延期或答应还款，三年就重新计算，这个理由就没有了。" +
                "上面填的日期都超过三年时，书函会先问你。不确定时，先发「债务明细及债权凭证查询函」，它不承认任何欠款。",
            } satisfies Field,
          ]
        : []),
    ],
  };
}

/** The Simplified label of an enum value, for options built from a label table. */
export const label = (labels: Record<string, { Hans: string }>) => (value: string) => labels[value].Hans;

/** The last questions of every request letter (同意履行): the budget, the attachments, the settings with the limitation question. */
export function requestLetterSections(): Section[] {
  return [budgetSection(), { id: "attachments", legend: "附件", fields: [attachmentsList()] }, settingsSection({ limitation: true })];
}

/** What to do with a request letter once it is printed. */
export const REQUEST_ADVICE: readonly string[] = ["附上信中列出的证明材料。", "这是一份申请：机构可以同意，也可以不同意或提出别的方案。"];

/** The lender kinds as options, with the form's labels (for a lender chosen inside a list row, e.g. an authorisation's institutions). */
export function lenderKindOptions(): Option[] {
  return options(LENDER_KINDS, (v) => LENDER_KIND_FORM_LABELS[v]);
}
