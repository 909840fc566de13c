/**
 * The controls of one step: fields as <label>+<input>, choice groups as <fieldset>/<legend>, every control tied
 * to its label (for/id), hints and errors tied with aria-describedby, aria-invalid on fields with errors. Rarely
 * needed optional fields fold under 「更多（可不填）」 (<details>: no script needed), opened when one of them has a
 * value or an error. Every interpolated string is escaped by hono's `html` template.
 *
 * `values` are the answers so far, kept exactly as typed. A step asked for the first time (`fresh`) shows the
 * declared defaults where no answer (or prefill) is given; a step already answered shows only the answers, so an
 * unticked box stays unticked.
 */
import { html } from "hono/html";
import { fieldId, optionId } from "./errors";
import { numbered, type Field, type InputField, type ListField, type Section } from "./fields";
import { presetOf, rowCount, rowFieldName, type FormValues } from "./parse";
import type { Html } from "./page";

export interface ControlContext {
  values: FormValues;
  /** Messages by form field name. */
  errors: Map<string, string[]>;
  /** This step has not been answered yet: defaults apply. */
  fresh: boolean;
  /** The id of the control that gets the focus (a row just added). */
  focus?: string;
  /** One more row in this list (the no-JS "add a row" button). */
  addRowTo?: string;
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

function valueOf(ctx: ControlContext, name: string): string {
  return ctx.values.get(name)?.at(-1) ?? "";
}

function isChecked(ctx: ControlContext, name: string, value: string, fallback: boolean): boolean {
  const given = ctx.values.get(name);
  if (given) return given.includes(value);
  return ctx.fresh ? fallback : false;
}

/** The hint and error paragraphs of a field, and the ids aria-describedby names. */
function notes(ctx: ControlContext, id: string, name: string, hint: string | undefined) {
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

function inputField(ctx: ControlContext, field: InputField, name: string, label: string, compact = false): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, compact ? undefined : field.hint);
  const { type, inputmode } = INPUT_TYPES[field.kind];
  const common = html` id="${id}" name="${name}"${attr("aria-describedby", n.describedBy)}${attr("aria-invalid", n.invalid ? "true" : undefined)}${attr("aria-required", field.required ? "true" : undefined)}${flag("autofocus", ctx.focus === id)}`;
  const control =
    field.kind === "textarea"
      ? html`<textarea${common} rows="3">${valueOf(ctx, name)}</textarea>`
      : html`<input${common} type="${type}" value="${valueOf(ctx, name)}"${attr("inputmode", inputmode)}${attr(
          "autocomplete",
          field.autocomplete ?? (field.kind === "id-number" ? "off" : undefined),
        )}${field.kind === "id-number" || field.kind === "email" ? html` autocapitalize="${field.kind === "email" ? "off" : "characters"}" spellcheck="false"` : ""}>`;
  return html`<div class="field${n.invalid ? " has-error" : ""}" data-field="${name}">
<label for="${id}">${label}${compact ? "" : required(field)}</label>
${n.hint}${n.error}${control}
</div>`;
}

