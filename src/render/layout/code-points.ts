/** The characters the layout draws on its own (page numbers, list markers, the footer's ellipsis). */
import { pageNumberText } from "./furniture";

const codePoints = (text: string): ReadonlySet<number> => new Set([...text].map((ch) => ch.codePointAt(0)!));
const OWN = "0123456789" + ".\u2022" + "…";
const BY_SCRIPT = {
  Hans: codePoints(pageNumberText(0, 0, "Hans") + OWN),
  Hant: codePoints(pageNumberText(0, 0, "Hant") + OWN),
};

/**
 * Code points the layout adds to a document in `script`: include them in the font check and subset (body
 * face). Per script: a Simplified letter's page numbers say 页, and asking for 頁 as well made every such
 * letter load the tier that holds it (the 1.3 MB hant file) for a character it never draws.
 */
export function layoutCodePoints(script: "Hans" | "Hant" = "Hans"): ReadonlySet<number> {
  return BY_SCRIPT[script];
}
