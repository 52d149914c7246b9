/**
 * Documents this local system produces for a person — digitised copies and electronic results — go into the
 * owner's warehouse at the national portal through the warehouse outbox (migration 0995):
 *
 *  1. the transaction that produces the document (digitisation, issuing, replacing, revoking a result) writes an
 *     outbox row — so a rolled-back transaction leaves nothing to send and the warehouse never holds a document
 *     whose registry entry, dossier component or result does not exist;
 *  2. after the commit the caller kicks a delivery (`kickWarehouseOutbox`), and a background loop retries whatever
 *     is still pending (the portal was down, the process died between commit and send);
 *  3. deposits carry the idempotency key `signed:<signed document id>`, so a delivery repeated after a crash
 *     between the portal's answer and our `delivered` mark finds the same warehouse document.
 *
 * The portal is reached only through ctx.nationalPort (in process today, signed HTTP later).
 */
import type { AppContext } from '../../context.ts';
import type { PortDepositInput, PortRequester } from '../../federation/warehouse-port.ts';
import { findOutbox, insertOutbox, lockNextDue, markDelivered, markFailed, type Q } from './warehouse-link.repository.ts';
import type { StatusPayload, WarehouseOutboxRow } from './warehouse-link.table.ts';

export type OutboxContext = Pick<AppContext, 'db' | 'nationalPort'>;

/** The outbox key (and warehouse idempotency key) of the deposit of a registered signed document. */
export function depositKey(signedDocumentId: string): string {
  return `signed:${signedDocumentId}`;
}

/** Queue a deposit in the caller's transaction; sent after commit. */
export async function enqueueDeposit(tx: Q, signedDocumentId: string, input: Omit<PortDepositInput, 'idempotencyKey'>): Promise<void> {
  const key = depositKey(signedDocumentId);
  await insertOutbox(tx, { key, op: 'deposit', depositKey: null, payload: { ...input, idempotencyKey: key } });
}

/** Queue a status change of a deposited document (replaced, revoked) in the caller's transaction. */
export async function enqueueStatus(
  tx: Q,
  signedDocumentId: string,
  change: { status: 'replaced' | 'revoked'; reason: string; requester: PortRequester },
): Promise<void> {
  await insertOutbox(tx, {
    key: `status:${signedDocumentId}:${change.status}`,
    op: 'status',
    depositKey: depositKey(signedDocumentId),
    payload: change,
  });
}

/**
 * The warehouse's validity scope from a §5.2 scope text: 'national' for "Toàn quốc" (or none stated), a province
 * code as is, anything narrower the province of the agency that issued or digitised it (the safe reading).
 */
export function warehouseScope(text: string | null | undefined, agencyCode: string): string {
  const t = (text ?? '').normalize('NFC').trim();
  if (!t || /^(toàn quốc|national|cả nước)$/iu.test(t)) return 'national';
  if (/^[A-Z]\d{2}$/.test(t)) return t;
  return agencyCode.slice(agencyCode.lastIndexOf('.') + 1);
}

const message = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** Send one message through the port; returns the warehouse document id it concerns. */
async function send(ctx: OutboxContext, tx: Q, row: WarehouseOutboxRow): Promise<string> {
  if (row.op === 'deposit') {
    const r = await ctx.nationalPort.depositDocument(row.payload as PortDepositInput);
    return r.documentId;
  }
  const deposit = await findOutbox(tx, row.depositKey!);
  if (!deposit?.warehouseDocumentId) throw new Error(`the deposit ${row.depositKey} is not delivered yet`);
  const p = row.payload as StatusPayload;
  await ctx.nationalPort.markDocumentStatus({
    requester: p.requester,
    documentId: deposit.warehouseDocumentId,
    status: p.status,
    reason: p.reason,
  });
  return deposit.warehouseDocumentId;
}

/**
 * Deliver due messages in order, one transaction each (the row stays locked while it is sent, so two deliverers
 * never send the same one at once). A failure is recorded and retried later with a growing delay; it does not stop
 * the others. Returns how many were delivered and how many failed.
 */
export async function deliverWarehouseOutbox(ctx: OutboxContext, max = 100): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  const skipped: number[] = [];
  for (let i = 0; i < max; i++) {
    const done = await ctx.db.transaction().execute(async (tx) => {
      const row = await lockNextDue(tx, skipped);
      if (!row) return 'none' as const;
      try {
        await markDelivered(tx, row.seq, await send(ctx, tx, row));
        return 'ok' as const;
      } catch (err) {
        await markFailed(tx, row.seq, message(err), Math.min(3600, 5 * 2 ** Math.min(row.attempts, 10)));
        skipped.push(row.seq);
        return 'failed' as const;
      }
    });
    if (done === 'none') break;
    if (done === 'ok') delivered++;
    else failed++;
  }
  return { delivered, failed };
}

/** After a commit: send what it queued now (failures stay queued for the background loop; never throws). */
export async function kickWarehouseOutbox(ctx: OutboxContext): Promise<void> {
  await deliverWarehouseOutbox(ctx, 20).catch(() => undefined);
}
