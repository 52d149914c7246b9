/**
 * Counter receptions written together (issue 16, intake). The code of the day is a counter row per agency: a
 * reception holds its lock from taking the code until its commit. Receptions go in LANES, an agency always in the
 * same lane (a hash of its code): while a lane's write is in flight, this process queues that lane's next receptions
 * and then writes them all in ONE statement (`receive_dossiers_checked`, migration 1467): one transaction and one
 * commit for the batch, each reception with its own next code, an agency's in the order they reached this process. A reception that
 * arrives while its lane is idle is written at once, alone (no added wait).
 * - One agency (the hot counter): one lane, as many receptions per statement as came meanwhile.
 * - Many agencies: a handful of lanes, as many as the machine has cores (at least 2), each a statement in flight,
 *   so many agencies share commits and round trips instead of each paying its own. A batch takes its counters in
 *   the order of (agency, day), as every batch of every process does: two batches never wait on each other in a
 *   cycle.
 *
 * All or nothing per batch: if the batch statement fails (a stale revision, a message check code taken, a
 * duplicate source reference, …) nothing of it was written, and each reception is then written alone, so each gets
 * its own answer and the codes stay exact and gap-free.
 */
import { availableParallelism } from 'node:os';
import { sql } from 'kysely';
import { newCheckCode } from '../../platform/notifications/check-code.ts';
import { databaseKey } from '../../platform/reference/revisions.ts';
import type { Db } from '../../db/connect.ts';
import { payload, writeReception, written, type ReceptionWrite, type Written, type WrittenRow } from './reception.write.ts';

/** Most receptions in one batch statement. */
const MAX_BATCH = 32;

/** Lanes of this process: a statement in flight each. */
export const RECEPTION_LANES = Math.max(2, availableParallelism());

/** The lane of an agency's receptions in this process (FNV-1a of its code). */
export function receptionLane(agencyCode: string, lanes = RECEPTION_LANES): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < agencyCode.length; i++) h = Math.imul(h ^ agencyCode.charCodeAt(i), 0x01000193);
  return (h >>> 0) % lanes;
}

interface Pending {
  w: ReceptionWrite;
  resolve: (v: Written) => void;
  reject: (e: unknown) => void;
}

interface Lane {
  queue: Pending[];
  busy: boolean;
}

const lanes = new WeakMap<object, Map<string, Lane>>();

/**
 * Write a reception outside any transaction: a counter reception joins its agency's lane (which other agencies
 * share), others go alone.
 */
export function writeReceptionBatched(db: Db, w: ReceptionWrite): Promise<Written> {
  if (!w.counter) return writeReception(db, w);
  let byKey = lanes.get(databaseKey(db));
  if (!byKey) lanes.set(databaseKey(db), (byKey = new Map()));
  const key = String(receptionLane(w.counter.agencyCode));
  let lane = byKey.get(key);
  if (!lane) byKey.set(key, (lane = { queue: [], busy: false }));
  const l = lane;
  const done = new Promise<Written>((resolve, reject) => l.queue.push({ w, resolve, reject }));
  if (!l.busy) void drain(db, byKey, key, l);
  return done;
}

async function drain(db: Db, byKey: Map<string, Lane>, key: string, lane: Lane): Promise<void> {
  lane.busy = true;
  try {
    while (lane.queue.length > 0) {
      const batch = lane.queue.splice(0, MAX_BATCH);
      if (batch.length > 1 && (await writeTogether(db, batch))) continue;
      await Promise.all(batch.map((p) => writeReception(db, p.w).then(p.resolve, p.reject)));
    }
  } finally {
    lane.busy = false;
    if (lane.queue.length === 0) byKey.delete(key);
  }
}

/** One statement for the batch; false (nothing written) if it failed, to write each alone. */
async function writeTogether(db: Db, arrived: Pending[]): Promise<boolean> {
  // counters taken in (agency, day) order; a stable sort keeps each agency's arrival order
  const batch = arrived.slice().sort((a, b) => {
    const x = `${a.w.counter!.agencyCode}\u0000${a.w.counter!.day}`;
    const y = `${b.w.counter!.agencyCode}\u0000${b.w.counter!.day}`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const body = `[${batch.map((p) => payload(p.w, p.w.messages.map(() => newCheckCode()))).join(',')}]`;
  let rows: WrittenRow[];
  try {
    rows = (await sql<WrittenRow>`select r_code, r_created_at, r_action_id from receive_dossiers_checked(${body}::jsonb)`.execute(db)).rows;
  } catch {
    return false;
  }
  batch.forEach((p, i) => p.resolve(written(p.w, rows[i]!)));
  return true;
}
