/**
 * Reads at scale (issue 16.2) through HTTP: a whole dossier in one statement, a work queue searched by personal ID
 * in queue order with a capped total, and "Hồ sơ của tôi" by account and by personal ID, once each.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure, type AgencyIds } from '../../../test/fixtures.ts';
import { listOwnDossiers, listQueue, TOTAL_CAP } from './dossier.list.repository.ts';
import { inActionMonths } from './action-months.ts';
import { listActions } from './dossier.repository.ts';

let t: TestApp;
let ids: AgencyIds;
const tokens: Record<string, ReturnType<typeof officer>> = {};
const PERSON = '001099012345';

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    citizen,
  });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

const reception = (owner: Record<string, unknown> = {}) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone: '0912345678', ...owner },
  components: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    { name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 1, photocopies: 0 },
  ],
});

function call(method: 'GET' | 'POST', url: string, token: string, payload?: object) {
  return t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

/** How many statements the app sent outside a transaction while `f` ran (each takes a pooled connection). */
async function statementsDuring<T>(f: () => Promise<T>): Promise<{ n: number; value: T }> {
  let n = 0;
  const count = () => void n++;
  t.pool.on('acquire', count);
  try {
    const value = await f();
    return { n, value };
  } finally {
    t.pool.off('acquire', count);
  }
}

describe('a whole dossier', () => {
  it('is read in one statement, and shows what the reception wrote', async () => {
    const sent = await call('POST', '/api/v1/online/dossiers', 'citizen', reception());
    expect(sent.statusCode).toBe(201);
    const written = sent.json();
    const { n, value: res } = await statementsDuring(() => call('GET', `/api/v1/dossiers/${written.id}`, 'citizen'));
    expect(res.statusCode).toBe(200);
    expect(n).toBe(1);
    const read = res.json();
    for (const k of ['components', 'fees', 'history', 'procedure', 'owner', 'status', 'dueAt', 'resolvingAgencyCode', 'receivedAtAgency'])
      expect(read[k], k).toEqual(written[k]);
    expect(read.components.map((c: { name: string; certifiedCopies: number }) => [c.name, c.certifiedCopies])).toEqual([
      ['Tờ khai đăng ký khai sinh', 0],
      ['Giấy chứng sinh', 1],
    ]);
    expect(read.history[0]).toMatchObject({ seq: 1, action: 'submit' });
  });

  it('is shown to the officers of its agency and those above it, and to no other agency', async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    expect((await call('GET', `/api/v1/dossiers/${d.id}`, 'cv')).statusCode).toBe(200);
    const above = await call('GET', `/api/v1/dossiers/${d.id}`, 'mc');
    expect(above.statusCode).toBe(200);
    expect(above.json().myActions).toEqual(expect.any(Array));
    const other = await call('GET', `/api/v1/dossiers/${d.id}`, 'cv49');
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('dossier-not-found');
  });
});

