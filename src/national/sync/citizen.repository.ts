/**
 * Reads of the national mirror for the citizen portal on a portal-only node: a person's dossiers (by personal ID or
 * tax code in the DVCQG snapshot), their progress rows, one dossier by code, and the person's online submissions
 * still waiting in the routing outbox for the hosting system's acknowledgement.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { SUBMIT_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';

export interface MirrorDossier {
  sourceNode: string;
  sourceId: string;
  maHoSo: string | null;
  trangThai: number;
  agencyCode: string | null;
  payload: Record<string, unknown>;
  changedAt: string;
}

export interface MirrorProgress {
  sourceNode: string;
  sourceId: string;
  seq: number;
  idx: number;
  trangThai: number;
  payload: Record<string, unknown>;
}

export interface PendingSubmission {
  id: string;
  recipient: string;
  createdAt: string;
  procedureCode: string;
  procedureName: string | null;
  lastError: string | null;
  resolvingAgencyCode: string | null;
}

const columns = ['sourceNode', 'sourceId', 'maHoSo', 'trangThai', 'agencyCode', 'payload', 'changedAt'] as const;

/** The owner's dossiers, newest submission first (then latest change). */
export async function listOwnerDossiers(
  db: Db,
  ownerId: string,
  limit: number,
  offset: number,
): Promise<{ rows: MirrorDossier[]; total: number }> {
  const owner = sql<boolean>`(payload->>'SoGiayToChuHoSo' = ${ownerId} or payload->'DinhDanhCHS' @> ${JSON.stringify([{ SoDinhDanh: ownerId }])}::jsonb)`;
  const [rows, count] = await Promise.all([
    db
      .selectFrom('nationalDossiers')
      .select(columns)
      .where(owner)
      .orderBy(sql`coalesce(payload->>'NgayNopHoSo', '')`, 'desc')
      .orderBy('changedAt', 'desc')
      .orderBy('sourceId')
      .limit(limit)
      .offset(offset)
      .execute(),
    db.selectFrom('nationalDossiers').select((eb) => eb.fn.countAll<number>().as('n')).where(owner).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows, total: Number(count.n) };
}

/**
 * The progress rows of these dossiers, in the order they happened (sequence number, position). A key with its
 * `progressDay` reads that one month partition only; without it, every month's.
 */
export async function listProgress(
  db: Db,
  keys: { sourceNode: string; sourceId: string; progressDay?: string | null }[],
): Promise<MirrorProgress[]> {
  if (keys.length === 0) return [];
  return progressQuery(db, keys).execute();
}

/** The statement of `listProgress` (its plan is tested: one month partition per key with a `progressDay`). */
export function progressQuery(db: Db, keys: { sourceNode: string; sourceId: string; progressDay?: string | null }[]) {
  return db
    .selectFrom('nationalDossierProgress')
    .select(['sourceNode', 'sourceId', 'seq', 'idx', 'trangThai', 'payload'])
    .where((eb) =>
      eb.or(
        keys.map((k) =>
          eb.and([
            eb('sourceNode', '=', k.sourceNode),
            eb('sourceId', '=', k.sourceId),
            ...(k.progressDay ? [eb('day', '=', k.progressDay)] : []),
          ]),
        ),
      ),
    )
    .orderBy('sourceNode')
    .orderBy('sourceId')
    .orderBy('seq')
    .orderBy('idx');
}

/**
 * The dossier with this code (the latest change when two systems ever sent the same code), with the day of its
 * progress partition. Through the code table (migration 1500, kept by triggers in the mirror row's transaction): one
 * probe in one code partition, then the mirror row by its key in the one hash partition of that key (pruned when the
 * join runs) — instead of a probe of every partition's code index. One statement, as before: round trips cost more
 * than buffers while the mirror is in memory.
 */
export async function findMirrorByCode(db: Db, code: string): Promise<(MirrorDossier & { progressDay: string | null }) | undefined> {
  return mirrorByCodeQuery(db, code).executeTakeFirst();
}

/** The statement of `findMirrorByCode` (plan tested: one code partition, one mirror partition read). */
export function mirrorByCodeQuery(db: Db, code: string) {
  return (
    db
      .selectFrom('nationalDossierCodes as c')
      // lateral with a limit: a nested loop whatever the statistics, each code row pruning the mirror to its partition
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('nationalDossiers as n')
            .select(columns)
            .whereRef('n.sourceNode', '=', 'c.sourceNode')
            .whereRef('n.sourceId', '=', 'c.sourceId')
            .limit(1)
            .as('d'),
        (j) => j.onTrue(),
      )
      .select(['d.sourceNode', 'd.sourceId', 'd.maHoSo', 'd.trangThai', 'd.agencyCode', 'd.payload', 'd.changedAt', 'c.progressDay'])
      .where('c.maHoSo', '=', code)
      .orderBy('d.changedAt', 'desc')
      .limit(1)
  );
}

/** The account's online submissions not yet acknowledged by the hosting system, newest first. */
export async function listPendingSubmissions(db: Db, accountId: string): Promise<PendingSubmission[]> {
  const r = await sql<PendingSubmission>`
    select o.id, o.recipient, o.created_at, o.last_error,
      o.body->'input'->>'procedureCode' as procedure_code,
      o.body->'input'->>'resolvingAgencyCode' as resolving_agency_code,
      (select v.name from procedure_versions v
        where v.code = o.body->'input'->>'procedureCode' and v.status = 'published'
        order by v.version desc limit 1) as procedure_name
    from routing_outbox o
    where o.acked_at is null and o.type = ${SUBMIT_MESSAGE_TYPE} and o.body->'principal'->>'id' = ${accountId}
    order by o.seq desc
    limit 100`.execute(db);
  return r.rows;
}
