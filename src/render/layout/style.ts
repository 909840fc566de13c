/**
 * House style (design.md "Typography"): A4, margins about 25 mm, body 12 pt (小四) at line height 1.7,
 * title 18 pt (小二) bold, tables 10.5 pt (五号). Everything the layout measures in pt comes from here.
 */
import type { PageGeometry } from "../types";

/** Caller overrides; anything left out takes the house style. */
export interface LayoutOptions {
  /** Page size and margins, pt. Default A4 with the measure a whole number of body characters. */
  geometry?: PageGeometry;
  /** Body size, pt (default 12). Headings, title and tables scale with it. */
  bodySize?: number;
  /** Line height as a multiple of the size (default 1.7). */
  lineHeight?: number;
  /** Script of the letter's own words (page numbers: 第 1 页 or 第 1 頁); default Hans. */
  script?: "Hans" | "Hant";
}

export interface TextStyle {
  size: number;
  /** Line advance, pt. */
  leading: number;
}

export interface HouseStyle {
  geometry: PageGeometry;
  script: "Hans" | "Hant";
  body: TextStyle;
  title: TextStyle & { spaceAfter: number };
  heading: TextStyle & { spaceBefore: number };
  table: TextStyle & { padX: number; padY: number; rule: number; space: number };
  /** Signature and cc blocks: blank space above them, minimum signature block width. */
  signature: { spaceBefore: number; minWidth: number };
  footer: { size: number; minSize: number; baseline: number };
  pageNumber: { size: number; baseline: number };
  /** Baseline below the top of a line box, as a fraction of the size (ideographic em box: 0.88 above). */
  ascent: number;
}

export const A4 = { width: 595.28, height: 841.89 } as const;

/**
 * A4 with 72 pt (≈25 mm) top and bottom; left and right margins of at least 70 pt, widened so that the
 * measure is a whole number of body characters and a line of Han needs no stretching (clreq §3.1.3 版心).
 */
export function defaultGeometry(bodySize = 12): PageGeometry {
  const characters = Math.floor((A4.width - 2 * 70) / bodySize);
  const side = (A4.width - characters * bodySize) / 2;
  return { width: A4.width, height: A4.height, margin: { top: 72, right: side, bottom: 72, left: side } };
}

/** The house style with `options` applied. */
export function resolveStyle(options: LayoutOptions = {}): HouseStyle {
  const size = options.bodySize ?? 12;
  const ratio = options.lineHeight ?? 1.7;
  const geometry = options.geometry ?? defaultGeometry(size);
  const tableSize = size * 0.875;
  const bottom = geometry.margin.bottom;
  return {
    geometry,
    script: options.script ?? "Hans",
    body: { size, leading: size * ratio },
    title: { size: size * 1.5, leading: size * 1.5 * 1.4, spaceAfter: size * ratio * 0.75 },
    heading: { size: size * 13 / 12, leading: size * 13 / 12 * ratio, spaceBefore: size * ratio * 0.4 },
    table: { size: tableSize, leading: tableSize * 1.5, padX: tableSize * 0.4, padY: tableSize * 0.25, rule: 0.6, space: size * 0.5 },
    signature: { spaceBefore: size * ratio, minWidth: size * 14 },
    footer: { size: 9, minSize: 7, baseline: bottom * 0.42 + 15 },
    pageNumber: { size: 10.5, baseline: bottom * 0.42 },
    ascent: 0.88,
  };
}
