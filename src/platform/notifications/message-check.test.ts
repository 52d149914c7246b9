/**
 * Scam-proof contact through HTTP: every sent e-mail and SMS carries a check code stored with it; the public
 * "Kiểm tra tin nhắn" check answers sent / not sent (by code or by the pasted message) with the dossier code
 * masked; it is rate-limited per IP; the dossier page lists the messages sent; another system's message
 * registered through its sync is answered too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import { applySyncMessage } from '../../national/sync/mirror.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { Principal } from '../identity/principal.ts';
import { dispatchOnce } from './dispatcher.ts';
import type { MailSender, OutgoingMail, OutgoingSms, SmsSender } from './senders.ts';

let t: TestApp;
const tokens: Record<string, Principal> = {};
const stranger: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-000000000002', personalId: '001190012345', name: 'Trần Thị Bình', loa: 2 };
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://motcua.example.vn', PORTAL_URL: 'https://dichvucong.example.vn' }, { principals: tokens });
  const ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    other: officer('one_stop_officer', ids.h49, '000.00.00.H49'),
    citizen,
    stranger,
  });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

const owner = { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone: '0912 345 678', email: 'an@example.vn' };
const reception = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner,
  components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
};
const mails: OutgoingMail[] = [];
const texts: OutgoingSms[] = [];
const mail: MailSender = { async send(m) { mails.push(m); }, close() {} };
const sms: SmsSender = { name: 't', async send(m) { texts.push(m); } };

function check(text: string, ip = '10.0.0.1') {
  return t.app.inject({ method: 'POST', url: '/api/v1/message-checks', payload: { text }, remoteAddress: ip });
}
const dash = (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`;

describe('scam-proof contact', () => {
  let dossier: { id: string; code: string };
  let codes: { email: string; sms: string };

  beforeAll(async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', payload: reception, headers: { authorization: 'Bearer mc' } });
    expect(r.statusCode).toBe(201);
    dossier = r.json();
    const rows = await t.db.selectFrom('notificationOutbox').selectAll().where('dossierId', '=', dossier.id).orderBy('id').execute();
    codes = { email: rows.find((x) => x.channel === 'email')!.checkCode, sms: rows.find((x) => x.channel === 'sms')!.checkCode };
    await dispatchOnce({ db: t.db, config: t.config, mail, sms });
  });

  it('every sent e-mail and SMS carries its own check code and the portal check page', () => {
    expect(codes.email).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(codes.sms).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(codes.email).not.toBe(codes.sms);
    const m = mails.find((x) => x.to === 'an@example.vn')!;
    expect(m.text).toContain(`Mã kiểm tra tin nhắn: ${dash(codes.email)}`);
    expect(m.text).toContain('https://dichvucong.example.vn/kiem-tra-tin-nhan');
    const s = texts.find((x) => x.to === '0912345678')!;
    expect(s.text).toContain(`Mã kiểm tra tin nhắn: ${dash(codes.sms)}`);
  });

  it('the public check says the system sent it: when, by which channel, to whom and for which dossier (masked)', async () => {
    const r = await check(dash(codes.email).toLowerCase());
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ code: dash(codes.email), verdict: 'sent' });
    expect(body.messages).toHaveLength(1);
    const msg = body.messages[0];
    expect(msg).toMatchObject({ channel: 'email', template: 'received', recipient: 'a***@example.vn', status: 'sent' });
    expect(msg.sentAt).toEqual(expect.any(String));
    expect(msg.agency).toMatchObject({ code: '000.00.06.H56' });
    // the dossier code in a fixed mask: the agency part and the last two digits only
    expect(msg.dossierCode).toBe(`${dossier.code.slice(0, dossier.code.indexOf('-'))}-******-**${dossier.code.slice(-2)}`);
    expect(r.body).not.toContain(dossier.code);
    expect(r.body).not.toContain('an@example.vn');
  });

  it('the whole SMS pasted in works (the code is found, not a piece of the dossier code)', async () => {
    const s = texts.find((x) => x.to === '0912345678')!;
    const r = await check(`Tin nhắn từ DVCong:\n${s.text}`);
    expect(r.json()).toMatchObject({ code: dash(codes.sms), verdict: 'sent', messages: [{ channel: 'sms', recipient: '091****678' }] });
    const e = mails.find((x) => x.to === 'an@example.vn')!;
    expect((await check(`${e.subject}\n\n${e.text}`)).json()).toMatchObject({ code: dash(codes.email), verdict: 'sent' });
  });

  it('a code the system never issued, or a message without one, is NOT from the system', async () => {
    let unknown = 'ZZZZ9999';
    while (unknown === codes.email || unknown === codes.sms) unknown = 'ZZZZ9998';
    const r = await check(`Hồ sơ ${dossier.code} cần nộp phí xử lý nhanh, chuyển khoản tới 0123456789. Mã kiểm tra tin nhắn: ${dash(unknown)}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ code: dash(unknown), verdict: 'not-sent', messages: [] });
    expect((await check('Quý khách vui lòng cung cấp mã OTP để hoàn tất hồ sơ')).json()).toEqual({ code: null, verdict: 'no-code', messages: [] });
    // a forged copy of a real message with the code changed by one character
    const forged = codes.sms.slice(0, 7) + (codes.sms[7] === 'A' ? 'B' : 'A');
    expect((await check(dash(forged))).json().verdict).toBe('not-sent');
  });

  it('bad input is a 400 problem, never a 500', async () => {
    const empty = await check('');
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    const long = await check('x'.repeat(5001));
    expect(long.statusCode).toBe(400);
  });

  it('a message another system sent, registered through its signed sync, is answered with that system', async () => {
    const env = {
      header: { sender: 'G15', type: 'dossier.sync' },
      body: {
        events: [{
          dossierId: '3f2b7c1e-1d2a-4b7e-9c1a-0a1b2c3d4e5f',
          seq: 1,
          changedAt: '2026-01-05T03:00:00.000Z',
          DongBoHoSoMC: { MaHoSo: '000.00.12.G15-260105-0042', TrangThaiHoSo: '2' },
          CapNhatTienDoHoSoMC: [],
          agencyCode: '000.00.12.G15',
          messages: [{ checkCode: 'G15AAAA7', channel: 'sms', template: 'received', recipientMasked: '098****321', issuedAt: '2026-01-05T03:00:00.000Z' }],
        }],
      },
    } as unknown as Envelope;
    await t.db.transaction().execute((trx) => applySyncMessage(trx, env));
    const r = await check('g15a-aaa7');
    expect(r.json()).toMatchObject({
      verdict: 'sent',
      messages: [{ channel: 'sms', status: 'registered', system: { code: 'G15' }, dossierCode: '000.00.12.G15-******-**42', recipient: '098****321' }],
    });
    // a malformed list is refused as a malformed message (nothing written)
    const bad = { ...env, body: { events: [{ ...(env.body as { events: object[] }).events[0], seq: 2, messages: [{ checkCode: 'nope' }] }] } } as unknown as Envelope;
    await expect(t.db.transaction().execute((trx) => applySyncMessage(trx, bad))).rejects.toMatchObject({ code: 'message-malformed' });
  });

  it("the dossier's page lists the messages sent, with codes, for its officers and its owner only", async () => {
    const get = (token: string) => t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${dossier.id}/messages`, headers: { authorization: `Bearer ${token}` } });
    for (const token of ['mc', 'citizen']) {
      const r = await get(token);
      expect(r.statusCode).toBe(200);
      expect(r.json().items).toEqual([
        expect.objectContaining({ checkCode: dash(codes.email), channel: 'email', template: 'received', recipient: 'a***@example.vn', status: 'sent' }),
        expect.objectContaining({ checkCode: dash(codes.sms), channel: 'sms', template: 'received', recipient: '091****678', status: 'sent' }),
      ]);
    }
    expect((await get('stranger')).statusCode).toBe(404);
    expect((await get('other')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${dossier.id}/messages` })).statusCode).toBe(401);
  });

  it('the public check is rate-limited per IP with 429 problem+json', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await check(`AAAA-${String(1000 + i)}`, '10.66.0.1')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const r = await check('AAAA-BBBB', '10.66.0.1');
    expect(r.statusCode).toBe(429);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().code).toBe('rate-limited');
    expect(r.headers['retry-after']).toBeDefined();
    // another address is counted on its own
    expect((await check('AAAA-BBBB', '10.66.0.2')).statusCode).toBe(200);
  });
});
