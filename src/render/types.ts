/**
 * The plain data that flows between the render stages:
 * HTML subset → Block[] (blocks.ts) → LayoutDocument (layout/) → PDF (pdf.ts).
 * Nothing here knows pdf-lib or HTTP; every stage is a pure function of the previous one.
 */

/** A typeface role. The font system maps a role to a concrete font file (and its fallbacks). */
export type FaceId = "body" | "bold";

/** A run of inline text with one style. */
export interface Span {
  text: string;
  bold?: boolean;
}

export type ParagraphStyle =
  | "body" //        首行缩进两字, justified
  | "salutation" //  称谓: flush left, no indent (尊敬的××：)
  | "noindent" //    flush left, justified, no first-line indent
  | "closing" //     「此致」: indented two characters, kept with the next line
  | "flush" //       「敬礼！」: flush left, no indent
  | "right" //       right-aligned
  | "center"; //     centred

export type CellAlign = "left" | "center" | "right";

export interface TableCell {
  spans: Span[];
  align: CellAlign;
}

export type Block =
  | { kind: "title"; text: string } //                                   <h1>
  | { kind: "heading"; text: string; annex?: true } //                  <h2>, <h2 class="annex"> (starts a new page)
  | { kind: "paragraph"; style: ParagraphStyle; spans: Span[] } //        <p class="…">
  | { kind: "list"; ordered: boolean; items: Span[][] } //              <ol>/<ul> of <li>
  | { kind: "table"; header: TableCell[] | null; rows: TableCell[][] } // <table>
  | { kind: "signature"; lines: Span[][]; date?: number } //            <div class="signature"><p>…</p>…<p class="date">…</p></div>
  | { kind: "cc"; lines: Span[][] } //                                  <div class="cc"><p>…</p></div>
  | { kind: "footer"; text: string }; //                                <footer>: one line at the foot of every page

/** Advance widths, in em (1 = the font size), for the faces a document uses. Supplied by the font system. */
export interface Metrics {
  advance(codePoint: number, face: FaceId): number;
}

export interface PageGeometry {
  width: number; //  pt
  height: number; // pt
  margin: { top: number; right: number; bottom: number; left: number }; // pt
}

/** A positioned run of text. `y` is the baseline in PDF coordinates (origin bottom-left, pt). */
export interface TextItem {
  kind: "text";
  x: number;
  y: number;
  size: number;
  face: FaceId;
  text: string;
  /** Extra space (pt) after every character but the last: how a justified CJK run is spread. */
  charSpacing: number;
}

/** A ruled line (table borders). */
export interface RuleItem {
  kind: "rule";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export type LayoutItem = TextItem | RuleItem;

export interface LayoutPage {
  number: number; // 1-based
  items: LayoutItem[];
}

export interface LayoutDocument {
  geometry: PageGeometry;
  pages: LayoutPage[];
}

/** What the PDF carries in its Info dictionary and catalog. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  language: string; // BCP 47, e.g. "zh-CN"
  creationDate?: Date;
}
