/**
 * The state of a borrower's way through a form, carried in the page itself: the server stores nothing between
 * steps. Every step page is a plain form whose hidden fields hold every answer given so far (and the other
 * creditors of a batch, as `items.<n>.<field>`), plus three bookkeeping fields:
 *
 * - `_step`: the step this page asks;
 * - `_seen`: the steps answered (a step asked for the first time shows its defaults);
 * - `_warned`: warnings already shown on their step (shown once; the next 「下一步」 goes on);
 * - `_at`: where the creditor being edited stands among the creditors of a batch.
 *
 * A tampered page can only post names the form defines (the rest are dropped, as for a single form) and every
 * answer is validated by the pipeline again before anything is made.
 */
import { html } from "hono/html";
import type { FieldError } from "../errors";
import { ShuhanError } from "../errors";
import { MAX_BATCH_ITEMS } from "../batches/schema";
import type { BuiltLetter, LetterType } from "../letters/types";
import { buildLetter } from "../pipeline";
import type { FormSpec } from "./fields";
import { formErrors, type FormError } from "./errors";
import { formToBody, locate, type FormValues, type ParsedForm } from "./parse";
import { creditorSteps, isCreditorField, stepsOf, type Step } from "./steps";
import type { Html } from "./page";

export const STATE_FIELDS = { step: "_step", seen: "_seen", warned: "_warned", at: "_at" } as const;

export interface JourneyState {
  /** The borrower's answers and those about the creditor being edited, by form field name. */
  values: FormValues;
  /** The other creditors of a batch: their creditor fields only, in order. */
  items: FormValues[];
  /** Where the creditor being edited stands among all creditors (0 … items.length). */
  at: number;
  step?: string;
  seen: Set<string>;
  warned: Set<string>;
}

const ITEM = /^items\.(\d{1,2})\.(.+)$/;

function push(values: FormValues, name: string, value: string) {
  const list = values.get(name);
  if (list) list.push(value);
  else values.set(name, [value]);
}

const splitList = (value: string | null | undefined) =>
  new Set(
    (value ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => /^[\w:.@-]{1,80}$/.test(s)),
  );

/** The answers of a post (or of a GET's query: a prefill), keeping only names the form defines. */
export function readJourney(spec: FormSpec, entries: Iterable<[string, string]>): JourneyState {
  const values: FormValues = new Map();
  const byIndex = new Map<number, FormValues>();
  const state: Record<string, string> = {};
  const stateNames = new Set<string>(Object.values(STATE_FIELDS));
  for (const [name, value] of entries) {
    if (stateNames.has(name)) {
      state[name] = value;
      continue;
    }
    const item = ITEM.exec(name);
    if (item) {
      const index = Number(item[1]);
      if (index >= MAX_BATCH_ITEMS - 1 || !isCreditorField(item[2]) || !locate(spec, item[2])) continue;
      if (!byIndex.has(index)) byIndex.set(index, new Map());
      push(byIndex.get(index)!, item[2], value);
      continue;
    }
    if (locate(spec, name)) push(values, name, value);
  }
  const items = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  const steps = new Set(stepsOf(spec).map((s) => s.id));
  const at = Number(state[STATE_FIELDS.at]);
  return {
    values,
    items,
    at: Number.isInteger(at) && at >= 0 && at <= items.length ? at : items.length,
    step: steps.has(state[STATE_FIELDS.step]) ? state[STATE_FIELDS.step] : undefined,
    seen: new Set([...splitList(state[STATE_FIELDS.seen])].filter((id) => steps.has(id))),
    warned: splitList(state[STATE_FIELDS.warned]),
  };
}

/** A fresh state: nothing answered yet (or only a prefill). */
export function freshState(values: FormValues = new Map()): JourneyState {
  return { values, items: [], at: 0, seen: new Set(), warned: new Set() };
}

/** The hidden fields that carry a state through one page; `shown` names the fields the page asks itself. */
export function hiddenFields(state: JourneyState, shown: (name: string) => boolean, step?: string): Html {
  const inputs: Html[] = [];
  const hidden = (name: string, value: string) => inputs.push(html`<input type="hidden" name="${name}" value="${value}">`);
  for (const [name, list] of state.values) if (!shown(name)) for (const v of list) hidden(name, v);
  state.items.forEach((item, i) => {
    for (const [name, list] of item) for (const v of list) hidden(`items.${i}.${name}`, v);
  });
  if (step) hidden(STATE_FIELDS.step, step);
  if (state.seen.size) hidden(STATE_FIELDS.seen, [...state.seen].join(","));
  if (state.warned.size) hidden(STATE_FIELDS.warned, [...state.warned].join(","));
  if (state.items.length) hidden(STATE_FIELDS.at, String(state.at));
  return html`<div class="carried" hidden>${inputs}</div>`;
}

