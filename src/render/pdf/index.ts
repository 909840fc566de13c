/**
 * LayoutDocument → PDF bytes. pdf-lib builds the document structure (pages, Info dictionary, catalog,
 * cross-reference); the CJK font path is ours (see truetype-subset.ts for why not fontkit): one Type0 font
 * per face actually used, subset to the drawn glyphs, with exact widths and a ToUnicode CMap, and
 * content streams that draw TextItems and RuleItems exactly where the layout put them.
 */
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import type { FontSet } from "../fonts";
import type { DocumentMeta, FaceId, LayoutDocument } from "../types";
import { embedCidFont } from "./cid-font";
import { pageContent } from "./content";
import { deflate } from "./deflate";
import { planGlyphs } from "./glyph-plan";

export const PRODUCER = "Shuhan (pdf-lib 1.17)";

/**
 * Returns `Uint8Array<ArrayBuffer>` (a plain, non-shared buffer, which pdf-lib allocates): assignable to
 * `Uint8Array` and directly usable as a `Response` body under TypeScript 5.9's DOM types.
 */
export async function writePdf(
  layout: LayoutDocument,
  fonts: FontSet,
  meta: DocumentMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const context = doc.context;

  // Info dictionary (§14.3.3) and catalog entries: /Lang (§14.9.2.1) for screen readers and text
  // extraction, /ViewerPreferences /DisplayDocTitle (§12.2) so the window shows the title, not "x.pdf".
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setCreator("Shuhan");
  doc.setProducer(PRODUCER);
  doc.setLanguage(meta.language);
  const date = meta.creationDate ?? new Date();
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const plan = planGlyphs(layout, fonts);
  const fontNames = new Map<FaceId, string>();
  const fontDict = PDFDict.withContext(context);
  plan.faces.forEach((face, i) => {
    const name = `F${i + 1}`;
    fontNames.set(face.face, name);
    fontDict.set(PDFName.of(name), embedCidFont(context, face, fonts.postScriptName(face.face)).ref);
  });
  // One resource dictionary shared by every page (§7.8.3): the fonts are the only resources.
  const resources = PDFDict.withContext(context);
  resources.set(PDFName.of("Font"), fontDict);
  const resourcesRef = context.register(resources);

  const { width, height } = layout.geometry;
  layout.pages.forEach((page, p) => {
    const pdfPage = doc.addPage([width, height]);
    pdfPage.node.set(PDFName.of("Resources"), resourcesRef);
    const content = pageContent(page.items, plan.runs[p], fontNames);
    const stream = PDFRawStream.of(
      context.obj({ Filter: "FlateDecode" }) as PDFDict,
      deflate(new TextEncoder().encode(content)),
    );
    pdfPage.node.set(PDFName.of("Contents"), context.register(stream));
  });

  // objectsPerTick: Infinity — pdf-lib otherwise yields to the event loop every 50 objects, which only
  // adds latency to a request; object streams keep the small dictionaries compact.
  const bytes = await doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    objectsPerTick: Infinity,
    updateFieldAppearances: false,
  });
  return bytes as Uint8Array<ArrayBuffer>;
}
