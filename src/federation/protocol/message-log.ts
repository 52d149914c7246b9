/**
 * Appends to and checks the tamper-evident message log (migration 0990). Appends are serialised by a
 * transaction-scoped advisory lock so the chain has one order; `verifyMessageLog` recomputes every hash.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { canonicalJson, sha256Hex, type EnvelopeHeader } from './envelope.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface LogEntry {
  direction: 'sent' | 'received' | 'rejected';
  /** The other node: recipient of a sent message, sender of a received or rejected one. */
  peer: string;
  /** The header as received; for a message too malformed to have one, whatever identifying fields exist. */
  header: Partial<EnvelopeHeader> & Record<string, unknown>;
  /** `accepted`, `applied`, `duplicate`, or the error code of a refusal. */
  outcome: string;
}

interface HashedFields {
  at: string;
  direction: string;
  peer: string;
  headerJson: string;
  outcome: string;
}

function entryHash(prevHash: string, e: HashedFields): string {
  return sha256Hex(canonicalJson({ prevHash, ...e }));
}

/** Appends entries in order, chained to the last row; call inside the transaction that acts on them. */
export async function appendMessageLog(trx: Db, entries: readonly LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(hashtext('federation_message_log'))`.execute(trx);
  const last = await trx
    .selectFrom('federationMessageLog')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = entries.map((e) => {
    const headerJson = canonicalJson(e.header);
    const hash = entryHash(prev, {
      at,
      direction: e.direction,
      peer: e.peer,
      headerJson,
      outcome: e.outcome,
    });
    const row = {
      at,
      direction: e.direction,
      messageId: String(e.header.id ?? ''),
      peer: e.peer,
      type: String(e.header.type ?? ''),
      headerJson,
      bodySha256: String(e.header.bodySha256 ?? ''),
      outcome: e.outcome,
      prevHash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  await trx.insertInto('federationMessageLog').values(rows).execute();
}

export interface LogCheck {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match. */
  brokenAt?: number;
}

/** Recomputes the chain from the first row (streams in pages). */
export async function verifyMessageLog(db: Db, pageSize = 5000): Promise<LogCheck> {
  let prev = GENESIS_HASH;
  let after = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('federationMessageLog')
      .select(['seq', 'at', 'direction', 'peer', 'headerJson', 'outcome', 'prevHash', 'hash'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of page) {
      const at = new Date(r.at).toISOString();
      const expected = entryHash(prev, {
        at,
        direction: r.direction,
        peer: r.peer,
        headerJson: r.headerJson,
        outcome: r.outcome,
      });
      if (r.prevHash !== prev || r.hash !== expected) return { ok: false, rows, brokenAt: r.seq };
      prev = r.hash;
      rows++;
      after = r.seq;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}
