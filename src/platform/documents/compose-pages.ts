/**
 * Composition of one digitised copy per dossier component, run inside a worker thread of src/platform/sandbox
 * (compose.ts is the entry point the services call): scans and phone photos (JPEG, PNG, TIFF including
 * multi-page) are normalised with sharp and placed one per A4 page; PDF pages are copied in order. Every page gets
 * a footer line saying it is a digitised copy of a paper, and the document carries the §5.2 metadata (Info
 * dictionary and an XMP packet). The result stays loadable by pdf-lib so @signpdf can add its signature.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFHexString, PDFName, type PDFFont, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../errors.ts';
import { detectFileType } from './file-type.ts';
import { withInflateBudget } from './inflate-budget.ts';
import { assertObjectCount, measureImagePages } from './inspect-content.ts';
import type { DocumentLimits } from './limits.ts';
import type { DigitisationMetadata } from './metadata.ts';
import { attachXmp, metadataEntries } from './xmp.ts';

/** A4 in PDF points, and the pixel box of A4 at 200 dpi. */
const A4 = { w: 595.28, h: 841.89 };
const A4_PX = { w: 1654, h: 2339 };
const MARGIN = 18;
const FOOTER_SPACE = 22;
const FOOTER_SIZE = 8;

let fontBytes: Uint8Array | undefined;
function serifFont(): Uint8Array {
  fontBytes ??= readFileSync(new URL('../../../assets/fonts/LiberationSerif-Regular.ttf', import.meta.url));
  return fontBytes;
}

/** dd/mm/yyyy of an instant, in Vietnam time. */
function vnDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function footerText(m: Pick<DigitisationMetadata, 'digitisingUnit' | 'digitisedAt'>): string {
  return `Bản số hóa từ bản giấy — ${m.digitisingUnit} — ${vnDate(m.digitisedAt)}`.normalize('NFC');
}

/** One image page → JPEG fitted to A4 at 200 dpi, upright, without alpha; grayscale scans stay grayscale. */
async function normaliseImage(bytes: Uint8Array, page: number, limits: DocumentLimits) {
  const input = () => sharp(bytes, { page, limitInputPixels: limits.maxPixels, failOn: 'truncated' });
  const meta = await input().metadata();
  const gray = meta.space === 'b-w' || meta.space === 'grey16' || meta.channels === 1 || (meta.channels === 2 && meta.hasAlpha);
  const oriented = meta.autoOrient ?? { width: meta.width ?? 1, height: meta.height ?? 1 };
  const landscape = oriented.width > oriented.height;
  const box = landscape ? { w: A4_PX.h, h: A4_PX.w } : A4_PX;
  let img = input().rotate().flatten({ background: '#ffffff' }).resize(box.w, box.h, { fit: 'inside', withoutEnlargement: true });
  if (gray) img = img.toColourspace('b-w');
  const { data, info } = await img.jpeg({ quality: 80, chromaSubsampling: '4:2:0' }).toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height, landscape };
}

async function addImagePages(out: PDFDocument, bytes: Uint8Array, limits: DocumentLimits): Promise<void> {
  // Measured again from the headers (a scan kept from before a limit changed is held to today's limits).
  const { pages } = await measureImagePages(bytes, limits);
  for (let i = 0; i < pages; i++) {
    const img = await normaliseImage(bytes, i, limits);
    const size: [number, number] = img.landscape ? [A4.h, A4.w] : [A4.w, A4.h];
    const page = out.addPage(size);
    const embedded = await out.embedJpg(img.jpeg);
    const boxW = size[0] - 2 * MARGIN;
    const boxH = size[1] - 2 * MARGIN - FOOTER_SPACE;
    const scale = Math.min(boxW / img.width, boxH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    page.drawImage(embedded, { x: (size[0] - w) / 2, y: MARGIN + FOOTER_SPACE + (boxH - h) / 2, width: w, height: h });
  }
}

async function addPdfPages(out: PDFDocument, bytes: Uint8Array): Promise<void> {
  let src: PDFDocument;
  try {
    src = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (err) {
    throw new AppError('pdf-corrupt', { cause: err });
  }
  const copied = await out.copyPages(src, src.getPageIndices());
  for (const p of copied) out.addPage(p);
}

function drawFooter(page: PDFPage, font: PDFFont, line: string): void {
  const { width } = page.getSize();
  let size = FOOTER_SIZE;
  while (size > 5 && font.widthOfTextAtSize(line, size) > width - 2 * MARGIN) size -= 0.5;
  const w = font.widthOfTextAtSize(line, size);
  page.drawText(line, { x: Math.max(MARGIN, (width - w) / 2), y: MARGIN, size, font });
}

function setInfo(doc: PDFDocument, m: DigitisationMetadata): void {
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setSubject(m.abstract);
  doc.setAuthor(m.issuer ?? m.digitisingUnit);
  doc.setKeywords([m.documentTypeCode, m.number, ...(m.keywords ?? [])].filter((k): k is string => !!k));
  doc.setCreator('motcua');
  doc.setProducer('motcua');
  doc.setCreationDate(new Date(m.digitisedAt));
  doc.setModificationDate(new Date(m.digitisedAt));
  doc.setLanguage('vi-VN');
  // pdf-lib keeps the Info dictionary private; it is the trailer's /Info.
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const [k, v] of metadataEntries(m)) info.set(PDFName.of(k), PDFHexString.fromText(v));
}

/**
 * Compose the digitised copy of one component from its pages, in order (each an image or a PDF), with the
 * metadata. Throws AppError `digitisation-no-pages`, `file-type-not-allowed`, `pdf-corrupt`, `image-corrupt`,
 * `too-many-pages`.
 */
export async function composePages(
  pages: Array<{ bytes: Uint8Array }>,
  metadata: DigitisationMetadata,
  limits: DocumentLimits,
): Promise<Uint8Array> {
  if (!pages.length) throw new AppError('digitisation-no-pages');
  const out = await PDFDocument.create({ updateMetadata: false });
  out.registerFontkit(fontkit);
  const font = await out.embedFont(serifFont(), { subset: true });
  for (const { bytes } of pages) {
    const type = detectFileType(bytes.subarray(0, 16));
    if (!type) throw new AppError('file-type-not-allowed');
    try {
      if (type === 'pdf') await withInflateBudget(limits.maxInflatedBytes, () => addPdfPages(out, bytes));
      else await addImagePages(out, bytes, limits);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof Error && /pixel limit/i.test(err.message)) throw new AppError('image-too-large', { cause: err });
      throw new AppError(type === 'pdf' ? 'pdf-corrupt' : 'image-corrupt', { cause: err });
    }
    if (out.getPageCount() > limits.maxPages)
      throw new AppError('too-many-pages', { data: { maxPages: limits.maxPages } });
  }
  assertObjectCount(out, limits);
  const line = footerText(metadata);
  for (const page of out.getPages()) drawFooter(page, font, line);
  setInfo(out, metadata);
  attachXmp(out, metadata);
  return out.save({ useObjectStreams: false });
}
