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
  /**
   * Optional and rarely needed: folded under 「更多（可不填）」 (a <details>, so it works without JavaScript),
   * which keeps each step about one screen on a phone. Opened whenever one of its fields has a value or an error.
   */
  extra?: boolean;
  /**
   * Never shown in a step: asked only when the pipeline names it in an error (the limitation-period
   * acknowledgement), on a page of its own that puts the question in plain words (src/form/question.ts).
   */
  ask?: boolean;
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
  /**
   * Rows whose first field is given: row i (i < presets.length) shows presets[i] as its label and asks only
   * the other fields; parse.ts fills the preset in when any of them has a value (a budget's 房租, 伙食, …).
   */
  presets?: readonly string[];
  /** Shown in compact rows, fields side by side (a budget item: what and how much). */
  compact?: boolean;
  extra?: boolean;
  ask?: boolean;
}

export interface Section {
  id: string;
  legend: string;
  hint?: string;
  fields: readonly (Field | ListField)[];
}

/**
 * One step of the form: sections asked together on one page (about one screen on a phone). Without a
 * declaration each section is a step of its own; a letter declares `steps` to group short sections or to ask
 * them in another order than the letter reads (the budget before the plan it should fit).
 */
export interface StepDeclaration {
  id: string;
  /** The step's heading; default the first section's legend. */
  title?: string;
  /** Section ids, in the order asked. */
  sections: readonly string[];
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
  /** How the sections are asked, step by step; default one step per section (src/form/steps.ts). */
  steps?: readonly StepDeclaration[];
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
