/**
 * The fonts one document needs: every code point is checked against the manifest first (422 for any
 * character no shipped font draws), then only the tiers that hold the document's characters are loaded.
 * The resulting FontSet measures (Metrics.advance, from hmtx arrays) and tells the PDF writer which glyph
 * of which file draws each character.
 */
import { ShuhanError, type FieldError } from "../../errors";
import type { FaceId, Metrics } from "../types";
import { type FontFileLoader, loadFontFile, resolvedGlyphs, type ResolvedFace } from "./cache";
import { locate, postScriptNameOf, type TierInfo } from "./manifest";
import { glyphId, type TrueTypeFont } from "./truetype";

/** Where a character is drawn: the face whose embedded font holds it (after fallback), the file, the glyph. */
export interface GlyphRef {
  face: FaceId;
  font: TrueTypeFont;
  gid: number;
}

export interface FontSet extends Metrics {
  /** Resolves `cp` asked for in `face`, following the fallback (bold → body) exactly as the manifest says. */
  glyph(cp: number, face: FaceId): GlyphRef;
  /** PostScript name of a face's font, e.g. "NotoSerifSC-Regular" (without the subset tag). */
  postScriptName(face: FaceId): string;
}

/** "𠮷 (U+20BB7)" */
export function describeCodePoint(cp: number): string {
  return `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`;
}

/**
 * 422 for characters no shipped font has (beyond Extension A, emoji, private use): never tofu, never a
 * silent drop. `fieldErrors` names the fields that hold them when the caller knows; else one error a character.
 */
export function undrawableError(codePoints: readonly number[], fieldErrors?: FieldError[]): ShuhanError {
  const named = codePoints.map(describeCodePoint).join("、");
  const errors: FieldError[] =
    fieldErrors ??
    codePoints.map((cp) => ({
      path: "",
      code: "UNDRAWABLE_CHARACTERS",
      message: {
        zh: `字体无法显示字符 ${describeCodePoint(cp)}`,
        en: `the fonts cannot draw ${describeCodePoint(cp)}`,
      },
    }));
  return new ShuhanError({
    status: 422,
    code: "UNDRAWABLE_CHARACTERS",
    title: { zh: "包含无法显示的字符", en: "The text contains characters the fonts cannot draw" },
    detail: {
      zh: `字体无法显示：${named}。请改用常用字或删除这些字符。`,
      en: `The fonts cannot draw: ${named}. Replace or remove them.`,
    },
    errors,
  });
}

/**
 * Checks every code point against the faces' tiers, loads only the tiers needed, and returns a FontSet.
 * Throws ShuhanError 422 "UNDRAWABLE_CHARACTERS" listing every undrawable character (before any load).
 */
export async function loadFontSet(usage: Map<FaceId, Set<number>>, loader: FontFileLoader): Promise<FontSet> {
  const needed = new Map<string, TierInfo>();
  const undrawable: number[] = [];
  const reported = new Set<number>();
  for (const [face, codePoints] of usage) {
    for (const cp of codePoints) {
      const tier = locate(face, cp);
      if (tier) needed.set(tier.file, tier);
      else if (!reported.has(cp)) {
        reported.add(cp);
        undrawable.push(cp);
      }
    }
  }
  if (undrawable.length) throw undrawableError(undrawable);

  const tiers = [...needed.values()];
  const fonts = await Promise.all(tiers.map((tier) => loadFontFile(tier.file, loader)));
  const byFile = new Map(tiers.map((tier, i) => [tier.file, fonts[i]]));
  return new LoadedFontSet(byFile);
}

class LoadedFontSet implements FontSet {
  private readonly fonts: ReadonlySet<TrueTypeFont>;
  private readonly tables = new Map<FaceId, ResolvedFace>();

  constructor(private readonly byFile: ReadonlyMap<string, TrueTypeFont>) {
    this.fonts = new Set(byFile.values());
  }

  glyph(cp: number, face: FaceId): GlyphRef {
    let table = this.tables.get(face);
    if (!table) this.tables.set(face, (table = resolvedGlyphs(face)));
    let known: GlyphRef | undefined;
    if (cp > 0xffff) known = table.astral.get(cp);
    else if (table.bmp[cp]) known = table.refs[table.bmp[cp] - 1];
    if (known && this.fonts.has(known.font)) return known;
    const ref = this.resolve(cp, face);
    if (cp <= 0xffff) table.bmp[cp] = table.refs.push(ref);
    else table.astral.set(cp, ref);
    return ref;
  }

  private resolve(cp: number, face: FaceId): GlyphRef {
    const tier = locate(face, cp);
    if (!tier) throw new Error(`no font draws ${describeCodePoint(cp)}; loadFontSet should have rejected it`);
    const font = this.byFile.get(tier.file);
    if (!font) {
      throw new Error(
        `${describeCodePoint(cp)} in face "${face}" needs ${tier.file}, which was not loaded: ` +
          `include it in the usage given to loadFontSet`,
      );
    }
    const gid = glyphId(font, cp);
    // The manifest and the files are written together by scripts/build-fonts.mjs; a mismatch would
    // otherwise draw .notdef boxes without any error.
    if (gid === 0) throw new Error(`${tier.file} has no glyph for ${describeCodePoint(cp)}: rerun npm run fonts`);
    return { face: tier.face, font, gid };
  }

  advance(cp: number, face: FaceId): number {
    const { font, gid } = this.glyph(cp, face);
    return font.advances[gid] / font.unitsPerEm;
  }

  postScriptName(face: FaceId): string {
    return postScriptNameOf(face);
  }
}
