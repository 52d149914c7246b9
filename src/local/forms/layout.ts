/**
 * A small layout toolkit for the standard forms, on pdf-lib (stack.md §2.9): A4 pages with the margins of
 * Decree 30/2020/NĐ-CP (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm), an embedded Liberation Serif
 * (metric-compatible with Times New Roman; subset), word-wrapped mixed-style paragraphs measured with the font,
 * a flowing cursor with page breaks, and a footer stamped on every page with the form number, the template
 * version and "Trang i/n". All text is normalised to NFC before it is measured or drawn (pdf-lib does no
 * shaping, so NFD input would misplace the tone marks).
 *
 * Tables, the national heading, signatures and the QR code are in layout-blocks.ts and layout-table.ts.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { FormTemplate } from './templates.ts';

export const MM = 72 / 25.4;
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;
export const BODY_SIZE = 13;
export const BLACK = rgb(0, 0, 0);

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text in one style; a paragraph is a list of runs. */
export interface Run {
  text: string;
  style?: FontStyle;
}

export interface ParagraphOptions {
  size?: number;
  /** Style of a plain-string paragraph (runs carry their own). */
  style?: FontStyle;
  align?: Align;
  /** First-line indent in points. */
  indent?: number;
  x?: number;
  width?: number;
  /** Line advance as a multiple of the size. */
  lineHeight?: number;
  spaceAfter?: number;
}

interface Piece {
  text: string;
  style: FontStyle;
  width: number;
}
interface Word {
  pieces: Piece[];
  width: number;
}
export interface Line {
  words: Word[];
  width: number;
  /** Last line of a paragraph or before a forced break: never justified. */
  last: boolean;
}

const FONT_FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};
const fontBytes = new Map<FontStyle, Uint8Array>();

function loadFont(style: FontStyle): Uint8Array {
  let bytes = fontBytes.get(style);
  if (!bytes) {
    bytes = readFileSync(new URL(`../../../assets/fonts/${FONT_FILES[style]}`, import.meta.url));
    fontBytes.set(style, bytes);
  }
  return bytes;
}

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** What the footer and the metadata say about the document. */
export interface FormMeta {
  /** A standard form's template, or any document's own (results: number "KQ", their template version). */
  template: Pick<FormTemplate, 'nameVi' | 'version'> & { number: string };
  /** Footer text on the left (default "Mẫu số <number> — <version>"). */
  footer?: string;
  /** Document title (metadata), e.g. the form name and the dossier code. */
  title: string;
  dossierCode: string;
  /** Issue instant (ISO with offset): creation date in the metadata. */
  issuedAt: string;
  /** A4 landscape (the register's many columns). */
  landscape?: boolean;
}

/** A form being laid out: pages, fonts, and a cursor `y` (top of the next line, PDF points from the bottom). */
export class FormDocument {
  readonly left = MARGINS.left;
  readonly right: number;
  readonly top: number;
  readonly bottom = MARGINS.bottom;
  /** [width, height] of every page: A4 portrait, or landscape for a wide register (Form 07). */
  readonly pageSize: [number, number];
  readonly pages: PDFPage[] = [];
  page: PDFPage;
  y: number;
  /** Size of body paragraphs without their own (a dense form such as the receipt may use 12). */
  bodySize = BODY_SIZE;

