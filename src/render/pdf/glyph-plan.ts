/**
 * Which glyphs a document draws, per embedded font: one font per face actually used (after the bold →
 * body fallback), holding every character drawn in it whichever tier file its glyph comes from.
 * CIDs are assigned in code point order (CID = new glyph id, CIDToGIDMap /Identity), so the same set of
 * characters always gives the same subset, tag and bytes.
 */
import type { FontSet, GlyphRef } from "../fonts";
import type { FaceId, LayoutDocument } from "../types";
import type { SubsetGlyph } from "./truetype-subset";

export interface FacePlan {
  face: FaceId;
  /** Characters drawn in this font, ascending; CID of codePoints[i] is i + 1 (CID 0 is .notdef). */
  codePoints: number[];
  cids: Map<number, number>;
  /** Glyph 0 (.notdef) then the glyph of each code point, in CID order. */
  glyphs: SubsetGlyph[];
}

/** A stretch of one TextItem drawn with one embedded font. */
export interface Run {
  face: FaceId;
  cids: number[];
}

export interface GlyphPlan {
  faces: FacePlan[];
  /** Per page, per item index: the runs of a TextItem (undefined for rules). */
  runs: (Run[] | undefined)[][];
}

export function planGlyphs(layout: LayoutDocument, fonts: FontSet): GlyphPlan {
  // The embedded font (after fallback) → its characters → glyph.
  const refs = new Map<FaceId, Map<number, GlyphRef>>();
  // Resolution per requested face, so each distinct (face, character) goes through the manifest once.
  const resolvedBy = new Map<FaceId, Map<number, GlyphRef>>();
  const resolve = (cp: number, face: FaceId): GlyphRef => {
    let byCp = resolvedBy.get(face);
    if (!byCp) resolvedBy.set(face, (byCp = new Map()));
    let ref = byCp.get(cp);
    if (!ref) {
      ref = fonts.glyph(cp, face);
      byCp.set(cp, ref);
      let target = refs.get(ref.face);
      if (!target) refs.set(ref.face, (target = new Map()));
      if (!target.has(cp)) target.set(cp, ref);
    }
    return ref;
  };
  // First pass: resolve every character, remembering (embedded face, code point) per item.
  const resolved = layout.pages.map((page) =>
    page.items.map((item) => {
      if (item.kind !== "text") return undefined;
      const faces: FaceId[] = [];
      const cps: number[] = [];
      for (const ch of item.text) {
        const cp = ch.codePointAt(0)!;
        faces.push(resolve(cp, item.face).face);
        cps.push(cp);
      }
      return { faces, cps };
    }),
  );

  const faces: FacePlan[] = [];
  for (const face of [...refs.keys()].sort()) {
    const byCp = refs.get(face)!;
    const codePoints = [...byCp.keys()].sort((a, b) => a - b);
    const cids = new Map<number, number>();
    const glyphs: SubsetGlyph[] = [];
    codePoints.forEach((cp, i) => {
      cids.set(cp, i + 1);
      const { font, gid } = byCp.get(cp)!;
      glyphs.push({ font, gid, unicode: cp });
    });
    // .notdef (and the font-wide tables) from the file of the lowest character: every tier of a face is
    // cut from the same font, so they share .notdef, unitsPerEm, name, OS/2 and hinting tables.
    glyphs.unshift({ font: glyphs[0].font, gid: 0 });
    faces.push({ face, codePoints, cids, glyphs });
  }

  const cidsOf = new Map(faces.map((plan) => [plan.face, plan.cids]));
  const runs = resolved.map((page) =>
    page.map((chars) => {
      if (!chars) return undefined;
      const out: Run[] = [];
      let last: Run | undefined;
      for (let i = 0; i < chars.cps.length; i++) {
        const face = chars.faces[i];
        const cid = cidsOf.get(face)!.get(chars.cps[i])!;
        if (last && last.face === face) last.cids.push(cid);
        else out.push((last = { face, cids: [cid] }));
      }
      return out;
    }),
  );
  return { faces, runs };
}
