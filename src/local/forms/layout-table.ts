/**
 * Bordered tables with wrapped cells for the forms. Rows never split across pages: a row that does not fit
 * goes to the next page, where the header is drawn again. An optional group row spans several columns
 * ("Số lượng" over "Bản chính | Bản chứng thực | Bản photo"); columns outside a group span both header rows.
 */
import { BLACK } from './layout.ts';
import type { Align, FontStyle, FormDocument, Line } from './layout.ts';

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the table width in proportion. */
  weight: number;
  align?: Exclude<Align, 'justify'>;
}

export interface TableGroup {
  label: string;
  /** Index of the first column in the group and how many columns it spans. */
  from: number;
  span: number;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  groups?: TableGroup[];
  size?: number;
  /** Cell padding in points. */
  padding?: number;
}

interface Cell {
  lines: Line[];
  align: Exclude<Align, 'justify'>;
}

function cellLines(doc: FormDocument, text: string, width: number, size: number, style: FontStyle): Line[] {
  return doc.wrap(text, width, size, { style });
}

/** Draw a table at the cursor, flowing over pages. */
export function drawTable(doc: FormDocument, spec: TableSpec): void {
  const size = spec.size ?? 11;
  const pad = spec.padding ?? 3;
  const advance = size * 1.2;
  const total = spec.columns.reduce((s, c) => s + c.weight, 0);
  const widths = spec.columns.map((c) => (doc.width * c.weight) / total);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), doc.left);
  const groups = spec.groups ?? [];
  const groupOf = (i: number): TableGroup | undefined =>
    groups.find((g) => i >= g.from && i < g.from + g.span);

  const headerCells = spec.columns.map((c, i) =>
    cellLines(doc, c.header, widths[i]! - 2 * pad, size, 'bold'),
  );
  const groupCells = groups.map((g) => {
    const w = widths.slice(g.from, g.from + g.span).reduce((s, x) => s + x, 0);
    return { g, w, lines: cellLines(doc, g.label, w - 2 * pad, size, 'bold') };
  });
  const groupRowH = groups.length
    ? Math.max(...groupCells.map((c) => c.lines.length)) * advance + 2 * pad
    : 0;
  const colRowH = Math.max(...headerCells.map((l) => l.length)) * advance + 2 * pad;
  const headerH = groupRowH + colRowH;

  const rect = (x: number, top: number, w: number, h: number): void => {
    doc.page.drawRectangle({ x, y: top - h, width: w, height: h, borderColor: BLACK, borderWidth: 0.6 });
  };
  const drawLines = (
    lines: Line[],
    x: number,
    top: number,
    w: number,
    h: number,
    align: Cell['align'],
    v: 'top' | 'middle',
  ): void => {
    const textH = lines.length * advance;
    let y = v === 'middle' ? top - (h - textH) / 2 : top - pad;
    for (const line of lines) {
      doc.drawLine(line, x + pad, y, w - 2 * pad, size, align);
      y -= advance;
    }
  };
  const drawHeader = (): void => {
    const top = doc.y;
    for (const gc of groupCells) {
      const x = xs[gc.g.from]!;
      rect(x, top, gc.w, groupRowH);
      drawLines(gc.lines, x, top, gc.w, groupRowH, 'center', 'middle');
    }
    spec.columns.forEach((_c, i) => {
      const inGroup = groupOf(i) !== undefined;
      const cTop = inGroup ? top - groupRowH : top;
      const h = inGroup ? colRowH : headerH;
      rect(xs[i]!, cTop, widths[i]!, h);
      drawLines(headerCells[i]!, xs[i]!, cTop, widths[i]!, h, 'center', 'middle');
    });
    doc.y -= headerH;
  };

  const firstRowH = spec.rows[0] ? rowHeight(0) : 0;
  doc.ensure(headerH + firstRowH);
  drawHeader();
  spec.rows.forEach((row, r) => {
    const h = rowHeight(r);
    if (doc.ensure(h)) drawHeader();
    const cells = cellsOf(row);
    cells.forEach((cell, i) => {
      rect(xs[i]!, doc.y, widths[i]!, h);
      drawLines(cell.lines, xs[i]!, doc.y, widths[i]!, h, cell.align, 'top');
    });
    doc.y -= h;
  });
  doc.gap(6);

  function cellsOf(row: string[]): Cell[] {
    return spec.columns.map((c, i) => ({
      lines: cellLines(doc, row[i] ?? '', widths[i]! - 2 * pad, size, 'regular'),
      align: c.align ?? 'left',
    }));
  }
  function rowHeight(r: number): number {
    const cells = cellsOf(spec.rows[r] ?? []);
    return Math.max(1, ...cells.map((c) => c.lines.length)) * advance + 2 * pad;
  }
}