  private constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Record<FontStyle, PDFFont>,
    readonly meta: FormMeta,
  ) {
    this.pageSize = meta.landscape ? [PAGE_HEIGHT, PAGE_WIDTH] : [PAGE_WIDTH, PAGE_HEIGHT];
    this.right = this.pageSize[0] - MARGINS.right;
    this.top = this.pageSize[1] - MARGINS.top;
    this.page = this.addPage();
    this.y = this.top;
  }

  static async create(meta: FormMeta): Promise<FormDocument> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const fonts = {} as Record<FontStyle, PDFFont>;
    for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
      fonts[style] = await pdf.embedFont(loadFont(style), { subset: true });
    }
    return new FormDocument(pdf, fonts, meta);
  }

  get width(): number {
    return this.right - this.left;
  }

  addPage(): PDFPage {
    const page = this.pdf.addPage(this.pageSize);
    this.pages.push(page);
    this.page = page;
    this.y = this.top;
    return page;
  }

  /** Break the page unless `height` points still fit above the bottom margin. Returns true on a break. */
  ensure(height: number): boolean {
    if (this.y - height >= this.bottom) return false;
    this.addPage();
    return true;
  }

  gap(points: number): void {
    this.y = Math.max(this.bottom, this.y - points);
  }

  textWidth(text: string, style: FontStyle, size: number): number {
    return this.fonts[style].widthOfTextAtSize(nfc(text), size);
  }

  /** Draw one line of text with its baseline at `baseline`. */
  drawText(text: string, x: number, baseline: number, style: FontStyle, size: number): void {
    if (text === '') return;
    this.page.drawText(nfc(text), { x, y: baseline, size, font: this.fonts[style], color: BLACK });
  }

  hline(x1: number, x2: number, y: number, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
  }

  /** Break runs into lines no wider than `width` (the first line `indent` narrower). */
  wrap(
    content: Run[] | string,
    width: number,
    size: number,
    opts: { style?: FontStyle; indent?: number } = {},
  ): Line[] {
    const runs = typeof content === 'string' ? [{ text: content, style: opts.style ?? 'regular' }] : content;
    const space = this.textWidth(' ', 'regular', size);
    const lines: Line[] = [];
    let cur: Line = { words: [], width: 0, last: false };
    let word: Word | undefined;
    const avail = (): number => width - (lines.length === 0 ? (opts.indent ?? 0) : 0);
    const pushLine = (last: boolean): void => {
      cur.last = last;
      lines.push(cur);
      cur = { words: [], width: 0, last: false };
    };
    const place = (w: Word): void => {
      const extra = cur.words.length > 0 ? space : 0;
      if (cur.words.length > 0 && cur.width + extra + w.width > avail()) pushLine(false);
      if (w.width > avail()) {
        for (const part of this.splitWord(w, avail(), size)) {
          if (cur.words.length > 0) pushLine(false);
          cur.words.push(part);
          cur.width = part.width;
        }
        return;
      }
      cur.width += (cur.words.length > 0 ? space : 0) + w.width;
      cur.words.push(w);
    };
    const flush = (): void => {
      if (word && word.pieces.length > 0) place(word);
      word = undefined;
    };
    for (const run of runs) {
      const style = run.style ?? opts.style ?? 'regular';
      for (const token of nfc(run.text).split(/(\n|[^\S\n]+)/)) {
        if (token === '') continue;
        if (token === '\n') {
          flush();
          pushLine(true);
        } else if (/^\s+$/.test(token)) {
          flush();
        } else {
          word ??= { pieces: [], width: 0 };
          const w = this.textWidth(token, style, size);
          word.pieces.push({ text: token, style, width: w });
          word.width += w;
        }
      }
    }
    flush();
    if (cur.words.length > 0 || lines.length === 0) pushLine(true);
    else if (lines.length > 0) lines[lines.length - 1]!.last = true;
    return lines;
  }

  private splitWord(w: Word, width: number, size: number): Word[] {
    const parts: Word[] = [];
    let cur: Word = { pieces: [], width: 0 };
    for (const p of w.pieces) {
      for (const ch of p.text) {
        const cw = this.textWidth(ch, p.style, size);
        if (cur.width + cw > width && cur.width > 0) {
          parts.push(cur);
          cur = { pieces: [], width: 0 };
        }
        const last = cur.pieces[cur.pieces.length - 1];
        if (last && last.style === p.style) {
          last.text += ch;
          last.width += cw;
        } else cur.pieces.push({ text: ch, style: p.style, width: cw });
        cur.width += cw;
      }
    }
    if (cur.pieces.length > 0) parts.push(cur);
    return parts;
  }

  /** Draw one wrapped line whose top is at `top`. */
  drawLine(line: Line, x: number, top: number, width: number, size: number, align: Align): void {
    const baseline = top - size * 0.95;
    const space = this.textWidth(' ', 'regular', size);
    let gapWidth = space;
    let cx = x;
    if (align === 'center') cx = x + (width - line.width) / 2;
    else if (align === 'right') cx = x + width - line.width;
    else if (align === 'justify' && !line.last && line.words.length > 1) {
      gapWidth = space + (width - line.width) / (line.words.length - 1);
    }
    for (const w of line.words) {
      for (const p of w.pieces) {
        this.drawText(p.text, cx, baseline, p.style, size);
        cx += p.width;
      }
      cx += gapWidth;
    }
  }

  /** A flowing paragraph at the cursor; breaks pages between lines. */
  paragraph(content: Run[] | string, opts: ParagraphOptions = {}): void {
    const size = opts.size ?? this.bodySize;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.right - x;
    const advance = size * (opts.lineHeight ?? 1.25);
    const indent = opts.indent ?? 0;
    const lines = this.wrap(content, width, size, { style: opts.style ?? 'regular', indent });
    lines.forEach((line, i) => {
      this.ensure(advance);
      const dx = i === 0 ? indent : 0;
      this.drawLine(line, x + dx, this.y, width - dx, size, opts.align ?? 'justify');
      this.y -= advance;
    });
    this.gap(opts.spaceAfter ?? 2);
  }

  /** Height a paragraph would take, without drawing it. */
  measureParagraph(content: Run[] | string, width: number, opts: ParagraphOptions = {}): number {
    const size = opts.size ?? this.bodySize;
    const lines = this.wrap(content, width, size, {
      style: opts.style ?? 'regular',
      indent: opts.indent ?? 0,
    });
    return lines.length * size * (opts.lineHeight ?? 1.25) + (opts.spaceAfter ?? 2);
  }

  /** Stamp the footer on every page, write the metadata, and serialise. */
  async save(): Promise<Uint8Array> {
    const { template } = this.meta;
    const size = 9;
    const baseline = this.bottom / 2;
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      this.page = page;
      this.drawText(this.meta.footer ?? `Mẫu số ${template.number} — ${template.version}`, this.left, baseline, 'italic', size);
      if (i > 0) {
        const cont = `${template.nameVi} — ${this.meta.footer ? '' : 'mã hồ sơ '}${this.meta.dossierCode} (tiếp theo)`;
        this.drawText(cont, this.right - this.textWidth(cont, 'italic', size), this.top + 14, 'italic', size);
      }
      const right = `Trang ${i + 1}/${total}`;
      this.drawText(right, this.right - this.textWidth(right, 'italic', size), baseline, 'italic', size);
    });
    const issued = new Date(Date.parse(this.meta.issuedAt));
    this.pdf.setTitle(nfc(this.meta.title), { showInWindowTitleBar: true });
    this.pdf.setSubject(nfc(this.meta.footer ? `${template.nameVi} (${template.version})` : `Mẫu số ${template.number}: ${template.nameVi} (${template.version})`));
    this.pdf.setKeywords([
      template.version,
      `formTemplateVersion=${template.version}`,
      this.meta.dossierCode,
    ]);
    this.pdf.setAuthor('motcua');
    this.pdf.setCreator('motcua');
    this.pdf.setProducer('motcua (pdf-lib)');
    this.pdf.setLanguage('vi-VN');
    this.pdf.setCreationDate(issued);
    this.pdf.setModificationDate(issued);
    return this.pdf.save();
  }
}
