/**
 * Which font file (tier) of which face draws a code point, answered from the generated manifest alone:
 * the pipeline rejects undrawable characters, and picks the tiers to load, before reading any font.
 * Every face falls back to the body face (FONT_FALLBACK), so "undrawable" means "the body face lacks it".
 */
import type { FaceId } from "../types";
import { FONT_FACES, FONT_FALLBACK } from "./manifest-data";
import type { PackedTier } from "./manifest-types";

/** A sorted, disjoint set of code point ranges with O(log n) membership. */
export class CodePointRanges {
  constructor(
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
  ) {}

  /** Decodes the packed form written by scripts/build-fonts.mjs: (gap, extra) pairs, a range starting `gap` after the previous one's end. */
  static unpack(packed: readonly number[]): CodePointRanges {
    const count = packed.length >> 1;
    const starts = new Uint32Array(count);
    const ends = new Uint32Array(count);
    let prev = -1;
    for (let i = 0; i < count; i++) {
      starts[i] = prev + 1 + packed[2 * i];
      ends[i] = prev = starts[i] + packed[2 * i + 1];
    }
    return new CodePointRanges(starts, ends);
  }

  has(cp: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < this.starts[mid]) hi = mid - 1;
      else if (cp > this.ends[mid]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

export interface TierInfo {
  face: FaceId;
  index: number;
  /** The tier's number among all the manifest's tiers (0 … TIER_COUNT - 1): a FontSet keeps its fonts by it. */
  slot: number;
  name: string;
  file: string;
  bytes: number;
}

interface FaceTable {
  postScriptName: string;
  tiers: TierInfo[];
  /** Each tier's ranges, unpacked when first needed (a "rest" tier's are the face's coverage). */
  ranges: (() => CodePointRanges)[];
  /** BMP code point → tier index + 1, 255 when the face lacks it, 0 not yet looked up; filled per query. */
  memo: Uint8Array;
}

const tables = new Map<FaceId, FaceTable>();

/**
 * Every tier of every face, numbered in manifest order. Built at load (a handful of small objects; the
 * ranges stay packed until asked), so a tier's number never depends on which face was asked first.
 */
const allTiers: TierInfo[] = Object.entries(FONT_FACES).flatMap(([face, packed]) =>
  packed.tiers.map((t, index) => ({ face: face as FaceId, index, slot: 0, name: t.name, file: t.file, bytes: t.bytes })),
);
allTiers.forEach((tier, slot) => (tier.slot = slot));

/** How many tier files the manifest names (all faces). */
export const TIER_COUNT = allTiers.length;

/** The tier numbered `slot` (TierInfo.slot). */
export function tierAt(slot: number): TierInfo {
  return allTiers[slot];
}

/** Unpacked range sets by their packed string (the bold tiers share the regular ones' strings). */
const unpacked = new Map<readonly number[], CodePointRanges>();
function rangesOf(packed: readonly number[]): CodePointRanges {
  let ranges = unpacked.get(packed);
  if (!ranges) unpacked.set(packed, (ranges = CodePointRanges.unpack(packed)));
  return ranges;
}

function faceTable(face: FaceId): FaceTable {
  let table = tables.get(face);
  if (!table) {
    const packed = FONT_FACES[face];
    if (!packed) throw new Error(`no font face "${face}" in the manifest`);
    const tiers = allTiers.filter((tier) => tier.face === face);
    table = buildFaceTable(tiers, packed.postScriptName, packed.tiers, packed.coverage);
    tables.set(face, table);
  }
  return table;
}

/**
 * Nothing is decoded up front: a first letter looks up a few hundred characters, almost all in the first
 * tier, so only that tier's ranges are unpacked, and each character's answer is remembered. (Filling a
 * 64K table from all tiers' 5,800 ranges cost more than the rest of the manifest's work in a cold isolate.)
 */
function buildFaceTable(tiers: TierInfo[], postScriptName: string, packedTiers: PackedTier[], coverage?: number[]): FaceTable {
  return {
    postScriptName,
    tiers,
    ranges: packedTiers.map((tier) => {
      let ranges: CodePointRanges | undefined;
      return () => {
        if (ranges) return ranges;
        const packed = tier.ranges ?? coverage;
        if (packed === undefined) throw new Error(`tier ${tier.file} needs the face's coverage`);
        return (ranges = rangesOf(packed));
      };
    }),
    memo: new Uint8Array(0x10000),
  };
}

/** The tier of `face` that holds `cp`, or -1 when the face itself lacks it (no fallback here). */
export function tierIndexOf(face: FaceId, cp: number): number {
  const table = faceTable(face);
  if (cp <= 0xffff) {
    const known = table.memo[cp];
    if (known) return known === 255 ? -1 : known - 1;
  }
  // Earlier tiers win: a "rest" tier (the face's coverage) only takes what no earlier tier holds.
  let index = -1;
  for (let i = 0; i < table.ranges.length; i++) {
    if (table.ranges[i]().has(cp)) {
      index = i;
      break;
    }
  }
  if (cp <= 0xffff) table.memo[cp] = index < 0 ? 255 : index + 1;
  return index;
}

export function faceTiers(face: FaceId): readonly TierInfo[] {
  return faceTable(face).tiers;
}

export function postScriptNameOf(face: FaceId): string {
  return faceTable(face).postScriptName;
}

/** The face whose glyphs stand in when `face` lacks a character (bold → body), or undefined. */
export function fallbackOf(face: FaceId): FaceId | undefined {
  return FONT_FALLBACK[face] as FaceId | undefined;
}

/**
 * Where `cp` is drawn when asked for in `face`: the face itself, else its fallback chain.
 * Undefined when no shipped font has it.
 */
export function locate(face: FaceId, cp: number): TierInfo | undefined {
  for (let f: FaceId | undefined = face; f; f = fallbackOf(f)) {
    const index = tierIndexOf(f, cp);
    if (index >= 0) return faceTable(f).tiers[index];
  }
  return undefined;
}

/**
 * The code points of `text` that no shipped font draws, in first-seen order without repeats. Synchronous and
 * font-free (manifest only). Every face falls back to the body face, so this is "the body face lacks it".
 * Line breaks and tabs are never drawn, so never undrawable. It runs on every string of every letter, and
 * most have nothing to report: no set, no array until the first find.
 */
export function findUndrawable(text: string): number[] {
  let bad: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    if (!locate("body", cp) && !bad?.includes(cp)) (bad ??= []).push(cp);
  }
  return bad ?? [];
}
