/**
 * The dossier-read benchmark's query-level comparison, old shape against new on the same data in the same run
 * (issue 16.2): a whole dossier as the 8 statements of before (row, components, fees, history, agency code, the
 * receiving counter, rule version, online uploads) against `findWholeDossier`; the officer's search by personal ID
 * as `code = q OR owner = q` sorted + an exact count(*) against `listQueue`; "Hồ sơ của tôi" as the OR + count(*)
 * against `listOwnDossiers`. Sequential on the bench's pool (no HTTP), so the figures are database + driver time.
 * The old list shapes run with the new indexes present (migration 1320), which already helps the OR.
 */
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { Database } from '../src/db/database.ts';
import {
  agencyCodeAndName,
  agencyCodeById,
  componentsUploadedOnline,
  findDossier,
  findRuleVersionById,
  listActions,
  listComponents,
  listFees,
} from '../src/local/dossiers/dossier.repository.ts';
import { findWholeDossier } from '../src/local/dossiers/dossier.read.repository.ts';
import { listOwnDossiers, listQueue } from '../src/local/dossiers/dossier.list.repository.ts';

interface Stat {
  p50: number;
  p95: number;
  mean: number;
}

function stat(ms: number[]): Stat {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => +s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(2);
  return { p50: at(0.5), p95: at(0.95), mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(2) };
}

async function timed(rounds: number, f: (i: number) => Promise<unknown>): Promise<Stat> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await f(i);
    ms.push(performance.now() - t0);
  }
  return stat(ms);
}

export async function compareQueries(
  pool: pg.Pool,
  opts: { ids: string[]; citizenId: string; accountId: string; rounds: number },
): Promise<Record<string, unknown>> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  const { ids, citizenId, rounds } = opts;
  const agency = (await findDossier(db, ids[0]!))!.resolvingAgencyId!;
  const oldWhole = async (id: string) => {
    const row = (await findDossier(db, id))!;
    await listComponents(db, id);
    await listFees(db, id);
    await listActions(db, id);
    if (row.resolvingAgencyId) await agencyCodeById(db, row.resolvingAgencyId);
    if (row.receivedAtAgencyId) await agencyCodeAndName(db, row.receivedAtAgencyId);
    await findRuleVersionById(db, row.ruleVersionId);
    await componentsUploadedOnline(db, id);
  };
  const oldSearch = async () => {
    const where = sql`resolving_agency_id = ${agency} and (code = ${citizenId} or owner_id_number = ${citizenId})`;
    await sql`select * from dossiers where ${where} order by due_at, created_at limit 20`.execute(db);
    await sql`select count(*) from dossiers where ${where}`.execute(db);
  };
  const oldMine = async () => {
    const where = sql`account_id = ${opts.accountId} or (owner_type = 'citizen' and owner_id_number = ${citizenId})`;
    await sql`select * from dossiers where ${where} order by created_at desc limit 20`.execute(db);
    await sql`select count(*) from dossiers where ${where}`.execute(db);
  };
  const owner = { accountId: opts.accountId, kind: 'citizen' as const, idNumber: citizenId };
  // warm both shapes once
  await oldWhole(ids[0]!);
  await findWholeDossier(db, ids[0]!);
  const out = {
    rounds,
    wholeDossier: {
      old8Statements: await timed(rounds, (i) => oldWhole(ids[i % ids.length]!)),
      newOneStatement: await timed(rounds, (i) => findWholeDossier(db, ids[i % ids.length]!)),
    },
    searchByPersonalIdFirstPage: {
      oldOrSortedPlusCount: await timed(rounds, oldSearch),
      newUnionOrderedCapped: await timed(rounds, () => listQueue(db, { agencyIds: [agency], q: citizenId, limit: 20, offset: 0 })),
    },
    myDossiersFirstPage: {
      oldOrSortedPlusCount: await timed(rounds, oldMine),
      newUnionOrderedCapped: await timed(rounds, () => listOwnDossiers(db, owner, 20, 0)),
    },
  };
  return out;
}
