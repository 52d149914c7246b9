/**
 * The local side of national → local routing. The receiver's `dossier.submit` handler keeps the forwarded
 * submission once (by its id, in the receiver's transaction with the inbox and the log); `processInbound` then
 * creates the dossier through the reception service (online channel → status 1), owned by the submitter's account
 * on this system, and records its id. A submission
 * the reception refuses (e.g. the procedure is not online here) keeps the error and is not retried.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { receiveDossier } from '../dossiers/dossier.service.ts';
import { saveAccount } from '../../platform/accounts/accounts.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import type { HandlerResult } from '../../federation/transport/receiver.ts';
import { attachForwarded, type AttachDeps, type ForwardedAttachment } from './attachments.ts';

type ReceptionInput = Parameters<typeof receiveDossier>[3];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SubmitBody {
  submissionId: string;
  principal: Principal;
  input: Record<string, unknown>;
}

function parse(body: unknown): SubmitBody {
  const b = (body ?? {}) as Partial<SubmitBody>;
  const p = b.principal as Partial<Principal> | undefined;
  const ok =
    typeof b.submissionId === 'string' && UUID.test(b.submissionId) &&
    p && (p.kind === 'citizen' || p.kind === 'organisation') && typeof p.id === 'string' && typeof p.name === 'string' &&
    b.input && typeof b.input === 'object' && typeof b.input.procedureCode === 'string' && typeof b.input.resolvingAgencyCode === 'string';
  if (!ok) throw new AppError('message-malformed', { detail: 'body: {submissionId, principal (citizen or organisation), input}' });
  return b as SubmitBody;
}

export async function applySubmitMessage(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const b = parse(env.body);
  await trx
    .insertInto('inboundSubmissions')
    .values({ id: b.submissionId, sender: env.header.sender, body: JSON.stringify(b) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { events: 1, lagMs: null };
}

/** The dossier already created for a submission (its idempotency key `dossiers.source_ref`), if any. */
async function dossierOf(conn: Conn, submissionId: string): Promise<string | undefined> {
  const d = await conn.selectFrom('dossiers').select('id').where('sourceRef', '=', submissionId).executeTakeFirst();
  return d?.id;
}

/**
 * The submitter as an account of this system: the portal's account id means nothing here, so the person (by personal
 * ID or tax code) gets or keeps an account of their own on this system. When they later log in here through the
 * same national e-ID, it is the same account, and the dossier is theirs (supplements, payment, evaluation).
 */
async function localPrincipal(db: Db, p: Principal): Promise<Principal> {
  if (p.kind === 'citizen') {
    const a = await saveAccount(db, { kind: 'citizen', personalId: p.personalId, name: p.name, loa: p.loa });
    return { ...p, id: a.id };
  }
  if (p.kind === 'organisation') {
    const a = await saveAccount(db, { kind: 'organisation', taxCode: p.taxCode, name: p.name, loa: p.loa });
    return { ...p, id: a.id };
  }
  return p;
}

/** Failures of the way to the portal, not of the submission: the submission waits for the next pass. */
const TRANSIENT = new Set(['service-unavailable', 'database-unavailable', 'federation-answer-invalid']);

const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';

/**
 * Create the dossiers of pending submissions, oldest first. Each row is locked (FOR UPDATE SKIP LOCKED) while its
 * dossier is created and marked in the same pass; two processors never take the same row. Exactly once: the
 * dossier carries the submission id as its idempotency key (`source_ref`, unique), committed with the dossier; if
 * the process died after the dossier committed but before the row was marked, the next pass finds that dossier
 * and only marks the row (`recovered`). Files uploaded on the portal are added to the dossier before the row is
 * marked (attachments.ts). A failure to reach the portal leaves the row for the next pass; any other refusal is
 * kept with its reason and not retried.
 */
export async function processInbound(
  db: Db,
  port: NationalPort,
  limit = 50,
  files?: Omit<AttachDeps, 'db' | 'port'>,
  /** The node's law clock: when the submission reached this system (its acceptance clock starts there). */
  now: () => Date = () => new Date(),
): Promise<{ created: string[]; recovered: string[]; refused: number }> {
  const created: string[] = [];
  const recovered: string[] = [];
  let refused = 0;
  let stalled = false;
  for (let i = 0; i < limit && !stalled; i++) {
    const done = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('inboundSubmissions')
        .selectAll()
        .where('processedAt', 'is', null)
        .orderBy('receivedAt')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      const b = row.body as unknown as SubmitBody;
      const { attachments, ...input } = b.input as unknown as ReceptionInput & { attachments?: ForwardedAttachment[] };
      // the dossier exists: its forwarded files are added (again, idempotently, after an interrupted pass), then marked
      const mark = async (dossierId: string) => {
        const code = (await trx.selectFrom('dossiers').select('code').where('id', '=', dossierId).executeTakeFirstOrThrow()).code;
        if (files) await attachForwarded({ db, port, ...files }, { id: dossierId, code }, input.consentId, attachments);
        await trx.updateTable('inboundSubmissions').set({ dossierId, processedAt: new Date().toISOString(), lastError: null }).where('id', '=', row.id).execute();
      };
      const note = (err: AppError) => trx.updateTable('inboundSubmissions').set({ lastError: `${err.code}: ${err.message}`.slice(0, 2000) }).where('id', '=', row.id).execute();
      try {
        const existing = await dossierOf(trx, row.id);
        if (existing) {
          await mark(existing);
          recovered.push(existing);
          return true;
        }
        const d = await receiveDossier(db, port, await localPrincipal(db, b.principal), { ...input, ...(attachments ? { attachments } : {}), channel: 'online' }, now(), {
          sourceRef: row.id,
        });
        await mark(d.row.id);
        created.push(d.row.id);
      } catch (err) {
        const other = isUniqueViolation(err) ? await dossierOf(db, row.id) : undefined;
        if (other) {
          await mark(other);
          recovered.push(other);
          return true;
        }
        if (!(err instanceof AppError)) throw err;
        if (TRANSIENT.has(err.code)) {
          // the portal could not be reached (warehouse reads): kept as it is, tried again at the next pass
          await note(err);
          stalled = true;
          return true;
        }
        refused++;
        await note(err);
        await trx.updateTable('inboundSubmissions').set({ processedAt: new Date().toISOString() }).where('id', '=', row.id).execute();
      }
      return true;
    });
    if (!done) break;
  }
  return { created, recovered, refused };
}
