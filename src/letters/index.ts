/** The registry of letter types, in the order the API lists them. */
import type { LetterType } from "./types";
import installmentRequest from "./installment-request";
import deferralRequest from "./deferral-request";
import collectionObjection from "./collection-objection";

export const letterTypes: readonly LetterType[] = [
  installmentRequest as unknown as LetterType,
  deferralRequest as unknown as LetterType,
  collectionObjection as unknown as LetterType,
];

export function findLetterType(id: string): LetterType | undefined {
  return letterTypes.find((type) => type.id === id);
}
