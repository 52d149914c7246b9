/**
 * Once-only across nodes for an online submission made on the portal: the citizen picks a document of their
 * warehouse there (the portal's resolver); the portal checks it and records the citizen's consent for the competent
 * agency, naming the submission; the forwarded submission carries the consent; the competent system (H56, a
 * separate node with its own database) reads the document under it as itself — a read in the owner's access log on
 * the portal — takes the component from the warehouse and binds the consent to its dossier. Bad choices are refused
 * on the portal with 4xx and leave nothing behind. (A system reads under a consent like an officer: see
 * src/national/warehouse/access.service.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import sharp from 'sharp';
import { processInbound } from '../../src/local/routing/inbound.ts';
import { routeOnce, type RouterDeps } from '../../src/national/routing/router.ts';
import { nationalPortFor } from '../../src/composition/national-port.ts';
import { limitsFrom } from '../../src/platform/documents/limits.ts';
import { LocalDiskBlobStore } from '../../src/platform/storage/local-disk.ts';
import { depositDigitised, portFor } from '../../src/national/warehouse/warehouse.test-helpers.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

const OWNER = citizen.kind === 'citizen' ? citizen.personalId : '';
let national: Node;
let local: LocalNode;
let gcs: string;
let png: Buffer;
const localBlobs = () => new LocalDiskBlobStore(path.join(local.config.DATA_DIR, 'blobs'));
let other: string;

beforeAll(async () => {
  national = await startNode(
    { ROLE: 'national', NODE_CODE: 'NATIONAL' },
    { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22'), cit: citizen },
  );
  await insertAgencies(national.db);
  await publishProcedure(national.db);
  const { port, blobs } = portFor(national.db, national.config.DATA_DIR);
  gcs = await depositDigitised(port, blobs, OWNER); // a birth certificate (GCS), digitised before
  other = await depositDigitised(port, blobs, '001203006789', { numberSymbol: '9/GCS' }); // someone else's
  local = await startLocal(national, 'H56');
  png = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#eee' } }).png().toBuffer();
}, 60_000);
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const deps = (): RouterDeps => ({ db: national.db, self: national.identity, retryMs: 20, retryMaxMs: 200, pollMs: 1000 });

/** A submission on the portal with these reused documents and uploaded files. */
async function submit(reuse: unknown[], attachments: unknown[] = []) {
  const r = await fetch(`${national.url}/api/v1/portal/submissions`, {
    method: 'POST',
    headers: { authorization: 'Bearer cit', 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      owner: { type: 'citizen', idNumber: OWNER, name: 'Nguyễn Văn An' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      reuse,
      attachments,
    }),
  });
  return { status: r.status, body: (await r.json()) as { submissionId?: string; code?: string; reason?: string } };
}

const consents = () => national.db.selectFrom('warehouseConsents').selectAll().where('ownerId', '=', OWNER).orderBy('createdAt').execute();