describe('lists', () => {
  it('a queue searched by personal ID comes in due order, page after page, its total capped at the cap', async () => {
    const first = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception({ idNumber: PERSON, birthDate: '1999-05-01' }), channel: 'counter' })).json();
    // the person's other dossiers: copies of the first, each due a day later than the one before (from the past)
    await sql`
      insert into dossiers (channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        owner_type, owner_id_number, owner_name, owner_contact, submitter, resolving_agency_id, node_code, status,
        sub_state, received_at, due_at, state, created_at)
      select channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        owner_type, owner_id_number, owner_name, owner_contact, submitter, resolving_agency_id, node_code, status,
        sub_state, received_at, timestamptz '2020-01-01T00:00:00Z' + g * interval '1 day', state, now() - g * interval '1 second'
      from dossiers, generate_series(1, ${TOTAL_CAP + 5}::int) g where id = ${first.id}`.execute(t.db);
    const page = async (offset: number) => (await call('GET', `/api/v1/dossiers?q=${PERSON}&limit=20&offset=${offset}`, 'cv')).json();
    const p1 = await page(0);
    expect(p1.total).toBe(TOTAL_CAP);
    expect(p1.totalCapped).toBe(true);
    const p2 = await page(20);
    const dues = [...p1.items, ...p2.items].map((x: { dueAt: string }) => x.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(new Set([...p1.items, ...p2.items].map((x: { id: string }) => x.id)).size).toBe(40);
    expect(dues.slice(0, 2)).toEqual(['2020-01-02T00:00:00.000Z', '2020-01-03T00:00:00.000Z']);
    // the last page is the first dossier (due last), and the total of a page not full is exact
    const last = await page(TOTAL_CAP + 5);
    expect(last.items.map((x: { id: string }) => x.id)).toEqual([first.id]);
    expect(last).toMatchObject({ total: TOTAL_CAP + 6, totalCapped: false });
    // past the end: no row to carry the count, counted apart
    expect(await page(TOTAL_CAP + 20)).toMatchObject({ items: [], total: TOTAL_CAP, totalCapped: true });
    // by its code: that dossier alone
    const byCode = (await call('GET', `/api/v1/dossiers?q=${first.code}`, 'cv')).json();
    expect(byCode).toMatchObject({ total: 1, totalCapped: false });
    expect(byCode.items[0].id).toBe(first.id);
    // another agency's officer finds none of them
    expect((await call('GET', `/api/v1/dossiers?q=${PERSON}`, 'cv49')).json()).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });

  it("'Hồ sơ của tôi' holds what I submitted and what was received for my personal ID, once each, newest first", async () => {
    const online = (await call('POST', '/api/v1/online/dossiers', 'citizen', reception())).json();
    const atCounter = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    // a business whose number happens to be my personal ID is not me
    await sql`
      insert into dossiers (channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        owner_type, owner_id_number, owner_name, owner_contact, submitter, resolving_agency_id, node_code, status, state)
      select channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        'business', owner_id_number, 'Công ty TNHH An Bình', owner_contact, submitter, resolving_agency_id, node_code, status, state
      from dossiers where id = ${atCounter.id}`.execute(t.db);
    const mine = await t.db
      .selectFrom('dossiers')
      .select(['id', 'createdAt'])
      .where((eb) => eb.or([eb('accountId', '=', citizen.id), eb.and([eb('ownerType', '=', 'citizen'), eb('ownerIdNumber', '=', '038087042028')])]))
      .orderBy('createdAt', 'desc')
      .execute();
    const all = (await call('GET', '/api/v1/my/dossiers?limit=100', 'citizen')).json();
    expect(all.items.map((x: { id: string }) => x.id)).toEqual(mine.map((r) => r.id));
    expect(all).toMatchObject({ total: mine.length, totalCapped: false });
    expect(all.items.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([online.id, atCounter.id]));
    // a full page: the total is counted (each dossier once), in the page's own statement
    const counted = await statementsDuring(() => call('GET', '/api/v1/my/dossiers?limit=1', 'citizen'));
    expect(counted.n).toBe(1);
    const one = counted.value.json();
    expect(one).toMatchObject({ total: mine.length, totalCapped: false });
    expect(one.items[0].id).toBe(mine[0]!.id);
    const second = (await call('GET', '/api/v1/my/dossiers?limit=1&offset=1', 'citizen')).json();
    expect(second.items[0].id).toBe(mine[1]!.id);
    // past the end: no row carries the total, counted apart
    expect((await call('GET', '/api/v1/my/dossiers?limit=1&offset=500', 'citizen')).json()).toMatchObject({
      items: [],
      total: mine.length,
      totalCapped: false,
    });
  });

  it('a page carries what the list shows, not the whole state: the step and its assignee, without the hand-overs', async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception({ idNumber: '001085000777', birthDate: '1985-05-01' }), channel: 'counter' })).json();
    const whole = (await call('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json();
    const listed = (await call('GET', '/api/v1/dossiers?q=001085000777', 'mc')).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ id: d.id, code: whole.code, step: whole.workflow.step, assignee: whole.workflow.assignee });
    expect(listed.items[0].step).toEqual(expect.any(String));
    const { rows } = await listQueue(t.db, { agencyIds: 'all', q: '001085000777', limit: 20, offset: 0 });
    expect(rows[0]!.state.workflow?.step).toBe(whole.workflow.step);
    expect(rows[0]!.state.workflow).not.toHaveProperty('handovers');
    expect(rows[0]).not.toHaveProperty('terms');
    const own = await listOwnDossiers(t.db, { accountId: citizen.id, kind: 'citizen', idNumber: '001085000777' }, 100, 0);
    const mine = own.rows.find((r) => r.id === d.id)!;
    expect(Object.keys(mine.state).sort()).toEqual(['acceptance', 'workflow']);
    expect(mine.state.workflow?.step).toBe(whole.workflow.step);
  });

  it('the capped totals by owner read the owner indexes only (their INCLUDE columns), never the rows', async () => {
    await sql`vacuum (analyze) dossiers`.execute(t.db); // all rows visible: what an index-only scan needs
    const plan = async (q: ReturnType<typeof sql>) =>
      t.db.transaction().execute(async (tx) => {
        // the test's table is tiny: the planner must choose among index scans (on the rows or the index only)
        await sql`set local enable_seqscan = off; set local enable_bitmapscan = off`.execute(tx);
        return (await sql<{ 'QUERY PLAN': string }>`explain ${q}`.execute(tx)).rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    const mine = await plan(sql`select count(*) from dossiers where owner_type = 'citizen' and owner_id_number = ${PERSON}
      and account_id is distinct from ${citizen.id}`);
    expect(mine).toContain('Index Only Scan using dossiers_owner ');
    const search = await plan(sql`select count(*) from dossiers where resolving_agency_id = ${ids.h56justice} and owner_id_number = ${PERSON}
      and code is distinct from ${PERSON}`);
    expect(search).toContain('Index Only Scan using dossiers_owner_due');
  });
});

