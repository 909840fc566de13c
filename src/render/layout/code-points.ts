/** The characters the layout draws on its own (page numbers, list markers, the footer's ellipsis). */
import { pageNumberText } from "./furniture";

/** Code points the layout adds to any document: include them in the font check and subset (body face). */
export const LAYOUT_CODE_POINTS: ReadonlySet<number> = new Set(
  [...(pageNumberText(0, 0) + pageNumberText(0, 0, "Hant") + "0123456789" + ".\u2022" + "…")].map((ch) => ch.codePointAt(0)!),
);
