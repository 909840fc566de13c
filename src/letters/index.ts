/**
 * The registry of letter types, in the order the API, the form and the docs list them (`order`, the order of
 * a borrower's path). The list itself is generated (src/letters/registry.gen.ts, by
 * scripts/precompile-templates.mjs): a letter type is a module src/letters/<id>.ts with a template
 * templates/zh-Hans/<id>.hbs, and nothing else lists them.
 */
import type { LetterType } from "./types";
import { registeredLetterTypes } from "./registry.gen";

export const letterTypes: readonly LetterType[] = [...(registeredLetterTypes as readonly LetterType[])].sort(
  (a, b) => a.order - b.order || a.id.localeCompare(b.id),
);

export function findLetterType(id: string): LetterType | undefined {
  return letterTypes.find((type) => type.id === id);
}

/** The body of each registered letter type as the API accepts it, by id: the typed client's map. */
export type RegisteredLetterTypes = (typeof registeredLetterTypes)[number];
