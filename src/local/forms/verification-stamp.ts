/**
 * The verification block stamped on every page of an issued PDF before it is signed: a QR code pointing at the
 * public verification page and the code under it, in the left margin next to the footer (30 mm of Decree
 * 30/2020 margin, so it never covers the text). Used by the signed standard forms and the electronic results.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

export interface VerificationStamp {
  /** XXXX-XXXX-XXXX. */
  code: string;
  url: string;
}

let fontBytes: Uint8Array | undefined;

const QR = 60;

export async function stampVerification(pdf: Uint8Array, v: VerificationStamp): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  fontBytes ??= readFileSync(new URL('../../../assets/fonts/LiberationSerif-Regular.ttf', import.meta.url));
  const font = await doc.embedFont(fontBytes, { subset: true });
  const png = await doc.embedPng(
    await QRCode.toBuffer(v.url, { errorCorrectionLevel: 'M', margin: 1, width: 240 }),
  );
  const label = 'Mã xác thực'.normalize('NFC');
  for (const page of doc.getPages()) {
    const x = 14;
    page.drawImage(png, { x, y: 30, width: QR, height: QR });
    page.drawText(label, { x: x + (QR - font.widthOfTextAtSize(label, 7)) / 2, y: 21, size: 7, font, color: rgb(0, 0, 0) });
    page.drawText(v.code, { x: x + (QR - font.widthOfTextAtSize(v.code, 7)) / 2, y: 12, size: 7, font, color: rgb(0, 0, 0) });
    // The address, read bottom to top along the margin above the QR code.
    page.drawText(`Xác thực tại: ${v.url}`.normalize('NFC'), {
      x: x + QR / 2 + 3,
      y: 30 + QR + 8,
      size: 7,
      font,
      color: rgb(0, 0, 0),
      rotate: degrees(90),
    });
  }
  return doc.save();
}