function choiceField(ctx: ControlContext, field: Field & { kind: "radio" | "select" | "checkboxes" }, name: string, label: string): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, field.hint);
  if (field.kind === "select") {
    const current = ctx.values.has(name) ? valueOf(ctx, name) : ctx.fresh ? (field.default ?? "") : "";
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
${n.hint}${n.error}<div class="options${field.options.length > 4 ? " many" : ""}${field.options.every((o) => [...o.label].length <= 8) ? " short" : ""}">${options}</div>
</fieldset>`;
}

function flagField(ctx: ControlContext, field: Field & { kind: "checkbox" }, name: string, label: string): Html {
  const id = fieldId(name);
  const n = notes(ctx, id, name, field.hint);
  const checked = isChecked(ctx, name, "true", field.default ?? false);
  return html`<div class="field option single${n.invalid ? " has-error" : ""}" data-field="${name}">
<input type="checkbox" id="${id}" name="${name}" value="true"${flag("checked", checked)}${attr("aria-describedby", n.describedBy)}${attr("aria-invalid", n.invalid ? "true" : undefined)}${flag("autofocus", ctx.focus === id)}>
<div class="option-body"><label for="${id}">${label}</label>${n.hint}${n.error}</div>
</div>`;
}

export function control(ctx: ControlContext, f: Field, name: string, label = f.label, compact = false): Html {
  switch (f.kind) {
    case "radio":
    case "select":
    case "checkboxes":
      return choiceField(ctx, f, name, label);
    case "checkbox":
      return flagField(ctx, f, name, label);
    default:
      return inputField(ctx, f, name, label, compact);
  }
}

/** 「房租或房贷（元）」: a preset row's one field, named by the preset. */
export function presetLabel(preset: string, field: Field, fields = 1): string {
  if (fields > 1) return `${preset} · ${field.label}`;
  return field.kind === "money" ? `${preset}（元）` : preset;
}

function listRow(ctx: ControlContext, list: ListField, index: number): Html {
  const [only] = list.item;
  if (list.item.length === 1 && only.name === "")
    return html`<div class="row" data-row="${index}">${control(ctx, only, rowFieldName(list, index, only), numbered(only.label, index))}</div>`;
  const preset = presetOf(list, index);
  if (preset !== undefined) {
    // A preset row asks only its other fields, labelled with the preset: 「房租或房贷（元/月）」.
    const rest = list.item.filter((f) => f !== only);
    return html`<div class="row preset" data-row="${index}" data-preset="${preset}">${rest.map((f) =>
      control(ctx, f, rowFieldName(list, index, f), presetLabel(preset, f, rest.length), true),
    )}</div>`;
  }
  if (list.compact)
    return html`<fieldset class="row compact" data-row="${index}">
<legend class="visually-hidden">${numbered(list.rowLabel, index)}</legend>
${list.item.map((item) => control(ctx, item, rowFieldName(list, index, item), item.label, true))}
</fieldset>`;
  // A long row (an incident: date, time, channel, number, what happened, in words) folds its optional short
  // fields under 「更多」, so one row is about one screen.
  const fold = list.item.length > 4 ? list.item.filter((f) => !f.required && f.kind !== "textarea" && f.kind !== "checkboxes") : [];
  const main = list.item.filter((f) => !fold.includes(f));
  const open = fold.some((f) => ctx.values.get(rowFieldName(list, index, f))?.some((v) => v.trim()) || ctx.errors.has(rowFieldName(list, index, f)));
  return html`<fieldset class="row" data-row="${index}">
<legend>${numbered(list.rowLabel, index)}</legend>
${main.map((item) => control(ctx, item, rowFieldName(list, index, item)))}
${fold.length
  ? html`<details class="more"${flag("open", open)}><summary>更多（可不填）<span class="more-list">${moreList(fold)}</span></summary>${fold.map((item) => control(ctx, item, rowFieldName(list, index, item)))}</details>`
  : ""}
</fieldset>`;
}

/**
 * Rows a step shows: those answered, and for a fresh list the declared number — but one for lists whose rows
 * are long (several fields, such as an incident): a phone shows one, and「再加一次」adds the next.
 */
export function shownRows(list: ListField, values: FormValues): number {
  const long = list.item.length > 2 && !list.compact;
  const fresh = long ? { ...list, rows: 1 } : list;
  return rowCount(fresh, values);
}

function listField(ctx: ControlContext, list: ListField): Html {
  const id = fieldId(list.name);
  const n = notes(ctx, id, list.name, list.hint);
  const count = Math.min(list.max, shownRows(list, ctx.values) + (ctx.addRowTo === list.name ? 1 : 0));
  const rows = Array.from({ length: count }, (_, i) => listRow(ctx, list, i));
  return html`<fieldset class="list${list.compact ? " compact" : ""}${n.invalid ? " has-error" : ""}" id="${id}" data-field="${list.name}" data-list="${list.name}" data-max="${list.max}" data-row-label="${list.rowLabel}"${attr("data-presets", list.presets ? String(list.presets.length) : undefined)}${attr("aria-describedby", n.describedBy)}>
<legend>${list.label}${required(list)}</legend>
${n.hint}${n.error}<div class="rows">${rows}</div>
<button type="submit" name="action" value="${list.action}" class="secondary add-row"${flag("disabled", count >= list.max)}>＋ ${list.addLabel}</button>
</fieldset>`;
}

export function fieldOrList(ctx: ControlContext, f: Field | ListField): Html {
  return f.kind === "list" ? listField(ctx, f) : control(ctx, f, f.name);
}

/** Whether any answer or error is about this field (or a row of this list). */
function touched(ctx: ControlContext, f: Field | ListField): boolean {
  const names = [...ctx.values.keys(), ...ctx.errors.keys()];
  return f.kind === "list"
    ? names.some((n) => n === f.name || n.startsWith(`${f.name}.`))
    : names.includes(f.name) && (ctx.errors.has(f.name) || ctx.values.get(f.name)!.some((v) => v.trim() !== ""));
}

/** What 「更多」 holds, in a few words: 「利息、罚息、卡号……」. */
function moreList(fields: readonly (Field | ListField)[]): string {
  const names = fields.map((f) => f.label.replace(/（[^）]*）$/, ""));
  return `：${names.slice(0, 3).join("、")}${names.length > 3 ? "等" : ""}`;
}

/** A section of a step: its own fields, the rarely needed ones under 「更多（可不填）」, the asked-later ones left out. */
export function section(ctx: ControlContext, s: Section, extraContent: Html | "" = "", asTitle = false): Html {
  const shown = s.fields.filter((f) => !f.ask);
  const main = shown.filter((f) => !f.extra);
  const more = shown.filter((f) => f.extra);
  const open = more.some((f) => touched(ctx, f));
  if (!main.length && !asTitle && !extraContent)
    // Nothing but rarely needed fields (信函设置): one folded line, its legend in the summary.
    return html`<fieldset class="section folded" id="s-${s.id}">
<legend class="visually-hidden">${s.legend}</legend>
<details class="more"${flag("open", open)}><summary>${s.legend}（可不填）<span class="more-list">${moreList(more)}</span></summary>
${s.hint ? html`<p class="hint section-hint">${s.hint}</p>` : ""}${more.map((f) => fieldOrList(ctx, f))}
</details>
</fieldset>`;
  return html`<fieldset class="section" id="s-${s.id}">
${asTitle ? html`<legend class="page-title"><h1>${s.legend}</h1></legend>` : html`<legend>${s.legend}</legend>`}
${s.hint ? html`<p class="hint section-hint">${s.hint}</p>` : ""}
${extraContent}${main.map((f) => fieldOrList(ctx, f))}
${more.length
  ? html`<details class="more"${flag("open", open)}><summary>更多（可不填）<span class="more-list">${moreList(more)}</span></summary>
${more.map((f) => fieldOrList(ctx, f))}
</details>`
  : ""}
</fieldset>`;
}
