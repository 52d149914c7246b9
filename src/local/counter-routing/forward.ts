/**
 * The receiving system's side of counter routing (ROLE=local): a one-stop officer receives at this counter a
 * dossier for an agency hosted by another system. Nothing is numbered here: the light record (`forwarded_dossiers`)
 * and the signed `dossier.route` for the portal (`routing_outbox`, with the papers scanned here embedded, base64,
 * at most MAX_ROUTED_FILE_BYTES) are written in one transaction; the competent system creates the one dossier.
 * Its progress comes back as `dossier.progress` (applied only when newer); the return recorded at this counter
 * goes out as `dossier.return` once the result is ready (status 9).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { findAgency, nodeCodesOf } from '../catalogue/offering.repository.ts';
import { actionRoles } from '../dossiers/action-roles.ts';
import { agencySubtreeIds } from '../dossiers/dossier.repository.ts';
import { validateOwner, type ComponentInput, type OwnerInput } from '../dossiers/dossier.service.ts';
import { receivingAgencyOf } from '../workflow/step.service.ts';
import { inspectDocument } from '../../platform/documents/inspect.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import { RETURN_MESSAGE_TYPE, ROUTE_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
import type { HandlerResult } from '../../federation/transport/receiver.ts';
import type { ForwardedDossierRow } from './counter-routing.table.ts';
import { MAX_ROUTED_FILE_BYTES, parseProgress, type ReturnBody, type RouteBody } from '../../federation/counter-routing/messages.ts';

export interface ForwardInput {
  procedureCode: string;
  caseCode?: string;
  resolvingAgencyCode: string;
  owner: OwnerInput;
  submitter?: { name: string; idNumber: string; authorisation: string };
  components: Omit<ComponentInput, 'verification'>[];
  /** Papers scanned at this counter, per component (1-based), base64. */
  files?: { componentSeq: number; fileName: string; dataBase64: string }[];
  /** Return the result at this counter (default yes). */
  returnAtReception?: boolean;
}

type ForwardConfig = Pick<Config, 'NATIONAL_URL' | 'NATIONAL_NODE_CODE'>;

function oneStopGrants(p: Principal | undefined) {
  if (!p || p.kind !== 'officer') throw new AppError('forbidden');
  const grants = p.grants.filter((g) => actionRoles.receive.includes(g.role));
  if (grants.length === 0) throw new AppError('forbidden', { detail: 'Not a one-stop officer' });
  return { p, grants };
}

export async function forwardDossier(db: Db, port: NationalPort, config: ForwardConfig, principal: Principal | undefined, input: ForwardInput): Promise<ForwardedDossierRow> {
  const { p, grants } = oneStopGrants(principal);
  const owner = validateOwner(input.owner);
  const agency = await findAgency(db, input.resolvingAgencyCode);
  if (!agency) throw new AppError('agency-not-found', { data: { code: input.resolvingAgencyCode } });
  const mine = await nodeCodesOf(db, grants.map((g) => g.agencyId));
  if (mine.includes(agency.nodeCode)) throw new AppError('agency-hosted-here', { detail: 'Receive it with POST /api/v1/dossiers', data: { nodeCode: agency.nodeCode } });
  const proc = await port.findPublishedProcedure(input.procedureCode);
  if (!proc) throw new AppError('procedure-not-published');
  if (![agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c)))
    throw new AppError('procedure-not-competent', { data: { competentAgencyCodes: proc.competentAgencyCodes } });
  if (input.caseCode && !proc.cases.some((c) => c.code === input.caseCode))
    throw new AppError('validation-failed', { errors: [{ path: '/caseCode', message: 'unknown case' }] });
  const files = input.files ?? [];
  let total = 0;
  for (const [k, f] of files.entries()) {
    if (f.componentSeq > input.components.length)
      throw new AppError('validation-failed', { errors: [{ path: `/files/${k}/componentSeq`, message: 'no such component' }] });
    const bytes = Buffer.from(f.dataBase64, 'base64');
    total += bytes.length;
    if (total > MAX_ROUTED_FILE_BYTES) throw new AppError('file-too-large', { data: { maxBytes: MAX_ROUTED_FILE_BYTES } });
    await inspectDocument(bytes, { fileName: f.fileName }); // a PDF, JPEG, PNG or TIFF by content, else 4xx
  }
  if (!config.NATIONAL_URL) throw new AppError('federation-node-not-found', { detail: 'This system is not connected to the national portal' });
  const at = receivingAgencyOf(p, agency);
  const atRow = at ? await db.selectFrom('agencies').select(['code', 'name']).where('id', '=', at).executeTakeFirst() : undefined;
  const routeId = randomUUID();
  const body: RouteBody = {
    routeId,
    receivedAt: { agencyCode: atRow?.code ?? null, agencyName: atRow?.name ?? null },
    returnAtReception: input.returnAtReception ?? true,
    officer: { id: p.id, name: p.name },
    input: {
      procedureCode: proc.code,
      ...(input.caseCode ? { caseCode: input.caseCode } : {}),
      resolvingAgencyCode: agency.code,
      owner: { ...owner },
      ...(input.submitter ? { submitter: input.submitter } : {}),
      components: input.components,
    },
    files: files.map((f) => ({ componentSeq: f.componentSeq, fileName: f.fileName, dataBase64: f.dataBase64 })),
  };
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('forwardedDossiers')
      .values({
        id: routeId, targetNode: agency.nodeCode, resolvingAgencyCode: agency.code, procedureCode: proc.code, procedureName: proc.name,
        ownerType: owner.type, ownerIdNumber: owner.idNumber, ownerName: owner.name.normalize('NFC'), receivedAtAgencyId: at,
        returnAtReception: body.returnAtReception, officerId: p.id, officerName: p.name, files: files.length,
        remoteCode: null, remoteStatus: null, remoteDueAt: null, history: '[]', progressAt: null, returnedBy: null, returnSentAt: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('routingOutbox').values({ id: routeId, recipient: config.NATIONAL_NODE_CODE, type: ROUTE_MESSAGE_TYPE, body: JSON.stringify(body) }).execute();
    await trx.insertInto('auditEvents').values({ actorKind: 'officer', actorId: p.id, action: 'forward_counter_dossier', targetType: 'forwarded_dossier', targetId: routeId, outcome: 'ok', detail: JSON.stringify({ targetNode: agency.nodeCode, files: files.length }) }).execute();
    return row;
  });
}