describe('reference data on the read path (issue 16.2): from the caches, checked against the read itself', () => {
  it("an officer's view of a whole dossier, what they may do included, is one statement once the caches are warm", async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    await call('GET', `/api/v1/dossiers/${d.id}`, 'cv'); // warm: the template, the officer's systems
    const { n, value: res } = await statementsDuring(() => call('GET', `/api/v1/dossiers/${d.id}`, 'cv'));
    expect(res.statusCode).toBe(200);
    expect(res.json().myActions.length).toBeGreaterThan(0);
    expect(n).toBe(1);
  });

  it('a search page is one statement once warm, and an agency moved by another process is seen at once', async () => {
    const PERSON2 = '001085000888';
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception({ idNumber: PERSON2, birthDate: '1985-05-01' }), channel: 'counter' })).json();
    const search = () => call('GET', `/api/v1/dossiers?q=${PERSON2}`, 'cv').then((r) => r.json());
    expect((await search()).items.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const { n, value } = await statementsDuring(search);
    expect(value.items).toHaveLength(1);
    expect(value.items[0].resolvingAgency).toEqual({ code: '000.00.06.H56', name: expect.any(String) });
    expect(n).toBe(1);
    // the same person's dossier at Quảng Ninh's department: not below the officer's agency
    await sql`
      insert into dossiers (channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        owner_type, owner_id_number, owner_name, owner_contact, submitter, resolving_agency_id, node_code, status, state)
      select channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
        owner_type, owner_id_number, owner_name, owner_contact, submitter, ${ids.h49justice}, node_code, status, state
      from dossiers where id = ${d.id}`.execute(t.db);
    expect((await search()).items).toHaveLength(1); // the caches are warm at this revision
    const parent = (await sql<{ p: string | null }>`select parent_id as p from agencies where id = ${ids.h49justice}`.execute(t.db)).rows[0]!.p;
    // another process moves that department below the officer's agency (the trigger bumps the config revision)
    await sql`update agencies set parent_id = ${ids.h56justice} where id = ${ids.h49justice}`.execute(t.db);
    try {
      const moved = await search();
      expect(moved.items).toHaveLength(2);
      expect(moved.items.map((x: { resolvingAgency: { code: string } }) => x.resolvingAgency.code).sort()).toEqual([
        '000.00.06.H49',
        '000.00.06.H56',
      ]);
    } finally {
      await sql`update agencies set parent_id = ${parent} where id = ${ids.h49justice}`.execute(t.db);
    }
    // moved back: an empty answer is checked too (the page carried no revisions)
    await sql`delete from dossiers where id = ${d.id}`.execute(t.db);
    expect((await search()).items.map((x: { resolvingAgency: { code: string } }) => x.resolvingAgency.code)).toEqual([]);
  });
});

