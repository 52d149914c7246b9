/**
 * Intake (issue 16.1): a reception writes in ONE statement (receive_dossier, migration 1300) that takes the agency's
 * code of the day itself, so the counter row is never held while the server waits on the application; what the
 * statement fills in (code, creation time, its Vietnam day) reaches every row written.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertAgencies, officer, publishProcedure, type AgencyIds } from '../../../test/fixtures.ts';
import { vnDayOf } from '../sync/payload.ts';
import { receptionLane } from './reception.batch.ts';

let t: TestApp;
let ids: AgencyIds;
const tokens: Record<string, ReturnType<typeof officer>> = {};
const AGENCY = '000.00.06.H56';

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  ids = await insertAgencies(t.db);
  Object.assign(tokens, { mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa') });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

const reception = (contact: Record<string, string> = {}) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: AGENCY,
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', ...contact },
  components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
});
const post = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/dossiers', payload: body as object, headers: { authorization: 'Bearer mc' } });
const seqOf = (code: string) => Number(code.split('-').pop());

/** The statements this process sends to the database while `fn` runs. */
async function statementsOf(fn: () => ReturnType<typeof post>) {
  const proto = pg.Client.prototype as unknown as { query: (this: pg.Client, ...a: unknown[]) => unknown };
  const orig = proto.query;
  const queries: string[] = [];
  const values: unknown[][] = [];
  proto.query = function (this: pg.Client, ...a: unknown[]) {
    const q = a[0] as string | { text: string; values?: unknown[] };
    queries.push(typeof q === 'string' ? q : q.text);
    values.push((typeof q === 'string' ? a[1] : q.values) as unknown[] ?? []);
    return orig.apply(this, a);
  };
  try {
    const response = await fn();
    return { response, statusCode: response.statusCode, queries, values };
  } finally {
    proto.query = orig;
  }
}