/** The agencies (with those below) whose counters' forwarded dossiers this officer sees. */
async function counterAgencyIds(db: Db, p: Principal | undefined): Promise<string[]> {
  if (!p || p.kind !== 'officer') return [];
  return [...(await agencySubtreeIds(db, p.grants.map((g) => g.agencyId)))];
}

export async function listForwarded(db: Db, p: Principal | undefined, q: { status?: number; limit: number; offset: number }) {
  const ids = await counterAgencyIds(db, p);
  if (ids.length === 0) return { total: 0, items: [] };
  let base = db.selectFrom('forwardedDossiers').where('receivedAtAgencyId', 'in', ids);
  if (q.status !== undefined) base = base.where('remoteStatus', '=', q.status);
  const [items, n] = await Promise.all([
    base.selectAll().orderBy('createdAt', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(n.n), items };
}

/** How the forwarding message fares: delivered to the portal (acknowledged), or its attempts and last error. */
export async function deliveryOf(db: Db, id: string) {
  const r = await db.selectFrom('routingOutbox').select(['ackedAt', 'attempts', 'lastError']).where('id', '=', id).executeTakeFirst();
  return r ? { deliveredAt: r.ackedAt, attempts: r.attempts, lastError: r.lastError } : null;
}

export async function getForwarded(db: Db, p: Principal | undefined, id: string): Promise<ForwardedDossierRow> {
  const row = await db.selectFrom('forwardedDossiers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !row.receivedAtAgencyId || !(await counterAgencyIds(db, p)).includes(row.receivedAtAgencyId))
    throw new AppError('forwarded-dossier-not-found');
  return row;
}

/**
 * Record the return of the result at this counter: allowed once the competent system reported status 9, and — as
 * for a local return — with the fees it reported settled, or waived here with a reason (409 `fees-not-settled`).
 */
export async function recordReturn(
  db: Db,
  config: ForwardConfig,
  p: Principal | undefined,
  id: string,
  receiver: ReturnBody['receiver'],
  feeExemption?: { reason: string },
): Promise<ForwardedDossierRow> {
  const { p: officer } = oneStopGrants(p);
  await getForwarded(db, officer, id);
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('forwardedDossiers').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (!row.returnAtReception) throw new AppError('forbidden', { detail: 'The result is returned by the competent agency' });
    if (row.returnSentAt || row.remoteStatus !== 9)
      throw new AppError('forwarded-result-not-ready', { data: { remoteStatus: row.remoteStatus, returnSentAt: row.returnSentAt } });
    const exemption = feeExemption?.reason.normalize('NFC').trim();
    if (feeExemption && !exemption) throw new AppError('reason-required');
    const fees = row.remoteFees;
    const due = !!fees && fees.total > 0 && !fees.paid;
    if (due && !exemption) throw new AppError('fees-not-settled', { data: { total: fees.total, paid: false } });
    const at = new Date().toISOString();
    const body: ReturnBody = {
      routeId: id,
      receiver: { name: receiver.name.normalize('NFC'), ...(receiver.idNumber ? { idNumber: receiver.idNumber } : {}) },
      officer: { id: officer.id, name: officer.name },
      at,
      ...(exemption ? { feeExemption: { reason: exemption } } : {}),
    };
    await trx.insertInto('routingOutbox').values({ id: randomUUID(), recipient: config.NATIONAL_NODE_CODE, type: RETURN_MESSAGE_TYPE, body: JSON.stringify(body) }).execute();
    return trx
      .updateTable('forwardedDossiers')
      .set({ returnSentAt: at, returnedBy: JSON.stringify({ ...body.receiver, officerName: officer.name }) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** `dossier.progress` from the competent system (relayed): applied when newer than what this counter knows. */
export async function applyProgressMessage(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const b = parseProgress(env.body);
  await trx
    .updateTable('forwardedDossiers')
    .set({
      remoteCode: b.code, remoteStatus: b.status, remoteVersion: b.version, remoteDueAt: b.dueAt, history: JSON.stringify(b.history), progressAt: new Date().toISOString(),
      ...(b.fees ? { remoteFees: JSON.stringify({ total: b.fees.total, paid: b.fees.paid }) } : {}),
    })
    .where('id', '=', b.routeId)
    // the same version again is a re-report (its fees settled since): applied too, the relay keeps the order
    .where('remoteVersion', '<=', b.version)
    .execute();
  return { events: 1, lagMs: null };
}
