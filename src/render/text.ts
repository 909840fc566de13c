/**
 * The letter as plain text (Accept: text/plain): the same blocks the PDF is laid out from, one paragraph
 * a line, 首行缩进 as two ideographic spaces (U+3000), tables as tab-separated rows.
 */
import type { Block, Span } from "./types";

const INDENT = "\u3000\u3000";

const spansText = (spans: readonly Span[]) => spans.map((span) => span.text).join("");

export function blocksToText(blocks: readonly Block[]): string {
  const out: string[] = [];
  let footer: string | undefined;
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        out.push(block.text, "");
        break;
      case "heading":
        out.push("", block.text);
        break;
      case "paragraph": {
        const text = spansText(block.spans);
        out.push(block.style === "body" || block.style === "closing" ? INDENT + text.replaceAll("\n", "\n" + INDENT) : text);
        break;
      }
      case "list":
        block.items.forEach((item, i) => out.push(`${block.ordered ? `${i + 1}. ` : "· "}${spansText(item)}`));
        break;
      case "table": {
        // One line a row: a cell's own line breaks (<br>) become 「；」 so the columns stay aligned.
        const cellText = (cell: { spans: readonly Span[] }) => spansText(cell.spans).replaceAll("\n", "；");
        if (block.header) out.push(block.header.map(cellText).join("\t"));
        for (const row of block.rows) out.push(row.map(cellText).join("\t"));
        break;
      }
      case "signature":
        out.push("");
        for (const line of block.lines) out.push(spansText(line));
        break;
      case "cc":
        out.push("");
        for (const line of block.lines) out.push(spansText(line));
        break;
      case "footer":
        footer = block.text;
        break;
    }
  }
  if (footer) out.push("", "——", footer);
  return out.join("\n") + "\n";
}
