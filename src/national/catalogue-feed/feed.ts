/**
 * The portal's side of the catalogue feed: the published and retired versions after a feed number, each as its
 * current state (a version changed twice comes twice, both times as it is now: applying is idempotent), and the
 * signed answer to a connected system's `catalogue.pull`.
 */
import type { Db } from '../../db/connect.ts';
import { contentOf, toVersion } from '../catalogue/catalogue.service.ts';
import { recordError } from '../registry/registry.repository.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import { sealEnvelope, type Envelope } from '../../federation/protocol/envelope.ts';
import { CATALOGUE_CHANGES_TYPE, CATALOGUE_PULL_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { openOnce } from '../../federation/warehouse-remote/channel.ts';
import { bodyOf } from '../../federation/warehouse-remote/schemas.ts';
import { PullBody, type ChangesBody, type FeedVersion } from './schemas.ts';

export async function readFeed(db: Db, after: number, limit: number): Promise<{ changes: { seq: number; version: FeedVersion }[]; more: boolean }> {
  const rows = await db
    .selectFrom('catalogueFeed as f')
    .innerJoin('procedureVersions as v', 'v.id', 'f.versionId')
    .innerJoin('sectors as s', 's.code', 'v.sectorCode')
    .selectAll('v')
    .select(['f.seq', 's.name as sectorName', 's.ministryCode'])
    .where('f.seq', '>', after)
    .where('v.status', '<>', 'draft')
    .orderBy('f.seq')
    .limit(limit + 1)
    .execute();
  const changes = rows.slice(0, limit).map((r) => {
    const v = toVersion(r);
    return {
      seq: Number(r.seq),
      version: {
        id: v.id,
        code: v.code,
        version: v.version,
        status: v.status === 'retired' ? ('retired' as const) : ('published' as const),
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        publishedAt: v.publishedAt,
        retiredAt: v.retiredAt,
        contentHash: r.contentHash,
        sector: { code: r.sectorCode, name: r.sectorName, ministryCode: r.ministryCode },
        content: contentOf(v),
      },
    };
  });
  return { changes, more: rows.length > limit };
}

export interface FeedServeDeps {
  db: Db;
  self: NodeIdentity;
  windowSeconds: number;
}

/** A connected system's `catalogue.pull`, opened once, answered with the feed after its number, signed. */
export async function serveCataloguePull(deps: FeedServeDeps, raw: unknown): Promise<Envelope<ChangesBody>> {
  const env = await openOnce({ ...deps, keyOf: registryKeyOf(deps.db), onRejected: recordError }, raw, [CATALOGUE_PULL_TYPE]);
  const { after, limit } = bodyOf(PullBody, env.body);
  const feed = await readFeed(deps.db, after, limit);
  return sealEnvelope(
    { type: CATALOGUE_CHANGES_TYPE, sender: deps.self.code, recipient: env.header.sender, body: { inReplyTo: env.header.id, ...feed } },
    deps.self.privateKey,
  );
}
