/** Plain measuring of strings and positioned items with the document's metrics. */
import type { FaceId, Metrics, TextItem } from "../types";

/** Natural width of `text` in `face` at `size`, pt (no spacing). */
export function textWidth(text: string, face: FaceId, size: number, metrics: Metrics): number {
  let width = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!; // by code point, as for…of would, without a string per character
    width += metrics.advance(cp, face) * size;
    i += cp > 0xffff ? 2 : 1;
  }
  return width;
}

/** Drawn width of a TextItem: its glyphs plus charSpacing after every code point but the last, pt. */
export function textItemWidth(item: TextItem, metrics: Metrics): number {
  const count = [...item.text].length;
  return textWidth(item.text, item.face, item.size, metrics) + item.charSpacing * Math.max(0, count - 1);
}

/**
 * `metrics` with its answers remembered, for one document: a letter asks for the advances of a few
 * hundred distinct characters a few thousand times. The answers are the metrics' own, so nothing
 * measured changes. They are kept in one small hash table shared by all documents (open addressing with
 * linear probing; a hit is one read, nothing is allocated per document, and the table is small enough
 * to stay in the CPU cache between letters): each slot holds a tag — the document that wrote it and the
 * key it answers — and the advance. A slot tagged by another document is free, so no document reads
 * another's metrics and the table is never cleared; a document that fills its share asks the metrics.
 */
export function rememberAdvances(metrics: Metrics): Metrics {
  generation = generation === MAX_GENERATION ? 1 : generation + 1;
  return new RememberedAdvances(metrics, generation * KEYS);
}

/** A class, not a closure per document: one `advance` function for every document, so calls to it can be inlined. */
class RememberedAdvances implements Metrics {
  constructor(
    private readonly metrics: Metrics,
    /** This document's generation × KEYS: its tags are owner + key. */
    private readonly owner: number,
  ) {}

  advance(cp: number, face: FaceId): number {
    const key = cp * 2 + (face === "bold" ? 1 : 0);
    const owner = this.owner;
    for (let probe = 0, slot = key & (SLOTS - 1); probe < MAX_PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const tag = slots[2 * slot];
      if (tag === owner + key) return slots[2 * slot + 1];
      if (tag < owner || tag >= owner + KEYS) {
        const advance = this.metrics.advance(cp, face); // not asked yet in this document
        slots[2 * slot] = owner + key;
        slots[2 * slot + 1] = advance;
        return advance;
      }
    }
    return this.metrics.advance(cp, face);
  }
}

/** Slots of the advance table: a letter uses a few hundred distinct (character, face) pairs. */
const SLOTS = 1 << 11;
const MAX_PROBES = 8;
/** Keys (code point × 2 + bold) are below 2²²; a tag is generation × 2²² + key, exact in a double. */
const KEYS = 1 << 22;
const MAX_GENERATION = 2 ** 30;
/** Tag and advance of each slot, side by side. Tag 0 is no document's: generations count from 1. */
const slots = new Float64Array(2 * SLOTS);
let generation = 0;
