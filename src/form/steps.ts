/**
 * The form, one thing at a time (GOV.UK's one-thing-per-page, docassemble's interviews): each letter type's
 * sections become steps of about one screen on a phone. A letter declares `form.steps` to group or reorder
 * its sections; without it each section is a step. Nothing here lists letter types: the steps come from the
 * registry's own form declarations.
 *
 * Also which answers are about the borrower (asked once, shared by every creditor of a batch) and which are
 * about one creditor (asked again for each creditor added): the batch's own shared fields decide.
 */
import { BATCH_ONLY_FIELDS, SHARED_FIELDS } from "../batches/schema";
import type { Field, FormSpec, ListField, Section, StepCondition, StepDeclaration } from "./fields";
import type { FormValues } from "./parse";

export interface Step {
  id: string;
  title: string;
  sections: readonly Section[];
  /** 1-based position among the steps (among those that apply, when asked with the answers). */
  number: number;
  /**
   * Asked only when this holds (src/form/fields.ts `StepCondition`); `fallback` is the answer's default (a radio
   * checked in a fresh form), which counts until the question is answered.
   */
  when?: StepCondition & { fallback?: string };
}

/** Whether a step applies to these answers (an unanswered question counts as its default). */
export function applies(step: Pick<Step, "when">, values: FormValues): boolean {
  if (!step.when) return true;
  const given = values.get(step.when.name) ?? (step.when.fallback === undefined ? [] : [step.when.fallback]);
  return step.when.values.some((v) => given.includes(v));
}

/** The default of the field a condition names, if it has one. */
function fallbackOf(spec: FormSpec, name: string): string | undefined {
  for (const section of spec.sections)
    for (const f of section.fields)
      if (f.name === name && f.kind !== "list" && "default" in f && f.default !== undefined) return String(f.default);
  return undefined;
}

/**
 * A form's steps, in the order asked. Sections no declaration names are asked last, one step each. With the
 * answers: only the steps that apply to them, numbered among themselves (第 3 步，共 7 步); without: every step.
 */
export function stepsOf(spec: FormSpec, values?: FormValues): Step[] {
  const byId = new Map(spec.sections.map((s) => [s.id, s]));
  const declared: readonly StepDeclaration[] = spec.steps ?? spec.sections.map((s) => ({ id: s.id, sections: [s.id] }));
  const used = new Set(declared.flatMap((d) => d.sections));
  const all: StepDeclaration[] = [...declared, ...spec.sections.filter((s) => !used.has(s.id)).map((s) => ({ id: s.id, sections: [s.id] }))];
  return all
    .map((d): Omit<Step, "number"> => {
      const sections = d.sections.map((id) => byId.get(id)).filter((s): s is Section => s !== undefined);
      const fallback = d.when ? fallbackOf(spec, d.when.name) : undefined;
      return { id: d.id, title: d.title || sections[0]?.legend || d.id, sections, ...(d.when ? { when: { ...d.when, ...(fallback === undefined ? {} : { fallback }) } } : {}) };
    })
    .filter((s) => s.sections.some((section) => section.fields.some((f) => !f.ask)))
    .filter((s) => values === undefined || applies(s, values))
    .map((s, i) => ({ ...s, number: i + 1 }));
}

/**
 * How many steps the borrower will be asked, for 第 2 步，共 7 步: those that apply, and one for each question
 * not answered yet that decides some (the topic: its facts are one more step, whichever it is).
 */
export function stepCount(spec: FormSpec, values: FormValues): number {
  const pending = new Set(
    stepsOf(spec)
      .filter((s) => s.when && s.when.fallback === undefined && !values.has(s.when.name))
      .map((s) => s.when!.name),
  );
  return stepsOf(spec, values).length + pending.size;
}

/**
 * The answers the letter is made from: those of the steps that apply (a topic changed on the way leaves the
 * old topic's facts out, as the check page does). Fields asked later (the limitation question) always count.
 */
export function applicableValues(spec: FormSpec, values: FormValues): FormValues {
  const skipped = stepsOf(spec).filter((step) => !applies(step, values));
  if (!skipped.length) return values;
  const names = skipped.flatMap((step) => stepFields(step).filter((f) => !f.ask));
  const out: FormValues = new Map();
  for (const [name, list] of values)
    if (!names.some((f) => (f.kind === "list" ? name.startsWith(`${f.name}.`) || name === f.name : name === f.name))) out.set(name, list);
  return out;
}

export function findStep(spec: FormSpec, id: string | null | undefined): Step | undefined {
  return id ? stepsOf(spec).find((s) => s.id === id) : undefined;
}

/** Every field and list a step asks (a list counts once, by its name). */
export function stepFields(step: Step): (Field | ListField)[] {
  return step.sections.flatMap((s) => [...s.fields]);
}

/** The step that asks a form field name ("incidents.2.date" → the step with the incidents list). */
export function stepOfName(spec: FormSpec, name: string): Step | undefined {
  return stepsOf(spec).find((step) =>
    stepFields(step).some((f) => (f.kind === "list" ? name === f.name || name.startsWith(`${f.name}.`) : name === f.name)),
  );
}

/** Fields asked only when an error names them (the limitation question): by name. */
export function askedFields(spec: FormSpec): Field[] {
  return spec.sections.flatMap((s) => s.fields.filter((f): f is Field => f.kind !== "list" && f.ask === true));
}

/** Top-level body keys that belong to the borrower, not to one creditor: a batch's shared and batch-only fields, and the budget and how they pay. */
const BORROWER_KEYS: ReadonlySet<string> = new Set<string>([...SHARED_FIELDS, ...BATCH_ONLY_FIELDS, "budget", "repayment"]);

/** Whether a form field name is about one creditor ("lender.name", "plan.months", "debt.principal"). */
export function isCreditorField(name: string): boolean {
  return !BORROWER_KEYS.has(name.split(".")[0]);
}

/** Steps that ask anything about a creditor: asked again for each creditor added. */
export function creditorSteps(spec: FormSpec): Step[] {
  return stepsOf(spec).filter((step) => stepFields(step).some((f) => isCreditorField(f.name)));
}
