/**
 * The hook dossier changes call, inside their transaction: one sync event (DongBoHoSoMC snapshot + the new
 * CapNhatTienDoHoSoMC row) per change, numbered by the dossier's action seq. The event exists if and only if the
 * change committed; the sender (sender.ts) delivers it to the national portal, with the check codes of the
 * messages the change sent (so the portal can tell a person the message is genuine).
 */
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { buildSyncEvent, type SyncAction, type SyncMessage } from './payload.ts';
import { insertSyncEvent, type Conn } from './sync.repository.ts';
import { dossierFacts } from '../monitoring/facts.repository.ts';

export async function enqueueDossierSync(
  tx: Conn,
  dossier: DossierRow,
  action: SyncAction,
  messages: readonly SyncMessage[] = [],
): Promise<void> {
  const agency = dossier.resolvingAgencyId
    ? await tx.selectFrom('agencies').select(['name', 'code']).where('id', '=', dossier.resolvingAgencyId).executeTakeFirst()
    : undefined;
  const event = buildSyncEvent(dossier, action, agency?.name ?? '', agency?.code ?? '');
  if (messages.length) event.messages = [...messages];
  // the Decision 766 facts of the dossier after this change, for the portal's national view
  event.monitoring = await dossierFacts(tx, dossier.id);
  await insertSyncEvent(tx, event);
}