describe('counter reception writes in one statement', () => {
  it('takes the counter in the statement that writes the dossier: a reception waiting for the counter waits there', async () => {
    const before = (await post(reception())).json<{ code: string }>().code;
    let pending: ReturnType<typeof post> | undefined;
    let waiting: { query: string }[] = [];
    await t.db.transaction().execute(async (tx) => {
      // another reception of the same agency holds the counter row
      await sql`select 1 from dossier_code_counters where agency_code = ${AGENCY} for update`.execute(tx);
      pending = post(reception());
      for (let i = 0; i < 400 && waiting.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        waiting = (
          await sql<{ query: string }>`
            select query from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)
        ).rows;
      }
    });
    expect(waiting).toHaveLength(1);
    // the statement waiting for the counter is the one that writes everything (not an INSERT inside a transaction
    // that began with the reads: the next test shows no BEGIN is sent)
    expect(waiting[0]!.query).toContain('receive_dossier');
    const after = await pending!;
    expect(after.statusCode).toBe(201);
    expect(seqOf(after.json<{ code: string }>().code)).toBe(seqOf(before) + 1);
  });

  it('sends one writing statement to the database, no BEGIN/COMMIT', async () => {
    const proto = pg.Client.prototype as unknown as { query: (this: pg.Client, ...a: unknown[]) => unknown };
    const orig = proto.query;
    const seen: string[] = [];
    proto.query = function (this: pg.Client, ...a: unknown[]) {
      const q = a[0] as string | { text: string };
      seen.push(typeof q === 'string' ? q : q.text);
      return orig.apply(this, a);
    };
    try {
      expect((await post(reception({ phone: '0912345678' }))).statusCode).toBe(201);
    } finally {
      proto.query = orig;
    }
    const writes = seen.filter((q) => /^\s*(begin|commit|insert|update|delete)\b|receive_dossier/i.test(q));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain('receive_dossier_checked(');
  });

  it('once warm, a reception is ONE statement in all: the reference data comes from the caches, checked by the write', async () => {
    expect((await post(reception())).statusCode).toBe(201); // warm: this process has seen the revisions
    const seen = await statementsOf(() => post(reception()));
    expect(seen.statusCode).toBe(201);
    expect(seen.queries).toHaveLength(1);
    expect(seen.queries[0]).toContain('receive_dossier_checked(');
  });

  it('reference data changed by another process: the write refuses the stale revisions and the reception is built again, codes still gap-free', async () => {
    const first = await post(reception());
    expect(first.statusCode).toBe(201);
    // another process renames the agency (the trigger bumps config_revision); this process has not read it since
    const renamed = 'Sở Tư pháp tỉnh Thanh Hóa (tên mới)';
    await sql`update agencies set name = ${renamed} where code = ${AGENCY}`.execute(t.db);
    try {
      const seen = await statementsOf(() => post(reception()));
      expect(seen.statusCode).toBe(201);
      // refused once (MC410, nothing written), the revisions read again, the agency read again, written
      expect(seen.queries.filter((q) => q.includes('receive_dossier_checked('))).toHaveLength(2);
      expect(seen.queries.some((q) => q.includes('reference_revisions()'))).toBe(true);
      const second = seen.response.json<{ id: string; code: string }>();
      expect(seqOf(second.code)).toBe(seqOf(first.json<{ code: string }>().code) + 1);
      const ev = (await sql<{ event: string }>`select event::text as event from sync_outbox where dossier_id = ${second.id}`.execute(t.db)).rows;
      expect(ev[0]!.event).toContain(renamed);
    } finally {
      await sql`update agencies set name = 'Sở Tư pháp tỉnh Thanh Hóa' where code = ${AGENCY}`.execute(t.db);
    }
  });

  it('puts the code, creation time and its day into the action, audit row, messages and sync event', async () => {
    const r = await post(reception({ phone: '0912345678', email: 'an@example.vn' }));
    expect(r.statusCode).toBe(201);
    const d = r.json<{ id: string; code: string; createdAt?: string }>();
    expect(d.code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const row = (await sql<{ code: string; createdAt: string }>`select code, created_at from dossiers where id = ${d.id}`.execute(t.db)).rows[0]!;
    expect(row.code).toBe(d.code);
    const action = (await sql<{ data: Record<string, unknown> }>`select data from dossier_actions where dossier_id = ${d.id}`.execute(t.db)).rows;
    expect(action).toHaveLength(1);
    expect(action[0]!.data.code).toBe(d.code);
    const audit = (await sql<{ detail: Record<string, unknown> }>`
      select detail from audit_events where target_id = ${d.id} and action = 'receive'`.execute(t.db)).rows;
    expect(audit.map((a) => a.detail)).toEqual([{ code: d.code }]);
    const messages = (await sql<{ channel: string; recipient: string; params: Record<string, unknown>; checkCode: string; createdAt: string }>`
      select channel, recipient, params, check_code, created_at from notification_outbox where dossier_id = ${d.id} order by id`.execute(t.db)).rows;
    expect(messages.map((m) => [m.channel, m.recipient, m.params.code])).toEqual([
      ['email', 'an@example.vn', d.code],
      ['sms', '0912345678', d.code],
    ]);
    type Event = {
      DongBoHoSoMC: { MaHoSo: string };
      CapNhatTienDoHoSoMC: { MaHoSo: string }[];
      day: string;
      agencyCode: string;
      messages: { checkCode: string; issuedAt: string }[];
    };
    const events = (await sql<{ event: Event }>`select event from sync_outbox where dossier_id = ${d.id}`.execute(t.db)).rows;
    expect(events).toHaveLength(1);
    const ev = events[0]!.event;
    expect(ev.DongBoHoSoMC.MaHoSo).toBe(d.code);
    expect(ev.CapNhatTienDoHoSoMC[0]!.MaHoSo).toBe(d.code);
    expect(ev.day).toBe(vnDayOf(row.createdAt));
    expect(ev.agencyCode).toBe(AGENCY);
    expect(ev.messages.map((m) => [m.checkCode, m.issuedAt])).toEqual(
      messages.map((m) => [m.checkCode, m.createdAt]),
    );
    const stream = (await sql<{ lastSeq: number }>`select last_seq from sync_streams where dossier_id = ${d.id}`.execute(t.db)).rows;
    expect(stream).toEqual([{ lastSeq: 1 }]);
  });

  it('receptions of one agency arriving together are written in one statement, each with its own next code in order', async () => {
    await post(reception()); // warm
    const seen = await statementsOf(async () => {
      const all = await Promise.all(Array.from({ length: 6 }, () => post(reception({ phone: '0912345678' }))));
      return all[all.length - 1]!;
    });
    expect(seen.statusCode).toBe(201);
    const batches = seen.queries.filter((q) => q.includes('receive_dossiers_checked('));
    expect(batches.length).toBeGreaterThan(0); // the first alone, the ones that came meanwhile together
    expect(seen.queries.length).toBeLessThan(6);
    const rows = (await sql<{ id: string; code: string; event: string; detail: string }>`
      select d.id, d.code, o.event::text as event, a.detail::text as detail
      from dossiers d join sync_outbox o on o.dossier_id = d.id
      join audit_events a on a.target_id = d.id::text and a.action = 'receive'
      order by d.code desc limit 6`.execute(t.db)).rows;
    const seqs = rows.map((r) => seqOf(r.code)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 6 }, (_, i) => seqs[0]! + i)); // consecutive, none lost, none twice
    for (const r of rows) {
      expect(r.event).toContain(r.code); // each row carries its own code
      expect(r.detail).toContain(r.code);
    }
  });

  it('receptions of agencies sharing a lane, arriving together, are written in one statement, each agency counting on its own', async () => {
    // an agency of the province whose receptions go in the same lane as AGENCY's, offering a procedure of its own
    const other = Array.from({ length: 90 }, (_, i) => `000.00.${String(i + 10).padStart(2, '0')}.H56`).find(
      (c) => receptionLane(c) === receptionLane(AGENCY),
    )!;
    await t.db
      .insertInto('agencies')
      .values({ code: other, name: 'Sở thử làn chung', level: 2, kind: 'department', parentId: ids.h56, nodeCode: 'H56', validFrom: '2025-07-01' })
      .execute();
    await publishProcedure(t.db, '1.001194', [other]);
    const atOther = () => ({ ...reception(), procedureCode: '1.001194', resolvingAgencyCode: other });
    const warm = [(await post(reception())).json<{ code: string }>().code, (await post(atOther())).json<{ code: string }>().code];
    const seen = await statementsOf(async () => {
      const all = await Promise.all(Array.from({ length: 8 }, (_, i) => post(i % 2 === 0 ? reception() : atOther())));
      expect(all.map((r) => r.statusCode)).toEqual(Array.from({ length: 8 }, () => 201));
      const codes = all.map((r) => r.json<{ code: string }>().code);
      // each agency's codes follow its own last one, consecutive, none lost, none twice
      expect(codes.filter((_, i) => i % 2 === 0).map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4].map((k) => seqOf(warm[0]!) + k));
      expect(codes.filter((_, i) => i % 2 === 1).map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4].map((k) => seqOf(warm[1]!) + k));
      for (let i = 0; i < 8; i++) expect(codes[i]!.startsWith(i % 2 === 0 ? AGENCY : other)).toBe(true);
      return all[0]!;
    });
    const batches = seen.queries.flatMap((q, i) => (q.includes('receive_dossiers_checked(') ? [JSON.stringify(seen.values[i])] : []));
    expect(batches.some((b) => b.includes(AGENCY) && b.includes(other))).toBe(true); // one statement for both agencies
    expect(seen.queries.filter((q) => q.includes('receive_dossier')).length).toBeLessThan(8);
  });

  it('a batch that fails writes nothing and each reception is then written alone (codes still gap-free)', async () => {
    const before = await post(reception());
    const renamed = 'Sở Tư pháp tỉnh Thanh Hóa (đổi tên lần hai)';
    await sql`update agencies set name = ${renamed} where code = ${AGENCY}`.execute(t.db);
    try {
      // all five are built from the old revisions; the batch is refused (MC410), each is then refused alone and rebuilt
      const seen = await statementsOf(async () => {
        const all = await Promise.all(Array.from({ length: 5 }, () => post(reception())));
        expect(all.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
        return all[0]!;
      });
      expect(seen.queries.some((q) => q.includes('reference_revisions()'))).toBe(true);
      expect(seen.queries.filter((q) => q.includes('receive_dossiers_checked(')).length).toBeGreaterThan(0);
      const codes = (await sql<{ code: string; event: string }>`
        select d.code, o.event::text as event from dossiers d join sync_outbox o on o.dossier_id = d.id
        where d.code like ${AGENCY + '-%'} order by d.code desc limit 5`.execute(t.db)).rows;
      const seqs = codes.map((r) => seqOf(r.code)).sort((a, b) => a - b);
      expect(seqs).toEqual([1, 2, 3, 4, 5].map((i) => seqOf(before.json<{ code: string }>().code) + i));
      for (const c of codes) expect(c.event).toContain(renamed);
    } finally {
      await sql`update agencies set name = 'Sở Tư pháp tỉnh Thanh Hóa' where code = ${AGENCY}`.execute(t.db);
    }
  });
});
