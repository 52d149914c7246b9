/**
 * The warehouse link of a local system (no routes of its own): wires the results listeners that queue deposits and
 * status changes, and — outside tests — runs the loop that retries queued deliveries to the national portal.
 */
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { startPollLoop } from '../../lib/poll-loop.ts';
import { deliverWarehouseOutbox } from './outbox.ts';
import { linkResultsToWarehouse } from './results-link.ts';

const RETRY_POLL_MS = 15_000;

export async function warehouseLinkRoutes(app: Server, ctx: AppContext): Promise<void> {
  linkResultsToWarehouse();
  if (ctx.config.NODE_ENV === 'test') return; // tests deliver explicitly (each commit kicks a delivery)
  const loop = startPollLoop({
    pass: async () => (await deliverWarehouseOutbox(ctx, 100)).delivered === 100,
    intervalMs: RETRY_POLL_MS,
    onError: (err) => app.log.warn({ err }, 'warehouse outbox delivery failed'),
  });
  app.addHook('onClose', async () => loop.stop());
}
