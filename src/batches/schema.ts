/**
 * The body of `POST /v1/batches`: one borrower, a list of creditors. Fields shared by every letter
 * (borrower, locale, date, privacy, attachments, hardship, …) stand once at the top; each item names its
 * creditor (lender, account, debt) and what the letter asks of it (plan, deferral, incidents, …), and may
 * override any shared field. The item fields are taken from the letter types' own zod schemas, so a new
 * letter type can be batched without touching this file.
 *
 * This schema checks the envelope and every field's value; which fields an item *needs* depends on its
 * letter type, so src/batches/prepare.ts then validates each merged item with its type's schema.
 */
import { z } from "zod";
import { letterTypes } from "../letters";

/** At most this many letters in one batch: 50 creditors is far past the 5–15 a borrower usually owes. */
export const MAX_BATCH_ITEMS = 50;

/** The batch route's own body limit (a single letter's is 64 KB): 50 items with long hardship texts fit. */
export const MAX_BATCH_BODY_BYTES = 512 * 1024;

/**
 * Fields that may stand at the top of a batch and apply to every item whose letter type has them.
 * An item's own field wins, whole (no deep merge: an item's `plan` replaces a shared `plan`).
 */
export const SHARED_FIELDS = ["locale", "date", "borrower", "privacy", "attachments", "hardship", "contactPreference"] as const;

/** Fields about the borrower, which a batch has once: items cannot override them. */
export const BATCH_ONLY_FIELDS: readonly string[] = ["borrower", "privacy"];

type Shape = Record<string, z.ZodType>;

/** The object shape of a letter schema, through refinements, pipes and transforms. */
export function letterShape(schema: z.ZodType): Shape {
  let current: unknown = schema;
  for (let depth = 0; depth < 8 && current; depth++) {
    if (current instanceof z.ZodObject) return current.shape as Shape;
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    current = def?.in ?? def?.innerType ?? def?.schema;
  }
  throw new Error("a letter schema must be a zod object (possibly refined or piped)");
}

/** A field's schema without its default, as an optional field: the batch or the letter fills the default. */
function optionalField(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === "default" || def.type === "optional" || def.type === "prefault") && def.innerType) inner = def.innerType;
    else break;
  }
  return inner.optional();
}

const typeIds = letterTypes.map((type) => type.id) as [string, ...string[]];

/** Every field some letter type takes, first definition wins (the shared ones are the same in every type). */
function unionOfShapes(): Map<string, z.ZodType> {
  const fields = new Map<string, z.ZodType>();
  for (const type of letterTypes)
    for (const [key, schema] of Object.entries(letterShape(type.schema))) if (!fields.has(key)) fields.set(key, schema);
  return fields;
}

const allFields = unionOfShapes();

/** The letter type id of an item or a batch. */
export const letterTypeIdSchema = z
  .enum(typeIds)
  .describe(`信函类型 / letter type: ${typeIds.join(" | ")}`);

function buildItemSchema() {
  const shape: Shape = { type: letterTypeIdSchema.optional().describe("本项的信函类型，缺省时用批量请求的 type / this item's letter type, default the batch's type") };
  for (const [key, schema] of allFields) {
    if (BATCH_ONLY_FIELDS.includes(key)) continue;
    shape[key] = key === "lender" ? schema : optionalField(schema);
  }
  return z
    .strictObject(shape)
    .describe("一位债权人：机构、账户、欠款及本函的请求；可覆盖共同字段 / one creditor: lender, account, debt and what this letter asks; may override the shared fields");
}

function buildBatchSchema() {
  const shape: Shape = {
    type: letterTypeIdSchema.optional().describe("所有项目的信函类型（各项可另行指定） / letter type of every item (an item may set its own)"),
  };
  for (const key of SHARED_FIELDS) {
    const schema = allFields.get(key);
    if (!schema) continue;
    shape[key] = key === "borrower" ? schema : optionalField(schema);
  }
  shape.items = z
    .array(itemSchema)
    .min(1)
    .max(MAX_BATCH_ITEMS)
    .describe(`债权人列表，1 至 ${MAX_BATCH_ITEMS} 项 / the creditors, 1 to ${MAX_BATCH_ITEMS}`);
  return z
    .strictObject(shape)
    .describe("批量信函：一位借款人致多家债权机构 / a batch: one borrower's letters to many creditors");
}

/** One item of a batch (exported for the OpenAPI document). */
export const itemSchema = buildItemSchema();

/** The batch body (strict: unknown fields are rejected). JSON Schema: `z.toJSONSchema(batchSchema, { io: "input" })`. */
export const batchSchema = buildBatchSchema();

/** The names of the shared fields a batch actually offers (those some letter type takes). */
export const sharedFieldNames: readonly string[] = SHARED_FIELDS.filter((key) => allFields.has(key));
