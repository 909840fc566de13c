/**
 * The API's field errors as the form shows them: each error is attached to the field (or group) it is
 * about, by form field name, with the id of the control a link in the error summary focuses, the field's
 * label and a Chinese message. Generic "required" messages become "请填写姓名" / "请选择方式".
 */
import type { FieldError } from "../errors";
import { numbered, type Field, type FormSpec, type ListField } from "./fields";
import { fieldsOf, formPath, listsOf, locate, presetOf, rowFieldName, type FormValues } from "./parse";

export interface FormError {
  /** The error's path in form names ("incidents.2.date"). */
  path: string;
  /** The field or group the message is shown next to, or null when it is about the letter as a whole. */
  field: string | null;
  /** Id of the control the summary link focuses. */
  control: string | null;
  /** What the summary calls the field: "身份证号码", "第 3 次 · 日期". */
  label: string;
  code: string;
  /** The message next to the field. */
  message: string;
  /** The line in the error summary: the message, after the field's label unless the message names it. */
  summary: string;
}

/** A field name → its element id: "borrower.idNumber" → "f-borrower-idNumber". */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

/** Id of one option of a radio or checkbox group. */
export function optionId(name: string, value: string): string {
  return `${fieldId(name)}-${value}`;
}

/** The id of the first focusable control of a field. */
export function controlId(field: Field, name: string): string {
  return field.kind === "radio" || field.kind === "checkboxes" ? optionId(name, field.options[0].value) : fieldId(name);
}

const plainLabel = (label: string) => label.replace(/（[^）]*）$/, "");

/**
 * Codes the schemas give a missing value (zod's generic ones). A field the user left empty with one of these
 * is told "请填写…"; specific messages (e.g. "选择「其他」时请说明") are kept as the schema wrote them.
 */
const MISSING_CODES = new Set(["REQUIRED", "INVALID", "INVALID_TYPE", "INVALID_VALUE", "TOO_FEW"]);

function friendlyMessage(error: FieldError, field: Field | ListField | undefined, empty: boolean): string {
  const zh = error.message.zh;
  if (!field) return zh;
  if (empty && MISSING_CODES.has(error.code)) {
    if (field.kind === "list") return "请至少填写一条";
    if (field.kind === "checkboxes") return "请至少选择一项";
    if (field.kind === "radio" || field.kind === "select") return `请选择${plainLabel(field.label)}`;
    return `请填写${plainLabel(field.label.replace(" {n}", ""))}`;
  }
  // A value was typed but is of the wrong type: for the form that can only be a number field.
  if (!empty && error.code === "INVALID_TYPE")
    return field.kind === "integer" ? "请填写整数，例如 12" : "格式不正确";
  return zh;
}

/** Whether the user left a field (or every row of a list) empty. */
function isEmpty(target: Target, values: FormValues, rows: Record<string, number[]>): boolean {
  if (target.field.kind === "list") return !(rows[target.name]?.length);
  return !(values.get(target.name) ?? []).some((v) => v.trim() !== "");
}

interface Target {
  name: string;
  field: Field | ListField;
  control: string;
  label: string;
}

function targetOf(spec: FormSpec, name: string): Target | undefined {
  const list = listsOf(spec).find((l) => l.name === name);
  if (list) {
    const first = list.item[0];
    return { name, field: list, control: controlId(first, rowFieldName(list, 0, first)), label: list.label };
  }
  const ref = locate(spec, name);
  if (!ref) return undefined;
  const preset = ref.list ? presetOf(ref.list, ref.index!) : undefined;
  const label = preset !== undefined
    ? preset
    : ref.list
    ? ref.field.name
      ? `${numbered(ref.list.rowLabel, ref.index!)} · ${ref.field.label}`
      : numbered(ref.field.label, ref.index!)
    : ref.field.label;
  return { name, field: ref.field, control: controlId(ref.field, name), label };
}

/**
 * Finds what an error is about: the field itself, else its nearest enclosing field ("incidents.0.conducts.2"
 * → the conducts group), else the first field inside it ("contactPreference" → its channel).
 */
function resolve(spec: FormSpec, path: string): Target | undefined {
  const segments = path.split(".");
  for (let n = segments.length; n > 0; n--) {
    const target = targetOf(spec, segments.slice(0, n).join("."));
    if (target) return target;
  }
  const inside = fieldsOf(spec).find((f) => f.name.startsWith(`${path}.`));
  return inside && path ? targetOf(spec, inside.name) : undefined;
}

/** Sort key: where a field stands on the page (field position, row, position in the row); unplaced last. */
function pageOrder(spec: FormSpec, name: string | null): number[] {
  if (name === null) return [Infinity];
  const all = spec.sections.flatMap((s) => s.fields);
  const ref = locate(spec, name);
  const position = all.findIndex((f) => f.name === (ref?.list?.name ?? name));
  if (!ref?.list) return [position, -1, 0];
  return [position, ref.index!, ref.list.item.indexOf(ref.field)];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

/** The pipeline's errors (body paths) → the form's errors (field names), in page order. */
export function formErrors(
  spec: FormSpec,
  errors: readonly FieldError[],
  rows: Record<string, number[]>,
  values: FormValues,
): FormError[] {
  const resolved = errors.map((error): FormError => {
    const path = formPath(error.path, rows);
    const target = resolve(spec, path);
    const label = target?.label ?? "信函";
    const message = friendlyMessage(error, target?.field, target ? isEmpty(target, values, rows) : false);
    const named = message.includes(plainLabel(label.split(" · ").at(-1)!));
    return {
      path,
      field: target?.name ?? null,
      control: target?.control ?? null,
      label,
      code: error.code,
      message,
      summary: named && !label.includes(" · ") ? message : `${label}：${message}`,
    };
  });
  const keyed = resolved.map((error, i) => ({ error, key: [...pageOrder(spec, error.field), i] }));
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.error);
}
