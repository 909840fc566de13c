/**
 * <table>: ruled borders, padded cells at the table size (五号), column widths from content, cell text
 * through the same 禁则 line breaker, numbers right-aligned. Cells are set flush (left, centre or right
 * as the cell says) with natural spacing, never justified: justification is for running text, and
 * spreading 「微信号」 across a column reads as 「微　信　号」. A date such as 2026年10月12日
 * is kept on one line whenever the columns can hold every such date (tailoring T5, line-break/dates.ts);
 * only a table too narrow for that lets dates break after 年 or 月 again. One slab per row: a row never splits
 * across pages (unless it alone is taller than a page: then by lines, as a last resort), and every row
 * carries the header row to repeat when it opens a page. Items are emitted cell by cell, each cell's
 * left border before its text, so consecutive text items on one baseline are always one cell's line.
 */
import type { CellAlign, LayoutItem, RuleItem, TableCell } from "../../types";
import type { LayoutContext } from "../context";
import { measurePrepared, prepareInline, setInline, type InlineAlign, type InlineLine, type InlineStyle, type Prepared } from "../inline";
import type { BlockSlabs, Slab } from "../slab";
import { baselineOffset } from "./line-slabs";
import { columnWidths } from "./table-columns";

const ALIGN: Record<CellAlign, InlineAlign> = { left: "left", center: "center", right: "right" };

/** Header (bold) and body rows → slabs, the header's kept with the first row. */
export function layoutTable(header: TableCell[] | null, rows: TableCell[][], ctx: LayoutContext): BlockSlabs {
  const { table } = ctx.style;
  const bodyStyle: InlineStyle = { metrics: ctx.metrics, size: table.size, face: "body" };
  const headStyle: InlineStyle = { ...bodyStyle, face: "bold" };
  const columns = Math.max(header?.length ?? 0, ...rows.map((row) => row.length));
  if (columns === 0) return { slabs: [], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, keepPrevious: 0 };

  const all: Row[] = [...(header ? [{ cells: header, style: headStyle }] : []), ...rows.map((cells) => ({ cells, style: bodyStyle }))];
  const pad = 2 * table.padX;
  let keepDates = true;
  let prepared = prepareCells(all, keepDates);
  let { min, max } = contentWidths(prepared, columns);
  if (sum(min) + columns * pad > ctx.measure) ({ min, max } = contentWidths((prepared = prepareCells(all, (keepDates = false))), columns));
  const widths = columnWidths(min.map((w) => w + pad), max.map((w) => w + pad), ctx.measure);
  const xs = [ctx.left];
  for (const w of widths) xs.push(xs[xs.length - 1] + w);

  const grid = new TableGrid(xs, ctx);
  const headerSlab = header ? grid.rowSlab(setRow(all[0], prepared[0], widths, pad), true) : undefined;
  const maxRow = ctx.bodyHeight - (headerSlab?.height ?? 0);
  const slabs: Slab[] = headerSlab ? [headerSlab] : [];
  for (let r = header ? 1 : 0; r < all.length; r++) {
    for (const slab of grid.rowSlabs(setRow(all[r], prepared[r], widths, pad), maxRow, !headerSlab && r === 0)) {
      slab.repeatHeader = headerSlab;
      slabs.push(slab);
    }
  }
  if (headerSlab && slabs.length > 1) slabs[1].keepWithPrevious = true; // the header never ends a page
  return { slabs, spaceBefore: table.space, spaceAfter: table.space, keepWithNext: false, keepPrevious: 0 };
}

interface Row {
  cells: TableCell[];
  style: InlineStyle;
}

/** Every cell collected and prepared once (inline stages 1–2), for measuring and then setting it; `keepDates`: dates unbroken. */
function prepareCells(rows: readonly Row[], keepDates: boolean): Prepared[][][] {
  return rows.map(({ cells, style }) => cells.map((cell) => prepareInline(cell.spans, style, keepDates)));
}

/** Each column's narrowest and widest content (pt, unpadded) over all rows. */
function contentWidths(rows: readonly Prepared[][][], columns: number): { min: number[]; max: number[] } {
  const min = new Array<number>(columns).fill(0);
  const max = new Array<number>(columns).fill(0);
  for (const cells of rows) {
    cells.forEach((cell, c) => {
      const m = measurePrepared(cell);
      min[c] = Math.max(min[c], m.min);
      max[c] = Math.max(max[c], m.max);
    });
  }
  return { min, max };
}

/** A row's cells set in their columns (inline stages 3–4): one list of lines per column, [] past its last cell. */
function setRow(row: Row, prepared: readonly Prepared[][], widths: readonly number[], pad: number): InlineLine[][] {
  return widths.map((columnWidth, c) => {
    const cell = row.cells[c];
    const width = Math.max(0, columnWidth - pad);
    return cell ? setInline(prepared[c], row.style, { width, align: ALIGN[cell.align] }) : [];
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Draws rows on fixed column edges `xs`. */
class TableGrid {
  constructor(
    private readonly xs: readonly number[],
    private readonly ctx: LayoutContext,
  ) {}

  /** A row's slabs: one, or (a row taller than `maxHeight`) one per band of lines. */
  rowSlabs(cells: InlineLine[][], maxHeight: number, first: boolean): Slab[] {
    const { leading, padY } = this.ctx.style.table;
    const count = Math.max(1, ...cells.map((lines) => lines.length));
    const band = Math.max(1, Math.floor((maxHeight - 2 * padY) / leading));
    if (count <= band) return [this.rowSlab(cells, first)];
    const slabs: Slab[] = [];
    for (let from = 0; from < count; from += band) {
      slabs.push(this.rowSlab(cells.map((lines) => lines.slice(from, from + band)), first && from === 0));
    }
    return slabs;
  }

  /** One slab: top border (always if `first`, else only when it opens a page), cells, bottom border. */
  rowSlab(cells: InlineLine[][], first: boolean): Slab {
    const { table, ascent } = this.ctx.style;
    const count = Math.max(1, ...cells.map((lines) => lines.length));
    const height = count * table.leading + 2 * table.padY;
    const xs = this.xs;
    const left = xs[0];
    const right = xs[xs.length - 1];
    const top = this.rule(left, 0, right, 0);
    const items: LayoutItem[] = first ? [top] : [];
    const baseline = table.padY + baselineOffset(table, ascent);
    cells.forEach((lines, c) => {
      items.push(this.rule(xs[c], 0, xs[c], -height));
      lines.forEach((line, k) => {
        for (const item of line.items) {
          // moved in place: the lines are fresh from setRow and each is drawn in one slab only
          item.x = item.x + xs[c] + table.padX;
          item.y = -(baseline + k * table.leading);
          items.push(item);
        }
      });
    });
    items.push(this.rule(right, 0, right, -height), this.rule(left, -height, right, -height));
    return { height, spaceBefore: 0, keepWithPrevious: false, items, pageTopItems: first ? undefined : [top] };
  }

  private rule(x1: number, y1: number, x2: number, y2: number): RuleItem {
    return { kind: "rule", x1, y1, x2, y2, width: this.ctx.style.table.rule };
  }
}
