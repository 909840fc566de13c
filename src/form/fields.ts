/**
 * What the web form asks, as plain data: sections (<fieldset>) in the order the letter reads, fields named by
 * their path in the request body ("borrower.name", "incidents.0.date"), Chinese labels and short hints. Each
 * letter type declares its own form (`LetterType.form`, built from ./sections.ts); the rules themselves live
 * only in the zod schemas, so this knows how to ask, not what is valid. test/form-parse.test.ts checks every
 * name and option against each type's JSON Schema.
 */
import { letterTypes } from "../letters";


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

/** A letter type's form, as its module declares it. */
export interface LetterForm {
  /** When to use this letter, in plain words (the index page and the form's introduction). */
  when: string;
  sections: readonly Section[];
  /** Objects the body must have: kept as {} when all their fields are empty, so the schema names the missing fields. */
  requiredObjects: readonly string[];
  submitLabel: string;
  /** What to do with this letter once it is printed, beyond signing and sending it (the page's "生成之后"). */
  advice: readonly string[];
}

/** A form with the letter type it makes. */
export interface FormSpec extends LetterForm {
  type: string;
}

/** Every letter type's form, in the registry's order. */
export function formSpecs(): FormSpec[] {
  return letterTypes.map((type) => ({ type: type.id, ...type.form }));
}

export function findFormSpec(type: string): FormSpec | undefined {
  return formSpecs().find((spec) => spec.type === type);
}

/** "第 {n} 次" → "第 2 次". */
export function numbered(template: string, index: number): string {
  return template.replace("{n}", String(index + 1));
}
