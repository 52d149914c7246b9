/**
 * A local system pulls the national catalogue: a signed `catalogue.pull` after the last feed number it applied,
 * the portal's answer believed only when signed by the portal, to this node, naming the pull's id and of the
 * expected shape, then applied (apply.ts). Pages follow each other until the feed is drained; the loop runs at
 * start and every CATALOGUE_PULL_MS. A failed pull is recorded (`catalogue_pull_state.last_error`) and retried.
 */
import { randomUUID } from 'node:crypto';
import { Value } from 'typebox/value';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import { openEnvelope } from '../../federation/protocol/envelope.ts';
import { CATALOGUE_CHANGES_TYPE, CATALOGUE_PULL_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { postSigned, problemOf } from '../../federation/warehouse-remote/channel.ts';
import { portalKeyOf } from '../../federation/warehouse-remote/files.ts';
import { applyChanges, type ApplyReport } from './apply.ts';
import { ChangesBody } from './schemas.ts';

export interface PullDeps {
  db: Db;
  self: NodeIdentity;
  config: Pick<Config, 'NATIONAL_URL' | 'NATIONAL_NODE_CODE' | 'NATIONAL_PUBLIC_KEY' | 'FEDERATION_WINDOW_SECONDS'>;
  pageSize?: number;
}

const keyOfs = new WeakMap<object, ReturnType<typeof portalKeyOf>>();

/** One page: returns what was applied and whether the portal has more. */
export async function pullCataloguePage(deps: PullDeps): Promise<ApplyReport & { more: boolean }> {
  let keyOf = keyOfs.get(deps.config);
  if (!keyOf) keyOfs.set(deps.config, (keyOf = portalKeyOf(deps.config as Config)));
  const state = await deps.db.selectFrom('cataloguePullState').select('lastSeq').where('id', '=', true).executeTakeFirstOrThrow();
  const id = randomUUID();
  const url = `${deps.config.NATIONAL_URL.replace(/\/+$/, '')}/api/v1/federation/catalogue`;
  const res = await postSigned(deps.self, deps.config.NATIONAL_NODE_CODE, url, CATALOGUE_PULL_TYPE, { after: Number(state.lastSeq), limit: deps.pageSize ?? 200 }, 60_000, id);
  if (!res.ok) throw await problemOf(res, CATALOGUE_PULL_TYPE);
  let body: unknown;
  try {
    const answer = await openEnvelope(await res.json(), { keyOf, self: deps.self.code, now: new Date(), windowSeconds: deps.config.FEDERATION_WINDOW_SECONDS });
    if (answer.header.sender !== deps.config.NATIONAL_NODE_CODE || answer.header.type !== CATALOGUE_CHANGES_TYPE) throw new Error('not the portal’s catalogue answer');
    body = answer.body;
  } catch (err) {
    throw new AppError('federation-answer-invalid', { detail: `${CATALOGUE_PULL_TYPE}: the portal's answer is not a valid signed message`, cause: err });
  }
  if (!Value.Check(ChangesBody, body) || body.inReplyTo !== id) {
    const first = [...Value.Errors(ChangesBody, body)][0];
    throw new AppError('federation-answer-invalid', {
      detail: `${CATALOGUE_PULL_TYPE}: the answer is not the portal's answer to this pull${first ? ` (${first.instancePath}: ${first.message})` : ''}`,
    });
  }
  const report = await applyChanges(deps.db, body.changes);
  return { ...report, more: body.more && body.changes.length > 0 };
}

/** Pulls until the feed is drained; returns the totals. */
export async function pullCatalogue(deps: PullDeps): Promise<ApplyReport> {
  const total: ApplyReport = { added: 0, updated: 0, unchanged: 0, lastSeq: 0 };
  for (;;) {
    const page = await pullCataloguePage(deps);
    total.added += page.added;
    total.updated += page.updated;
    total.unchanged += page.unchanged;
    total.lastSeq = page.lastSeq;
    if (!page.more) return total;
  }
}

export function startCataloguePuller(deps: PullDeps & { intervalMs: number }, onError: (err: unknown) => void): PollLoop {
  return startPollLoop({
    pass: async () => {
      try {
        return (await pullCataloguePage(deps)).more;
      } catch (err) {
        await deps.db
          .updateTable('cataloguePullState')
          .set({ lastError: (err instanceof Error ? err.message : String(err)).slice(0, 2000) })
          .where('id', '=', true)
          .execute()
          .catch(() => {});
        throw err;
      }
    },
    intervalMs: deps.intervalMs,
    onError,
  });
}
