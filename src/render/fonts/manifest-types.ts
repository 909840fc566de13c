/** Shapes of the generated font manifest (manifest-data.ts, written by scripts/build-fonts.mjs). */

export interface PackedTier {
  /** "common" | "hant" | "extended": a tier of one face, loaded only when a document needs it. */
  name: string;
  /** File name under fonts/ (a Workers Static Asset); what FontFileLoader receives. */
  file: string;
  bytes: number;
  /** Packed code point ranges, (gap, extra) pairs (see manifest.ts), or null: the rest of the face's `coverage`. */
  ranges: number[] | null;
}

export interface PackedFace {
  postScriptName: string;
  /** Every code point of the face; present when a tier has `ranges: null`. */
  coverage?: number[];
  tiers: PackedTier[];
}
