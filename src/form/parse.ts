/**
 * From a browser's form post (application/x-www-form-urlencoded) to the JSON body of the API, and back from
 * the API's error paths to the form's field names. The only place form strings become body types:
 *
 * - field names are body paths ("borrower.name", "incidents.0.conducts"); names the form does not define are
 *   ignored, so a tampered post cannot add keys;
 * - empty optional fields and empty list rows are dropped; a required object whose fields are all empty is
 *   kept as {} and a required choice list as [], so the schema names what is missing;
 * - numbers for "integer" fields, booleans for checkboxes, arrays for checkbox groups and list rows;
 * - what people type on a Chinese keyboard is normalised where the meaning is unambiguous: full-width digits,
 *   "¥35,000.00元", "2026/3/5". Whether the result is valid is the schema's business, never this module's.
 */
import type { Field, FormSpec, ListField } from "./fields";

/** Submitted values by field name, exactly as typed; only names the form defines. */
export type FormValues = Map<string, string[]>;

/** Where a field name points: a field, and for list rows the list and the row index. */
export interface FieldRef {
  field: Field;
  list?: ListField;
  index?: number;
}

export interface ParsedForm {
  body: Record<string, unknown>;
  /** For each list, the form row index of each body item (empty rows are dropped, so they can differ). */
  rows: Record<string, number[]>;
}

/** Every list of the form. */
export function listsOf(spec: FormSpec): ListField[] {
  return spec.sections.flatMap((s) => s.fields.filter((f): f is ListField => f.kind === "list"));
}

/** Every field outside lists. */
export function fieldsOf(spec: FormSpec): Field[] {
  return spec.sections.flatMap((s) => s.fields.filter((f): f is Field => f.kind !== "list"));
}

/** The name of a field in row `index` of `list`: "incidents.0.date", or "attachments.0" for a list of strings. */
export function rowFieldName(list: ListField, index: number, field: Field): string {
  return field.name ? `${list.name}.${index}.${field.name}` : `${list.name}.${index}`;
}

const ROW = /^(\d{1,3})(?:\.(.+))?$/;

/** Finds the field a submitted name refers to, or undefined for names the form does not define. */
export function locate(spec: FormSpec, name: string): FieldRef | undefined {
  const field = fieldsOf(spec).find((f) => f.name === name);
  if (field) return { field };
  for (const list of listsOf(spec)) {
    if (!name.startsWith(`${list.name}.`)) continue;
    const match = ROW.exec(name.slice(list.name.length + 1));
    if (!match) return undefined;
    const index = Number(match[1]);
    if (index >= list.max) return undefined;
    const item = list.item.find((f) => f.name === (match[2] ?? ""));
    return item ? { field: item, list, index } : undefined;
  }
  return undefined;
}

/** Keeps the submitted values of the form's own fields, in order; everything else (e.g. "action") is ignored. */
export function readFormValues(spec: FormSpec, entries: Iterable<[string, string]>): FormValues {
  const values: FormValues = new Map();
  for (const [name, value] of entries) {
    if (!locate(spec, name)) continue;
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
}

/** Full-width ASCII (what a Chinese IME types: １２３．５，－) to half-width; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** "¥35,000.00元" → "35000.00": currency signs, the unit and thousands separators go; validity is the schema's. */
export function normaliseMoney(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s,，]/g, "")
    .replace(/^(?:¥|￥|RMB|CNY|人民币)/i, "")
    .replace(/元$/, "");
}

/** "2026/3/5", "2026.3.5" or "2026年3月5日" → "2026-03-05" (browsers without a date picker let people type). */
export function normaliseDate(s: string): string {
  const t = toHalfWidth(s).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : t;
}

/** "12" → 12; anything else stays a string, which the schema reports as not a number. */
export function normaliseInteger(s: string): number | string {
  const t = toHalfWidth(s).trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : t;
}

/**
 * One field's submitted values → its body value, or undefined when it is empty (and so left out).
 * Checkboxes are never empty: checked → true, unchecked → false.
 */
