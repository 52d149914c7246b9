/**
 * The competent system's side of counter routing. The inbox keeps each routed counter dossier once (by its route
 * id, in the receiver's transaction); `processRoutedInbound` creates the dossier through the reception service
 * (counter channel → status 2, the competent agency's code series, queue and workflow) with the route id as its
 * idempotency key (`dossiers.source_ref`), attaches the papers the receiving counter scanned as the components'
 * scan pages (type checked again here), and marks the row. `reportProgress` queues each routed dossier's changes
 * for the receiving system; a `dossier.return` records `return_result` once, in the receiver's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { findAgency } from '../catalogue/offering.repository.ts';
import { insertScan } from '../digitisation/digitisation.repository.ts';
import { receiveDossier, type ReceptionInput } from '../dossiers/dossier.service.ts';
import { actInTx } from '../dossiers/dossier.actions.ts';
import { feeSettlement } from '../dossiers/return-rules.ts';
import { inActionMonths } from '../dossiers/action-months.ts';
import { inspectDocument } from '../../platform/documents/inspect.ts';
import type { OfficerPrincipal } from '../../platform/identity/principal.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { ProgressStep } from '../../federation/counter-routing/messages.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import { PROGRESS_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
import type { HandlerResult } from '../../federation/transport/receiver.ts';
import { parseReturn, parseRoute, type ProgressBody, type RouteBody } from '../../federation/counter-routing/messages.ts';

/** The receiving system's officer, as the actor of what they did there (no grant here). */
function remoteOfficer(origin: string, o: { id: string; name: string }): OfficerPrincipal {
  return { kind: 'officer', id: o.id, name: o.name, username: `${origin}:${o.id}`.slice(0, 100), grants: [] };
}

export async function applyRouteMessage(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const b = parseRoute(env.body);
  await trx
    .insertInto('routedDossiersIn')
    .values({ id: b.routeId, origin: b.origin!, body: JSON.stringify(b) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { events: 1, lagMs: null };
}

async function dossierOf(conn: Conn, routeId: string): Promise<string | undefined> {
  return (await conn.selectFrom('dossiers').select('id').where('sourceRef', '=', routeId).executeTakeFirst())?.id;
}

/** The scanned papers as the components' pages (once: not when the dossier already has pages). Bad files are skipped. */
async function attachScans(trx: Conn, blobs: BlobStore, dossierId: string, b: RouteBody): Promise<string[]> {
  const has = await trx.selectFrom('digitisationScans').select('id').where('dossierId', '=', dossierId).limit(1).executeTakeFirst();
  if (has) return [];
  const skipped: string[] = [];
  for (const f of b.files) {
    try {
      if (f.componentSeq < 1 || f.componentSeq > b.input.components.length) throw new AppError('component-not-found');
      const bytes = Buffer.from(f.dataBase64, 'base64');
      const i = await inspectDocument(bytes, { fileName: f.fileName });
      await blobs.put(bytes);
      await insertScan(trx, { dossierId, componentSeq: f.componentSeq }, { inspected: i, fileName: f.fileName }, b.officer);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      skipped.push(`${f.fileName}: ${err.code}`);
    }
  }
  return skipped;
}

const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';

/**
 * Create the dossiers of pending routed counter dossiers, oldest first, each row locked (SKIP LOCKED) while its
 * dossier is created and the row marked. Exactly once: a dossier already carrying the route id (a crash after it
 * committed, or a concurrent processor) is only recorded. A reception the rules refuse keeps its error.
 */
export async function processRoutedInbound(db: Db, port: NationalPort, blobs: BlobStore, limit = 50): Promise<{ created: string[]; refused: number }> {
  const created: string[] = [];
  let refused = 0;
  for (let n = 0; n < limit; n++) {
    const done = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('routedDossiersIn').selectAll().where('processedAt', 'is', null).orderBy('receivedAt').limit(1).forUpdate().skipLocked().executeTakeFirst();
      if (!row) return false;
      const b = row.body as unknown as RouteBody;
      const mark = async (dossierId: string | null, lastError: string | null) => {
        await trx.updateTable('routedDossiersIn').set({ dossierId, processedAt: new Date().toISOString(), lastError }).where('id', '=', row.id).execute();
      };
      let id = await dossierOf(trx, row.id);
      if (!id) {
        const receivedAt = b.receivedAt.agencyCode ? await findAgency(trx, b.receivedAt.agencyCode) : undefined;
        try {
          const input: ReceptionInput = { ...(b.input as unknown as Omit<ReceptionInput, 'channel'>), channel: 'counter' };
          const d = await receiveDossier(db, port, remoteOfficer(row.origin, b.officer), input, new Date(), {
            sourceRef: row.id,
            routed: { receivedAtAgencyId: receivedAt?.id ?? null, returnAtReception: b.returnAtReception },
          });
          id = d.row.id;
          created.push(id);
        } catch (err) {
          id = isUniqueViolation(err) ? await dossierOf(db, row.id) : undefined;
          if (!id) {
            if (!(err instanceof AppError)) throw err;
            refused++;
            await mark(null, `${err.code}: ${err.message}`.slice(0, 2000));
            return true;
          }
        }
      }
      const skipped = await attachScans(trx, blobs, id, b);
      await mark(id, skipped.length ? `files skipped: ${skipped.join('; ')}`.slice(0, 2000) : null);
      return true;
    });
    if (!done) break;
  }
  return { created, refused };
}

