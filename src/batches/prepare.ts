/**
 * Validates a whole batch before anything is rendered: the envelope (src/batches/schema.ts), then each
 * item merged with the shared fields and checked by its own letter type's schema through the pipeline's
 * `prepareLetter`. One 422 lists every problem of every item, each at its path in the batch body
 * (`items.3.plan.months`); a problem in a shared field is named once at its own path (`borrower.idNumber`),
 * not once per item.
 */
import { ShuhanError, type FieldError } from "../errors";
import { findLetterType } from "../letters";
import type { LetterType } from "../letters/types";
import { prepareLetter, type PreparedLetter } from "../pipeline";
import { fieldErrorsFromZod, findForbiddenKeys, invalidBody } from "../validation";
import { BATCH_ONLY_FIELDS, batchSchema, letterShape, sharedFieldNames } from "./schema";

export interface PreparedBatchItem {
  /** 0-based position in `items`. */
  index: number;
  type: LetterType;
  prepared: PreparedLetter;
  /** The creditor's name as the body gives it (trimmed), for file names and bookmarks. */
  lenderName: string;
}

export interface PreparedBatch {
  borrowerName: string;
  locale: string;
  items: PreparedBatchItem[];
}

export interface PrepareBatchOptions {
  /** The clock, for the default letter date. */
  now?: Date;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The full letter body of one item: the shared fields its type takes, then the item's own fields (which win).
 * Exported for tests and the CLI.
 */
export function mergeItem(batch: JsonObject, item: JsonObject, type: LetterType): JsonObject {
  const accepts = new Set(Object.keys(letterShape(type.schema)));
  const body: JsonObject = {};
  for (const key of sharedFieldNames) if (key in batch && accepts.has(key)) body[key] = batch[key];
  for (const [key, value] of Object.entries(item)) if (key !== "type") body[key] = value;
  return body;
}

/** Where a problem belongs: a shared field the item did not override is the batch's own field. */
function relocate(error: FieldError, index: number, item: JsonObject): FieldError {
  const prefix = `items.${index}.`;
  if (!error.path.startsWith(prefix)) return error;
  const rest = error.path.slice(prefix.length);
  const field = rest.split(".")[0];
  const shared = sharedFieldNames.includes(field) || BATCH_ONLY_FIELDS.includes(field);
  return shared && !(field in item) ? { ...error, path: rest } : error;
}

/** Top-level problems first, then by item, each group in the order found; exact repeats dropped. */
function orderErrors(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.code}\u0000${e.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (e: FieldError) => {
    const match = /^items\.(\d+)(?:\.|$)/.exec(e.path);
    return match ? Number(match[1]) : -1;
  };
  return unique
    .map((error, order) => ({ error, order }))
    .sort((a, b) => rank(a.error) - rank(b.error) || a.order - b.order)
    .map(({ error }) => error);
}

const typeMissing = (index: number): FieldError => ({
  path: `items.${index}.type`,
  code: "REQUIRED",
  message: {
    zh: "请指定信函类型（type）：在批量请求顶层统一指定，或在本项中指定",
    en: "type is required: set it at the top of the batch or on this item",
  },
});

/** Validates every item and prepares every letter (view model, template, blocks), or throws one 422. */
export function prepareBatch(body: unknown, options: PrepareBatchOptions = {}): PreparedBatch {
  const forbidden = findForbiddenKeys(body);
  if (forbidden.length) throw invalidBody(forbidden);

  const envelope = batchSchema.safeParse(body);
  const errors: FieldError[] = envelope.success ? [] : fieldErrorsFromZod(envelope.error.issues);
  // Without a usable item list there is nothing more to check.
  const batch = isObject(body) ? body : {};
  const items = batch.items;
  if (!Array.isArray(items) || errors.some((e) => e.path === "items" || e.path === "")) throw invalidBody(orderErrors(errors));

  const itemsWithEnvelopeErrors = new Set<number>();
  for (const error of errors) {
    const match = /^items\.(\d+)(?:\.|$)/.exec(error.path);
    if (match) itemsWithEnvelopeErrors.add(Number(match[1]));
  }

  const batchType = typeof batch.type === "string" ? findLetterType(batch.type) : undefined;
  const prepared: PreparedBatchItem[] = [];
  items.forEach((raw, index) => {
    if (itemsWithEnvelopeErrors.has(index) || !isObject(raw)) return;
    const type = typeof raw.type === "string" ? findLetterType(raw.type) : batchType;
    if (!type) {
      // An unknown type id was already reported by the envelope; a missing one is reported here.
      if (raw.type === undefined && batch.type === undefined) errors.push(typeMissing(index));
      return;
    }
    try {
      const letter = prepareLetter(type, mergeItem(batch, raw, type), { now: options.now, pathPrefix: ["items", index] });
      const lender = isObject(raw.lender) && typeof raw.lender.name === "string" ? raw.lender.name.trim() : "";
      prepared.push({ index, type, prepared: letter, lenderName: lender });
    } catch (error) {
      if (!(error instanceof ShuhanError) || error.status !== 422) throw error;
      const itemErrors = error.errors?.length
        ? error.errors
        : [{ path: `items.${index}`, code: error.code, message: error.detail ?? error.title }];
      errors.push(...itemErrors.map((e) => relocate(e, index, raw)));
    }
  });

  if (errors.length) throw invalidBody(orderErrors(errors));

  const borrower = isObject(batch.borrower) && typeof batch.borrower.name === "string" ? batch.borrower.name.trim() : "";
  const first = prepared[0]?.prepared.letter.locale ?? "zh-Hans";
  return { borrowerName: borrower, locale: first, items: prepared };
}
