/**
 * Test support: real sample files made on the fly (sharp, pdf-lib) and poppler's view of a PDF. Nothing here is
 * a stored fixture.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

const colour = (i: number) => ({ r: (60 * i) % 256, g: 120, b: 200 });

export function jpegSample(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour(1) } }).jpeg().toBuffer();
}

export function pngSample(width = 300, height = 400, alpha = false): Promise<Buffer> {
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background: { ...colour(2), alpha: 0.5 } } })
    .png()
    .toBuffer();
}

export function grayPngSample(width = 400, height = 560): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 90, g: 90, b: 90 } } })
    .toColourspace('b-w')
    .png()
    .toBuffer();
}

/** A multi-page TIFF, each page a different colour. */
export async function tiffSample(pages = 3, width = 200, height = 300): Promise<Buffer> {
  const imgs = await Promise.all(
    Array.from({ length: pages }, (_v, i) => sharp({ create: { width, height, channels: 3, background: colour(i) } }).png().toBuffer()),
  );
  if (imgs.length === 1) return sharp(imgs[0]).tiff().toBuffer();
  return sharp(imgs, { join: { animated: true } }).tiff().toBuffer();
}

/** A JPEG photo taken sideways: stored 600×400 with EXIF orientation 6 (display 400×600). */
export function rotatedJpegSample(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 400, channels: 3, background: colour(3) } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function pdfSample(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([612, 792]).drawText(`Sample page ${i + 1}`, { x: 50, y: 700, size: 24, font });
  return doc.save();
}

/** A PDF whose trailer declares a (standard security handler) /Encrypt dictionary. */
export async function encryptedPdfSample(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await pdfSample(1));
  const enc = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: 'owner-hash', U: 'user-hash', P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(enc);
  return doc.save();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A PNG that declares width×height pixels in its header but carries almost no data (a decompression bomb's shape). */
export function hugePngHeader(width = 30000, height = 30000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function withTempPdf<T>(bytes: Uint8Array, f: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-documents-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return f(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo` of the bytes as key → value (with the document's custom Info keys). */
export function pdfinfo(bytes: Uint8Array): Record<string, string> {
  return withTempPdf(bytes, (file) => {
    const out: Record<string, string> = {};
    // -custom prints only the Info dictionary (all its keys); the plain run adds pages, page size, encryption …
    const text = ['-custom', ''].map((flag) =>
      execFileSync('pdfinfo', ['-enc', 'UTF-8', '-isodates', ...(flag ? [flag] : []), file], { encoding: 'utf8' }),
    ).join('\n');
    for (const line of text.split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m) out[m[1]!.trim()] = m[2]!.normalize('NFC');
    }
    return out;
  });
}

/** `pdftotext` of the bytes (NFC). */
export function pdftext(bytes: Uint8Array): string {
  return withTempPdf(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC'));
}

/** The first page rendered by `pdftoppm` as PNG bytes (low resolution). */
export function renderFirstPage(bytes: Uint8Array, dpi = 50): Buffer {
  return withTempPdf(bytes, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'p1')]);
    return readFileSync(path.join(dir, 'p1.png'));
  });
}

/** `pdfimages -list` rows: [page, width, height, colour] of every image. */
export function pdfimages(bytes: Uint8Array): Array<{ page: number; width: number; height: number; color: string }> {
  return withTempPdf(bytes, (file) =>
    execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/))
      .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), color: c[5]! })),
  );
}

/** Page sizes in points as reported by `pdfinfo -f 1 -l N`. */
export function pageSizes(bytes: Uint8Array): Array<[number, number]> {
  return withTempPdf(bytes, (file) =>
    [...execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as [number, number],
    ),
  );
}
