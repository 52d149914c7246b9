import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { prewarmSandbox } from '../sandbox/pool.ts';
import { detectFileType, inspectDocument, safeFileName } from './inspect.ts';
import { manyObjectsPdf, pdfFlateBomb, tiffPixelBomb } from './bombs.testkit.ts';
import { defaultLimits } from './limits.ts';
import {
  encryptedPdfSample,
  hugePngHeader,
  jpegSample,
  pdfSample,
  pngSample,
  tiffSample,
} from './samples.testkit.ts';

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected a refusal');
}


// The files are read in worker threads (src/platform/sandbox): load one before the first test's clock starts.
beforeAll(() => prewarmSandbox(defaultLimits.heapMb), 60_000);

describe('detectFileType', () => {
  it('knows PDF, JPEG, PNG and both TIFF byte orders by their magic bytes', async () => {
    expect(detectFileType(await pdfSample(1))).toBe('pdf');
    expect(detectFileType(await jpegSample())).toBe('jpeg');
    expect(detectFileType(await pngSample())).toBe('png');
    expect(detectFileType(await tiffSample(1))).toBe('tiff');
    expect(detectFileType(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
    expect(detectFileType(new TextEncoder().encode('GIF89a....'))).toBeUndefined();
    expect(detectFileType(new Uint8Array([0x25, 0x50]))).toBeUndefined();
  });
});

describe('inspectDocument', () => {
  it('measures a JPEG, a PNG and a 3-page TIFF', async () => {
    const jpeg = await inspectDocument(await jpegSample(640, 480), { fileName: 'anh.JPG', contentType: 'image/jpeg' });
    expect(jpeg).toMatchObject({ type: 'jpeg', mime: 'image/jpeg', pages: 1, width: 640, height: 480 });
    expect(jpeg.sha256).toMatch(/^[0-9a-f]{64}$/);
    const png = await inspectDocument(await pngSample(300, 400), { fileName: 'scan.png' });
    expect(png).toMatchObject({ type: 'png', pages: 1, width: 300, height: 400 });
    const tiff = await inspectDocument(await tiffSample(3), { fileName: 'scan.tiff', contentType: 'image/tiff' });
    expect(tiff).toMatchObject({ type: 'tiff', mime: 'image/tiff', pages: 3, width: 200, height: 300 });
  });

  it('counts the pages of a PDF', async () => {
    const bytes = await pdfSample(4);
    const r = await inspectDocument(bytes, { fileName: 'tờ khai.pdf', contentType: 'application/pdf' });
    expect(r).toMatchObject({ type: 'pdf', mime: 'application/pdf', pages: 4, size: bytes.length });
  });

  it('refuses an empty file', async () => {
    expect(await refusal(inspectDocument(new Uint8Array()))).toBe('file-empty');
  });

  it('refuses content that is none of the accepted types, whatever its name', async () => {
    const exe = new TextEncoder().encode('MZ\x90\x00 this is not a document');
    expect(await refusal(inspectDocument(exe, { fileName: 'giay-to.pdf', contentType: 'application/pdf' }))).toBe(
      'file-type-not-allowed',
    );
  });

  it('refuses a PNG named .pdf or declared as application/pdf, and a PDF named .exe', async () => {
    const png = await pngSample();
    expect(await refusal(inspectDocument(png, { fileName: 'giay-khai-sinh.pdf' }))).toBe('file-type-mismatch');
    expect(await refusal(inspectDocument(png, { contentType: 'application/pdf' }))).toBe('file-type-mismatch');
    expect(await refusal(inspectDocument(await pdfSample(1), { fileName: 'x.exe' }))).toBe('file-type-mismatch');
    // Generic declarations and names without extension say nothing and are fine.
    await expect(inspectDocument(png, { fileName: 'scan', contentType: 'application/octet-stream' })).resolves.toMatchObject({ type: 'png' });
  });

  it('refuses a truncated PDF and a PDF with broken objects', async () => {
    const bytes = await pdfSample(3);
    expect(await refusal(inspectDocument(bytes.subarray(0, Math.floor(bytes.length * 0.6))))).toBe('pdf-corrupt');
    // A PDF header and an end marker around garbage: no objects, no catalogue, no pages.
    const garbled = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x28), Buffer.from('\n%%EOF\n')]);
    expect(await refusal(inspectDocument(garbled))).toBe('pdf-corrupt');
    const noObjects = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    expect(await refusal(inspectDocument(noObjects))).toBe('pdf-corrupt');
  });

  it('refuses an encrypted PDF', async () => {
    expect(await refusal(inspectDocument(await encryptedPdfSample()))).toBe('pdf-encrypted');
  });

  it('refuses a PDF with more pages than allowed', async () => {
    expect(await refusal(inspectDocument(await pdfSample(3), {}, { ...defaultLimits, maxPages: 2 }))).toBe('too-many-pages');
  });

  it('refuses an image that declares 30000×30000 pixels before decoding it', async () => {
    const err = await inspectDocument(hugePngHeader(30000, 30000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('image-too-large');
    expect((err as AppError).data).toMatchObject({ width: 30000, height: 30000 });
  });

  it('refuses a corrupt image', async () => {
    const jpeg = await jpegSample();
    expect(await refusal(inspectDocument(jpeg.subarray(0, jpeg.length / 2)))).toBe('image-corrupt');
    const png = hugePngHeader(100, 100); // a real header, but the data is far too short
    expect(await refusal(inspectDocument(png))).toBe('image-corrupt');
  });

  it('refuses more bytes than allowed', async () => {
    expect(await refusal(inspectDocument(await jpegSample(), {}, { ...defaultLimits, maxBytes: 100 }))).toBe('file-too-large');
  });
});

describe('inspectDocument within a time and memory budget (worker thread)', () => {
  it('refuses a PDF whose flate object stream expands past PDF_MAX_INFLATED_BYTES, before inflating it all', async () => {
    const bomb = await pdfFlateBomb(256 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(400_000);
    const err = await inspectDocument(bomb, { fileName: 'to-khai.pdf' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('pdf-expands-too-large');
    expect((err as AppError).status).toBe(413);
    expect((err as AppError).data).toEqual({ maxInflatedBytes: defaultLimits.maxInflatedBytes });
    // The same stream within a larger budget is only a (corrupt) object stream of zeros, not a budget matter.
    const small = await pdfFlateBomb(64 * 1024);
    expect(await refusal(inspectDocument(small, {}, { ...defaultLimits, maxInflatedBytes: 1024 * 1024 }))).not.toBe('pdf-expands-too-large');
    expect(await refusal(inspectDocument(small, {}, { ...defaultLimits, maxInflatedBytes: 32 * 1024 }))).toBe('pdf-expands-too-large');
  });

  it('refuses a 30 KB TIFF of 200 pages of 7700×7700 by the pixels of all its pages, before decoding them', async () => {
    const bomb = tiffPixelBomb(200, 7700);
    expect(bomb.length).toBeLessThan(40_000);
    const err = await inspectDocument(bomb, { fileName: 'scan.tif' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('image-too-large');
    expect((err as AppError).data).toMatchObject({ pages: 200, maxTotalPixels: defaultLimits.maxTotalPixels });
    // Each page alone is within IMAGE_MAX_PIXELS: only the total refuses it; two such pages pass.
    expect(7700 * 7700).toBeLessThan(defaultLimits.maxPixels);
    await expect(inspectDocument(tiffPixelBomb(2, 7700))).resolves.toMatchObject({ type: 'tiff', pages: 2, width: 7700 });
  });

  it('stops a check that overruns its time and refuses it with document-too-complex; the next file is checked', async () => {
    const bomb = await pdfFlateBomb(128 * 1024 * 1024);
    const limits = { ...defaultLimits, maxInflatedBytes: 2 ** 31, timeoutMs: 100 };
    const err = await inspectDocument(bomb, {}, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('document-too-complex');
    expect((err as AppError).status).toBe(422);
    expect((err as AppError).data).toEqual({ budget: 'time', timeoutMs: 100 });
    await expect(inspectDocument(await pdfSample(2), {}, { ...limits, timeoutMs: 20_000 })).resolves.toMatchObject({ pages: 2 });
  }, 90_000);

  it('refuses a PDF of more indirect objects than PDF_MAX_OBJECTS (its copy would be stamped and signed on the main thread)', async () => {
    const err = await inspectDocument(manyObjectsPdf(defaultLimits.maxPdfObjects + 1000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('pdf-too-many-objects');
    expect((err as AppError).data).toMatchObject({ maxPdfObjects: defaultLimits.maxPdfObjects });
    await expect(inspectDocument(manyObjectsPdf(1000))).resolves.toMatchObject({ pages: 1 });
  }, 60_000);

  it('stops a check that overruns its heap and refuses it with document-too-complex', async () => {
    const limits = { ...defaultLimits, heapMb: 48, timeoutMs: 120_000 };
    await expect(inspectDocument(await pdfSample(1), {}, limits)).resolves.toMatchObject({ pages: 1 });
    const err = await inspectDocument(manyObjectsPdf(200_000), {}, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('document-too-complex');
    expect((err as AppError).data).toEqual({ budget: 'memory', heapMb: 48 });
  }, 90_000);
});

describe('safeFileName', () => {
  it('keeps only the base name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('/etc/shadow')).toBe('shadow');
    expect(safeFileName('..')).toBe('tai-lieu');
    expect(safeFileName('')).toBe('tai-lieu');
    expect(safeFileName(undefined, 'scan')).toBe('scan');
  });

  it('defuses Windows paths and reserved device names', () => {
    expect(safeFileName('C:\\x\\CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('lpt1')).toBe('_lpt1');
    expect(safeFileName('aux.tar.gz')).toBe('_aux.tar.gz');
    expect(safeFileName('console.pdf')).toBe('console.pdf');
    expect(safeFileName('bao cao. ')).toBe('bao cao');
  });

  it('removes control and format characters and NUL', () => {
    expect(safeFileName('a\u0000b\nc\u202Efdp.exe')).toBe('abcfdp.exe');
    expect(safeFileName('x<y>:"|?*.pdf')).toBe('xy.pdf');
  });

  it('keeps Vietnamese letters, in NFC', () => {
    expect(safeFileName('tờ khai.pdf')).toBe('tờ khai.pdf');
    const nfd = 'Giấy chứng sinh.pdf'.normalize('NFD');
    expect(safeFileName(nfd)).toBe('Giấy chứng sinh.pdf'.normalize('NFC'));
  });

  it('limits the length in bytes and keeps the extension', () => {
    const long = `${'đơn đề nghị '.repeat(40)}.pdf`;
    const s = safeFileName(long);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(180);
    expect(s.endsWith('.pdf')).toBe(true);
    expect(s.startsWith('đơn đề nghị')).toBe(true);
  });
});
