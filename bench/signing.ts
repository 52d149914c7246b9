/**
 * Signing benchmark: PAdES signatures per second (KeyDocumentSigner: placeholder, save, CMS with the RSA-2048
 * agency key, as in production) and full verifications per second (verifyPdf: ByteRange, digest, CMS signature,
 * chain to the node CA) of a 2-page result PDF, against a baseline in the same run: raw RSA-2048 PKCS#1 v1.5
 * signatures per second of node:crypto over the same digest (the cryptographic floor of one signature).
 * Run alone: `node --import tsx bench/signing.ts`.
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { KeyDocumentSigner } from '../src/platform/signing/document-signer.ts';
import { createDevCa, issueAgencyCert } from '../src/platform/signing/pki.ts';
import { verifyPdf } from '../src/platform/signing/verify-pdf.ts';
import { renderResult } from '../src/local/results/results.render.ts';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 5) * 1000;

async function rate(fn: () => unknown): Promise<{ perSecond: number; n: number; msEach: number }> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < DURATION_MS) {
    await fn();
    n++;
  }
  const ms = performance.now() - start;
  return { perSecond: Math.round((n / ms) * 1000 * 10) / 10, n, msEach: Math.round((ms / n) * 100) / 100 };
}

async function twoPagePdf(): Promise<Uint8Array> {
  const paragraph =
    'Điều 1. Cấp giấy phép cho ông Nguyễn Văn An, sinh ngày 01 tháng 5 năm 1987, số định danh cá nhân 038087042028, ' +
    'thường trú tại phường Hạc Thành, tỉnh Thanh Hóa, được hoạt động theo nội dung đã đăng ký.';
  return renderResult(
    {
      resultTypeCode: 'KQ.H56.000001',
      resultTypeName: 'Quyết định',
      numberSymbol: '101/QĐ-STP',
      abstract: 'Về việc cấp giấy phép hoạt động',
      signerName: 'Phạm Lãnh Đạo',
      signerPosition: ['GIÁM ĐỐC'],
      issueDate: '2026-11-27',
      permanent: true,
      content: Array.from({ length: 14 }, () => paragraph),
    },
    { governing: 'Ủy ban nhân dân tỉnh Thanh Hóa', issuer: 'Sở Tư pháp', place: 'Thanh Hóa' },
    '000.00.06.H56-261127-0001',
  );
}

export async function benchSigning(): Promise<Record<string, unknown>> {
  const ca = await createDevCa('BENCH');
  const agency = await issueAgencyCert(ca, { name: 'Sở Tư pháp tỉnh Thanh Hóa', code: '000.00.06.H56', organisation: 'Ủy ban nhân dân tỉnh Thanh Hóa' });
  const signer = new KeyDocumentSigner(agency.keyDer, { certPem: agency.certPem, chainPems: [ca.certPem] }, 'Sở Tư pháp');
  const pdf = await twoPagePdf();
  const meta = { reason: 'Ban hành kết quả', location: 'Thanh Hóa' };
  const signed = await signer.signPdf(pdf, meta);
  const check = await verifyPdf(signed, [ca.certPem]);
  if (!check.intact || !check.trusted) throw new Error(`bench PDF does not verify: ${check.problems.join('; ')}`);

  const key = createPrivateKey({ key: agency.keyDer, format: 'der', type: 'pkcs8' });
  const digest = createHash('sha256').update(signed).digest();
  const baseline = await rate(() => sign('sha256', digest, key));
  const signing = await rate(() => signer.signPdf(pdf, meta));
  const verifying = await rate(() => verifyPdf(signed, [ca.certPem]));
  return {
    pdf: { pages: 2, unsignedBytes: pdf.byteLength, signedBytes: signed.byteLength },
    durationSeconds: DURATION_MS / 1000,
    baselineRawRsa2048SignaturesPerSecond: baseline.perSecond,
    signedDocumentsPerSecond: signing.perSecond,
    signMsEach: signing.msEach,
    verifiedDocumentsPerSecond: verifying.perSecond,
    verifyMsEach: verifying.msEach,
    signVsRawRsa: Math.round((signing.perSecond / baseline.perSecond) * 1000) / 1000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSigning(), null, 2));
}
