/**
 * The portal's receiver refuses replayed (a different message reusing a seen id), tampered, expired, unsigned,
 * misaddressed, unknown-sender and suspended-sender messages with problem+json and changes nothing; only the
 * authenticated sender's refusals are logged in the hash-chained log and counted against it; a verbatim redelivery answers `duplicate` and changes nothing either.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope, type Envelope } from '../../src/federation/protocol/envelope.ts';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { buildSyncEvent } from '../../src/local/sync/payload.ts';
import { receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
let event: ReturnType<typeof buildSyncEvent>;

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
  const d = await receive(local, 'Lê Văn Kiểm Tra');
  const row = await local.db
    .selectFrom('dossiers')
    .selectAll()
    .where('id', '=', d.id)
    .executeTakeFirstOrThrow();
  event = buildSyncEvent(
    row,
    { seq: 1, kind: 'receive', at: new Date().toISOString(), actorName: 'Lê Thị Một Cửa' },
    'Sở Tư pháp',
  );
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

function seal(
  over: { sender?: string; recipient?: string; sentAt?: Date; id?: string; body?: unknown } = {},
  key = local.identity.privateKey,
): Envelope {
  return sealEnvelope(
    {
      type: 'dossier.sync',
      sender: over.sender ?? 'H56',
      recipient: over.recipient ?? 'NATIONAL',
      body: over.body ?? { events: [event] },
      ...(over.id ? { id: over.id } : {}),
      ...(over.sentAt ? { sentAt: over.sentAt } : {}),
    },
    key,
  );
}

const post = (payload: unknown) =>
  national.app.inject({
    method: 'POST',
    url: '/api/v1/federation/messages',
    payload: payload as object,
    headers: { 'accept-language': 'en' },
  });

async function state() {
  const count = async (t: 'nationalDossiers' | 'nationalDossierProgress' | 'federationInbox') =>
    Number(
      (
        await national.db
          .selectFrom(t)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    dossiers: await count('nationalDossiers'),
    progress: await count('nationalDossierProgress'),
    inbox: await count('federationInbox'),
  };
}

describe('the message receiver', () => {
  it('applies a valid message once; a verbatim redelivery is answered duplicate with the original receipt', async () => {
    const env = seal();
    const first = await post(env);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      outcome: 'applied',
      receipt: { messageId: env.header.id, receiver: 'NATIONAL' },
    });
    const before = await state();
    expect(before).toEqual({ dossiers: 1, progress: 1, inbox: 1 });
    const again = await post(env);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ outcome: 'duplicate', receipt: first.json().receipt });
    expect(await state()).toEqual(before);
  });

  it('refuses bad messages with problem+json, logs each refusal, and changes nothing', async () => {
    const seen = seal();
    expect((await post(seen)).statusCode).toBe(200);
    const before = await state();
    const tampered = seal();
    (tampered.body as { events: { seq: number }[] }).events[0]!.seq = 99;
    const unsigned = seal() as Partial<Envelope>;
    delete unsigned.signature;
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const cases: [string, unknown, number, string][] = [
      [
        'replayed id, other body',
        seal({ id: seen.header.id, body: { events: [{ ...event, seq: 2 }] } }),
        409,
        'message-replayed',
      ],
      ['tampered body', tampered, 401, 'message-body-mismatch'],
      ['expired', seal({ sentAt: new Date(Date.now() - 3600_000) }), 401, 'message-expired'],
      ['unsigned', unsigned, 400, 'message-malformed'],
      [
        'forged signature',
        { ...seal(), signature: seal({}, stranger).signature },
        401,
        'message-bad-signature',
      ],
      ['wrong recipient', seal({ recipient: 'H49' }), 400, 'message-wrong-recipient'],
      ['unknown sender', seal({ sender: 'X99' }, stranger), 401, 'message-unknown-sender'],
      ['malformed body', seal({ body: { events: [{ dossierId: 'x' }] } }), 400, 'message-malformed'],
    ];
    for (const [name, payload, status, code] of cases) {
      const r = await post(payload);
      expect([name, r.statusCode, r.headers['content-type'], r.json().code]).toEqual([
        name,
        status,
        expect.stringContaining('application/problem+json'),
        code,
      ]);
    }
    // suspended by a national operator through the registry route
    const suspend = await national.app.inject({
      method: 'POST',
      url: '/api/v1/federation/nodes/H56/status',
      payload: { status: 'suspended' },
      headers: { authorization: 'Bearer op' },
    });
    expect(suspend.json()).toMatchObject({ code: 'H56', status: 'suspended' });
    const r = await post(seal({ id: randomUUID() }));
    expect([r.statusCode, r.json().code]).toEqual([403, 'message-sender-suspended']);

    expect(await state()).toEqual(before);
    // only the authenticated sender's refusals are chained and counted: a different message reusing its id, a body
    // it signed that is refused; the rest never authenticated and are only counted per day and reason
    const authenticated = ['message-replayed', 'message-malformed'];
    const rejected = await national.db
      .selectFrom('federationMessageLog')
      .select('outcome')
      .where('direction', '=', 'rejected')
      .orderBy('seq')
      .execute();
    expect(rejected.map((x) => x.outcome)).toEqual(authenticated);
    const unauthenticated = await national.db.selectFrom('federationUnauthenticatedRejects').select(['peer', 'reason', 'count']).orderBy('reason').execute();
    expect(unauthenticated.map((x) => [x.peer, x.reason, Number(x.count)])).toEqual([
      ['H56', 'message-bad-signature', 1],
      ['H56', 'message-body-mismatch', 1],
      ['H56', 'message-expired', 1],
      ['', 'message-malformed', 1],
      ['H56', 'message-sender-suspended', 1],
      ['', 'message-unknown-sender', 1],
      ['H56', 'message-wrong-recipient', 1],
    ]);
    const reg = await national.app.inject({
      method: 'GET',
      url: '/api/v1/federation/nodes',
      headers: { authorization: 'Bearer op' },
    });
    expect(reg.json()[0]).toMatchObject({
      code: 'H56',
      status: 'suspended',
      lastError: 'message-malformed',
      errorCount: authenticated.length,
    });
    expect(await verifyMessageLog(national.db)).toMatchObject({ ok: true });
  });

  it('serves the node identity and guards the registry routes', async () => {
    const info = await national.app.inject({ method: 'GET', url: '/api/v1/federation/node' });
    expect(info.json()).toMatchObject({
      code: 'NATIONAL',
      role: 'national',
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519' },
    });
    expect(info.json().publicKeyPem).toBe(national.identity.publicKeyPem);
    const anon = await national.app.inject({ method: 'GET', url: '/api/v1/federation/nodes' });
    expect(anon.statusCode).toBe(401);
    // the public directory (where each system's officers work) leaves out the suspended H56
    const directory = await national.app.inject({ method: 'GET', url: '/api/v1/federation/systems' });
    expect(directory.statusCode).toBe(200);
    expect(directory.json()).toEqual([]);
    const badKey = await national.app.inject({
      method: 'PUT',
      url: '/api/v1/federation/nodes/H01',
      payload: { name: 'Hệ thống thử', baseUrl: 'http://127.0.0.1:1', publicKey: 'x'.repeat(60) },
      headers: { authorization: 'Bearer op' },
    });
    expect([badKey.statusCode, badKey.json().code]).toEqual([400, 'federation-key-invalid']);
    const ok = await national.app.inject({
      method: 'PUT',
      url: '/api/v1/federation/nodes/H01',
      payload: {
        name: 'Hệ thống thử',
        baseUrl: 'http://127.0.0.1:1/',
        publicKey: local.identity.publicKeyPem,
      },
      headers: { authorization: 'Bearer op' },
    });
    expect(ok.json()).toMatchObject({
      code: 'H01',
      status: 'active',
      baseUrl: 'http://127.0.0.1:1',
      errorCount: 0,
    });
  });
});
