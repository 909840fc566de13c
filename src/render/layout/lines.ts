/**
 * Reading a LayoutDocument back as lines, for tests and the text outputs. Invariant of the layout
 * (plain data, so this also works on a serialised document): a page lists each line's TextItems
 * consecutively, left to right; a table cell's text follows that cell's left border rule. So a line is
 * a maximal run of consecutive TextItems on one baseline, ended by any other item or a new baseline.
 */
import type { LayoutDocument, LayoutPage, TextItem } from "../types";

/** The text items of each line of `page`, in reading order. */
export function pageLines(page: LayoutPage): TextItem[][] {
  const lines: TextItem[][] = [];
  let current: TextItem[] | null = null;
  for (const item of page.items) {
    if (item.kind !== "text") {
      current = null;
      continue;
    }
    if (current && Math.abs(current[0].y - item.y) < 0.01) {
      current.push(item);
    } else {
      current = [item];
      lines.push(current);
    }
  }
  return lines;
}

/** For each page, the text of its lines in order (body, then footer note and page number). */
export function layoutLines(doc: LayoutDocument): string[][] {
  return doc.pages.map((page) => pageLines(page).map((line) => line.map((item) => item.text).join("")));
}
