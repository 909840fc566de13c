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
import type { Field, FormSpec, ListField, Section } from "./fields";

export interface Step {
  id: string;
  title: string;
  sections: readonly Section[];
  /** 1-based position among the steps. */
  number: number;
}

/** A form's steps, in the order asked. Sections no declaration names are asked last, one step each. */
export function stepsOf(spec: FormSpec): Step[] {
  const byId = new Map(spec.sections.map((s) => [s.id, s]));
  const declared = spec.steps ?? spec.sections.map((s) => ({ id: s.id, sections: [s.id] }));
  const used = new Set(declared.flatMap((d) => d.sections));
  const all = [...declared, ...spec.sections.filter((s) => !used.has(s.id)).map((s) => ({ id: s.id, sections: [s.id] }))];
  return all
    .map((d) => {
      const sections = d.sections.map((id) => byId.get(id)).filter((s): s is Section => s !== undefined);
      return { id: d.id, title: ("title" in d && d.title) || sections[0]?.legend || d.id, sections };
    })
    .filter((s) => s.sections.some((section) => section.fields.some((f) => !f.ask)))
    .map((s, i) => ({ ...s, number: i + 1 }));
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
