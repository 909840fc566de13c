/**
 * What the web form asks, per letter type, as plain data: sections (<fieldset>) in the order the letter reads,
 * fields named by their path in the request body ("borrower.name", "incidents.0.date"), Chinese labels and
 * short hints. The rules themselves live only in the zod schemas (src/letters/); this file knows how to ask,
 * not what is valid. test/form-fields.test.ts checks every name and option against each type's JSON Schema.
 */
import { HARDSHIP_REASONS, LENDER_KINDS, type LenderKind } from "../letters/common";
import { CONDUCTS, DEMANDS, INCIDENT_CHANNELS } from "../letters/collection-rules";
import { CONDUCT_LABELS, CONTACT_CHANNEL_LABELS, DEMAND_LABELS, INCIDENT_CHANNEL_LABELS } from "../text/labels";

/** Single-value inputs; the kind decides the input type, the keyboard on phones and how parse.ts converts. */
export type InputKind = "text" | "textarea" | "money" | "integer" | "date" | "time" | "tel" | "email" | "id-number";

export interface Option {
  value: string;
  label: string;
}

interface FieldBase {
  /** Path in the body; inside a list row, relative to the row ("date"), or "" for a list of strings. */
  name: string;
  label: string;
  hint?: string;
  /** Shown as 必填; parse.ts keeps an empty required choice list as [] so the schema names what is missing. */
  required?: boolean;
}

export interface InputField extends FieldBase {
  kind: InputKind;
  autocomplete?: string;
}

export interface ChoiceField extends FieldBase {
  /** radio: one of a few; select: one of many (in list rows); checkboxes: any number → an array. */
  kind: "radio" | "select" | "checkboxes";
  options: readonly Option[];
  /** Checked or selected in a fresh form. */
  default?: string;
}

/** One checkbox → a boolean (checked → true, unchecked → false). */
export interface FlagField extends FieldBase {
  kind: "checkbox";
  default?: boolean;
}

export type Field = InputField | ChoiceField | FlagField;

/** Rows the user can add to: incidents, attachments, evidence. Empty rows are dropped before validation. */
export interface ListField {
  kind: "list";
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Legend of each row, "{n}" is the row number from 1. */
  rowLabel: string;
  /** Rows a fresh form shows (without JavaScript they are the only way to enter several items at once). */
  rows: number;
  /** The schema's maximum: no more rows are rendered or read. */
  max: number;
  /** The no-JS "add a row" button: <button name="action" value="{action}">. */
  action: string;
  addLabel: string;
  /** The fields of a row; one field named "" makes a list of strings. */
  item: readonly Field[];
}

export interface Section {
  id: string;
  legend: string;
  hint?: string;
  fields: readonly (Field | ListField)[];
}

export interface FormSpec {
  type: string;
  /** When to use this letter, in plain words (the index page and the form's introduction). */
  when: string;
  sections: readonly Section[];
  /** Objects the body must have: kept as {} when all their fields are empty, so the schema names the missing fields. */
  requiredObjects: readonly string[];
  submitLabel: string;
}

const options = <V extends string>(values: readonly V[], label: (v: V) => string): Option[] =>
  values.map((value) => ({ value, label: label(value) }));

// ---- the parts every letter shares ----

const LENDER_KIND_FORM_LABELS: Record<LenderKind, string> = {
  "bank-credit-card": "银行信用卡",
  "bank-loan": "银行贷款",
  "consumer-finance": "消费金融公司（如花呗、借呗）",
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

function borrowerSection(): Section {
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
      { kind: "checkbox", name: "privacy.maskIdNumber", label: "信中只显示身份证号码的前6位和后4位（推荐）", default: true },
      { kind: "tel", name: "borrower.phone", label: "手机号码", autocomplete: "tel", hint: "机构回复你时用。座机请带区号。" },
      { kind: "text", name: "borrower.address", label: "通讯地址", autocomplete: "street-address", hint: "收回信的地址。可不填。" },
      { kind: "email", name: "borrower.email", label: "电子邮箱", autocomplete: "email", hint: "可不填。" },
    ],
  };
}

