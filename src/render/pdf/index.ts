/**
 * LayoutDocument → PDF bytes, written directly (writer.ts): one Type0 font per face actually used, subset
 * to the drawn glyphs, with exact widths and a ToUnicode CMap (cid-font.ts), and content streams that draw
 * TextItems and RuleItems exactly where the layout put them (content.ts).
 *
 * Reproducible: the bytes are a function of the layout, the fonts, the metadata and the options alone —
 * the dates are the caller's (`DocumentMeta.creationDate`, e.g. the letter date), the subset tags and the
 * file identifier are hashes of the content, and caches (piece-cache.ts) change only how fast it is made.
 */
import type { FontSet } from "../fonts";
import type { DocumentMeta, FaceId, LayoutDocument } from "../types";
import { embedCidFont } from "./cid-font";
import { num, pageContent } from "./content";
import { deflate } from "./deflate";
import { planGlyphs, type SharedGlyphs } from "./glyph-plan";
import { PdfWriter, pdfDate, pdfText } from "./writer";

export type { SharedGlyphs } from "./glyph-plan";

export const PRODUCER = "Shuhan";

export interface WritePdfOptions {
  /**
   * Characters most documents of this kind draw (e.g. a letter template's fixed text), per face: they are
   * ordered first in each font subset, so their compressed glyphs are shared between documents
   * (glyph-plan.ts). Changes only the order of glyphs in the file, never what is drawn.
   */
  shared?: SharedGlyphs;
  /**
   * Offset east of UTC, in minutes, in which the metadata dates are written (Asia/Shanghai: 480). Default 0
   * (UTC, `Z`).
   */
  utcOffsetMinutes?: number;
}

/**
 * Returns `Uint8Array<ArrayBuffer>` (a plain, non-shared buffer): assignable to `Uint8Array` and directly
 * usable as a `Response` body under TypeScript 5.9's DOM types. Without `meta.creationDate` the dates are
 * the clock's (the only input that is not reproducible).
 */
export async function writePdf(
  layout: LayoutDocument,
  fonts: FontSet,
  meta: DocumentMeta,
  options: WritePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = new PdfWriter();
  const catalog = writer.allocate();
  const pagesRef = writer.allocate();
  const info = writer.allocate();
  const resources = writer.allocate();

  const plan = planGlyphs(layout, fonts, options.shared);
  const fontNames = new Map<FaceId, string>();
  let fontDict = "";
  plan.faces.forEach((face, i) => {
    const name = `F${i + 1}`;
    fontNames.set(face.face, name);
    fontDict += ` /${name} ${embedCidFont(writer, face, fonts.postScriptName(face.face)).ref} 0 R`;
  });
  // One resource dictionary shared by every page (§7.8.3): the fonts are the only resources.
  writer.object(resources, `<< /Font <<${fontDict} >> >>`);

  const { width, height } = layout.geometry;
  const mediaBox = `[0 0 ${num(width)} ${num(height)}]`;
  const kids: string[] = [];
  layout.pages.forEach((page, p) => {
    const pageRef = writer.allocate();
    const contents = writer.allocate();
    kids.push(`${pageRef} 0 R`);
    writer.object(
      pageRef,
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox ${mediaBox} /Resources ${resources} 0 R /Contents ${contents} 0 R >>`,
    );
    writer.stream(contents, "/Filter /FlateDecode", deflate(pageContent(page.items, plan.runs[p], plan.cids, fontNames)));
  });
  writer.object(pagesRef, `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${kids.length} >>`);

  // Info dictionary (§14.3.3) and catalog entries: /Lang (§14.9.2.1) for screen readers and text
  // extraction, /ViewerPreferences /DisplayDocTitle (§12.2) so the window shows the title, not "x.pdf".
  const date = pdfDate(meta.creationDate ?? new Date(), options.utcOffsetMinutes ?? 0);
  let infoDict = `<< /Title ${pdfText(meta.title)} /Author ${pdfText(meta.author)}`;
  if (meta.subject) infoDict += ` /Subject ${pdfText(meta.subject)}`;
  infoDict += ` /Creator (Shuhan) /Producer ${pdfText(PRODUCER)} /CreationDate ${date} /ModDate ${date} >>`;
  writer.object(info, infoDict);
  writer.object(
    catalog,
    `<< /Type /Catalog /Pages ${pagesRef} 0 R /Lang ${pdfText(meta.language)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
  );
  return writer.finish(catalog, info) as Uint8Array<ArrayBuffer>;
}