describe('once-only for a submission forwarded from the portal', () => {
  it('the portal’s resolver offers the citizen’s own birth certificate for the component that asks for it', async () => {
    const r = await fetch(`${national.url}/api/v1/procedures/1.001193/reuse?agencyCode=000.00.06.H56`, { headers: { authorization: 'Bearer cit' } });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { components: { seq: number; covered: boolean; candidates: { document: { id: string }; reason: string }[] }[] };
    expect(body.components.map((c) => c.covered)).toEqual([false, true]);
    expect(body.components[1]!.candidates).toEqual([expect.objectContaining({ document: expect.objectContaining({ id: gcs }), reason: 'ok' })]);
  });

  it('refuses, on the portal, a document of another person, one that stands for no such component, and an unknown component; nothing is queued or consented', async () => {
    // another person's document: refused as any read of someone else's warehouse (and logged in theirs)
    expect(await submit([{ componentSeq: 2, documentId: other }])).toMatchObject({ status: 403, body: { code: 'warehouse-access-refused' } });
    const wrong = await submit([{ componentSeq: 1, documentId: gcs }]);
    expect(wrong).toMatchObject({ status: 409, body: { code: 'reuse-document-not-usable', reason: 'wrong-type' } });
    expect((await submit([{ componentSeq: 7, documentId: gcs }])).body.code).toBe('reuse-component-unknown');
    expect(await consents()).toEqual([]);
    expect(await national.db.selectFrom('routingOutbox').select('id').execute()).toEqual([]);
  });

  it('forwards the submission with the consent; H56 takes the component from the warehouse under it, logged on the portal, and binds it to its dossier', async () => {
    const s = await submit([{ componentSeq: 2, documentId: gcs }]);
    expect(s.status).toBe(202);
    const [consent] = await consents();
    expect(consent).toMatchObject({ channel: 'online', agencyCode: '000.00.06.H56', dossierRef: s.body.submissionId, documentIds: [gcs], recordedByKind: 'owner' });

    expect(await routeOnce(deps())).toEqual({ delivered: 1, failed: 0 });
    const dossier = await local.db.selectFrom('dossiers').select(['id', 'status', 'accountId']).where('sourceRef', '=', s.body.submissionId!).executeTakeFirstOrThrow();
    expect(dossier.status).toBe(1);
    // owned by the person's account on H56 (the one their e-ID login there opens), not the portal's account id
    const account = await local.db.selectFrom('accounts').select('id').where('personalId', '=', OWNER).executeTakeFirstOrThrow();
    expect(dossier.accountId).toBe(account.id);
    expect(account.id).not.toBe(citizen.id);
    const lines = await local.db.selectFrom('dossierComponents').select(['name', 'source', 'warehouseDocumentId', 'warehouseConsentId']).where('dossierId', '=', dossier.id).orderBy('seq').execute();
    expect(lines).toEqual([
      { name: 'Tờ khai đăng ký khai sinh', source: 'submitted', warehouseDocumentId: null, warehouseConsentId: null },
      { name: 'Giấy chứng sinh', source: 'reused_document', warehouseDocumentId: gcs, warehouseConsentId: consent!.id },
    ]);
    // the consent now names H56's dossier; the read is in the owner's access log on the portal, as H56's system
    expect((await consents())[0]!.dossierRef).toBe(dossier.id);
    const reads = await national.db.selectFrom('warehouseAccessLog').selectAll().where('ownerId', '=', OWNER).where('consentId', '=', consent!.id).execute();
    expect(reads).toEqual([expect.objectContaining({ documentId: gcs, requesterKind: 'system', agencyCode: '000.00.06.H56', outcome: 'ok' })]);
  });

  it('a file uploaded on the portal becomes a page of its component at H56, read under the consent; a second pass adds nothing', async () => {
    const up = await fetch(`${national.url}/api/v1/my/warehouse/documents?typeCode=TK01&name=${encodeURIComponent('Tờ khai (bản chụp)')}`, {
      method: 'POST',
      headers: { authorization: 'Bearer cit', 'content-type': 'image/png' },
      body: png,
    });
    expect(up.status).toBe(201);
    const fileId = ((await up.json()) as { id: string }).id;
    // refused on the portal: a component the submission does not have; someone else's document
    expect((await submit([], [{ componentSeq: 2, documentId: fileId }])).status).toBe(404);
    expect((await submit([], [{ componentSeq: 1, documentId: other }])).status).toBe(403);
    const ok = await submit([], [{ componentSeq: 1, documentId: fileId }]);
    expect(ok.status).toBe(202);
    const submissionId = ok.body.submissionId!;
    expect(await routeOnce(deps())).toEqual({ delivered: 1, failed: 0 });
    const dossier = await local.db.selectFrom('dossiers').select('id').where('sourceRef', '=', submissionId).executeTakeFirstOrThrow();
    const pages = () => local.db.selectFrom('digitisationScans').select(['componentSeq', 'fileType', 'blobSha256']).where('dossierId', '=', dossier.id).execute();
    expect(await pages()).toEqual([expect.objectContaining({ componentSeq: 1, fileType: 'png' })]);
    const consentId = (await national.db.selectFrom('warehouseConsents').select('id').where('dossierRef', '=', dossier.id).executeTakeFirstOrThrow()).id;
    const reads = await national.db.selectFrom('warehouseAccessLog').select(['what', 'outcome', 'requesterKind']).where('consentId', '=', consentId).where('what', '=', 'file').execute();
    expect(reads).toEqual([{ what: 'file', outcome: 'ok', requesterKind: 'system' }]);
    // a crash before the row was marked: the next pass finds the dossier, adds no second page, and marks it
    await local.db.updateTable('inboundSubmissions').set({ processedAt: null }).where('id', '=', submissionId).execute();
    const again = await processInbound(local.db, nationalPortFor(local.config, local.db, localBlobs()), 50, { blobs: localBlobs(), limits: limitsFrom(local.config) });
    expect(again).toMatchObject({ created: [], recovered: [dossier.id] });
    expect(await pages()).toHaveLength(1);
  });

  it('a consent withdrawn before the submission arrives: H56 creates no dossier and keeps the reason', async () => {
    const s = await submit([{ componentSeq: 2, documentId: gcs }]);
    expect(s.status).toBe(202);
    await national.db.updateTable('warehouseConsents').set({ withdrawnAt: new Date().toISOString() }).where('dossierRef', '=', s.body.submissionId!).execute();
    expect(await routeOnce(deps())).toEqual({ delivered: 1, failed: 0 });
    const kept = await local.db.selectFrom('inboundSubmissions').select(['dossierId', 'lastError']).where('id', '=', s.body.submissionId!).executeTakeFirstOrThrow();
    expect(kept.dossierId).toBeNull();
    expect(kept.lastError).toMatch(/^warehouse-consent-withdrawn/);
  });
});
