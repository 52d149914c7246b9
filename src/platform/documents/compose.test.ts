import { writeFileSync } from 'node:fs';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDigitisedCopy, footerText, readDigitisationMetadata } from './compose.ts';
import { manyObjectsPdf, pdfFlateBomb, tiffPixelBomb } from './bombs.testkit.ts';
import { defaultLimits } from './limits.ts';
import { prewarmSandbox } from '../sandbox/pool.ts';
import type { DigitisationMetadata } from './metadata.ts';
import {
  grayPngSample,
  hugePngHeader,
  jpegSample,
  pageSizes,
  pdfimages,
  pdfinfo,
  pdfSample,
  pdftext,
  pngSample,
  renderFirstPage,
  rotatedJpegSample,
  tiffSample,
} from './samples.testkit.ts';

const metadata: DigitisationMetadata = {
  title: 'Giấy chứng sinh',
  documentTypeCode: 'GCS',
  number: '123/2026/GCS',
  abstract: 'Giấy chứng sinh của cháu Nguyễn Thị Bình, sinh ngày 01/11/2026 tại Bệnh viện Đa khoa tỉnh Thanh Hóa',
  issuedOn: '2026-11-02',
  issuer: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
  signer: 'Lê Văn Đức',
  permanent: true,
  validityScope: 'Toàn quốc',
  keywords: ['khai sinh', 'chứng sinh'],
  ownerId: '038087042028',
  ownerName: 'Nguyễn Văn An',
  digitisedBy: 'Lê Thị Một Cửa',
  digitisedAt: '2026-11-27T09:15:00+07:00',
  digitisingUnit: 'Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa',
  dossierCode: '000.00.06.H56-261127-0001',
  procedureCode: '1.001193',
  state: 1,
};


// The files are read in worker threads (src/platform/sandbox): load one before the first test's clock starts.
beforeAll(() => prewarmSandbox(defaultLimits.heapMb), 60_000);