/** The answers as [name, value] pairs (for a page that re-posts them all, such as the 429 page). */
export function stateEntries(state: JourneyState): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, list] of state.values) for (const v of list) out.push([name, v]);
  state.items.forEach((item, i) => {
    for (const [name, list] of item) for (const v of list) out.push([`items.${i}.${name}`, v]);
  });
  return out;
}

// ── steps ──

/** The step after `from` that has not been answered yet; undefined when all have been (then: check your answers). */
export function nextStep(spec: FormSpec, from: string | undefined, seen: ReadonlySet<string>): Step | undefined {
  const steps = stepsOf(spec);
  const index = steps.findIndex((s) => s.id === from);
  return steps.slice(index + 1).find((s) => !seen.has(s.id)) ?? steps.find((s) => !seen.has(s.id));
}

export function previousStep(spec: FormSpec, from: string | undefined): Step | undefined {
  const steps = stepsOf(spec);
  const index = steps.findIndex((s) => s.id === from);
  return index > 0 ? steps[index - 1] : undefined;
}

// ── creditors ──

const borrowerPart = (values: FormValues) => new Map([...values].filter(([name]) => !isCreditorField(name)));
const creditorPart = (values: FormValues) => new Map([...values].filter(([name]) => isCreditorField(name)));

/** Every creditor's own answers, in order (the one being edited at `at`). */
export function creditors(state: JourneyState): FormValues[] {
  const all = [...state.items];
  all.splice(state.at, 0, creditorPart(state.values));
  return all;
}

/** The whole answers of creditor `index`: the borrower's, then that creditor's. */
export function creditorValues(state: JourneyState, index: number): FormValues {
  return new Map([...borrowerPart(state.values), ...creditors(state)[index]]);
}

function withCreditors(state: JourneyState, all: FormValues[], at: number, seen: Set<string>): JourneyState {
  const items = all.filter((_, i) => i !== at);
  return { ...state, values: new Map([...borrowerPart(state.values), ...all[at]]), items, at, seen };
}

/** One more creditor: the one being edited joins the others, and the creditor steps are asked afresh. */
export function addCreditor(spec: FormSpec, state: JourneyState): JourneyState {
  const all = [...creditors(state), new Map()];
  const seen = new Set(state.seen);
  for (const step of creditorSteps(spec)) seen.delete(step.id);
  return withCreditors(state, all, all.length - 1, seen);
}

/** Edit creditor `index`: its answers come into the steps, the others wait in hidden fields. */
export function editCreditor(state: JourneyState, index: number): JourneyState {
  const all = creditors(state);
  if (index < 0 || index >= all.length) return state;
  return withCreditors(state, all, index, state.seen);
}

export function removeCreditor(state: JourneyState, index: number): JourneyState {
  const all = creditors(state);
  if (all.length < 2 || index < 0 || index >= all.length) return state;
  all.splice(index, 1);
  const at = index < state.at ? state.at - 1 : index === state.at ? Math.min(index, all.length - 1) : state.at;
  return withCreditors(state, all, at, state.seen);
}

export const canAddCreditor = (state: JourneyState) => state.items.length + 1 < MAX_BATCH_ITEMS;

// ── validation through the pipeline ──

export type Evaluation =
  | { ok: true; letter: BuiltLetter; parsed: ParsedForm }
  | { ok: false; errors: FormError[]; raw: FieldError[]; parsed: ParsedForm };

/** Validates one creditor's answers as a letter (no template, no font): its facts, or every error at once. */
export function evaluate(type: LetterType, spec: FormSpec, values: FormValues, now: Date): Evaluation {
  const parsed = formToBody(spec, values);
  try {
    return { ok: true, letter: buildLetter(type, parsed.body, { now }), parsed };
  } catch (error) {
    if (error instanceof ShuhanError && error.status === 422) {
      const raw = error.errors ?? [];
      return { ok: false, errors: formErrors(spec, raw, parsed.rows, values), raw, parsed };
    }
    throw error;
  }
}
