/**
 * National → local routing on the portal: an online submission for an agency hosted by a connected system is put in
 * `routing_outbox` and sent to that system as a signed `dossier.submit` message (POST {baseUrl}/api/v1/federation/
 * inbox). Rows go out in order per recipient: a recipient's first failing row stops its later rows until the next
 * pass (retry with jittered back-off); the row id is the message id, so a retry after a lost answer is answered
 * `duplicate` with the original signed receipt, which is checked against the key in the registry. Several processes
 * of the portal each run a router: a recipient is claimed under a lease (`routing_leases`, FOR UPDATE SKIP LOCKED,
 * renewed after each row, freed at the end of the pass or by expiry when its holder died), so each row is sent by
 * one process and a recipient's rows never overtake each other.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { deliverOutboxRow } from '../../federation/routing/deliver.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { SUBMIT_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { requesterOf } from '../../federation/reuse-rules.ts';
import { consentForSubmission, type ReuseRequest } from './submission-reuse.ts';
import { checkOnlineSubmission, type OnlinePapers } from '../../federation/declaration.ts';
import { deleteDraftOnSubmit } from '../../platform/drafts/drafts.service.ts';
import { parsePublicKey, type NodeIdentity } from '../../federation/transport/node-identity.ts';

export interface SubmissionInput extends ReuseRequest {
  owner: Record<string, unknown>;
  components: Record<string, unknown>[];
}

/** Queue an online submission for the system hosting `resolvingAgencyCode`; returns the submission id and node. */
export async function enqueueSubmission(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: SubmissionInput,
): Promise<{ submissionId: string; node: string }> {
  if (!principal || principal.kind === 'officer')
    throw new AppError('forbidden', { detail: 'Online submission is for citizens and organisations' });
  const agency = await db
    .selectFrom('agencies')
    .select(['nodeCode'])
    .where('code', '=', input.resolvingAgencyCode)
    .executeTakeFirst();
  if (!agency) throw new AppError('agency-not-found', { data: { code: input.resolvingAgencyCode } });
  const node = await db
    .selectFrom('federationNodes')
    .select(['code', 'status', 'baseUrl'])
    .where('code', '=', agency.nodeCode)
    .executeTakeFirst();
  if (!node || node.status !== 'active' || !node.baseUrl)
    throw new AppError('federation-node-not-found', { data: { code: agency.nodeCode } });
  // the declaration and the required papers, checked on the portal's catalogue before anything is queued (422)
  const proc = await port.findPublishedProcedure(input.procedureCode);
  if (proc) checkOnlineSubmission(proc, input as unknown as OnlinePapers, principal);
  const submissionId = randomUUID();
  const { draftId, ...forwarded } = input as SubmissionInput & { draftId?: string };
  input = forwarded;
  // documents reused from the owner's warehouse: checked here, under a consent recorded here for the agency
  const consent = await consentForSubmission(port, principal, submissionId, input);
  try {
    await db
      .insertInto('routingOutbox')
      .values({
        id: submissionId,
        recipient: node.code,
        type: SUBMIT_MESSAGE_TYPE,
        body: JSON.stringify({ submissionId, principal, input: consent ? { ...input, consentId: consent.consentId } : input }),
      })
      .execute();
  } catch (err) {
    // nothing will be forwarded: the consent must not outlive the submission
    if (consent) await port.withdrawConsent({ consentId: consent.consentId, requester: requesterOf(principal, null) }).catch(() => undefined);
    throw err;
  }
  await deleteDraftOnSubmit(db, principal, draftId);
  return { submissionId, node: node.code };
}

export interface RouterDeps {
  db: Db;
  self: NodeIdentity;
  retryMs: number;
  retryMaxMs: number;
  pollMs: number;
  timeoutMs?: number;
  /** How long a recipient stays claimed by this process without news (a process that died frees it after this). */
  leaseSeconds?: number;
  /** Who holds the leases this router takes (default: this process). */
  holder?: string;
}

interface Due {
  id: string;
  recipient: string;
  type: string;
  body: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: Date;
  baseUrl: string;
  publicKey: string;
}

const PROCESS_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
/** Recipients one pass claims, and rows one pass sends to a recipient (the next pass goes on). */
const RECIPIENTS_PER_PASS = 50;
const ROWS_PER_RECIPIENT = 200;

