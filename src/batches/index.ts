/** Batches: one borrower's letters to many creditors, validated together, rendered as a ZIP or one PDF. */
export { batchSchema, itemSchema, MAX_BATCH_ITEMS, MAX_BATCH_BODY_BYTES, SHARED_FIELDS } from "./schema";
export { prepareBatch, mergeItem, type PreparedBatch, type PreparedBatchItem } from "./prepare";
export { renderBatch, type BatchFormat, type RenderedBatch } from "./render";
export { exampleBatch } from "./example";
