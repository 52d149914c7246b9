/**
 * Counter reception across systems between real nodes: a one-stop officer in Quảng Ninh (H49) receives a dossier
 * for Thanh Hóa's Department of Justice (H56). It goes as a signed `dossier.route` through the portal's relay to
 * H56, which creates exactly one dossier (status 2, its own code series) with the scanned papers — even when
 * deliveries are retried after lost answers. H56 processes it; its progress comes back to the counter in H49; the
 * return recorded at that counter reaches H56 once and closes the dossier (status 10).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessNationalPort } from '../../src/national/port/in-process.ts';
import { LocalDiskBlobStore } from '../../src/platform/storage/local-disk.ts';
import { processRoutedInbound, reportProgress } from '../../src/local/counter-routing/inbound.ts';
import { sendToPortalOnce, type PortalSenderDeps } from '../../src/local/counter-routing/sender.ts';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { routeOnce, type RouterDeps } from '../../src/national/routing/router.ts';
import { pdfSample } from '../../src/platform/documents/samples.testkit.ts';
import { insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { act, LIFE, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let x: LocalNode; // Quảng Ninh: the receiving counter
let y: LocalNode; // Thanh Hóa: the competent system

beforeAll(async () => {
  national = await startNational();
  await insertAgencies(national.db);
  x = await startLocal(national, 'H49');
  y = await startLocal(national, 'H56');
  x.tokens.mc49 = officer('one_stop_officer', x.ids.h49, '000.00.00.H49', 'Cán bộ Một Cửa Quảng Ninh');
  x.tokens.cv49 = officer('specialist', x.ids.h49justice, '000.00.06.H49', 'Chuyên viên Quảng Ninh');
});
afterAll(async () => {
  await x?.destroy();
  await y?.destroy();
  await national?.destroy();
});

const portal = (): RouterDeps => ({ db: national.db, self: national.identity, retryMs: 20, retryMaxMs: 200, pollMs: 1000 });
const sender = (n: LocalNode): PortalSenderDeps => ({ db: n.db, self: n.identity, config: n.config });
/** Everything in flight travels: X → portal → Y, Y's progress → portal → X. */
async function pump(): Promise<void> {
  await sendToPortalOnce(sender(x));
  await routeOnce(portal());
  await reportProgress(y.db, 'NATIONAL');
  await sendToPortalOnce(sender(y));
  await routeOnce(portal());
}

function call(n: LocalNode, method: 'GET' | 'POST', url: string, token: string, payload?: object) {
  return n.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

let pdf = '';
const forward = (extra: Record<string, unknown> = {}) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn Liên Tỉnh', birthDate: '1987-05-01' },
  components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  files: [{ componentSeq: 1, fileName: 'to-khai.pdf', dataBase64: pdf }],
  ...extra,
});
const yDossiers = () => y.db.selectFrom('dossiers').select(['id', 'code', 'status', 'channel', 'sourceRef', 'version']).execute();

