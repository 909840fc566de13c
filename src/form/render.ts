/**
 * The form page of one letter type: sections as <fieldset>/<legend> in the order the letter reads, every
 * control tied to its <label> (for/id), hints and errors tied with aria-describedby, aria-invalid on fields
 * with errors, and an error summary (role="alert") that links to them. Without JavaScript it is a plain form
 * that posts to /form/{type}; /form.js adds inline checks, the preview and local saving on top.
 *
 * `values` are the submitted values (kept exactly as typed on a re-render); without them the form is fresh
 * and shows the defaults. Every interpolated string is escaped by hono's `html` template.
 */
import { html } from "hono/html";
import { controlId, fieldId, optionId, type FormError } from "./errors";
import { numbered, type Field, type FormSpec, type InputField, type ListField, type Section } from "./fields";
import { rowCount, rowFieldName, type FormValues } from "./parse";
import { letterTitle, page, type Html } from "./page";

export interface FormPageState {
  /** Submitted values; undefined for a fresh form. */
  values?: FormValues;
  errors?: readonly FormError[];
  /** One more row in this list (the no-JS "add a row" button); its first control gets the focus. */
  addRowTo?: string;
}

interface Context {
  spec: FormSpec;
  values?: FormValues;
  errors: Map<string, string[]>;
  focus?: string;
}

const INPUT_TYPES: Record<InputField["kind"], { type: string; inputmode?: string }> = {
  text: { type: "text" },
  textarea: { type: "text" },
  money: { type: "text", inputmode: "decimal" },
  integer: { type: "text", inputmode: "numeric" },
  date: { type: "date" },
  time: { type: "time" },
  tel: { type: "tel", inputmode: "tel" },
  email: { type: "email", inputmode: "email" },
  "id-number": { type: "text" },
};

const required = (field: { required?: boolean }) => (field.required ? html` <span class="req">必填</span>` : "");

function valueOf(ctx: Context, name: string): string {
  return ctx.values?.get(name)?.at(-1) ?? "";
}

function isChecked(ctx: Context, name: string, value: string, fallback: boolean): boolean {
  return ctx.values ? (ctx.values.get(name) ?? []).includes(value) : fallback;
}

/** The hint and error paragraphs of a field, and the ids aria-describedby names. */
function notes(ctx: Context, id: string, name: string, hint: string | undefined) {
  const messages = ctx.errors.get(name) ?? [];
  const describedBy = [hint ? `${id}-hint` : "", messages.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return {
    invalid: messages.length > 0,
    describedBy: describedBy || undefined,
    hint: hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : "",
    // The empty error paragraph is the slot /form.js fills; hidden, it is not announced or shown.
    error: html`<p class="error" id="${id}-error"${messages.length ? "" : html` hidden`}>${messages.join("；")}</p>`,
  };
}

const attr = (name: string, value: string | undefined) => (value === undefined ? "" : html` ${name}="${value}"`);
const flag = (name: string, on: boolean) => (on ? html` ${name}` : "");

function inputField(ctx: Context, field: InputField, name: string, label: string): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, field.hint);
  const { type, inputmode } = INPUT_TYPES[field.kind];
  const common = html` id="${id}" name="${name}"${attr("aria-describedby", n.describedBy)}${attr("aria-invalid", n.invalid ? "true" : undefined)}${attr("aria-required", field.required ? "true" : undefined)}${flag("autofocus", ctx.focus === id)}`;
  const control =
    field.kind === "textarea"
      ? html`<textarea${common} rows="4">${valueOf(ctx, name)}</textarea>`
      : html`<input${common} type="${type}" value="${valueOf(ctx, name)}"${attr("inputmode", inputmode)}${attr(
          "autocomplete",
          field.autocomplete ?? (field.kind === "id-number" ? "off" : undefined),
        )}${field.kind === "id-number" || field.kind === "email" ? html` autocapitalize="${field.kind === "email" ? "off" : "characters"}" spellcheck="false"` : ""}>`;
  return html`<div class="field${n.invalid ? " has-error" : ""}" data-field="${name}">
<label for="${id}">${label}${required(field)}</label>
${n.hint}${n.error}${control}
</div>`;
}

