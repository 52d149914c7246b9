/**
 * Failure paths of the warehouse link: a digitisation transaction that fails after the copy was signed leaves no
 * registry entry and nothing for the warehouse; a portal that is down keeps the deposit queued (retried later,
 * once); a delivery repeated after a crash between the portal's answer and our mark does not duplicate.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { AppContext } from '../../context.ts';
import { realClock } from '../../platform/clock/law-clock.ts';
import { portFor } from '../../national/warehouse/warehouse.test-helpers.ts';
import { pdfSample } from '../../platform/documents/samples.testkit.ts';
import { finaliseDigitisedCopy, type FinaliseInput } from '../digitisation/finalise.ts';
import { deliverWarehouseOutbox, warehouseScope } from './outbox.ts';

let h: DossierTestApp;
let ctx: AppContext;
let input: FinaliseInput;
const OWNER = '038087042028';

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({ mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai') }));
  const { port, blobs } = portFor(h.t.db, h.t.config.DATA_DIR);
  ctx = { config: h.t.config, db: h.t.db, nationalPort: port, blobs, clock: realClock };
  const r = await h.call('POST', '/api/v1/dossiers', 'mc', {
    procedureCode: '1.001193',
    resolvingAgencyCode: '000.00.06.H56',
    channel: 'counter',
    owner: { type: 'citizen', idNumber: OWNER, name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
    components: [{ name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });
  expect(r.statusCode, r.body).toBe(201);
  const dossier = await h.t.db.selectFrom('dossiers').selectAll().where('id', '=', r.json().id).executeTakeFirstOrThrow();
  input = {
    dossier,
    componentSeq: 1,
    pdf: await pdfSample(1),
    metadata: {
      documentTypeCode: 'GCS',
      title: 'Giấy chứng sinh',
      number: '9/GCS',
      abstract: 'Giấy chứng sinh',
      permanent: true,
      ownerId: OWNER,
      ownerName: 'Nguyễn Văn An',
      digitisedBy: 'Lê Thị Mai',
      digitisedAt: '2026-11-27T08:00:00+07:00',
      digitisingUnit: 'Sở Tư pháp tỉnh Thanh Hóa',
      state: 1,
    },
    officer: { id: 'officer-1', name: 'Lê Thị Mai', agencyId: h.ids.h56justice },
  };
});
afterAll(async () => h.t.close());

const count = async (table: 'signedDocuments' | 'warehouseOutbox' | 'warehouseDocuments') =>
  Number((await h.t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the warehouse link', () => {
  it('leaves nothing registered, queued or deposited when the digitisation transaction fails after signing', async () => {
    await expect(
      h.t.db.transaction().execute(async (trx) => {
        await finaliseDigitisedCopy(ctx, trx, input);
        throw new Error('a later step of the digitisation failed');
      }),
    ).rejects.toThrow('a later step');
    expect(await count('signedDocuments')).toBe(0);
    expect(await count('warehouseOutbox')).toBe(0);
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 0, failed: 0 });
    expect(await count('warehouseDocuments')).toBe(0);
  });

  it('keeps a deposit queued while the portal is down, delivers it once later, and never duplicates it', async () => {
    const copy = await h.t.db.transaction().execute((trx) => finaliseDigitisedCopy(ctx, trx, input));
    const down: AppContext = {
      ...ctx,
      nationalPort: {
        ...ctx.nationalPort,
        depositDocument: () => Promise.reject(new Error('national portal unreachable')),
      },
    };
    expect(await deliverWarehouseOutbox(down)).toEqual({ delivered: 0, failed: 1 });
    const queued = await h.t.db.selectFrom('warehouseOutbox').selectAll().executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ key: `signed:${copy.signedDocumentId}`, attempts: 1, deliveredAt: null });
    expect(queued.lastError).toContain('national portal unreachable');
    expect(await count('warehouseDocuments')).toBe(0);
    // not due yet: a delivery now does nothing; once due, it is delivered
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 0, failed: 0 });
    await sql`update warehouse_outbox set next_attempt_at = now()`.execute(h.t.db);
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 1, failed: 0 });
    const doc = await h.t.db.selectFrom('warehouseDocuments').selectAll().executeTakeFirstOrThrow();
    expect(doc).toMatchObject({
      ownerId: OWNER,
      typeCode: 'GCS',
      provenance: 'digitised',
      fileSha256: copy.sha256,
      idempotencyKey: `signed:${copy.signedDocumentId}`,
    });
    // a crash after the portal answered but before we marked it: delivered again, same document
    await sql`update warehouse_outbox set delivered_at = null`.execute(h.t.db);
    expect(await deliverWarehouseOutbox(ctx)).toEqual({ delivered: 1, failed: 0 });
    expect(await count('warehouseDocuments')).toBe(1);
    const row = await h.t.db.selectFrom('warehouseOutbox').selectAll().executeTakeFirstOrThrow();
    expect(row.warehouseDocumentId).toBe(doc.id);
  });

  it('maps a §5.2 scope text to the warehouse scope', () => {
    expect(warehouseScope('Toàn quốc', '000.00.06.H56')).toBe('national');
    expect(warehouseScope(undefined, '000.00.06.H56')).toBe('national');
    expect(warehouseScope('H49', '000.00.06.H56')).toBe('H49');
    expect(warehouseScope('Tỉnh Thanh Hóa', '000.00.06.H56')).toBe('H56');
  });
});