describe("a whole dossier's action log read from the months that can hold it (actions_from, migration 1533)", () => {
  const boundOf = async (id: string) =>
    (await sql<{ b: string | null }>`select actions_from as b from dossiers where id = ${id}`.execute(t.db)).rows[0]!.b;

  it('a new dossier is bounded by a day before its reception; an action written earlier (an import, a settable clock) lowers it and is read', async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    const expected = (
      await sql<{ c: string }>`select least(created_at, received_at) - interval '1 day' as c from dossiers where id = ${d.id}`.execute(t.db)
    ).rows[0]!.c;
    expect(await boundOf(d.id)).toBe(expected);
    // its first action (the application's clock, a little before the database's) is within the bound: nothing was written
    const first = (await sql<{ a: string }>`select at as a from dossier_actions where dossier_id = ${d.id} and seq = 1`.execute(t.db)).rows[0]!.a;
    expect(first > expected).toBe(true);
    await sql`
      insert into dossier_actions (dossier_id, seq, kind, at, data, actor_kind, actor_id, actor_name)
      select dossier_id, 2, kind, timestamptz '2020-01-15T03:00:00Z', data, actor_kind, actor_id, actor_name
      from dossier_actions where dossier_id = ${d.id} and seq = 1`.execute(t.db);
    expect(await boundOf(d.id)).toBe('2020-01-15T03:00:00.000Z');
    const read = (await call('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json();
    expect(read.history.map((h: { seq: number }) => h.seq)).toEqual([1, 2]);
    // a later action leaves the bound where it is
    await sql`
      insert into dossier_actions (dossier_id, seq, kind, at, data, actor_kind, actor_id, actor_name)
      select dossier_id, 3, kind, now(), data, actor_kind, actor_id, actor_name
      from dossier_actions where dossier_id = ${d.id} and seq = 1`.execute(t.db);
    expect(await boundOf(d.id)).toBe('2020-01-15T03:00:00.000Z');
    expect((await call('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json().history).toHaveLength(3);
  });

  it("the dossier's other action reads (history for an officer's action, the sync snapshot) skip the months before the bound", async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    // a month long before the dossier, as a node that has run for years has
    await sql`create table dossier_actions_p201803 partition of dossier_actions for values from ('2018-03-01') to ('2018-04-01')`.execute(t.db);
    try {
      const q = t.db.selectFrom('dossierActions').selectAll().where('dossierId', '=', d.id).where(inActionMonths(d.id)).orderBy('seq').compile();
      type PlanNode = { 'Relation Name'?: string; 'Actual Loops': number; Plans?: PlanNode[] };
      const [root] = (await t.db.executeQuery<{ 'QUERY PLAN': { Plan: PlanNode }[] }>({ ...q, sql: `explain (analyze, format json) ${q.sql}` })).rows[0]!['QUERY PLAN'];
      const loops = new Map<string, number>();
      const walk = (n: PlanNode): void => {
        if (n['Relation Name']?.startsWith('dossier_actions_')) loops.set(n['Relation Name'], n['Actual Loops']);
        n.Plans?.forEach(walk);
      };
      walk(root!.Plan);
      // pruned at run time (the bound is read by the statement itself): the old month is never executed
      expect(loops.get('dossier_actions_p201803') ?? 0).toBe(0);
      expect([...loops.values()].some((l) => l > 0)).toBe(true); // this month's is read
      expect((await listActions(t.db, d.id)).map((a) => a.seq)).toEqual([1]);
    } finally {
      await sql`drop table dossier_actions_p201803`.execute(t.db);
    }
  });

  it('a dossier written before the bound existed (null) is read from every month', async () => {
    const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...reception(), channel: 'counter' })).json();
    await sql`update dossiers set actions_from = null where id = ${d.id}`.execute(t.db);
    await sql`
      insert into dossier_actions (dossier_id, seq, kind, at, data, actor_kind, actor_id, actor_name)
      select dossier_id, 2, kind, timestamptz '2019-06-01T00:00:00Z', data, actor_kind, actor_id, actor_name
      from dossier_actions where dossier_id = ${d.id} and seq = 1`.execute(t.db);
    expect(await boundOf(d.id)).toBeNull();
    expect((await call('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json().history).toHaveLength(2);
  });
});