function choiceField(ctx: Context, field: Field & { kind: "radio" | "select" | "checkboxes" }, name: string, label: string): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, field.hint);
  if (field.kind === "select") {
    const current = ctx.values ? valueOf(ctx, name) : (field.default ?? "");
    return html`<div class="field${n.invalid ? " has-error" : ""}" data-field="${name}">
<label for="${id}">${label}${required(field)}</label>
${n.hint}${n.error}<select id="${id}" name="${name}"${attr("aria-describedby", n.describedBy)}${attr("aria-invalid", n.invalid ? "true" : undefined)}${attr("aria-required", field.required ? "true" : undefined)}${flag("autofocus", ctx.focus === id)}>
<option value="">请选择</option>
${field.options.map((o) => html`<option value="${o.value}"${flag("selected", current === o.value)}>${o.label}</option>`)}
</select>
</div>`;
  }
  const type = field.kind === "radio" ? "radio" : "checkbox";
  const options = field.options.map((o) => {
    const oid = optionId(name, o.value);
    const checked = isChecked(ctx, name, o.value, field.default === o.value);
    return html`<div class="option"><input type="${type}" id="${oid}" name="${name}" value="${o.value}"${flag("checked", checked)}${attr("aria-invalid", n.invalid ? "true" : undefined)}${flag("autofocus", ctx.focus === oid)}><label for="${oid}">${o.label}</label></div>`;
  });
  return html`<fieldset class="choices${n.invalid ? " has-error" : ""}" id="${id}" data-field="${name}"${attr("aria-describedby", n.describedBy)}>
<legend>${label}${required(field)}</legend>
${n.hint}${n.error}<div class="options${field.options.length > 4 ? " many" : ""}">${options}</div>
</fieldset>`;
}

function flagField(ctx: Context, field: Field & { kind: "checkbox" }, name: string, label: string): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, field.hint);
  const checked = isChecked(ctx, name, "true", field.default ?? false);
  return html`<div class="field option single${n.invalid ? " has-error" : ""}" data-field="${name}">
<input type="checkbox" id="${id}" name="${name}" value="true"${flag("checked", checked)}${attr("aria-describedby", n.describedBy)}${attr("aria-invalid", n.invalid ? "true" : undefined)}>
<div class="option-body"><label for="${id}">${label}</label>${n.hint}${n.error}</div>
</div>`;
}

function field(ctx: Context, f: Field, name: string, label = f.label): Html {
  switch (f.kind) {
    case "radio":
    case "select":
    case "checkboxes":
      return choiceField(ctx, f, name, label);
    case "checkbox":
      return flagField(ctx, f, name, label);
    default:
      return inputField(ctx, f, name, label);
  }
}

function listRow(ctx: Context, list: ListField, index: number): Html {
  const [only] = list.item;
  if (list.item.length === 1 && only.name === "")
    return html`<div class="row" data-row="${index}">${field(ctx, only, rowFieldName(list, index, only), numbered(only.label, index))}</div>`;
  return html`<fieldset class="row" data-row="${index}">
<legend>${numbered(list.rowLabel, index)}</legend>
${list.item.map((item) => field(ctx, item, rowFieldName(list, index, item)))}
</fieldset>`;
}

function listField(ctx: Context, list: ListField, extraRow: boolean): Html {
  const id = fieldId(list.name);
  const n = notes(ctx, id, list.name, list.hint);
  const count = Math.min(list.max, rowCount(list, ctx.values) + (extraRow ? 1 : 0));
  const rows = Array.from({ length: count }, (_, i) => listRow(ctx, list, i));
  return html`<fieldset class="list${n.invalid ? " has-error" : ""}" id="${id}" data-field="${list.name}" data-list="${list.name}" data-max="${list.max}" data-row-label="${list.rowLabel}"${attr("aria-describedby", n.describedBy)}>
<legend>${list.label}${required(list)}</legend>
${n.hint}${n.error}<div class="rows">${rows}</div>
<button type="submit" name="action" value="${list.action}" class="secondary add-row"${flag("disabled", count >= list.max)}>＋ ${list.addLabel}</button>
</fieldset>`;
}

