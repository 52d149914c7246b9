/**
 * Several processes deliver the warehouse outbox (each holds the row it sends locked): a document's status changes
 * go out in the order they were queued, so while one process is still sending `replaced`, another does not send
 * the `revoked` queued after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { AppContext } from '../../context.ts';
import { realClock } from '../../platform/clock/law-clock.ts';
import { portFor } from '../../national/warehouse/warehouse.test-helpers.ts';
import { pdfSample } from '../../platform/documents/samples.testkit.ts';
import { finaliseDigitisedCopy } from '../digitisation/finalise.ts';
import { deliverWarehouseOutbox, enqueueStatus } from './outbox.ts';

let h: DossierTestApp;
let ctx: AppContext;
const sent: string[] = [];
const OWNER = '038087042028';

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({ mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai') }));
  const { port, blobs } = portFor(h.t.db, h.t.config.DATA_DIR);
  // the real warehouse, with the status changes it is sent recorded in order
  const recording = { ...port, markDocumentStatus: async (i: Parameters<typeof port.markDocumentStatus>[0]) => { sent.push(i.status); return port.markDocumentStatus(i); } };
  ctx = { config: h.t.config, db: h.t.db, nationalPort: recording, blobs, clock: realClock };
});
afterAll(async () => h.t.close());

describe('warehouse outbox with several deliverers', () => {
  it('does not send a later status change of a document while an earlier one is being sent', async () => {
    const r = await h.call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: OWNER, name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
      components: [{ name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(r.statusCode, r.body).toBe(201);
    const dossier = await h.t.db.selectFrom('dossiers').selectAll().where('id', '=', r.json().id).executeTakeFirstOrThrow();
    const pdf = await pdfSample(1);
    const copy = await h.t.db.transaction().execute((trx) =>
      finaliseDigitisedCopy(ctx, trx, {
        dossier,
        componentSeq: 1,
        pdf,
        metadata: {
          documentTypeCode: 'GCS', title: 'Giấy chứng sinh', number: '9/GCS', abstract: 'Giấy chứng sinh', permanent: true, ownerId: OWNER,
          ownerName: 'Nguyễn Văn An', digitisedBy: 'Lê Thị Mai', digitisedAt: '2026-11-27T08:00:00+07:00', digitisingUnit: 'Sở Tư pháp tỉnh Thanh Hóa', state: 1,
        },
        officer: { id: 'officer-1', name: 'Lê Thị Mai', agencyId: h.ids.h56justice },
      }),
    );
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 1, failed: 0 });
    const requester = { kind: 'system' as const, id: 'results', name: 'Sở Tư pháp tỉnh Thanh Hóa', agencyCode: '000.00.06.H56' };
    for (const status of ['replaced', 'revoked'] as const)
      await h.t.db.transaction().execute((tx) => enqueueStatus(tx, copy.signedDocumentId, { status, reason: `Lý do ${status}`, requester }));

    // another process is sending `replaced` (its row locked, not yet marked): this one sends nothing of that document
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const other = h.t.db.transaction().execute(async (tx) => {
      await tx.selectFrom('warehouseOutbox').select('seq').where('key', '=', `status:${copy.signedDocumentId}:replaced`).forUpdate().execute();
      locked();
      await held;
    });
    await isLocked;
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 0, failed: 0 });
    expect(sent).toEqual([]);
    release();
    await other;
    const after = await deliverWarehouseOutbox(ctx);
    expect(sent).toEqual(['replaced', 'revoked']);
    expect(after.delivered + after.failed).toBe(2);
  });
});
