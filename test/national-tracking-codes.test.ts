/**
 * Public tracking on the partitioned national mirror (issue 16.5, migration 1500): the code table, kept by triggers
 * on national_dossiers whoever writes it, leads a lookup by code to one code partition, one of the 16 mirror
 * partitions and the one month partition of the dossier's progress — and the answers stay right when a code
 * changes, a dossier has no creation day, or a dossier is removed.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findMirrorByCode,
  mirrorByCodeQuery,
  progressQuery,
} from '../src/national/sync/citizen.repository.ts';
import { createTestApp, type TestApp } from './app.ts';

const DOSSIERS = 48;
const code = (i: number) => `000.01.31.H49-261201-${String(i).padStart(4, '0')}`;
const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

interface PlanNode {
  'Relation Name'?: string;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** The partitions a statement actually read (plan nodes executed at least once). */
function readRelations(plan: PlanNode, out: string[] = []): string[] {
  if (plan['Relation Name'] && (plan['Actual Loops'] ?? 0) > 0) out.push(plan['Relation Name']);
  for (const p of plan.Plans ?? []) readRelations(p, out);
  return out;
}

async function relationsRead(q: {
  explain: (format: 'json', options: ReturnType<typeof sql>) => Promise<unknown[]>;
}) {
  const rows = (await q.explain('json', sql`analyze`)) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
  return readRelations(rows[0]!['QUERY PLAN'][0].Plan);
}

