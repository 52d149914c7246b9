import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../../test/app.ts';
import type { Principal } from '../../../platform/identity/principal.ts';
import { importCandidates } from './import.ts';
import { readCrawlFile } from './dvcqg-crawl.ts';
import { searchProcedures } from '../search.service.ts';

const CRAWL = path.resolve(import.meta.dirname, '../../../../../shared/data/tthc-dvcqg-2026/tthc_details_2642.jsonl.gz');
const operator: Principal = {
  kind: 'officer', id: 'op', username: 'op', name: 'Vận hành', grants: [{ role: 'national_operator', agencyId: 'x', agencyCode: '000.00.00.G22' }],
};
const h56Admin: Principal = {
  kind: 'officer', id: 'a56', username: 'a56', name: 'Quản trị', grants: [{ role: 'agency_admin', agencyId: 'y', agencyCode: '000.00.06.H56' }],
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { principals: { op: operator, a56: h56Admin } });
});
afterAll(async () => {
  await t.close();
});

async function versionCount(): Promise<number> {
  const r = await t.db.selectFrom('procedureVersions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('import of the real DVCQG crawl (2,642 rows)', () => {
  it('processes every row, rejects only rows without an implementing level, and is idempotent', { timeout: 240_000 }, async () => {
    const candidates = readCrawlFile(CRAWL);
    expect(candidates).toHaveLength(2642);
    const report = await importCandidates(t.db, 'system', candidates);
    expect(report.imported + report.updated + report.unchanged + report.rejected.length).toBe(2642);
    // 28 rows whose only level is "Cơ quan khác" (SOURCE.md) have no level our model can hold, and the 3
    // Supreme People's Court rows name no agency whose electronic code we know.
    const noLevel = report.rejected.filter((r) => r.reasons.some((x) => x.includes('no implementing level')));
    const court = report.rejected.filter((r) => r.reasons.some((x) => x.includes("folder 'toa-an-nhan-dan'")));
    expect([noLevel.length, court.length, report.rejected.length]).toEqual([28, 3, 31]);
    console.log(`crawl import: imported ${report.imported}, rejected ${report.rejected.length}`);
    const versions = await versionCount();
    expect(versions).toBe(report.imported);

    const again = await importCandidates(t.db, 'system', readCrawlFile(CRAWL));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: report.imported });
    expect(await versionCount()).toBe(versions);
  });

  it('finds real procedures in the top 3 from diacritic-less queries', { timeout: 300_000 }, async () => {
    const rows = await t.db.selectFrom('procedureVersions').select(['code', 'name', 'nameFold']).execute();
    const sameName = new Map<string, Set<string>>();
    const df = new Map<string, number>();
    for (const r of rows) {
      sameName.set(r.nameFold, (sameName.get(r.nameFold) ?? new Set()).add(r.code));
      for (const w of new Set(r.nameFold.split(' '))) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const models: Record<string, (words: string[]) => string> = {
      // the whole name typed without diacritics
      wholeName: (w) => w.join(' '),
      // what a citizen types: the first 3 words plus the 3 most distinctive (rarest) other words, in order
      keyWords: (w) => {
        const rare = new Set(w.slice(3).map((x, i) => ({ x, i, n: df.get(x) ?? 0 })).sort((a, b) => a.n - b.n || a.i - b.i).slice(0, 3).map((e) => e.i + 3));
        return w.filter((_, i) => i < 3 || rare.has(i)).join(' ');
      },
      // only the first 6 words: many names share them (e.g. "Cấp giấy phép …"), so this is ambiguous by nature
      first6Words: (w) => w.slice(0, 6).join(' '),
    };
    const rates: Record<string, number> = {};
    for (const [model, build] of Object.entries(models)) {
      let hits = 0;
      for (const r of rows) {
        const res = await searchProcedures(t.db, { q: build(r.nameFold.split(' ')), limit: 3, offset: 0 });
        // procedures with exactly the same name (published by several ministries) count as the same answer
        if (res.items.some((i) => sameName.get(r.nameFold)!.has(i.code))) hits++;
      }
      rates[model] = hits / rows.length;
      console.log(`real-name top-3 hit rate (${model}): ${hits}/${rows.length} = ${((hits / rows.length) * 100).toFixed(1)}%`);
    }
    expect(rates.wholeName).toBeGreaterThanOrEqual(0.95);
    expect(rates.keyWords).toBeGreaterThanOrEqual(0.95);
    expect(rates.first6Words).toBeGreaterThanOrEqual(0.8);
  });
});

