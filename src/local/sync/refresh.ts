/**
 * A dossier's facts changed without a dossier action (an evaluation, a digitised component): its current snapshot
 * goes out again at its last seq with the new monitoring facts (as the daily reconciliation re-sends one: `repair`),
 * so the portal's national view follows. Its own transaction, after the change committed: a failure leaves the
 * facts to the next action or the daily reconciliation.
 */
import type { Db } from '../../db/connect.ts';
import { dossierCommitted } from '../dossiers/committed.ts';
import { dossierFacts } from '../monitoring/facts.repository.ts';
import { buildSyncEvent } from './payload.ts';
import { requeueEvent, snapshotSource } from './sync.repository.ts';

export async function resendMonitoringFacts(db: Db, dossierId: string): Promise<void> {
  const sent = await db.transaction().execute(async (trx) => {
    const src = await snapshotSource(trx, dossierId);
    if (!src) return false;
    const { dossier, action, agency } = src;
    const event = buildSyncEvent(dossier, { seq: action.seq, kind: action.kind, at: action.at, actorName: action.actorName }, agency?.name ?? '', agency?.code ?? '');
    await requeueEvent(trx, { ...event, repair: 'monitoring', monitoring: await dossierFacts(trx, dossierId) });
    return true;
  });
  if (sent) dossierCommitted();
}