function lenderSection(legend: string, hint: string): Section {
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
        hint: "例如：招商银行信用卡中心；花呗、借呗是重庆蚂蚁消费金融有限公司。",
      },
      {
        kind: "radio",
        name: "lender.kind",
        label: "机构类型",
        hint: "决定信中可以引用哪些规定。不确定就选「其他 / 不确定」。",
        options: options(LENDER_KINDS, (v) => LENDER_KIND_FORM_LABELS[v]),
        default: "other",
      },
      { kind: "text", name: "lender.department", label: "收件部门", hint: "例如：客户服务部。可不填。" },
      { kind: "text", name: "lender.address", label: "机构地址", hint: "寄信的地址，可在合同、账单或官网上找到。" },
    ],
  };
}

/** `debtRequired` false: the collection objection may leave the amounts out (the borrower may not know them). */
function debtSection(debtRequired: boolean, extra: readonly Field[] = []): Section {
  return {
    id: "debt",
    legend: "欠款情况",
    hint: debtRequired
      ? "按最近的账单或App里显示的金额填写，只填数字，单位是元。"
      : "知道金额就按账单填写（只填数字，单位是元）；不清楚可以都不填。",
    fields: [
      { kind: "text", name: "account.product", label: "产品名称", hint: "例如：信用卡、花呗、借呗、美团月付。" },
      { kind: "text", name: "account.accountNumber", label: "卡号或账号", hint: "信中只显示后4位。可不填。" },
      { kind: "text", name: "account.contractNumber", label: "合同编号", hint: "可不填。" },
      { kind: "money", name: "debt.principal", label: "本金（元）", required: debtRequired, hint: "例如 35000 或 35000.50。" },
      { kind: "money", name: "debt.interest", label: "利息（元）" },
      { kind: "money", name: "debt.penalty", label: "罚息、违约金（元）" },
      { kind: "money", name: "debt.fees", label: "其他费用（元）" },
      { kind: "date", name: "debt.overdueSince", label: "开始逾期的日期", hint: "没有逾期可不填。" },
      ...extra,
    ],
  };
}