export function convertField(field: Field, raw: readonly string[]): unknown {
  if (field.kind === "checkbox") return raw.length > 0;
  if (field.kind === "checkboxes") {
    const chosen = [...new Set(raw.map((v) => v.trim()).filter(Boolean))];
    return chosen.length ? chosen : undefined;
  }
  const last = (raw.at(-1) ?? "").replace(/\r\n?/g, "\n").trim();
  if (!last) return undefined;
  switch (field.kind) {
    case "money":
      return normaliseMoney(last);
    case "integer":
      return normaliseInteger(last);
    case "date":
      return normaliseDate(last);
    case "time":
    case "tel":
      return toHalfWidth(last).trim();
    case "id-number":
      return toHalfWidth(last).replace(/\s+/g, "").toUpperCase();
    default:
      return last;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

function hasPath(target: Record<string, unknown>, path: string): boolean {
  let node: unknown = target;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** Row indices that have any submitted value for `list`, ascending. */
function submittedRows(list: ListField, values: FormValues): number[] {
  const indices = new Set<number>();
  const prefix = `${list.name}.`;
  for (const name of values.keys()) {
    if (!name.startsWith(prefix)) continue;
    const match = ROW.exec(name.slice(prefix.length));
    if (match) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

/** How many rows to show for a list: the fresh-form count, or as many as were submitted. */
export function rowCount(list: ListField, values: FormValues | undefined): number {
  const highest = values ? (submittedRows(list, values).at(-1) ?? -1) : -1;
  return Math.min(list.max, Math.max(list.rows, highest + 1));
}

/** The preset first field of row `index` (a budget row's 房租), or undefined for a row the borrower labels. */
export function presetOf(list: ListField, index: number): string | undefined {
  return list.presets?.[index];
}

/** One row → its body item, or undefined when every field of the row is empty (a preset alone is empty). */
function rowValue(list: ListField, index: number, values: FormValues): unknown {
  const [only] = list.item;
  if (list.item.length === 1 && only.name === "") return convertField(only, values.get(rowFieldName(list, index, only)) ?? []);
  const item: Record<string, unknown> = {};
  const preset = presetOf(list, index);
  for (const field of list.item) {
    if (preset !== undefined && field === only) continue;
    const value = convertField(field, values.get(rowFieldName(list, index, field)) ?? []);
    if (value !== undefined && value !== false) item[field.name] = value;
  }
  if (!Object.keys(item).length) return undefined;
  if (preset !== undefined) return { [only.name]: preset, ...item };
  for (const field of list.item) if (field.kind === "checkboxes" && field.required && !(field.name in item)) item[field.name] = [];
  return item;
}

/** The form's values → the API's JSON body, and which form row each list item came from. */
export function formToBody(spec: FormSpec, values: FormValues): ParsedForm {
  const body: Record<string, unknown> = {};
  for (const field of fieldsOf(spec)) {
    let value = convertField(field, values.get(field.name) ?? []);
    if (value === undefined && field.kind === "checkboxes" && field.required) value = [];
    if (value !== undefined) setPath(body, field.name, value);
  }
  const rows: Record<string, number[]> = {};
  for (const list of listsOf(spec)) {
    const items: unknown[] = [];
    rows[list.name] = [];
    for (const index of submittedRows(list, values)) {
      if (index >= list.max) continue;
      const item = rowValue(list, index, values);
      if (item === undefined) continue;
      items.push(item);
      rows[list.name].push(index);
    }
    if (items.length || list.required) setPath(body, list.name, items);
  }
  for (const path of spec.requiredObjects) if (!hasPath(body, path)) setPath(body, path, {});
  return { body, rows };
}

/** An error path of the body ("incidents.1.date") → the form's field name ("incidents.2.date" if row 1 was empty). */
export function formPath(bodyPath: string, rows: Record<string, number[]>): string {
  for (const [list, indices] of Object.entries(rows)) {
    if (!bodyPath.startsWith(`${list}.`)) continue;
    const match = /^(\d+)(.*)$/.exec(bodyPath.slice(list.length + 1));
    if (!match) continue;
    const formIndex = indices[Number(match[1])];
    return formIndex === undefined ? bodyPath : `${list}.${formIndex}${match[2]}`;
  }
  return bodyPath;
}
