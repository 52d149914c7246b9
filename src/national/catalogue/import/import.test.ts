import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../../test/app.ts';
import type { Principal } from '../../../platform/identity/principal.ts';
import { importCandidates } from './import.ts';
import { readCrawlFile } from './dvcqg-crawl.ts';
import { parseImport } from './run.ts';
import { searchProcedures } from '../search.service.ts';
import { LEGAL_NUMBER_RE } from '../legal-basis.ts';
import { durationUnits } from '../catalogue.ts';
import { BARE_NONE, HEADER_RUN } from './quality.ts';

/** Every string in a value (deep). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

const LIST_CSV = path.resolve(import.meta.dirname, '../../../../../shared/data/tthc-dvcqg-2026/tthc_catalogue_2642.csv');
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

    // the quality report names what is missing per procedure; components that name a national paper got codes
    expect(report.documentTypes.mapped).toBeGreaterThan(800);
    expect(report.quality.length).toBeGreaterThan(100);
    const noComponents = candidates.filter((c) => !c.reasons.length && !(c.content?.cases ?? []).length).map((c) => c.code);
    expect(noComponents.length).toBeGreaterThan(0);
    for (const code of noComponents) expect(report.quality.find((q) => q.code === code)?.notes).toContain('components: none');

    const again = await importCandidates(t.db, 'system', readCrawlFile(CRAWL));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: report.imported });
    expect(await versionCount()).toBe(versions);
  });

  it('reads EVERY row of the real extract into clean structured fields', { timeout: 120_000 }, () => {
    const candidates = readCrawlFile(CRAWL);
    const source = new Map(
      gunzipSync(readFileSync(CRAWL)).toString('utf8').split('\n').filter(Boolean).map((l) => {
        const r = JSON.parse(l) as { ma_thu_tuc: string; thanh_phan_ho_so: string };
        return [r.ma_thu_tuc, r.thanh_phan_ho_so.normalize('NFC').replace(/[\s\p{Cf}\p{Co}]+/gu, ' ')];
      }),
    );
    let components = 0;
    let legal = 0;
    for (const c of candidates) {
      const where = `row ${c.row} (${c.code})`;
      const content = c.content!;
      // no value is the page's header words run into data, nor a bare "Không có"
      for (const s of strings(content)) {
        expect(HEADER_RUN.test(s), `${where}: header words in '${s.slice(0, 80)}'`).toBe(false);
        expect(BARE_NONE.test(s), `${where}: bare '${s}'`).toBe(false);
        expect(s, where).toBe(s.trim());
        expect(s.length, where).toBeGreaterThan(0);
      }
      for (const k of (content.cases ?? []).flatMap((x) => x.components)) {
        components++;
        expect(k.name, where).not.toMatch(/^[-+*•]|\d+ bản (chính|sao)$/u);
        expect(Number.isInteger(k.originals) && Number.isInteger(k.copies), where).toBe(true);
        expect(k.name.length, where).toBeLessThanOrEqual(2000);
        // the name is the page's own text (never a fragment glued from two cells); one clipped to the schema's
        // limit ends at a word boundary of the page's text, with an ellipsis
        const prefix = k.name.replace(/…$/u, '');
        const at = source.get(c.code!)!.indexOf(prefix);
        expect(at, `${where}: '${k.name.slice(0, 60)}' is not in the page`).toBeGreaterThanOrEqual(0);
        if (k.name.endsWith('…') && k.name.length > 1000) expect(source.get(c.code!)![at + prefix.length], where).toBe(' ');
        expect(k.name, where).toMatch(/^[\p{L}\p{N}(“"]/u);
        if (k.formTemplate) expect(k.formTemplate, where).toMatch(/\.(docx?|xlsx?|pdf|rar|zip|odt)$/iu);
      }
      for (const l of content.legalBasis ?? []) {
        legal++;
        expect(typeof l, where).toBe('object');
        if (typeof l === 'string') continue;
        expect(l.number, where).toMatch(LEGAL_NUMBER_RE);
        if (l.date) expect(l.date, where).toMatch(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      }
      // fees: whole numbers of đồng, or explicitly none ('free'), or the source says nothing ('unknown', reported)
      expect(['free', 'amounts', 'unknown'], where).toContain(c.feeStatus);
      for (const f of content.fees ?? []) expect(Number.isSafeInteger(f.amount) && f.amount > 0, where).toBe(true);
      if (c.feeStatus === 'free') expect(content.fees, where).toEqual([]);
      if (c.feeStatus === 'unknown') expect(c.quality, where).toContain('fee: no channel states whether there is a fee');
      for (const t of [content.processing?.counter, content.processing?.online]) {
        if (t) expect(Number.isFinite(t.duration) && durationUnits.includes(t.unit), where).toBe(true);
      }
    }
    expect(components).toBeGreaterThan(10_000);
    expect(legal).toBeGreaterThan(10_000);
  });

  it('reads EVERY row of the portal\'s flat CSV list (the CSV importer) into clean fields, noting what it lacks', () => {
    const rows = parseImport('csv', readFileSync(LIST_CSV, 'utf8'));
    expect(rows).toHaveLength(2642);
    for (const c of rows) {
      const where = `row ${c.row} (${c.code})`;
      for (const s of strings(c.content)) {
        expect(HEADER_RUN.test(s) || BARE_NONE.test(s), `${where}: '${s.slice(0, 60)}'`).toBe(false);
      }
      expect(c.code, where).toMatch(/^\d\.\d{6}$/);
      for (const r of c.content?.results ?? []) expect(r.code, where).toMatch(/^[\w.-]+$/);
      expect(['free', 'unknown'], where).toContain(c.feeStatus);
      for (const t of [c.content?.processing?.counter, c.content?.processing?.online]) {
        if (t) expect(Number.isFinite(t.duration) && durationUnits.includes(t.unit), where).toBe(true);
      }
      expect(c.quality?.some((n) => n.startsWith('components: the list gives only their number')), where).toBe(true);
    }
    expect(rows.filter((c) => c.feeStatus === 'free')).toHaveLength(1667);
  });

  it('shows the cleaned procedures through the API (the issue\'s garbled examples)', async () => {
    const birth = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.001193' })).json();
    const names = birth.cases.flatMap((c: { components: { name: string }[] }) => c.components.map((k) => k.name));
    expect(names.some((n: string) => n.startsWith('Giấy chứng sinh'))).toBe(true);
    expect(names.join('\n')).not.toMatch(/Giấy tờ phải xuất trình:|Tên giấy tờ|Số lượng/);
    const numbers = birth.legalBasis.map((l: { number: string }) => l.number);
    expect(numbers).toEqual(expect.arrayContaining(['104/2022/NĐ-CP', '60/2014/QH13', '123/2015/NĐ-CP', '66.7/2025/NQ-CP']));
    expect(birth.legalBasis.find((l: { number: string }) => l.number === '60/2014/QH13')).toMatchObject({ type: 'Luật', issuer: 'Quốc hội' });
    expect(birth.legalBasis.find((l: { number: string }) => l.number === '123/2015/NĐ-CP')).toMatchObject({ type: 'Nghị định', date: '2015-11-15', issuer: 'Chính phủ' });
    const personal = birth.cases[0].components.find((k: { documentTypeCode?: string }) => k.documentTypeCode === 'CCCD');
    expect(personal).toMatchObject({ originals: 1, copies: 0, replacingResultCode: 'KQ.G01.000023' });
    expect(personal.note).toMatch(/^Giấy tờ phải xuất trình/);
    // "Không có thông tin8,000 VNĐ": no time stated, a fee of 8,000 đồng
    const copy = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635' })).json();
    expect(copy.fees).toEqual([{ amount: 8000, description: 'Phí, lệ phí' }]);
    expect(copy.processing).toEqual({ counter: null, online: null });
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