/**
 * Queue a `dossier.progress` for every routed dossier changed since its last report (version), in one transaction
 * per dossier with the report mark, addressed to the portal (`portalCode`), which relays it. Returns how many.
 */
/** A step as the receiving counter sees it: what, when, who, and the reason or the papers asked for. */
function progressStep(a: { seq: number; kind: string; at: string; actorName: string; data: Record<string, unknown> | null }): ProgressStep {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.slice(0, 2000) : undefined);
  const note = text(a.data?.reason) ?? text(a.data?.note);
  const items = Array.isArray(a.data?.items)
    ? (a.data.items as { name?: unknown; reason?: unknown }[]).map((i) => ({ name: text(i.name) ?? '', reason: text(i.reason) ?? '' }))
    : undefined;
  return { seq: a.seq, kind: a.kind, at: a.at, actorName: a.actorName, ...(note ? { note } : {}), ...(items?.length ? { items } : {}) };
}

export async function reportProgress(db: Db, portalCode: string): Promise<number> {
  const due = await db
    .selectFrom('routedDossiersIn as r')
    .innerJoin('dossiers as d', 'd.id', 'r.dossierId')
    .select(['r.id as routeId', 'r.reportedVersion', 'd.id', 'd.code', 'd.status', 'd.version', 'd.dueAt'])
    .whereRef('d.version', '>', 'r.reportedVersion')
    .orderBy('r.receivedAt')
    .limit(200)
    .execute();
  for (const d of due) {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('routedDossiersIn').set({ reportedVersion: d.version }).where('id', '=', d.routeId).where('reportedVersion', '=', d.reportedVersion).returning('id').executeTakeFirst();
      if (!claimed) return;
      const actions = await trx.selectFrom('dossierActions').select(['seq', 'kind', 'at', 'actorName', 'data']).where('dossierId', '=', d.id).where(inActionMonths(d.id)).orderBy('seq').execute();
      const fees = await feeSettlement(trx, d.id);
      const body: ProgressBody = { routeId: d.routeId, code: d.code, status: d.status, version: d.version, dueAt: d.dueAt, history: actions.map(progressStep), fees };
      await trx.insertInto('routingOutbox').values({ id: randomUUID(), recipient: portalCode, type: PROGRESS_MESSAGE_TYPE, body: JSON.stringify(body) }).execute();
    });
  }
  return due.length;
}

/**
 * `dossier.return`: the receiving counter handed the result over. Applied once (the inbox keeps the message id)
 * while the dossier waits for return (status 9); in any other status nothing changes and the reason is kept on the
 * routed row (the message is still acknowledged: a redelivery could never succeed).
 */
export async function applyReturnMessage(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const b = parseReturn(env.body);
  const row = await trx.selectFrom('routedDossiersIn').select(['id', 'origin', 'dossierId']).where('id', '=', b.routeId).executeTakeFirst();
  if (!row?.dossierId) throw new AppError('forwarded-dossier-not-found');
  const d = await trx.selectFrom('dossiers').select(['status', 'version']).where('id', '=', row.dossierId).forUpdate().executeTakeFirstOrThrow();
  if (d.status !== 9) {
    await trx.updateTable('routedDossiersIn').set({ lastError: `return refused in status ${d.status}` }).where('id', '=', row.id).execute();
    return { events: 0, lagMs: null };
  }
  // fee-checked like a return at this system's own counter: settled here, or waived there with its reason
  const fees = await feeSettlement(trx, row.dossierId);
  if (fees.total > 0 && !fees.paid && !b.feeExemption?.reason.trim()) {
    await trx.updateTable('routedDossiersIn').set({ lastError: `return refused: fees not settled (${fees.total})` }).where('id', '=', row.id).execute();
    return { events: 0, lagMs: null };
  }
  await actInTx(trx as Transaction<Database>, remoteOfficer(row.origin, b.officer), row.dossierId, {
    action: 'return_result', expectedVersion: d.version, returnMethod: 'counter', receiver: b.receiver,
    ...(b.feeExemption ? { feeExemption: b.feeExemption } : {}),
  }, new Date(), { system: true });
  return { events: 1, lagMs: null };
}