describe('tracking by code on the partitioned mirror (ROLE=national)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ROLE: 'national', NODE_CODE: 'NATIONAL', TRACKING_RATE_LIMIT: '1000' });
    // dossiers of two systems, created this month or next (Vietnam time), two progress rows each
    await sql`
      with d as (
        select g, case when g % 2 = 0 then 'H49' else 'H56' end as node,
          ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid as id,
          '000.01.31.H49-261201-' || lpad(g::text, 4, '0') as code,
          ((now() at time zone 'Asia/Ho_Chi_Minh')::date + (case when g % 3 = 0 then interval '1 month' else interval '0' end))::date as day
        from generate_series(1, ${DOSSIERS}) g),
      n as (
        insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, day)
        select node, id, code, 4, 2, jsonb_build_object('MaHoSo', code, 'ChuHoSo', 'Nguyễn Văn An', 'TrangThaiHoSo', '4', 'MaTTHC', '1.001193'),
          now(), day from d returning source_id)
      insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload, day)
      select node, id, s, 0, 2 + s, jsonb_build_object('NoiDungXuLy', 'Bước ' || s || ' của ' || code, 'ThoiDiemXuLy', '20261201080000'), day
      from d cross join generate_series(1, 2) s`.execute(t.db);
  });
  afterAll(async () => t?.close());

  it('finds a dossier through one code partition and one mirror partition, and its progress in one month', async () => {
    for (const i of [3, 10, 47]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(i)}` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ code: code(i), node: i % 2 === 0 ? 'H49' : 'H56', owner: 'N***' });
      expect(res.json().timeline.map((x: { action: string }) => x.action)).toEqual([
        `Bước 1 của ${code(i)}`,
        `Bước 2 của ${code(i)}`,
      ]);

      const read = await relationsRead(mirrorByCodeQuery(t.db, code(i)));
      expect(
        read.filter((r) => /^national_dossier_codes_h\d\d$/.test(r)),
        read.join(),
      ).toHaveLength(1);
      expect(
        read.filter((r) => /^national_dossiers_h\d\d$/.test(r)),
        read.join(),
      ).toHaveLength(1);

      const d = (await findMirrorByCode(t.db, code(i)))!;
      const day = (
        await sql<{
          day: string;
        }>`select day from national_dossiers where source_node = ${d.sourceNode} and source_id = ${d.sourceId}`.execute(
          t.db,
        )
      ).rows[0]!.day;
      expect(d.progressDay).toBe(day);
      const month = `national_dossier_progress_p${day.slice(0, 4)}${day.slice(5, 7)}`;
      expect(await relationsRead(progressQuery(t.db, [d]))).toEqual([month]);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(DOSSIERS + 1)}` })).statusCode,
    ).toBe(404);
  });

  it('follows a code change, reads every month for a dossier without a creation day, and forgets a removed dossier', async () => {
    // a corrected code: the new one answers with the same progress, the old one no longer
    await sql`update national_dossiers set ma_ho_so = 'G15-261201-CHANGED', trang_thai = 5 where source_id = ${id(5)}::uuid`.execute(
      t.db,
    );
    const moved = await t.app.inject({ method: 'GET', url: '/api/v1/tracking/G15-261201-CHANGED' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().timeline).toHaveLength(2);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(5)}` })).statusCode).toBe(404);
    // an update that keeps the code leaves the lookup alone
    await sql`update national_dossiers set trang_thai = 6 where source_id = ${id(6)}::uuid`.execute(t.db);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(6)}` })).statusCode).toBe(200);

    // mirrored without a creation day (as a DVCQG snapshot is): its rows may lie in any month, so all are read
    await sql`
      insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at)
      values ('G15', ${id(900)}::uuid, 'G15-NODAY-1', 2, 1, '{"MaHoSo": "G15-NODAY-1", "ChuHoSo": "Lê Thị Bình"}', now())`.execute(
      t.db,
    );
    await sql`
      insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload, day) values
        ('G15', ${id(900)}::uuid, 1, 0, 2, '{"NoiDungXuLy": "Tiếp nhận"}', (now() at time zone 'Asia/Ho_Chi_Minh')::date),
        ('G15', ${id(900)}::uuid, 2, 0, 4, '{"NoiDungXuLy": "Chuyển xử lý"}', (now() at time zone 'Asia/Ho_Chi_Minh')::date + 40)`.execute(
      t.db,
    );
    const noDay = await t.app.inject({ method: 'GET', url: '/api/v1/tracking/G15-NODAY-1' });
    expect(noDay.statusCode, noDay.body).toBe(200);
    expect(noDay.json().timeline.map((x: { action: string }) => x.action)).toEqual([
      'Tiếp nhận',
      'Chuyển xử lý',
    ]);

    // the same code sent by two systems: the latest change answers
    await sql`
      insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, day)
      values ('G15', ${id(901)}::uuid, ${code(7)}, 10, 9, ${JSON.stringify({ MaHoSo: code(7), ChuHoSo: 'Trần Văn Cường' })}::jsonb,
        now() + interval '1 minute', (now() at time zone 'Asia/Ho_Chi_Minh')::date)`.execute(t.db);
    const twice = await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(7)}` });
    expect(twice.json()).toMatchObject({ node: 'G15', owner: 'T***', timeline: [] });

    await sql`delete from national_dossiers where source_id = ${id(901)}::uuid`.execute(t.db);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code(7)}` })).json()).toMatchObject({
      node: 'H56',
      owner: 'N***',
    });
    const left = await sql<{
      n: number;
    }>`select count(*)::int as n from national_dossier_codes where source_id = ${id(901)}::uuid`.execute(
      t.db,
    );
    expect(left.rows[0]!.n).toBe(0);
  });

  it('counts each lookup in the unlogged rate-limit table: its commit does not wait for the disk, the limit still holds', async () => {
    const table = await sql<{
      p: string;
    }>`select relpersistence as p from pg_class where relname = 'rate_limit_hits'`.execute(t.db);
    expect(table.rows[0]!.p).toBe('u');
    const before = await sql<{
      hits: number;
    }>`select coalesce(sum(hits), 0)::int as hits from rate_limit_hits where key like '%10.20.30.40'`.execute(
      t.db,
    );
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/tracking/${code(9)}`,
        remoteAddress: '10.20.30.40',
      });
      expect(res.statusCode).toBe(200);
    }
    const after = await sql<{
      hits: number;
    }>`select coalesce(sum(hits), 0)::int as hits from rate_limit_hits where key like '%10.20.30.40'`.execute(
      t.db,
    );
    expect(after.rows[0]!.hits - before.rows[0]!.hits).toBe(3);
  });
});