describe('counter reception routed to another system', () => {
  let routeId = '';

  it('X forwards the dossier; Y creates exactly one, also when deliveries are retried after lost answers', async () => {
    pdf = Buffer.from(await pdfSample(1)).toString('base64');
    const r = await call(x, 'POST', '/api/v1/forwarded-dossiers', 'mc49', forward());
    expect(r.statusCode, r.body).toBe(202);
    routeId = r.json().id;
    expect(r.json()).toMatchObject({ targetNode: 'H56', returnAtReception: true, files: 1, remote: { status: null } });
    // nothing is created at X's own dossiers
    expect(await x.db.selectFrom('dossiers').select('id').execute()).toHaveLength(0);

    expect(await sendToPortalOnce(sender(x))).toEqual({ delivered: 1, failed: 0 });
    // X never saw the portal's answer: sent again, `duplicate`, nothing relayed twice
    await x.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    expect(await sendToPortalOnce(sender(x))).toEqual({ delivered: 1, failed: 0 });
    expect(await national.db.selectFrom('routingOutbox').select('id').execute()).toHaveLength(1);

    expect(await routeOnce(portal())).toEqual({ delivered: 1, failed: 0 });
    // the portal never saw Y's answer: delivered again, `duplicate`
    await national.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    expect(await routeOnce(portal())).toEqual({ delivered: 1, failed: 0 });
    // a crash before the routed row was marked: processing again finds the dossier by its route id
    await y.db.updateTable('routedDossiersIn').set({ processedAt: null, dossierId: null }).execute();
    const blobs = new LocalDiskBlobStore(path.join(y.config.DATA_DIR, 'blobs'));
    expect(await processRoutedInbound(y.db, inProcessNationalPort(y.db, blobs), blobs)).toEqual({ created: [], refused: 0 });
    const ds = await yDossiers();
    expect(ds).toEqual([expect.objectContaining({ status: 2, channel: 'counter', sourceRef: routeId })]);
    expect(ds[0]!.code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const d = await y.db.selectFrom('dossiers').select(['returnAtReception', 'receivedAtAgencyId']).executeTakeFirstOrThrow();
    expect(d).toEqual({ returnAtReception: true, receivedAtAgencyId: y.ids.h49 });
    const scans = await y.db.selectFrom('digitisationScans').select(['componentSeq', 'fileType', 'uploadedByName']).execute();
    expect(scans).toEqual([{ componentSeq: 1, fileType: 'pdf', uploadedByName: 'Cán bộ Một Cửa Quảng Ninh' }]);
  });

  it('Y processes it to the result; X sees the progress', async () => {
    await pump();
    let seen = (await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json();
    expect(seen.remote).toMatchObject({ status: 2, code: (await yDossiers())[0]!.code });
    expect(seen.delivery).toMatchObject({ lastError: null });
    expect(seen.delivery.deliveredAt).not.toBeNull();
    const id = (await yDossiers())[0]!.id;
    // a supplement: the receiving counter learns which papers, so it can tell the person who comes back there
    await act(y, id, 'cv', 'start');
    await act(y, id, 'cv', 'request_supplement', { items: [{ name: 'Giấy chứng sinh', reason: 'Cần bản chính' }] });
    await pump();
    seen = (await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json();
    expect(seen.remote.status).toBe(5);
    expect(seen.remote.history.at(-1)).toMatchObject({ kind: 'request_supplement', items: [{ name: 'Giấy chứng sinh', reason: 'Cần bản chính' }] });
    await act(y, id, 'mc', 'supplement_received', { note: 'Đã nhận bản chính tại bộ phận một cửa' });
    for (const [token, action, extra] of LIFE.slice(1, 4)) await act(y, id, token, action, extra);
    await pump();
    seen = (await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json();
    expect(seen.remote.status).toBe(9);
    expect(seen.canReturn).toBe(true);
    expect(seen.remote.history.map((h: { kind: string }) => h.kind)).toEqual(['receive', 'start', 'request_supplement', 'supplement_received', 'forward', 'approve', 'record_result']);
    expect(seen.remote.history[3]).toMatchObject({ note: 'Đã nhận bản chính tại bộ phận một cửa' });
    const list = (await call(x, 'GET', '/api/v1/forwarded-dossiers?status=9', 'mc49')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([routeId]);
  });

  it('X hands the result over only with the fees Y reported settled, like a return at Y’s own counter', async () => {
    const seen = (await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json();
    expect(seen.remote.fees).toEqual({ total: 8000, paid: false });
    const refused = await call(x, 'POST', `/api/v1/forwarded-dossiers/${routeId}/return`, 'mc49', { receiver: { name: 'Nguyễn Văn Liên Tỉnh' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'fees-not-settled', total: 8000 });
    const blank = await call(x, 'POST', `/api/v1/forwarded-dossiers/${routeId}/return`, 'mc49', { receiver: { name: 'Nguyễn Văn Liên Tỉnh' }, feeExemption: { reason: '   ' } });
    expect(blank.json().code).toBe('reason-required');
    expect((await x.db.selectFrom('forwardedDossiers').select('returnSentAt').where('id', '=', routeId).executeTakeFirstOrThrow()).returnSentAt).toBeNull();
    // Y takes the fee in cash (no new action): its progress is reported again, with the fees settled
    const id = (await yDossiers())[0]!.id;
    const cash = await call(y, 'POST', `/api/v1/dossiers/${id}/fees/cash`, 'mc', { receiptNo: 'BL-0001', amount: 8000 });
    expect(cash.statusCode, cash.body).toBe(201);
    await pump();
    expect((await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json().remote.fees).toEqual({ total: 8000, paid: true });
  });

  it('X records the return at its counter; Y applies it once (status 10) and X sees it', async () => {
    const r = await call(x, 'POST', `/api/v1/forwarded-dossiers/${routeId}/return`, 'mc49', { receiver: { name: 'Nguyễn Văn Liên Tỉnh' } });
    expect(r.statusCode, r.body).toBe(200);
    expect((await call(x, 'POST', `/api/v1/forwarded-dossiers/${routeId}/return`, 'mc49', { receiver: { name: 'A' } })).json().code).toBe('forwarded-result-not-ready');
    await pump();
    // lost answers again on both legs: nothing applied twice
    await x.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    await national.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    await pump();
    const [d] = await yDossiers();
    expect(d!.status).toBe(10);
    const actions = await y.db.selectFrom('dossierActions').select(['kind', 'actorName']).where('kind', '=', 'return_result').execute();
    expect(actions).toEqual([{ kind: 'return_result', actorName: 'Cán bộ Một Cửa Quảng Ninh' }]);
    await pump();
    expect((await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'mc49')).json().remote.status).toBe(10);
    for (const n of [national, x, y]) expect(await verifyMessageLog(n.db)).toMatchObject({ ok: true });
  });

  it('a forward the portal refuses (competent system not connected) shows its error and holds back nothing else', async () => {
    for (const db of [x.db, national.db])
      await db.insertInto('agencies').values({ code: '000.00.06.H26', name: 'Sở Tư pháp tỉnh Hưng Yên', level: 2, kind: 'department', parentId: null, nodeCode: 'H26', validFrom: '2025-07-01' }).execute();
    await publishProcedure(x.db, '1.001194', ['000.00.06.H26']);
    const r = await call(x, 'POST', '/api/v1/forwarded-dossiers', 'mc49', forward({ procedureCode: '1.001194', resolvingAgencyCode: '000.00.06.H26', files: [] }));
    expect(r.statusCode, r.body).toBe(202);
    const later = await call(x, 'POST', '/api/v1/forwarded-dossiers', 'mc49', forward({ files: [] }));
    expect(await sendToPortalOnce(sender(x))).toEqual({ delivered: 1, failed: 1 });
    const refused = (await call(x, 'GET', `/api/v1/forwarded-dossiers/${r.json().id}`, 'mc49')).json();
    expect(refused.delivery).toMatchObject({ deliveredAt: null, attempts: 1, lastError: 'federation-node-not-found' });
    await routeOnce(portal());
    expect(await y.db.selectFrom('dossiers').select('id').where('sourceRef', '=', later.json().id).execute()).toHaveLength(1);
  });

  it('refuses bad input with 4xx problem+json and queues nothing', async () => {
    const before = await x.db.selectFrom('routingOutbox').select('id').execute();
    const cases: [string, object, number, string][] = [
      ['mc49', forward({ resolvingAgencyCode: '000.00.06.H49' }), 409, 'agency-hosted-here'],
      ['mc49', forward({ resolvingAgencyCode: '000.00.09.H56' }), 404, 'agency-not-found'],
      ['mc49', forward({ files: [{ componentSeq: 1, fileName: 'x.pdf', dataBase64: Buffer.from('not a pdf').toString('base64') }] }), 415, ''],
      ['mc49', forward({ files: [{ componentSeq: 3, fileName: 'x.pdf', dataBase64: pdf }] }), 400, 'validation-failed'],
      ['mc49', forward({ extra: 1 }), 400, 'validation-failed'],
      ['cv49', forward(), 403, 'forbidden'],
    ];
    for (const [tok, body, status, code] of cases) {
      const r = await call(x, 'POST', '/api/v1/forwarded-dossiers', tok, body);
      expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
      if (status !== 415) expect(r.statusCode, r.body).toBe(status);
      if (code) expect(r.json().code).toBe(code);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    // a counter of X never receives for Y into its own database
    const direct = await call(x, 'POST', '/api/v1/dossiers', 'mc49', { ...forward(), files: undefined, channel: 'counter' });
    expect(direct.json().code).toBe('dossier-hosted-elsewhere');
    expect(await x.db.selectFrom('routingOutbox').select('id').execute()).toHaveLength(before.length);
    expect((await call(x, 'GET', `/api/v1/forwarded-dossiers/${routeId}`, 'cv49')).statusCode).toBe(404);
  });
});
