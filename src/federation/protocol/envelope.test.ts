import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEnvelope, sealEnvelope, type Envelope } from './envelope.ts';

const h56 = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const keys: Record<string, ReturnType<typeof generateKeyPairSync>['publicKey']> = { H56: h56.publicKey };
const opts = { keyOf: (s: string) => keys[s], self: 'G22' };
const body = { MaHoSo: 'H56.01-261127-0001', TrangThaiHoSo: 2, ChuHoSo: 'Nguyễn Văn A' };

function sealed(): Envelope<typeof body> {
  return sealEnvelope({ type: 'dossier.sync', sender: 'H56', recipient: 'G22', body }, h56.privateKey);
}
const clone = <T>(v: T): T => structuredClone(v);

describe('signed message envelope', () => {
  it('opens a message signed by a registered sender, whatever the key order of the JSON', async () => {
    const env = sealed();
    const reordered = JSON.parse(
      JSON.stringify({ signature: env.signature, body: { ...body }, header: env.header }),
    );
    const opened = await openEnvelope(reordered, opts);
    expect(opened.header.sender).toBe('H56');
    expect(opened.body).toEqual(body);
  });

  it.each([
    ['a changed body', (e: Envelope<typeof body>) => (e.body.TrangThaiHoSo = 10), 'message-body-mismatch'],
    [
      'a changed header',
      (e: Envelope<typeof body>) => (e.header.type = 'dossier.delete'),
      'message-bad-signature',
    ],
    ['a changed sender', (e: Envelope<typeof body>) => (e.header.sender = 'H49'), 'message-unknown-sender'],
    ['no signature', (e: Envelope<typeof body>) => (e.signature = ''), 'message-bad-signature'],
    [
      'another recipient',
      (e: Envelope<typeof body>) => (e.header.recipient = 'H49'),
      'message-bad-signature',
    ],
    [
      'an extra header field',
      (e: Envelope<typeof body>) => Object.assign(e.header, { x: '1' }),
      'message-malformed',
    ],
  ])('refuses %s', async (_what, change, code) => {
    const env = clone(sealed());
    change(env);
    await expect(openEnvelope(env, opts)).rejects.toMatchObject({ code });
  });

  it('refuses a message signed with a key other than the registered one', async () => {
    const forged = sealEnvelope(
      { type: 'dossier.sync', sender: 'H56', recipient: 'G22', body },
      other.privateKey,
    );
    await expect(openEnvelope(forged, opts)).rejects.toMatchObject({ code: 'message-bad-signature' });
  });

  it('refuses a correctly signed message addressed to another node', async () => {
    const env = sealEnvelope({ type: 'dossier.sync', sender: 'H56', recipient: 'H49', body }, h56.privateKey);
    await expect(openEnvelope(env, opts)).rejects.toMatchObject({ code: 'message-wrong-recipient' });
  });

  it('refuses a message outside the time window, either way', async () => {
    const old = sealEnvelope(
      { type: 't', sender: 'H56', recipient: 'G22', body, sentAt: new Date(Date.now() - 3600_000) },
      h56.privateKey,
    );
    const future = sealEnvelope(
      { type: 't', sender: 'H56', recipient: 'G22', body, sentAt: new Date(Date.now() + 3600_000) },
      h56.privateKey,
    );
    await expect(openEnvelope(old, opts)).rejects.toMatchObject({ code: 'message-expired' });
    await expect(openEnvelope(future, opts)).rejects.toMatchObject({ code: 'message-expired' });
    await expect(openEnvelope(old, { ...opts, now: new Date(Date.now() - 3600_000) })).resolves.toBeTruthy();
  });

  it.each([null, 'x', 42, [], {}, { header: {}, body: {}, signature: 'x' }])(
    'refuses malformed input %j',
    async (raw) => {
      await expect(openEnvelope(raw, opts)).rejects.toMatchObject({ code: 'message-malformed' });
    },
  );
});