describe('composeDigitisedCopy', () => {
  it('makes one PDF from photos, a 3-page TIFF and a PDF, in order, one A4 page per image', async () => {
    const pdf = await composeDigitisedCopy(
      [
        { bytes: await jpegSample(640, 480) }, // landscape photo
        { bytes: await tiffSample(3) },
        { bytes: await pdfSample(2) },
        { bytes: await pngSample(300, 400, true) },
        { bytes: await rotatedJpegSample() }, // stored landscape, EXIF says portrait
      ],
      metadata,
    );
    const info = pdfinfo(pdf);
    expect(Number(info.Pages)).toBe(8);
    const sizes = pageSizes(pdf);
    expect(sizes[0]).toEqual([841.89, 595.28]); // the landscape photo on a landscape A4 page
    for (const i of [1, 2, 3, 6, 7]) expect(sizes[i]).toEqual([595.28, 841.89]);
    expect(sizes[4]).toEqual([612, 792]); // the PDF's own (US Letter) pages are copied as they are
    const images = pdfimages(pdf);
    expect(images.map((x) => x.page)).toEqual([1, 2, 3, 4, 7, 8]);
    expect(images[5]!.width).toBeLessThan(images[5]!.height); // auto-rotated by its EXIF orientation
    const text = pdftext(pdf);
    expect(text.match(/Bản số hóa từ bản giấy — Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa — 27\/11\/2026/g)).toHaveLength(8);
    expect(text).toContain('Sample page 2');
  });

  it('fits a large scan within A4 at 200 dpi and keeps a grayscale scan grayscale', async () => {
    const pdf = await composeDigitisedCopy([{ bytes: await grayPngSample(3000, 4200) }, { bytes: await jpegSample(400, 500) }], metadata);
    const [gray, colour] = pdfimages(pdf);
    expect(gray).toMatchObject({ color: 'gray' });
    expect(gray!.width).toBeLessThanOrEqual(1654);
    expect(gray!.height).toBeLessThanOrEqual(2339);
    expect(colour).toMatchObject({ color: 'rgb', width: 400, height: 500 });
  });

  it('carries the §5.2 metadata in the Info dictionary and XMP, read back intact', async () => {
    const pdf = await composeDigitisedCopy([{ bytes: await jpegSample() }], metadata);
    const info = pdfinfo(pdf);
    expect(info).toMatchObject({
      Title: 'Giấy chứng sinh',
      Subject: metadata.abstract,
      Author: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
      Creator: 'motcua',
      Producer: 'motcua',
      MaGiayTo: 'GCS',
      SoKyHieu: '123/2026/GCS',
      MaDinhDanh: '038087042028',
      ChuGiayTo: 'Nguyễn Văn An',
      NguoiSoHoa: 'Lê Thị Một Cửa',
      DonViSoHoa: 'Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa',
      MaHoSo: '000.00.06.H56-261127-0001',
      MaTTHC: '1.001193',
      ThoiHanVinhVien: 'true',
      TrangThaiSoHoa: '1',
    });
    expect(info.Keywords).toContain('GCS');
    expect(info.CreationDate).toMatch(/^2026-11-27T02:15:00/);
    expect(info.Metadata ?? 'yes').toBeTruthy();
    expect(await readDigitisationMetadata(pdf)).toEqual(metadata);
  });

  it('round-trips XML-special characters and optional fields left out', async () => {
    const m: DigitisationMetadata = {
      title: 'Hợp đồng <mua bán> & "chuyển nhượng"',
      abstract: 'A & B < C',
      permanent: false,
      validUntil: '2030-12-31',
      ownerId: '0100233488',
      ownerName: 'Công ty A & B',
      digitisedBy: 'Cán bộ',
      digitisedAt: '2026-11-27T09:15:00+07:00',
      digitisingUnit: 'UBND xã',
      state: 1,
    };
    const pdf = await composeDigitisedCopy([{ bytes: await pdfSample(1) }], m);
    expect(await readDigitisationMetadata(pdf)).toEqual(m);
    expect(await readDigitisationMetadata(await pdfSample(1))).toBeUndefined();
  });

  it('stays signable: @signpdf/placeholder-pdf-lib adds its placeholder to the composed copy', async () => {
    const pdf = await composeDigitisedCopy([{ bytes: await jpegSample() }, { bytes: await pdfSample(1) }], metadata);
    const doc = await PDFDocument.load(pdf);
    pdflibAddPlaceholder({ pdfDoc: doc, reason: 'Số hóa', contactInfo: 'motcua', name: 'Sở Tư pháp', location: 'Thanh Hóa' });
    const withPlaceholder = await doc.save({ useObjectStreams: false });
    expect(Buffer.from(withPlaceholder).toString('latin1')).toMatch(/\/ByteRange \[ ?0 \/\*{10}/);
    expect(Number(pdfinfo(withPlaceholder).Pages)).toBe(2);
    expect(await readDigitisationMetadata(withPlaceholder)).toEqual(metadata);
  });

  it('refuses an image over the pixel limit and a broken PDF page', async () => {
    await expect(composeDigitisedCopy([{ bytes: hugePngHeader(30000, 30000) }], metadata)).rejects.toMatchObject({ code: 'image-too-large' });
    const pdf = await pdfSample(1);
    await expect(composeDigitisedCopy([{ bytes: pdf.subarray(0, 300) }], metadata)).rejects.toMatchObject({ code: 'pdf-corrupt' });
  });

  it('refuses scans that pass no budget: a 200-page 7700×7700 TIFF (all pages counted), a flate bomb page, too many objects', async () => {
    await expect(composeDigitisedCopy([{ bytes: await jpegSample() }, { bytes: tiffPixelBomb(200, 7700) }], metadata)).rejects.toMatchObject({
      code: 'image-too-large',
      data: { pages: 200, maxTotalPixels: defaultLimits.maxTotalPixels },
    });
    await expect(composeDigitisedCopy([{ bytes: await pdfFlateBomb(256 * 1024 * 1024) }], metadata)).rejects.toMatchObject({
      code: 'pdf-expands-too-large',
    });
    // Each scan alone is within PDF_MAX_OBJECTS; the copy of both is not.
    const half = manyObjectsPdf(Math.ceil(defaultLimits.maxPdfObjects * 0.6));
    await expect(composeDigitisedCopy([{ bytes: half }, { bytes: half }], metadata)).rejects.toMatchObject({
      code: 'pdf-too-many-objects',
      data: { maxPdfObjects: defaultLimits.maxPdfObjects },
    });
  });

  it('refuses no pages and unknown content', async () => {
    await expect(composeDigitisedCopy([], metadata)).rejects.toMatchObject({ code: 'digitisation-no-pages' });
    await expect(composeDigitisedCopy([{ bytes: new TextEncoder().encode('hello') }], metadata)).rejects.toMatchObject({
      code: 'file-type-not-allowed',
    });
  });

  it('renders the first page (poppler) with the image and the footer', async () => {
    const pdf = await composeDigitisedCopy([{ bytes: await rotatedJpegSample() }], metadata);
    const png = renderFirstPage(pdf);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.MOTCUA_KEEP_RENDER) writeFileSync(process.env.MOTCUA_KEEP_RENDER, png);
    expect(footerText(metadata)).toBe('Bản số hóa từ bản giấy — Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa — 27/11/2026');
  });
});