function section(ctx: Context, s: Section, addRowTo: string | undefined): Html {
  return html`<fieldset class="section" id="s-${s.id}">
<legend>${s.legend}</legend>
${s.hint ? html`<p class="hint section-hint">${s.hint}</p>` : ""}
${s.fields.map((f) => (f.kind === "list" ? listField(ctx, f, addRowTo === f.name) : field(ctx, f, f.name)))}
</fieldset>`;
}

/** The error summary at the top: what to fix, each a link to the field. Empty and hidden when all is well. */
export function errorSummary(errors: readonly FormError[]): Html {
  if (!errors.length)
    return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" hidden><h2 id="error-summary-title"></h2><ul></ul></div>`;
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" autofocus>
<h2 id="error-summary-title">有 ${errors.length} 处需要修改</h2>
<ul>${errors.map((e) => html`<li>${e.control ? html`<a href="#${e.control}">${e.summary}</a>` : e.summary}</li>`)}</ul>
</div>`;
}

function advice(spec: FormSpec): Html {
  const objection = spec.type === "collection-objection";
  return html`<div class="advice">
<h2>生成之后</h2>
<ul>
<li>打印出来，在签名处亲笔签名${objection ? "" : "，附上需要的证明材料"}。</li>
<li>用中国邮政 <strong>EMS</strong> 寄出，保留邮寄单据和妥投记录（可在 EMS 官网或 App 查询），它能证明对方收到了信。</li>
<li>信和附件各留一份复印件，和收到的回复一起保存好。</li>
${objection
  ? html`<li>告知函不能强制对方停止，但能留下你已书面提出要求的记录。遇到威胁或暴力请拨打 110；骚扰电话、短信可向 12321 举报；向国家金融监督管理总局投诉可拨 12378。</li>`
  : html`<li>这是一份申请：机构可以同意，也可以不同意或提出别的方案。</li>`}
</ul>
<p class="disclaimer">本信函是供你本人使用的模板，不是法律意见。请只写真实的情况。</p>
</div>`;
}

/** The whole page of one letter type's form. */
export function formPage(spec: FormSpec, state: FormPageState = {}): Html {
  const errors = state.errors ?? [];
  const byField = new Map<string, string[]>();
  for (const e of errors) if (e.field) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  const ctx: Context = { spec, values: state.values, errors: byField };
  if (state.addRowTo) {
    const list = spec.sections.flatMap((s) => s.fields).find((f): f is ListField => f.kind === "list" && f.name === state.addRowTo);
    if (list) {
      const index = Math.min(list.max, rowCount(list, state.values) + 1) - 1;
      ctx.focus = controlId(list.item[0], rowFieldName(list, index, list.item[0]));
    }
  }
  const title = letterTitle(spec.type);
  return page(
    { title: `${errors.length ? `有 ${errors.length} 处需要修改 – ` : ""}${title} – 书函`, script: true },
    html`<p class="back"><a href="/">← 选择其他信函</a></p>
<h1>${title}</h1>
<p class="lead">${spec.when}</p>
<p class="note">标有「必填」的必须填写，其他都可以不填。</p>
${errorSummary(errors)}
<div class="layout">
<form id="letter-form" method="post" action="/form/${spec.type}" accept-charset="utf-8" novalidate data-letter-type="${spec.type}" data-fresh="${state.values ? "false" : "true"}">
<button type="submit" class="default-submit" tabindex="-1" aria-hidden="true">${spec.submitLabel}</button>
${spec.sections.map((s) => section(ctx, s, state.addRowTo))}
<div class="submit">
<button type="submit" class="primary" id="submit">${spec.submitLabel}</button>
<p class="status" id="status" role="status" aria-live="polite"></p>
${advice(spec)}
<div class="saved" id="saved" hidden>
<p>你填写的内容只保存在这台设备的浏览器里，不会发送到别处；刷新页面也不会丢失。用公用手机或电脑时，填完请清除。</p>
<button type="button" class="secondary" id="clear-saved">清除已保存的内容</button>
</div>
</div>
</form>
<aside class="preview" id="preview" hidden aria-labelledby="preview-title">
<h2 id="preview-title">预览</h2>
<p class="hint" id="preview-status">填好必填项后，这里显示信的样子。</p>
<iframe id="preview-frame" title="信函预览" sandbox="" hidden></iframe>
</aside>
</div>`,
  );
}
