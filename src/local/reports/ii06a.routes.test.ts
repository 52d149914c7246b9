/**
 * Biểu số II.06a through HTTP on a known mix of dossiers at chosen instants (the law's settable clock): received
 * online / direct / postal / carried over, resolved early / on time / late (withdrawn and no-deadline ones on time),
 * pending within the deadline / late (a dossier with no deadline never late), per sector; CSV, XLSX and PDF.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import { createLawClock } from '../../platform/clock/law-clock.ts';
import { createProcedure, publishVersion } from '../../national/catalogue/catalogue.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';

let t: TestApp;
const clock = createLawClock(true);
const tokens: Record<string, Principal> = {};
const at = (iso: string) => clock.set(new Date(iso), { frozen: true });

function req(method: 'GET' | 'POST', url: string, token: string | undefined, payload?: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

const owner = { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone: '0912345678' };
const body = (procedureCode: string, channel?: 'counter' | 'post') => ({
  procedureCode,
  resolvingAgencyCode: '000.00.06.H56',
  ...(channel ? { channel } : {}),
  owner,
  components: [],
});

async function receive(instant: string, channel: 'counter' | 'post' | 'online', procedureCode = '1.001193'): Promise<string> {
  at(instant);
  if (channel === 'online') {
    const d = await req('POST', '/api/v1/online/dossiers', 'citizen', body(procedureCode));
    expect(d.statusCode, d.body).toBe(201);
    await act(d.json().id, 'mc', { action: 'receive' });
    return d.json().id;
  }
  const d = await req('POST', '/api/v1/dossiers', 'mc', body(procedureCode, channel));
  expect(d.statusCode, d.body).toBe(201);
  return d.json().id;
}

async function act(id: string, token: string, action: Record<string, unknown>, instant?: string) {
  if (instant) at(instant);
  const cur = await req('GET', `/api/v1/dossiers/${id}`, 'ld');
  const r = await req('POST', `/api/v1/dossiers/${id}/actions`, token, { expectedVersion: cur.json().version, ...action });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens, clock });
  const ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    citizen,
  });
  await publishProcedure(t.db); // Hộ tịch, 5 working days
  await t.db.insertInto('sectors').values({ code: 'CT', name: 'Chứng thực', ministryCode: '000.00.00.G15' }).execute();
  // a procedure with no time limit (a result at once), of another sector: its dossiers have no due date
  const v = await createProcedure(t.db, 'system', '1.009902', {
    name: 'Chứng thực bản sao từ bản chính',
    sectorCode: 'CT',
    levels: ['province'],
    agencyCodes: ['000.00.06.H56'],
    onlineLevel: 'full',
    processing: { counter: null, online: null },
    cases: [{ name: 'Thông thường', components: [] }],
    fees: [],
    results: [{ code: 'KQ.TEST.2', name: 'Bản sao chứng thực' }],
    legalBasis: ['Nghị định 23/2015/NĐ-CP'],
    workflowTemplateRef: null,
  });
  await publishVersion(t.db, 'system', '1.009902', v.id, { effectiveFrom: '2025-01-01' });

  // October: A stays open past its due date (carried over, pending late); B resolved in October (not in the report);
  // C received in October, resolved late in November (carried over and resolved late).
  await receive('2026-10-05T09:00:00+07:00', 'counter'); // A
  const b = await receive('2026-10-06T09:00:00+07:00', 'counter');
  await act(b, 'cv', { action: 'record_result' }, '2026-10-07T10:00:00+07:00');
  const c = await receive('2026-10-20T09:00:00+07:00', 'counter');
  await act(c, 'cv', { action: 'record_result' }, '2026-11-02T10:00:00+07:00');
  // November: D direct, resolved early; E postal, pending late at the end; F online, pending within the deadline;
  // G (no deadline) resolved, H (no deadline) pending; I withdrawn at the applicant's request.
  const d = await receive('2026-11-10T09:00:00+07:00', 'counter');
  await act(d, 'cv', { action: 'record_result' }, '2026-11-11T10:00:00+07:00');
  await receive('2026-11-10T09:30:00+07:00', 'post'); // E
  await receive('2026-11-25T09:00:00+07:00', 'online'); // F
  const g = await receive('2026-11-12T09:00:00+07:00', 'counter', '1.009902');
  await act(g, 'cv', { action: 'record_result' }, '2026-11-12T15:00:00+07:00');
  await receive('2026-11-12T09:10:00+07:00', 'counter', '1.009902'); // H
  const i = await receive('2026-11-12T10:00:00+07:00', 'counter');
  await act(i, 'mc', { action: 'withdraw', reason: 'Công dân xin rút hồ sơ' }, '2026-11-13T10:00:00+07:00');
  // December: not in November's report
  await receive('2026-12-02T09:00:00+07:00', 'counter');
  at('2026-12-05T09:00:00+07:00');
});
afterAll(async () => t.close());

const zero = { receivedOnline: 0, receivedDirect: 0, receivedPostal: 0, carriedOver: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, pendingOnTime: 0, pendingLate: 0 };

describe('GET /api/v1/reports/ii06a', () => {
  it('counts the known mix of November per sector and in total', async () => {
    const res = await req('GET', '/api/v1/reports/ii06a?period=2026-11&agency=000.00.06.H56', 'ld');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ period: '2026-11', from: '2026-11-01', to: '2026-11-30', periodLabel: 'Tháng 11 năm 2026', agency: { code: '000.00.06.H56' } });
    expect(r.rows).toEqual([
      {
        ...zero,
        sectorCode: 'CT',
        sectorName: 'Chứng thực',
        receivedDirect: 2,
        receivedTotal: 2,
        resolvedOnTime: 1, // G: no deadline, so on time
        resolvedTotal: 1,
        pendingOnTime: 1, // H: no deadline, never late
        pendingTotal: 1,
      },
      {
        ...zero,
        sectorCode: 'HT',
        sectorName: 'Hộ tịch',
        receivedOnline: 1, // F
        receivedDirect: 2, // D, I
        receivedPostal: 1, // E
        carriedOver: 2, // A, C
        receivedTotal: 6,
        resolvedEarly: 1, // D
        resolvedOnTime: 1, // I withdrawn
        resolvedLate: 1, // C
        resolvedTotal: 3,
        pendingOnTime: 1, // F (due in December)
        pendingLate: 2, // A, E
        pendingTotal: 3,
      },
    ]);
    expect(r.total).toMatchObject({ sectorName: 'Tổng số', receivedTotal: 8, carriedOver: 2, resolvedTotal: 4, resolvedLate: 1, pendingTotal: 4, pendingLate: 2 });
  });

  it('a quarter and a year carry over only what was open at their start', async () => {
    const q = (await req('GET', '/api/v1/reports/ii06a?period=2026-Q4&agency=000.00.06.H56', 'ld')).json();
    // October to December: everything received in the quarter, nothing carried over; B resolved early in October
    expect(q.total).toMatchObject({ carriedOver: 0, receivedTotal: 10, receivedDirect: 8, resolvedTotal: 5, resolvedEarly: 2, pendingTotal: 5 });
    const oct = (await req('GET', '/api/v1/reports/ii06a?period=2026-10&agency=000.00.06.H56', 'ld')).json();
    // at the end of October: A (due 12 October) and C (due 27 October) both open and late
    expect(oct.total).toMatchObject({ receivedTotal: 3, resolvedTotal: 1, pendingTotal: 2, pendingLate: 2 });
    const year = (await req('GET', '/api/v1/reports/ii06a?period=2026&agency=000.00.06.H56', 'ld')).json();
    expect(year.total).toMatchObject({ carriedOver: 0, receivedTotal: 10, resolvedTotal: 5, pendingTotal: 5 });
    const before = (await req('GET', '/api/v1/reports/ii06a?period=2025&agency=000.00.06.H56', 'ld')).json();
    expect(before.rows).toEqual([]);
  });

  it('exports the same table as CSV (BOM, Vietnamese) and XLSX, and as a signed PDF', async () => {
    const csv = await req('GET', '/api/v1/reports/ii06a?period=2026-11&agency=000.00.06.H56', 'ld', undefined, { accept: 'text/csv' });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Lĩnh vực giải quyết,Số hồ sơ nhận giải quyết: Tổng số,/);
    expect(lines.at(-1)).toBe('Tổng số,8,1,4,1,2,4,1,2,1,4,2,2');
    const xlsx = await req('GET', '/api/v1/reports/ii06a.xlsx?period=2026-11&agency=000.00.06.H56', 'ld');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(values.find((r) => r[0] === 'Hộ tịch')).toEqual(['Hộ tịch', 6, 1, 2, 1, 2, 3, 1, 1, 1, 3, 1, 2]);
    expect(values.at(-1)).toEqual(['Tổng số', 8, 1, 4, 1, 2, 4, 1, 2, 1, 4, 2, 2]);
    const same = await req('GET', '/api/v1/reports/ii06a?period=2026-11&agency=000.00.06.H56&format=xlsx', 'ld');
    expect(same.headers['content-type']).toMatch(/spreadsheetml/);
    const pdf = await req('GET', '/api/v1/reports/ii06a.pdf?period=2026-11&agency=000.00.06.H56', 'ld');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.includes(Buffer.from('/ByteRange'))).toBe(true);
  });

  it('refuses another province, a bad period and anonymous callers with problem+json', async () => {
    const other = await req('GET', '/api/v1/reports/ii06a?period=2026-11&agency=000.00.06.H56', 'cv49');
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    const mine = (await req('GET', '/api/v1/reports/ii06a?period=2026-11', 'cv49')).json();
    expect(mine.total.receivedTotal).toBe(0);
    for (const p of ['2026-13', '2026-Q5', '26', '2026-11-01']) {
      const bad = await req('GET', `/api/v1/reports/ii06a?period=${p}`, 'ld');
      expect(bad.statusCode, p).toBe(400);
      expect(bad.json().code).toBe('validation-failed');
    }
    expect((await req('GET', '/api/v1/reports/ii06a?period=2026-11', undefined)).statusCode).toBe(401);
    expect((await req('GET', '/api/v1/reports/ii06a.pdf?period=2026-11&agency=000.00.99.H56', 'ld')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/statistics/monitoring', () => {
  it('gives throughput and online share per day, the late and at-risk lists of now, and exports each table', async () => {
    at('2026-12-08T09:00:00+07:00');
    const res = await req('GET', '/api/v1/statistics/monitoring?period=2026-11&agency=000.00.06.H56', 'ld');
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.unit).toBe('day');
    const s = (bucket: string, o: Record<string, number | null>) => ({
      bucket, received: 0, receivedOnline: 0, resolved: 0, resolvedOnTime: 0, onlineShare: null, onTimeShare: null, ...o,
    });
    expect(v.series).toEqual([
      s('2026-11-02', { resolved: 1, onTimeShare: 0 }), // C, late
      s('2026-11-10', { received: 2, onlineShare: 0 }),
      s('2026-11-11', { resolved: 1, resolvedOnTime: 1, onTimeShare: 1 }),
      s('2026-11-12', { received: 3, onlineShare: 0, resolved: 1, resolvedOnTime: 1, onTimeShare: 1 }), // G: no deadline, not late
      s('2026-11-25', { received: 1, receivedOnline: 1, onlineShare: 1 }),
    ]);
    // late now: A (12 October), E (17 November), F (2 December); never H, which has no deadline
    expect(v.late.total).toBe(3);
    expect(v.late.items.map((r: { receivedAt: string }) => r.receivedAt)).toEqual([
      '2026-10-05T02:00:00Z',
      '2026-11-10T02:30:00Z',
      '2026-11-25T02:00:00Z',
    ]);
    // at risk: K, received 2 December, due 9 December
    expect(v.atRisk).toMatchObject({ total: 1, items: [{ receivedAt: '2026-12-02T02:00:00Z', agencyCode: '000.00.06.H56', status: 2 }] });
    const quarter = (await req('GET', '/api/v1/statistics/monitoring?period=2026-Q4&agency=000.00.06.H56', 'ld')).json();
    expect(quarter.series.map((x: { bucket: string; received: number }) => [x.bucket, x.received])).toEqual([
      ['2026-10', 3],
      ['2026-11', 6],
      ['2026-12', 1],
    ]);
    const csv = await req('GET', '/api/v1/statistics/monitoring?period=2026-11&agency=000.00.06.H56&table=late&format=csv', 'ld');
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Mã hồ sơ,Thủ tục,Cơ quan giải quyết,Trạng thái,Ngày tiếp nhận,Hạn giải quyết');
    expect(lines[1]).toMatch(/^000\.00\.06\.H56-261005-\d{4},Đăng ký khai sinh,Sở Tư pháp tỉnh Thanh Hóa,Được tiếp nhận,2026-10-05 09:00,2026-10-12 /);
    const xlsx = await req('GET', '/api/v1/statistics/monitoring?period=2026-11&agency=000.00.06.H56&format=xlsx', 'ld');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows.at(-1)).toEqual(['2026-11-25', 1, 1, 100, 0, null].slice(0, 5));
    expect((await req('GET', '/api/v1/statistics/monitoring?period=2026-11&agency=000.00.06.H56', 'cv49')).statusCode).toBe(403);
  });
});

describe('exports of the monitoring API tables (?format=csv|xlsx, Accept: text/csv)', () => {
  const sheet = async (buf: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    return wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  };
  it("the local index: one row per indicator with the JSON's numerator, denominator and points; its dossiers", async () => {
    const url = '/api/v1/statistics/index?period=2026-11&agency=000.00.06.H56';
    const json = await req('GET', url, 'ld');
    expect(json.statusCode, json.body).toBe(200);
    const indicators = (json.json().groups as { name: string; indicators: { key: string; numerator: number; denominator: number; source: string }[] }[])
      .flatMap((g) => g.indicators.map((i) => ({ group: g.name, ...i })));
    expect(indicators.length).toBeGreaterThan(6);
    const xlsx = await req('GET', `${url}&format=xlsx`, 'ld');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="chi-so-.*-000\.00\.06\.H56-2026-11\.xlsx"/);
    const rows = await sheet(xlsx.rawPayload);
    const header = rows.findIndex((r) => r[0] === 'Nhóm chỉ số');
    expect(rows[header]).toEqual(['Nhóm chỉ số', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Nguồn công thức', 'Tử số', 'Mẫu số', 'Tỉ lệ (%)', 'Điểm', 'Tối đa']);
    const body = rows.slice(header + 1);
    expect(body.map((r) => [r[1], r[4], r[5]])).toEqual(indicators.map((i) => [i.key, i.numerator, i.denominator]));
    expect(body.map((r) => r[3])).toEqual(indicators.map((i) => (i.source === 'official' ? 'Chính thức' : 'Suy luận ngược')));
    // the dossiers behind the first indicator with a denominator, as CSV
    const withDossiers = indicators.find((i) => i.denominator > 0);
    if (withDossiers) {
      const list = `/api/v1/statistics/index/indicators/${withDossiers.key}/dossiers?period=2026-11&agency=000.00.06.H56`;
      const items = (await req('GET', list, 'ld')).json().items as { code: string }[];
      const csv = await req('GET', list, 'ld', undefined, { accept: 'text/csv' });
      expect(csv.statusCode, csv.body).toBe(200);
      const lines = csv.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('Mã hồ sơ,Thủ tục,Cơ quan,Ngày tiếp nhận,Trạng thái (mã DVCQG),Được tính vào');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(items.map((i) => i.code));
    }
  });

  it('the national ranking: one row per connected system, with its rank and points', async () => {
    // a connected system in the portal's registry (this test app plays both roles)
    await sql`insert into federation_nodes (code, name, public_key) values ('H56', 'Hệ thống tỉnh Thanh Hóa', 'x')`.execute(t.db);
    const json = await req('GET', '/api/v1/national/index?period=2026-11', undefined);
    expect(json.statusCode, json.body).toBe(200);
    const systems = json.json().systems as { code: string; rank: number; points: number }[];
    expect(systems.map((s) => s.code)).toContain('H56');
    const csv = await req('GET', '/api/v1/national/index?period=2026-11&format=csv', undefined);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Hạng,Mã hệ thống,"Tỉnh, thành phố \/ Bộ, ngành",Loại,Điểm \(100\),Điểm kỳ trước,"Tăng, giảm",/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual(systems.map((s) => [String(s.rank), s.code]));
    const sys = await req('GET', '/api/v1/national/index/systems/H56?period=2026-11&format=xlsx', undefined);
    expect(sys.statusCode, sys.body).toBe(200);
    expect((await sheet(sys.rawPayload)).some((r) => r[0] === 'Nhóm chỉ số')).toBe(true);
  });
});
