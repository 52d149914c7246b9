/**
 * The fixed blocks of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Phụ lục I): the agency
 * name on the left (governing agency upper case, issuing unit upper case bold, short rule below), the
 * national heading on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" with
 * a rule as long as the motto), the italic place-and-date line, the centred title, the tracking QR code, the
 * recipients list and the signature blocks.
 */
import QRCode from 'qrcode';
import { BODY_SIZE } from './layout.ts';
import type { FormDocument, Run } from './layout.ts';

export interface HeadingSpec {
  /** Governing agency, e.g. "Ủy ban nhân dân phường Hạc Thành" (printed upper case). */
  agencyName: string;
  /** Issuing unit, e.g. "Bộ phận Một cửa" (printed upper case, bold). */
  unitName: string;
  /** Lines under the agency block ("Số: …", "Mã hồ sơ: …"). */
  leftLines?: Run[][];
  /** "Thanh Hóa, ngày 24 tháng 4 năm 2025" (italic, under the motto). */
  placeDate: string;
  /** Tracking QR code drawn under the place-and-date line, with a caption on its left. */
  qr?: { url: string; caption: string };
}

const HEAD_SIZE = 12.5;
const QR_SIZE = 64;

function upper(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi');
}

/** Draw a centred stack of lines in a column; returns the y under the last line and its width. */
function centred(
  doc: FormDocument,
  content: Run[] | string,
  x: number,
  width: number,
  size: number,
  y: number,
): { y: number; lastWidth: number } {
  const lines = doc.wrap(content, width, size);
  let top = y;
  let lastWidth = 0;
  for (const line of lines) {
    doc.drawLine(line, x, top, width, size, 'center');
    top -= size * 1.2;
    lastWidth = line.width;
  }
  return { y: top, lastWidth };
}

export async function drawHeading(doc: FormDocument, spec: HeadingSpec): Promise<void> {
  const leftW = doc.width * 0.4;
  const rightX = doc.left + leftW;
  const rightW = doc.width - leftW;
  const top = doc.y;

  let ly = centred(doc, upper(spec.agencyName), doc.left, leftW, HEAD_SIZE, top).y;
  const unit = centred(doc, [{ text: upper(spec.unitName), style: 'bold' }], doc.left, leftW, HEAD_SIZE, ly);
  ly = unit.y - 2.5;
  const rule = Math.max(unit.lastWidth / 3, 40);
  doc.hline(doc.left + (leftW - rule) / 2, doc.left + (leftW + rule) / 2, ly);
  ly -= 8;
  for (const runs of spec.leftLines ?? []) ly = centred(doc, runs, doc.left, leftW, BODY_SIZE, ly).y;

  let ry = centred(
    doc,
    [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'bold' }],
    rightX,
    rightW,
    HEAD_SIZE,
    top,
  ).y;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  ry = centred(doc, [{ text: motto, style: 'bold' }], rightX, rightW, BODY_SIZE, ry).y - 2.5;
  const mw = doc.textWidth(motto, 'bold', BODY_SIZE);
  doc.hline(rightX + (rightW - mw) / 2, rightX + (rightW + mw) / 2, ry);
  ry -= 8;
  ry = centred(doc, [{ text: spec.placeDate, style: 'italic' }], rightX, rightW, BODY_SIZE, ry).y;

  if (spec.qr) {
    ry -= 4;
    const png = await QRCode.toBuffer(spec.qr.url, { errorCorrectionLevel: 'M', margin: 1, width: 256 });
    const image = await doc.pdf.embedPng(png);
    const qrX = doc.right - QR_SIZE;
    doc.page.drawImage(image, { x: qrX, y: ry - QR_SIZE, width: QR_SIZE, height: QR_SIZE });
    const capW = Math.min(130, qrX - rightX - 8);
    const capLines = doc.wrap([{ text: spec.qr.caption, style: 'italic' }], capW, 10);
    let cy = ry - (QR_SIZE - capLines.length * 12) / 2;
    for (const line of capLines) {
      doc.drawLine(line, qrX - 8 - capW, cy, capW, 10, 'right');
      cy -= 12;
    }
    ry -= QR_SIZE;
  }
  doc.y = Math.min(ly, ry) - 14;
}

/** Centred bold upper-case title, with optional centred lines under it. */
export function drawTitle(doc: FormDocument, title: string, sublines: Run[][] = []): void {
  doc.paragraph([{ text: upper(title), style: 'bold' }], { size: 14, align: 'center', spaceAfter: 2 });
  for (const runs of sublines) doc.paragraph(runs, { align: 'center', spaceAfter: 0 });
  doc.gap(10);
}

export interface SignatureBlock {
  /** Lines above the title, e.g. "TL. CHỦ TỊCH". */
  over?: string[];
  /** Upper-case bold title: "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  title: string;
  /** Italic note under the title; default "(Ký, ghi rõ họ tên)". */
  note?: string;
  /** Signer's name, bold, under the signing space; blank for a hand-written name. */
  name?: string;
}

const SIGN_SPACE = 56;

/** The height the signature group takes (to keep the text before it on the same page). */
export function signaturesHeight(blocks: SignatureBlock[], recipients?: string[]): number {
  const heights = blocks.map((b) => ((b.over?.length ?? 0) + 3) * 16 + SIGN_SPACE);
  const recH = recipients ? (recipients.length + 1) * 14 : 0;
  return Math.max(recH, ...heights) + 10;
}

/**
 * Signature blocks side by side (one block sits in the right half). With `recipients`, the "Nơi nhận:" list
 * takes the left half and the single block the right half. The whole group stays on one page.
 */
export function drawSignatures(doc: FormDocument, blocks: SignatureBlock[], recipients?: string[]): void {
  const cols = blocks.length === 1 ? 2 : blocks.length;
  const colW = doc.width / cols;
  doc.ensure(signaturesHeight(blocks, recipients));
  const top = doc.y;
  let bottom = top;
  blocks.forEach((b, i) => {
    const x = doc.left + colW * (blocks.length === 1 ? 1 : i);
    let y = top;
    for (const o of b.over ?? [])
      y = centred(doc, [{ text: upper(o), style: 'bold' }], x, colW, BODY_SIZE, y).y;
    y = centred(doc, [{ text: upper(b.title), style: 'bold' }], x, colW, BODY_SIZE, y).y;
    y = centred(doc, [{ text: b.note ?? '(Ký, ghi rõ họ tên)', style: 'italic' }], x, colW, 11, y).y;
    y -= SIGN_SPACE;
    if (b.name) y = centred(doc, [{ text: b.name, style: 'bold' }], x, colW, BODY_SIZE, y).y;
    bottom = Math.min(bottom, y);
  });
  if (recipients) {
    let y = top;
    const w = colW - 6;
    for (const line of doc.wrap([{ text: 'Nơi nhận:', style: 'boldItalic' }], w, 12)) {
      doc.drawLine(line, doc.left, y, w, 12, 'left');
      y -= 14;
    }
    for (const r of recipients) {
      for (const line of doc.wrap(`- ${r}`, w, 11)) {
        doc.drawLine(line, doc.left, y, w, 11, 'left');
        y -= 13;
      }
    }
    bottom = Math.min(bottom, y);
  }
  doc.y = bottom - 6;
}
