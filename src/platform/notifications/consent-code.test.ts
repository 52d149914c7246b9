import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { CONSENT_CODE_TEMPLATE, CONSENT_CODE_WARNING_SMS, CONSENT_CODE_WARNING_VI, renderConsentCode } from './consent-code.ts';
import { dispatchOnce } from './dispatcher.ts';
import { insertOutbox } from './outbox.repository.ts';
import type { MailSender, OutgoingMail, OutgoingSms, SmsSender } from './senders.ts';

const params = {
  consentCode: '042917',
  agencyCode: '000.00.06.H56',
  agencyName: 'Sở Tư pháp tỉnh Thanh Hóa',
  officerName: 'Lê Thị Mai',
  expiresAt: '2025-07-15T02:40:00.000Z',
};

describe('the counter consent code message', () => {
  it.each(['sms', 'email'] as const)('%s: the code, who asks where, until when, and read it out only at the counter', (channel) => {
    const m = renderConsentCode(params, channel);
    expect(m.text).toContain('042917');
    expect(m.text).toContain('Lê Thị Mai');
    expect(m.text).toContain('Sở Tư pháp tỉnh Thanh Hóa (000.00.06.H56)');
    expect(m.text).toContain('09 giờ 40 ngày 15/07/2025');
    expect(m.text).toContain(channel === 'sms' ? CONSENT_CODE_WARNING_SMS : CONSENT_CODE_WARNING_VI);
    expect(m.text).not.toMatch(/mật khẩu|chuyển tiền|thanh toán/i);
    expect(m.subject).not.toContain('042917');
    expect(m.text.normalize('NFC')).toBe(m.text);
  });
});

describe('dispatch', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('sends it by SMS and e-mail like any notification; malformed params are given up, not sent', async () => {
    const mails: OutgoingMail[] = [];
    const smses: OutgoingSms[] = [];
    const mail: MailSender = { async send(m) { mails.push(m); }, close() {} };
    const sms: SmsSender = { name: 'test', async send(m) { smses.push(m); } };
    await insertOutbox(t.db, { channel: 'sms', recipient: '0912345678', template: CONSENT_CODE_TEMPLATE, params, dossierId: null });
    await insertOutbox(t.db, { channel: 'email', recipient: 'an@nguoidan.example.vn', template: CONSENT_CODE_TEMPLATE, params, dossierId: null });
    await insertOutbox(t.db, { channel: 'sms', recipient: '0912345678', template: CONSENT_CODE_TEMPLATE, params: { ...params, consentCode: 'x' }, dossierId: null });
    const config = { PUBLIC_URL: 'http://portal.test', NOTIFY_MAX_ATTEMPTS: 4, NOTIFY_RETRY_SECONDS: 10, NOTIFY_POLL_MS: 1000 };
    expect(await dispatchOnce({ db: t.db, config, mail, sms }, new Date(Date.UTC(2030, 0, 1)))).toEqual({ claimed: 3, sent: 2, retried: 0, dead: 1 });
    expect(smses.map((s) => s.to)).toEqual(['0912345678']);
    expect(smses[0]!.text).toContain('Mã xác nhận 042917');
    expect(mails[0]).toMatchObject({ to: 'an@nguoidan.example.vn' });
    expect(mails[0]!.text).toContain('Mã xác nhận: 042917');
  });
});