function hardshipSection(): Section {
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

function attachmentsList(): ListField {
  return {
    kind: "list",
    name: "attachments",
    label: "附件（随信寄出的材料）",
    hint: "例如：身份证复印件、失业证明、医院诊断证明。信末会列出附件清单。",
    rowLabel: "附件 {n}",
    rows: 3,
    max: 30,
    action: "add-attachment",
    addLabel: "再加一个附件",
    item: [{ kind: "text", name: "", label: "附件 {n}" }],
  };
}

function settingsSection(): Section {
  return {
    id: "settings",
    legend: "信函设置",
    fields: [
      { kind: "date", name: "date", label: "信函日期", hint: "不填则为今天。" },
      {
        kind: "radio",
        name: "locale",
        label: "信函用字",
        options: [
          { value: "zh-Hans", label: "简体中文" },
          { value: "zh-Hant", label: "繁體中文" },
        ],
        default: "zh-Hans",
      },
    ],
  };
}

// ---- the three letter types ----

const installmentRequest: FormSpec = {
  type: "installment-request",
  when: "欠款太多、每月还不上，但愿意还：想和银行或平台商量，把欠款分成多期慢慢还（信用卡最长60期）。",
  sections: [
    borrowerSection(),
    lenderSection("收信机构", "你欠款的银行或平台。"),
    debtSection(true),
    hardshipSection(),
    {
      id: "plan",
      legend: "还款方案",
      hint: "按你真实能还的数额写。机构可以同意，也可以不同意或提出别的方案。",
      fields: [
        { kind: "integer", name: "plan.months", label: "分几期（月）", required: true, hint: "2到60之间的整数。" },
        { kind: "date", name: "plan.firstPaymentDate", label: "第一期还款日期", required: true },
        { kind: "money", name: "plan.downPayment", label: "首付金额（元）", hint: "先还的一笔钱。可不填。" },
        { kind: "checkbox", name: "plan.freezeInterest", label: "请求分期期间停止计息（停息）" },
        { kind: "checkbox", name: "plan.waivePenalty", label: "请求减免罚息、违约金" },
      ],
    },
    { id: "attachments", legend: "附件", fields: [attachmentsList()] },
    settingsSection(),
  ],
  requiredObjects: ["borrower", "lender", "debt", "hardship", "plan"],
  submitLabel: "生成申请书（PDF）",
};

const deferralRequest: FormSpec = {
  type: "deferral-request",
  when: "暂时完全还不上（失业、生病、生意失败），过一段时间才能恢复：想请银行或平台同意晚一些还，并暂停计息（停息挂账）。",
  sections: [
    borrowerSection(),
    lenderSection("收信机构", "你欠款的银行或平台。"),
    debtSection(true),
    hardshipSection(),
    {
      id: "deferral",
      legend: "延期方案",
      hint: "按你真实的情况写。机构可以同意，也可以不同意或提出别的方案。",
      fields: [
        { kind: "integer", name: "deferral.months", label: "延期几个月", required: true, hint: "1到24之间的整数。" },
        { kind: "date", name: "deferral.resumeDate", label: "恢复还款的日期", hint: "可不填。" },
        {
          kind: "money",
          name: "deferral.paymentDuringDeferral",
          label: "延期期间每月能还多少（元）",
          hint: "能还一点就写，表示诚意。可不填。",
        },
        { kind: "checkbox", name: "deferral.freezeInterest", label: "请求延期期间停止计息（停息挂账）" },
        { kind: "checkbox", name: "deferral.waivePenalty", label: "请求减免罚息、违约金" },
      ],
    },
    { id: "attachments", legend: "附件", fields: [attachmentsList()] },
    settingsSection(),
  ],
  requiredObjects: ["borrower", "lender", "debt", "hardship", "deferral"],
  submitLabel: "生成申请书（PDF）",
};

const label = (labels: Record<string, { Hans: string }>) => (value: string) => labels[value].Hans;

const collectionObjection: FormSpec = {
  type: "collection-objection",
  when: "催收人员联系你的家人、同事，深夜打电话，辱骂、威胁你，或冒充公检法：书面要求催收机构停止这些行为。",
  sections: [
    borrowerSection(),
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
    debtSection(false, [
      {
        kind: "checkbox",
        name: "debtIsIllegal",
        label: "这笔债本身是非法放贷（高利贷、「套路贷」）",
        hint: "只有放贷的不是银行、消费金融公司或小额贷款公司等持牌机构时才可能是（机构类型选「其他」）。花呗、借呗、信用卡的欠款都不是。不确定就不要勾选。",
      },
    ]),
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
        {
          kind: "list",
          name: "evidence",
          label: "你保存的证据",
          hint: "例如：通话录音3段、短信截图5张。只写你确实有的。",
          rowLabel: "证据 {n}",
          rows: 3,
          max: 50,
          action: "add-evidence",
          addLabel: "再加一项证据",
          item: [{ kind: "text", name: "", label: "证据 {n}" }],
        },
        attachmentsList(),
      ],
    },
    settingsSection(),
  ],
  requiredObjects: ["borrower", "lender"],
  submitLabel: "生成告知函（PDF）",
};

export const formSpecs: readonly FormSpec[] = [installmentRequest, deferralRequest, collectionObjection];

export function findFormSpec(type: string): FormSpec | undefined {
  return formSpecs.find((spec) => spec.type === type);
}

/** "第 {n} 次" → "第 2 次". */
export function numbered(template: string, index: number): string {
  return template.replace("{n}", String(index + 1));
}