/**
 * Claim the recipients with a due first row that no other process holds (`routing_leases`, SKIP LOCKED, lease
 * expiry): each recipient is sent to by one process at a time, so its rows go out once each and in order.
 */
async function claimRecipients(db: Db, holder: string, leaseSeconds: number, now: Date): Promise<string[]> {
  await sql`
    insert into routing_leases (recipient)
    select distinct recipient from routing_outbox where acked_at is null
    on conflict (recipient) do nothing`.execute(db);
  const r = await sql<{ recipient: string }>`
    with free as (
      select l.recipient from routing_leases l
      where l.lease_until < clock_timestamp()
        and (select o.next_attempt_at from routing_outbox o where o.recipient = l.recipient and o.acked_at is null
             order by o.seq limit 1) <= ${now.toISOString()}::timestamptz
      order by l.recipient
      limit ${RECIPIENTS_PER_PASS}
      for update skip locked
    )
    update routing_leases l set holder = ${holder}, lease_until = clock_timestamp() + ${leaseSeconds} * interval '1 second'
    from free where l.recipient = free.recipient
    returning l.recipient`.execute(db);
  return r.rows.map((x) => x.recipient).sort();
}

/** Keep the lease while sending; false when it was lost (expired and taken by another process). */
async function renewLease(db: Db, holder: string, recipient: string, leaseSeconds: number): Promise<boolean> {
  const r = await sql`
    update routing_leases set lease_until = clock_timestamp() + ${leaseSeconds} * interval '1 second'
    where recipient = ${recipient} and holder = ${holder} and lease_until >= clock_timestamp()`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1;
}

async function releaseLeases(db: Db, holder: string, recipients: string[]): Promise<void> {
  if (recipients.length === 0) return;
  await sql`
    update routing_leases set holder = null, lease_until = '-infinity'
    where holder = ${holder} and recipient in (${sql.join(recipients)})`.execute(db);
}

async function firstPending(db: Db, recipient: string): Promise<Due | undefined> {
  const r = await sql<Due>`
    select o.id, o.recipient, o.type, o.body, o.attempts, o.next_attempt_at, n.base_url, n.public_key
    from routing_outbox o join federation_nodes n on n.code = o.recipient and n.status = 'active'
    where o.recipient = ${recipient} and o.acked_at is null
    order by o.seq limit 1`.execute(db);
  return r.rows[0];
}

/**
 * One pass: the recipients this process could claim, each one's due rows in order (a failing row stops that
 * recipient's later rows until its retry is due); returns how many were delivered and how many failed.
 */
export async function routeOnce(
  deps: RouterDeps,
  now = new Date(),
): Promise<{ delivered: number; failed: number }> {
  const { db } = deps;
  const holder = deps.holder ?? PROCESS_HOLDER;
  const leaseSeconds = deps.leaseSeconds ?? 60;
  let delivered = 0;
  let failed = 0;
  const claimed = await claimRecipients(db, holder, leaseSeconds, now);
  try {
    for (const recipient of claimed) {
      for (let i = 0; i < ROWS_PER_RECIPIENT; i++) {
        const row = await firstPending(db, recipient);
        if (!row || new Date(row.nextAttemptAt) > now) break;
        const key = parsePublicKey(row.publicKey);
        if (!(await deliverOutboxRow(deps, row, `${row.baseUrl}/api/v1/federation/inbox`, async () => key, now))) {
          failed++; // later rows to that system wait: routing keeps the order per recipient
          break;
        }
        delivered++;
        if (!(await renewLease(db, holder, recipient, leaseSeconds))) break;
      }
    }
  } finally {
    await releaseLeases(db, holder, claimed);
  }
  return { delivered, failed };
}

export function startRouter(
  deps: RouterDeps,
  onError: (err: unknown) => void,
): PollLoop & { runOnce(now?: Date): Promise<{ delivered: number; failed: number }> } {
  const loop = startPollLoop({
    pass: async () => (await routeOnce(deps)).delivered > 0,
    intervalMs: deps.pollMs,
    onError,
  });
  return { ...loop, runOnce: (now) => routeOnce(deps, now) };
}
