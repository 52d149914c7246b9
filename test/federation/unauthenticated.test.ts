/**
 * Issue 12 item 9: unauthenticated writes on the federation endpoints. Junk posted in H49's name (unsigned, badly
 * signed, tampered) neither raises H49's error counter nor adds rows to the hash-chained message log; it is counted
 * per day and reason, and past FEDERATION_UNAUTH_RATE_LIMIT a minute the caller's IP gets 429 (Retry-After) on
 * every signed endpoint. A message H49 really signed but that is refused for a business reason still counts, and
 * authenticated messages never use up the limit. DVCQG: unknown sessions are gated the same way; failed logins
 * are limited per IP (LOGIN_RATE_LIMIT).
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope, type Envelope } from '../../src/federation/protocol/envelope.ts';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import { officer } from '../fixtures.ts';
import { startNode, type Node } from './nodes.ts';

const LIMIT = 60;
let national: Node;
let h49: KeyObject;

beforeAll(async () => {
  national = await startNode(
    { ROLE: 'national', NODE_CODE: 'NATIONAL', FEDERATION_UNAUTH_RATE_LIMIT: String(LIMIT), LOGIN_RATE_LIMIT: '10' },
    { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22') },
  );
  const pair = generateKeyPairSync('ed25519');
  h49 = pair.privateKey;
  await registerNode(national.db, { code: 'H49', name: 'Hệ thống Quảng Ninh', baseUrl: '', publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  // the dashboard of the report: H49 had 10 errors before the junk
  await national.db.updateTable('federationNodes').set({ errorCount: 10 }).where('code', '=', 'H49').execute();
  await national.app.inject({
    method: 'PUT',
    url: '/api/v1/federation/nodes/H49/dvcqg-account',
    headers: { authorization: 'Bearer op' },
    payload: { username: 'h49-motcua', password: 'mat-khau-tinh-49-dai' },
  });
});
afterAll(async () => {
  await national?.destroy();
});

const stranger = generateKeyPairSync('ed25519').privateKey;
const body = { events: [{ dossierId: 'x' }] };
const sealed = (key: KeyObject, b: unknown = body): Envelope => sealEnvelope({ type: 'dossier.sync', sender: 'H49', recipient: 'NATIONAL', body: b }, key);

/** Junk in H49's name: unsigned, signed by someone else, or H49's header over another body. */
function junk(i: number): unknown {
  if (i % 3 === 0) return { header: { ...sealed(stranger).header }, body };
  if (i % 3 === 1) return sealed(stranger);
  return { ...sealed(h49), body: { events: [] } };
}

const post = (url: string, payload: unknown, ip: string, headers: Record<string, string> = {}) =>
  national.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip, headers });

async function h49Row() {
  return national.db.selectFrom('federationNodes').select(['errorCount', 'lastError']).where('code', '=', 'H49').executeTakeFirstOrThrow();
}
const chained = async () => Number((await national.db.selectFrom('federationMessageLog').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('unauthenticated posts on the federation endpoints', () => {
  it('200 junk posts in H49’s name: H49’s error count and the chained log unchanged, 429 after the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const r = await post('/api/v1/federation/messages', junk(i), '203.0.113.7');
      statuses.push(r.statusCode);
      if (r.statusCode === 429) {
        expect(r.json().code).toBe('rate-limited');
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 400 || s === 401)).toBe(true);
    expect(statuses.slice(LIMIT).every((s) => s === 429)).toBe(true);
    expect(await h49Row()).toEqual({ errorCount: 10, lastError: null });
    expect(await chained()).toBe(0);
    // counted per day and reason, bounded: the claimed sender only when registered
    const rows = await national.db.selectFrom('federationUnauthenticatedRejects').select(['peer', 'reason', 'count']).orderBy('reason').execute();
    expect(rows.map((r) => [r.peer, r.reason, Number(r.count)])).toEqual([
      ['H49', 'message-bad-signature', 20],
      ['H49', 'message-body-mismatch', 20],
      ['', 'message-malformed', 20],
    ]);
    // the other signed endpoints share the IP's limit
    const wh = await post('/api/v1/federation/warehouse', junk(1), '203.0.113.7');
    expect(wh.statusCode).toBe(429);
    const ops = await national.app.inject({ method: 'GET', url: '/api/v1/federation/ops/systems', headers: { authorization: 'Bearer op' } });
    expect(ops.json()[0]).toMatchObject({ code: 'H49', errorCount: 10, unauthenticatedRejectsToday: 40 });
  });

  it('a message H49 really signed but refused still counts against H49 and is chained; authenticated messages never hit the limit', async () => {
    const before = await chained();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 5; i++) statuses.push((await post('/api/v1/federation/messages', sealed(h49), '198.51.100.2')).statusCode);
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(await h49Row()).toEqual({ errorCount: 10 + LIMIT + 5, lastError: 'message-malformed' });
    // the operators' page reads the stored code in words (issue 13.15), the code kept beside it
    const ops = await national.app.inject({ method: 'GET', url: '/api/v1/federation/ops/systems', headers: { authorization: 'Bearer op' } });
    expect(ops.json()[0]).toMatchObject({
      lastError: 'message-malformed',
      lastErrorTitle: { code: 'message-malformed', vi: 'Thông điệp không đúng cấu trúc', en: 'The message is malformed' },
    });
    expect(await chained()).toBe(before + LIMIT + 5);
    // junk on the warehouse endpoint from a fresh IP: refused, not chained, not counted against H49
    const wh = await post('/api/v1/federation/warehouse', junk(1), '198.51.100.3');
    expect([wh.statusCode, wh.json().code]).toEqual([401, 'message-bad-signature']);
    expect(await chained()).toBe(before + LIMIT + 5);
    expect((await h49Row()).errorCount).toBe(10 + LIMIT + 5);
  });

  it('DVCQG: calls with unknown sessions are refused as rate-limited past the limit; failed logins past LOGIN_RATE_LIMIT (HTTP 200 envelopes)', async () => {
    const ip = '192.0.2.10';
    const codes: string[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const r = await post('/api/dvcqg/integration', { session: randomUUID(), service: 'DongBoHoSoMC', data: [] }, ip, { dstcode: 'NATIONAL' });
      expect(r.statusCode).toBe(200);
      codes.push(r.json().code);
    }
    expect(codes.slice(0, LIMIT).every((c) => c === 'dvcqg-session-invalid')).toBe(true);
    const last = await post('/api/dvcqg/integration', { session: randomUUID(), service: 'TraCuuHoSo' }, ip, { dstcode: 'NATIONAL' });
    expect([last.statusCode, last.json().code, last.json().error_code]).toEqual([200, 'rate-limited', '-1']);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);

    const logins: string[] = [];
    for (let i = 0; i < 12; i++)
      logins.push((await post('/api/dvcqg/login', { username: 'h49-motcua', password: `sai-mat-khau-${i}` }, '192.0.2.11', { dstcode: 'NATIONAL' })).json().code);
    expect(logins).toEqual([...Array(10).fill('dvcqg-login-failed'), 'rate-limited', 'rate-limited']);
    expect(await h49Row()).toMatchObject({ errorCount: 10 + LIMIT + 5 });
  });
});
