/**
 * An example batch body, built from the letter types' own examples: the first example's borrower and
 * shared fields at the top, one item per letter type with its creditor-specific fields.
 */
import { letterTypes } from "../letters";
import { sharedFieldNames } from "./schema";

type JsonObject = Record<string, unknown>;

/** The example body of `GET /v1/batches/example` and `shuhan example batch`. */
export function exampleBatch(): JsonObject {
  const examples = letterTypes.map((type) => ({ id: type.id, body: structuredClone(type.example) as JsonObject }));
  const top: JsonObject = {};
  const first = examples[0]?.body ?? {};
  for (const key of sharedFieldNames) if (key in first) top[key] = first[key];
  const items = examples.map(({ id, body }) => {
    const item: JsonObject = { type: id };
    for (const [key, value] of Object.entries(body)) {
      // Shared fields equal to the top's stay there; the rest (and any that differ) belong to the item.
      if (key === "borrower" || key === "privacy") continue;
      if (key in top && JSON.stringify(top[key]) === JSON.stringify(value)) continue;
      item[key] = value;
    }
    return item;
  });
  return { ...top, items };
}
