/**
 * The register of dossiers (Form 07, sổ theo dõi hồ sơ, Circular 03/2025) per counter and period through HTTP
 * (issue 14.10): a signed PDF (pdfsig, pdftotext) and an XLSX workbook read back with exceljs, with every dossier
 * received or refused at the counter and its hand-over, result and return; other counters' dossiers left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { citizen, dossierTestApp, officer } from '../../../test/fixtures.ts';
import { inspectPdf, squash } from '../forms/poppler.testkit.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';
import { REGISTER_COLUMNS } from '../forms/form-07-register.ts';

let t: TestApp;
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const codes: Record<string, string> = {};

const req = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
const act = async (id: string, token: string, body: Record<string, unknown>) => {
  const cur = (await req('GET', `/api/v1/dossiers/${id}`, 'mc')).json();
  const r = await req('POST', `/api/v1/dossiers/${id}/actions`, token, { ...body, expectedVersion: cur.version });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const reception = (name: string, agency = '000.00.06.H56') => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: agency,
  channel: 'counter',
  owner: {
    type: 'citizen',
    idNumber: '038087042028',
    name,
    birthDate: '1987-05-01',
    address: 'Số 12 đường Lê Lợi, phường Hạc Thành',
    phone: '0912345678',
  },
  components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
});

beforeAll(async () => {
  ({ t } = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    mc49: officer('one_stop_officer', ids.h49justice, '000.00.06.H49', 'Vũ Văn Quảng Ninh'),
    citizen,
  })));
  // received, processed, result recorded and returned
  const a = (await req('POST', '/api/v1/dossiers', 'mc', reception('Nguyễn Văn An'))).json();
  codes.returned = a.code;
  await act(a.id, 'cv', { action: 'start' });
  await act(a.id, 'cv', { action: 'record_result' });
  expect((await req('POST', `/api/v1/dossiers/${a.id}/fees/cash`, 'mc', { receiptNo: 'REG-1', amount: 8000 })).statusCode).toBe(201);
  await act(a.id, 'mc', { action: 'return_result', returnMethod: 'counter', receiver: { name: 'Nguyễn Thị Bình' } });
  // received, waiting
  codes.waiting = (await req('POST', '/api/v1/dossiers', 'mc', reception('Trần Thị Cúc'))).json().code;
  // refused at the counter
  codes.refused = (
    await req('POST', '/api/v1/dossiers/refusals', 'mc', { ...reception('Lê Văn Dũng'), reasons: ['Hồ sơ không thuộc thẩm quyền'] })
  ).json().code;
  // another province's counter
  codes.other = (await req('POST', '/api/v1/dossiers', 'mc49', reception('Phạm Văn Hải', '000.00.06.H49'))).json().code;
});
afterAll(async () => t.close());

describe('Form 07, the register of a counter', () => {
  it('is a signed PDF with the counter’s dossiers, their milestones, in Vietnamese', async () => {
    const res = await req('GET', `/api/v1/registers/dossiers.pdf?from=${today}&to=${today}`, 'mc');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(pdfsig(res.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const report = inspectPdf(res.rawPayload);
    expect(report.info['Page size']).toMatch(/^841\.89 x 595\.28 pts/); // A4 landscape
    // each cell read in its own reading order (no -layout): wrapped cells stay together
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-register-'));
    writeFileSync(path.join(dir, 'r.pdf'), res.rawPayload);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC'));
    rmSync(dir, { recursive: true, force: true });
    expect(squash(report.text)).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Số hồ sơ: 3');
    for (const h of ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Ghi chú', 'Ký nhận'])
      expect(text.toLowerCase()).toContain(h.toLowerCase());
    for (const k of ['returned', 'waiting', 'refused']) expect(text).toContain(codes[k]!);
    expect(text).not.toContain(codes.other!.slice(0, 13));
    expect(text).not.toContain('Phạm Văn Hải');
    expect(text).toContain('Trần Thị Cúc');
    expect(text).toContain('Nguyễn Thị Bình'); // who took the result
    expect(text).toContain('Trần Chuyên'); // who took the dossier over (the name wraps in its cell)
    expect(text).toContain('Từ chối tiếp nhận: Hồ sơ không thuộc thẩm quyền');
    expect(text).toContain('Mẫu số 07');
  });

  it('is an XLSX workbook with the Circular’s columns and one row per dossier', async () => {
    const res = await req('GET', `/api/v1/registers/dossiers.xlsx?agency=000.00.06.H56&from=${today}&to=${today}`, 'mc');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Sổ theo dõi hồ sơ')!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1).map(String);
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'STT') header = n;
    });
    expect(values(header)).toEqual([...REGISTER_COLUMNS]);
    const rows = [1, 2, 3].map((k) => values(header + k));
    expect(ws.getRow(header + 4).values).toEqual([]);
    expect(rows.map((r) => r[1])).toEqual([codes.returned, codes.waiting, codes.refused]);
    const returned = rows[0]!;
    expect(returned[4]).toBe('Nguyễn Văn An');
    expect(returned[5]).toBe('Số 12 đường Lê Lợi, phường Hạc Thành; 0912345678');
    expect(returned[6]).toBe('Sở Tư pháp tỉnh Thanh Hóa');
    expect(returned[7]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(returned[10]).toBe('Trần Chuyên Viên');
    expect(returned[14]).toBe('Nguyễn Thị Bình');
    expect(rows[2]![15]).toBe('Từ chối tiếp nhận: Hồ sơ không thuộc thẩm quyền');
  });

  it('is kept by the counter’s one-stop officers; bad periods are 400', async () => {
    const q = `from=${today}&to=${today}`;
    expect((await req('GET', `/api/v1/registers/dossiers.pdf?${q}`, 'cv')).statusCode).toBe(403);
    expect((await req('GET', `/api/v1/registers/dossiers.pdf?${q}`, 'citizen')).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/registers/dossiers.pdf?${q}` })).statusCode).toBe(401);
    const foreign = await req('GET', `/api/v1/registers/dossiers.xlsx?agency=000.00.06.H56&${q}`, 'mc49');
    expect(foreign.statusCode).toBe(403);
    for (const bad of ['from=2026-03-10&to=2026-03-01', 'from=2025-01-01&to=2026-06-01', 'from=2026-02-30&to=2026-03-01', `to=${today}`]) {
      const r = await req('GET', `/api/v1/registers/dossiers.pdf?${bad}`, 'mc');
      expect(r.statusCode, bad).toBe(400);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
    // the other province's counter sees only its own
    const own = await req('GET', `/api/v1/registers/dossiers.xlsx?${q}`, 'mc49');
    expect(own.statusCode).toBe(200);
  });
});
