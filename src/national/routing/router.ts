/**
 * National → local routing on the portal: an online submission for an agency hosted by a connected system is put in
 * `routing_outbox` and sent to that system as a signed `dossier.submit` message (POST {baseUrl}/api/v1/federation/
 * inbox). Rows go out in order per recipient: a recipient's first failing row stops its later rows until the next
 * pass (retry with jittered back-off); the row id is the message id, so a retry after a lost answer is answered
 * `duplicate` with the original signed receipt, which is checked against the key in the registry.
 */
import { randomUUID } from 'node:crypto';
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
}

interface Due {
  id: string;
  recipient: string;
  type: string;
  body: Record<string, unknown>;
  attempts: number;
  baseUrl: string;
  publicKey: string;
}

/** One pass: every recipient's due rows in order; returns how many were delivered. */
export async function routeOnce(
  deps: RouterDeps,
  now = new Date(),
): Promise<{ delivered: number; failed: number }> {
  const { db } = deps;
  const due = await sql<Due>`
    select o.id, o.recipient, o.type, o.body, o.attempts, n.base_url, n.public_key
    from routing_outbox o join federation_nodes n on n.code = o.recipient and n.status = 'active'
    where o.acked_at is null and o.seq < coalesce((
      select min(b.seq) from routing_outbox b where b.recipient = o.recipient and b.acked_at is null and b.next_attempt_at > ${now.toISOString()}::timestamptz
    ), 9223372036854775807)
    order by o.recipient, o.seq limit 200`.execute(db);
  let delivered = 0;
  let failed = 0;
  const blocked = new Set<string>();
  for (const row of due.rows) {
    if (blocked.has(row.recipient)) continue;
    const key = parsePublicKey(row.publicKey);
    if (await deliverOutboxRow(deps, row, `${row.baseUrl}/api/v1/federation/inbox`, async () => key, now))
      delivered++;
    else {
      blocked.add(row.recipient); // later rows to that system wait: routing keeps the order per recipient
      failed++;
    }
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