const layThuTuc = {
  MATTHC: '1.003560.000.00.00.H56',
  TENTTHC: 'Thủ tục cấp giấy xác nhận tình trạng hôn nhân',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'ho-tich', TENLINHVUC: 'Hộ tịch' }],
  CAPTHUCHIEN: ['Cấp Xã'],
  MUCDO: '4',
  COQUANCOTHAMQUYEN: [{ MACOQUAN: '000.00.06.H56', TENCOQUAN: 'Sở Tư pháp' }],
  CACHTHUCTHUCHIEN: [
    { KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MAPHILEPHI: 'LP1', SOTIEN: '15000', DONVI: 'Đồng', MOTA: 'Lệ phí' }] }] },
    { KENH: 2, THOIGIAN: [{ THOIGIANGIAIQUYET: '2', DONVITINH: 'Ngày làm việc' }] },
  ],
  THANHPHANHOSO: [{ TRUONGHOP: 'Trường hợp chung', GIAYTO: [{ MAGIAYTO: 'GT01', TENGIAYTO: 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân', SOBANCHINH: '1', SOBANSAO: '0', TENMAUDON: 'TK-XNTTHN.docx', MA_KQ_THAYTHE: 'KQ.G15.000035' }] }],
  KETQUATHUCHIEN: [{ MAKETQUA: 'KQ.G15.000035', TENKETQUA: 'Giấy xác nhận tình trạng hôn nhân' }],
  CANCUPHAPLY: [{ SOVANBAN: '123/2015/NĐ-CP', TENVANBAN: 'Nghị định quy định chi tiết Luật Hộ tịch' }],
};

describe('LayThuTuc and CSV imports over HTTP', () => {
  it('imports a LayThuTuc package, keeps the national code, and re-import changes nothing', async () => {
    const bad = { ...layThuTuc, MATTHC: '12345', TENTTHC: 'Sai mã' };
    const res = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=laythutuc', token: 'op', payload: [layThuTuc, bad] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, updated: 0, rejected: [{ row: 2, code: '12345' }] });
    const p = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.003560' })).json();
    expect(p).toMatchObject({
      code: '1.003560', name: 'Cấp giấy xác nhận tình trạng hôn nhân', onlineLevel: 'full', levels: ['commune'],
      processing: { counter: { duration: 3, unit: 'working_day' }, online: { duration: 2, unit: 'working_day' } },
      fees: [{ code: 'LP1', amount: 15000, description: 'Lệ phí' }],
      results: [{ code: 'KQ.G15.000035', name: 'Giấy xác nhận tình trạng hôn nhân' }],
    });
    expect(p.cases[0].components[0]).toEqual({ documentTypeCode: 'GT01', name: 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân', originals: 1, copies: 0, formTemplate: 'TK-XNTTHN.docx', replacingResultCode: 'KQ.G15.000035' });
    const again = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=laythutuc', token: 'op', payload: layThuTuc });
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 1, rejected: [] });
    const changed = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=laythutuc', token: 'op', payload: { ...layThuTuc, MUCDO: 3 } });
    expect(changed.json()).toMatchObject({ updated: 1 });
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.003560' })).json().onlineLevel).toBe('partial');
  });

  it('imports the catalogue CSV and reports rejected rows with reasons', async () => {
    const csv = [
      'code,name,sector_code,sector_name,levels,agency_codes,online_level,counter_duration,counter_unit,online_duration,online_unit,fee_amount,fee_description,result_codes,result_names,components,legal_basis,workflow_template_ref',
      '1.500001,Cấp phép thử nghiệm,thu-nghiem,Thử nghiệm,province;commune,000.00.06.H56,partial,5,working_day,,,50000,Lệ phí,KQ.H56.000001,Giấy phép,"Đơn đề nghị|1|0;Bản sao CCCD|0|1",01/2025/QĐ-UBND,',
      '1.500002,Sai cơ quan,thu-nghiem,Thử nghiệm,province,H56,none,,,,,,,,,,,',
      'abc,Sai mã,thu-nghiem,Thử nghiệm,province,000.00.06.H56,none,,,,,,,,,,,',
      '1.500003,Sai phí,thu-nghiem,Thử nghiệm,tỉnh,000.00.06.H56,none,,,,,12.5,,,,,,',
    ].join('\n');
    const before = await versionCount();
    const res = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=csv', token: 'a56', payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.statusCode).toBe(200);
    const rep = res.json();
    expect(rep.imported).toBe(1);
    expect(rep.rejected.map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);
    expect(rep.rejected[0].reasons.join()).toMatch(/invalid agency code/);
    expect(await versionCount()).toBe(before + 1);
    const p = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.500001' })).json();
    expect(p.cases[0].components).toEqual([{ name: 'Đơn đề nghị', originals: 1, copies: 0 }, { name: 'Bản sao CCCD', originals: 0, copies: 1 }]);
    expect(p.fees).toEqual([{ amount: 50000, description: 'Lệ phí' }]);
  });

  it('rejects, writing nothing, rows whose current version is another agency\'s or that a later version blocks', async () => {
    const header = 'code,name,sector_code,sector_name,levels,agency_codes,online_level,counter_duration,counter_unit,online_duration,online_unit,fee_amount,fee_description,result_codes,result_names,components,legal_basis,workflow_template_ref';
    const line = (code: string, name: string, agency: string, sector = 'thu-nghiem-2') => `${code},${name},${sector},Thử nghiệm hai,province,${agency},none,,,,,,,,,,,`;
    // 1.500101 belongs to Hà Nội (H01); 1.500102 has a version scheduled for next year
    await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=csv', token: 'op', payload: [header, line('1.500101', 'Của Hà Nội', '000.00.06.H01'), line('1.500102', 'Có lịch', '000.00.06.H56')].join('\n'), headers: { 'content-type': 'text/csv' } });
    const draft = (await call(t.app, { method: 'POST', url: '/api/v1/procedures/1.500102/versions', token: 'op' })).json();
    await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/1.500102/versions/${draft.id}`, token: 'op', payload: { name: 'Có lịch (mới)' } });
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect((await call(t.app, { method: 'POST', url: `/api/v1/procedures/1.500102/versions/${draft.id}/publish`, token: 'op', payload: { effectiveFrom: nextYear } })).statusCode).toBe(200);
    const before = await versionCount();
    const csv = [header, line('1.500101', 'Giành của Hà Nội', '000.00.06.H56', 'linh-vuc-moi'), line('1.500102', 'Có lịch đổi', '000.00.06.H56'), line('1.500103', 'Mới hẳn', '000.00.06.H56')].join('\n');
    const rep = (await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=csv', token: 'a56', payload: csv, headers: { 'content-type': 'text/csv' } })).json();
    expect(rep).toMatchObject({ imported: 1, updated: 0, unchanged: 0 });
    expect(rep.rejected).toMatchObject([{ row: 1, code: '1.500101' }, { row: 2, code: '1.500102' }]);
    expect(rep.rejected[0].reasons.join()).toMatch(/your agency/);
    expect(rep.rejected[1].reasons.join()).toMatch(`takes effect on ${nextYear}`);
    expect(await versionCount()).toBe(before + 1);
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.500101' })).json().name).toBe('Của Hà Nội');
    // the rejected row's sector was not written
    expect((await call(t.app, { method: 'GET', url: '/api/v1/sectors' })).json().items.map((x: { code: string }) => x.code)).not.toContain('linh-vuc-moi');
  });

  it('an agency admin cannot import procedures of another agency; bad files are 400', async () => {
    const res = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=laythutuc', token: 'a56', payload: { ...layThuTuc, MATTHC: '1.600001', COQUANCOTHAMQUYEN: ['000.00.06.H49'] } });
    expect(res.json().rejected[0].reasons.join()).toMatch(/forbidden/);
    const noHeader = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=csv', token: 'op', payload: 'a,b\n1,2', headers: { 'content-type': 'text/csv' } });
    expect(noHeader.json().code).toBe('import-format-invalid');
    const badFormat = await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=xml', token: 'op', payload: {} });
    expect(badFormat.statusCode).toBe(400);
    expect((await call(t.app, { method: 'POST', url: '/api/v1/procedures/import?format=csv', payload: 'x' , headers: { 'content-type': 'text/csv' } })).statusCode).toBe(401);
  });
});
