/**
 * The fonts one document needs: every code point is checked against the manifest first (422 for any
 * character no shipped font draws), then only the tiers that hold the document's characters are loaded.
 * The resulting FontSet measures (Metrics.advance, from hmtx arrays) and tells the PDF writer which glyph
 * of which file draws each character.
 */
import { ShuhanError, type FieldError } from "../../errors";
import type { FaceId, Metrics } from "../types";
import {
  faceGlyphs,
  type FaceGlyphs,
  type FontFileLoader,
  GLYPH_ADVANCE_MASK,
  GLYPH_LOCATED,
  GLYPH_RESOLVED,
  GLYPH_SLOT_SHIFT,
  GLYPH_UNDRAWABLE,
  loadFontFile,
  parsedFontFile,
} from "./cache";
import { locate, postScriptNameOf, TIER_COUNT, tierAt, type TierInfo } from "./manifest";
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
  // The tiers to load, in the order their first character was met (the loader is called in this order),
  // and which of them are already listed, by slot.
  const tiers: TierInfo[] = [];
  const listed: boolean[] = [];
  let undrawable: number[] | undefined;
  let reported: Set<number> | undefined;
  for (const [face, codePoints] of usage) {
    if (codePoints.size === 0) continue; // (a face with nothing to draw is not even looked up)
    const glyphs = faceGlyphs(face);
    for (const cp of codePoints) {
      const state = locatedState(glyphs, face, cp);
      if (state & GLYPH_LOCATED) {
        const slot = (state >>> GLYPH_SLOT_SHIFT) & 0xff;
        if (!listed[slot]) {
          listed[slot] = true;
          tiers.push(tierAt(slot));
        }
      } else if (!(reported ??= new Set()).has(cp)) {
        reported.add(cp);
        (undrawable ??= []).push(cp);
      }
    }
  }
  if (undrawable) throw undrawableError(undrawable);

  const fonts = new Array<TrueTypeFont | undefined>(TIER_COUNT).fill(undefined);
  // After an isolate's first letters every file is parsed: take them as they are, with no promises to
  // wait for. Otherwise load them all (the loader is asked only for the files not loaded yet).
  let ready = true;
  for (const tier of tiers) {
    const font = parsedFontFile(tier.file);
    if (font) fonts[tier.slot] = font;
    else ready = false;
  }
  if (!ready) {
    const loaded = await Promise.all(tiers.map((tier) => loadFontFile(tier.file, loader)));
    tiers.forEach((tier, i) => (fonts[tier.slot] = loaded[i]));
  }
  return new LoadedFontSet(fonts);
}

/**
 * The character's state in the face's table (cache.ts), located through the manifest first if it was
 * not yet: the tier that draws it, after fallback, or GLYPH_UNDRAWABLE.
 */
function locatedState(glyphs: FaceGlyphs, face: FaceId, cp: number): number {
  const state = cp <= 0xffff ? glyphs.bmp[2 * cp] : (glyphs.astral.get(cp)?.state ?? 0);
  if (state & (GLYPH_LOCATED | GLYPH_UNDRAWABLE)) return state;
  const tier = locate(face, cp);
  const located = tier ? GLYPH_LOCATED | (tier.slot << GLYPH_SLOT_SHIFT) : GLYPH_UNDRAWABLE;
  if (cp <= 0xffff) glyphs.bmp[2 * cp] = located;
  // Only the astral characters a font has (a few hundred): remembering every undrawable one a request
  // names would let requests grow the Map without bound.
  else if (tier) glyphs.astral.set(cp, { state: located, gid: 0 });
  return located;
}

/**
 * A document's fonts over the isolate's glyph tables (cache.ts): an advance asked again is one read of
 * the table and a check that the tier it names is loaded here, with nothing allocated per letter but
 * this object and its small array of fonts.
 */
class LoadedFontSet implements FontSet {
  /** The face asked for last and its table: layout asks in runs of one face, so most calls skip the Map. */
  private face: FaceId | undefined = undefined;
  private glyphs: FaceGlyphs | undefined = undefined;

  /** `fonts`: this document's parsed files by tier slot (TierInfo.slot); undefined for a tier not loaded. */
  constructor(private readonly fonts: readonly (TrueTypeFont | undefined)[]) {}

  private tableOf(face: FaceId): FaceGlyphs {
    if (face === this.face) return this.glyphs!;
    const glyphs = faceGlyphs(face);
    this.face = face;
    return (this.glyphs = glyphs);
  }

  advance(cp: number, face: FaceId): number {
    if (cp <= 0xffff) {
      const state = this.tableOf(face).bmp[2 * cp];
      if (state & GLYPH_RESOLVED) {
        const font = this.fonts[(state >>> GLYPH_SLOT_SHIFT) & 0xff];
        // The same division of the same hmtx value as below, so the answer is exactly the same.
        if (font !== undefined) return (state & GLYPH_ADVANCE_MASK) / font.unitsPerEm;
      }
    }
    const { font, gid } = this.glyph(cp, face);
    return font.advances[gid] / font.unitsPerEm;
  }

  glyph(cp: number, face: FaceId): GlyphRef {
    const glyphs = this.tableOf(face);
    let state: number;
    let gid: number;
    if (cp <= 0xffff) {
      state = glyphs.bmp[2 * cp];
      gid = glyphs.bmp[2 * cp + 1];
    } else {
      const known = glyphs.astral.get(cp);
      state = known?.state ?? 0;
      gid = known?.gid ?? 0;
    }
    if (state & GLYPH_RESOLVED) {
      const slot = (state >>> GLYPH_SLOT_SHIFT) & 0xff;
      const font = this.fonts[slot];
      // Only a tier this document loaded: the glyph is always of one of the set's own fonts.
      if (font !== undefined) return { face: tierAt(slot).face, font, gid };
    }
    return this.resolve(cp, face, glyphs);
  }

  /** Resolves `cp` through the manifest and this set's fonts, and remembers the answer for the isolate. */
  private resolve(cp: number, face: FaceId, glyphs: FaceGlyphs): GlyphRef {
    const tier = locate(face, cp);
    if (!tier) throw new Error(`no font draws ${describeCodePoint(cp)}; loadFontSet should have rejected it`);
    const font = this.fonts[tier.slot];
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
    const state = GLYPH_LOCATED | GLYPH_RESOLVED | (tier.slot << GLYPH_SLOT_SHIFT) | font.advances[gid];
    if (cp <= 0xffff) {
      glyphs.bmp[2 * cp] = state;
      glyphs.bmp[2 * cp + 1] = gid;
    } else glyphs.astral.set(cp, { state, gid });
    return { face: tier.face, font, gid };
  }

  postScriptName(face: FaceId): string {
    return postScriptNameOf(face);
  }
}
