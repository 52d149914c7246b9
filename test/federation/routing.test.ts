/**
 * National → local routing between real nodes: an online submission on the portal for an agency hosted by H56 is
 * forwarded as a signed `dossier.submit` message and arrives there once, with status 1 — also when the local
 * system was down for a while (in order) and when the portal retries a delivery whose answer it never saw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOnce, type RouterDeps } from '../../src/national/routing/router.ts';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { citizen, insertAgencies, officer } from '../fixtures.ts';
import { startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;

beforeAll(async () => {
  national = await startNode(
    { ROLE: 'national', NODE_CODE: 'NATIONAL' },
    { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22'), cit: citizen },
  );
  await insertAgencies(national.db);
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const deps = (): RouterDeps => ({ db: national.db, self: national.identity, retryMs: 20, retryMaxMs: 200, pollMs: 1000 });

async function submit(name: string, agency = '000.00.06.H56') {
  const r = await fetch(`${national.url}/api/v1/portal/submissions`, {
    method: 'POST',
    headers: { authorization: 'Bearer cit', 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureCode: '1.001193',
      resolvingAgencyCode: agency,
      owner: { type: 'citizen', idNumber: '038087042028', name, birthDate: '1987-05-01' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    }),
  });
  return { status: r.status, body: (await r.json()) as { submissionId: string; node: string; code?: string } };
}

const localDossiers = () => local.db.selectFrom('dossiers').select(['id', 'status', 'channel', 'ownerName']).orderBy('createdAt').execute();

describe('national → local routing', () => {
  it('forwards an online submission to the hosting system, where it arrives once with status 1', async () => {
    const s = await submit('Nguyễn Thị Trực Tuyến');
    expect(s.status).toBe(202);
    expect(s.body.node).toBe('H56');
    expect(await routeOnce(deps())).toEqual({ delivered: 1, failed: 0 });
    const ds = await localDossiers();
    expect(ds).toEqual([expect.objectContaining({ status: 1, channel: 'online', ownerName: 'Nguyễn Thị Trực Tuyến' })]);

    // The portal never saw the answer and sends again: duplicate, nothing new.
    await national.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    expect(await routeOnce(deps())).toEqual({ delivered: 1, failed: 0 });
    expect(await localDossiers()).toHaveLength(1);
    const log = await national.db.selectFrom('federationMessageLog').select('outcome').where('direction', '=', 'sent').orderBy('seq').execute();
    expect(log.map((l) => l.outcome)).toEqual(['applied', 'duplicate']);
  });

  it('keeps submissions while the local system is down and delivers them in order when it returns', async () => {
    await local.stop();
    const a = await submit('Trần Văn Thứ Nhất');
    const b = await submit('Lê Thị Thứ Hai');
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(await routeOnce(deps())).toEqual({ delivered: 0, failed: 1 });
    await local.restart();
    expect(await routeOnce(deps(), new Date(Date.now() + 3600_000))).toEqual({ delivered: 2, failed: 0 });
    const names = (await localDossiers()).map((d) => d.ownerName);
    expect(names.slice(-2)).toEqual(['Trần Văn Thứ Nhất', 'Lê Thị Thứ Hai']);
    expect((await localDossiers()).every((d) => d.status === 1)).toBe(true);
    expect(await verifyMessageLog(national.db)).toMatchObject({ ok: true });
    expect(await verifyMessageLog(local.db)).toMatchObject({ ok: true });
  });

  it('refuses bad input and unknown agencies with 4xx, queueing nothing; the local inbox refuses unsigned messages', async () => {
    const before = await national.db.selectFrom('routingOutbox').select('id').execute();
    expect((await submit('X', '000.00.06.H99')).body.code).toBe('agency-not-found');
    const r = await fetch(`${national.url}/api/v1/portal/submissions`, { method: 'POST', headers: { authorization: 'Bearer cit', 'content-type': 'application/json' }, body: JSON.stringify({ procedureCode: '1.001193', extra: 1 }) });
    expect(r.status).toBe(400);
    expect(await national.db.selectFrom('routingOutbox').select('id').execute()).toHaveLength(before.length);
    const inbox = await fetch(`${local.url}/api/v1/federation/inbox`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ header: {}, body: {} }) });
    expect(inbox.status).toBe(400);
    expect(((await inbox.json()) as { code: string }).code).toBe('message-malformed');
  });

  it('a submission kept but not yet turned into a dossier when the local system stopped is created at its next start', async () => {
    const done = await local.db.selectFrom('inboundSubmissions').selectAll().where('dossierId', 'is not', null).executeTakeFirstOrThrow();
    const id = '0b7c5c1e-5a8e-4c52-9d7e-2f1a6c3b9e01';
    const body = { ...(done.body), submissionId: id };
    await local.db.insertInto('inboundSubmissions').values({ id, sender: 'NATIONAL', body: JSON.stringify(body) }).execute();
    const before = (await localDossiers()).length;
    await local.stop();
    await local.restart();
    expect(await localDossiers()).toHaveLength(before + 1);
    const row = await local.db.selectFrom('inboundSubmissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.dossierId).not.toBeNull();
  });

  it('exactly once: a dossier committed but its submission not marked (crash between the two) is not created again', async () => {
    const rows = await local.db.selectFrom('inboundSubmissions').select(['id', 'dossierId']).where('dossierId', 'is not', null).execute();
    expect(rows.length).toBeGreaterThan(0);
    const dossiers = await local.db.selectFrom('dossiers').select(['id', 'sourceRef']).where('sourceRef', 'is not', null).execute();
    expect(dossiers.map((d) => [d.sourceRef, d.id]).sort()).toEqual(rows.map((r) => [r.id, r.dossierId]).sort());
    const before = (await localDossiers()).length;
    // The crash window: every dossier committed, no submission marked.
    await local.db.updateTable('inboundSubmissions').set({ processedAt: null, dossierId: null }).execute();
    await local.stop();
    await local.restart();
    expect(await localDossiers()).toHaveLength(before);
    const after = await local.db.selectFrom('inboundSubmissions').select(['id', 'dossierId']).execute();
    expect(after.map((r) => [r.id, r.dossierId]).sort()).toEqual(rows.map((r) => [r.id, r.dossierId]).sort());
    // The portal delivers the same submission again (a new message): still the one dossier.
    await national.db.updateTable('routingOutbox').set({ ackedAt: null }).execute();
    await routeOnce(deps());
    expect(await localDossiers()).toHaveLength(before);
  });
});
