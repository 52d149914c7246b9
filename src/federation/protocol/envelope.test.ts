import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { canonicalJson, openEnvelope, sealEnvelope, type Envelope } from './envelope.ts';

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

describe('canonicalJson (RFC 8785)', () => {
  const reference = createRequire(import.meta.url)('canonicalize') as (v: unknown) => string;
  const samples: unknown[] = [
    // RFC 8785 §3.2.2 / §3.2.3 examples: numbers, escapes, key order by UTF-16 code units.
    {
      numbers: [
        // written as the RFC does (333333333.33333329, 2^53 + 1): parsed, like a received message would be
        ...(JSON.parse('[333333333.33333329, 9007199254740993]') as number[]),
        1e30,
        4.5,
        2e-3,
        0.000000000000000000000000001,
        -0,
        5e-324,
        1e21,
      ],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    },
    {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    },
    {
      b: { d: [3, { z: 1, a: [] }], c: 'Sở Tư pháp tỉnh Thanh Hóa' },
      a: undefined,
      when: new Date('2026-11-27T10:00:00Z'),
      '10': 1,
      '2': 2,
      x: [undefined, 1],
    },
    { events: [{ seq: 1, DongBoHoSoMC: { TrangThaiHoSo: '2', MaHoSo: '000.00.06.H56-261127-0001' } }] },
    // a member named __proto__ is data like any other and must be in the signed form
    JSON.parse('{"b":1,"__proto__":{"admin":true},"a":[{"__proto__":2}]}'),
    'a string',
    42,
    [],
    {},
  ];
  it('writes exactly what the reference implementation writes', () => {
    for (const v of samples) expect(canonicalJson(v)).toBe(reference(v));
  });
});
