import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { startNotificationDispatcher } from '../../platform/notifications/dispatcher.ts';
import { enqueueNotification } from '../../platform/notifications/notifications.service.ts';
import { smtpMailSender } from '../../platform/notifications/senders.ts';
import { startMailCatcher, type MailCatcher } from './smtp-catcher.ts';

let t: TestApp;
let catcher: MailCatcher;
beforeAll(async () => {
  t = await createTestApp();
  catcher = await startMailCatcher(t.db, { port: 0 });
});
afterAll(async () => {
  await catcher.close();
  await t.close();
});

const silent = { info() {}, warn() {}, error() {} };

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not reached');
}

describe('development mail catcher over real SMTP', () => {
  it('receives a Vietnamese message sent by nodemailer, stores it and shows it on /dev-mail', async () => {
    const subject = 'Hồ sơ 000.00.06.H56-250715-0001: đã được tiếp nhận';
    const text = 'Kính gửi Ông/Bà,\nHồ sơ thủ tục "Đăng ký khai sinh" đã được tiếp nhận. Thời hạn trả kết quả: 16 giờ 30 ngày 22/07/2025.';
    const mailer = smtpMailSender({ host: catcher.host, port: catcher.port, secure: false, ignoreTLS: true }, '"Hệ thống một cửa" <no-reply@motcua.invalid>');
    try {
      await mailer.send({ to: 'nguyen.van.an@example.vn', subject, text });
    } finally {
      mailer.close();
    }
    const row = await t.db.selectFrom('devMailMessages').selectAll().where('channel', '=', 'email').executeTakeFirstOrThrow();
    expect(row.recipients).toEqual(['nguyen.van.an@example.vn']);
    expect(row.subject).toBe(subject);
    expect(row.body).toBe(text);
    expect(row.sender).toBe('Hệ thống một cửa <no-reply@motcua.invalid>');
    expect(row.raw).toContain('MIME-Version');

    const json = await t.app.inject({ method: 'GET', url: '/dev-mail/messages.json' });
    expect(json.statusCode).toBe(200);
    expect(json.json().messages[0]).toMatchObject({ channel: 'email', subject, body: text });
    const page = await t.app.inject({ method: 'GET', url: '/dev-mail' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html; charset=utf-8/);
    expect(page.body).toContain('MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập');
    expect(page.body).toContain('Hồ sơ 000.00.06.H56-250715-0001: đã được tiếp nhận');
    expect(page.body).toContain('Thời hạn trả kết quả: 16 giờ 30 ngày 22/07/2025.');
    const bad = await t.app.inject({ method: 'GET', url: '/dev-mail/messages.json?limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation-failed');
  });

  it('the dispatcher started without SMTP_URL sends outbox e-mail to its own catcher and SMS to the dev sender', async () => {
    await t.db.deleteFrom('devMailMessages').execute();
    const config = { ...t.config, DEV_MAIL_PORT: 0, NOTIFY_POLL_MS: 100, PUBLIC_URL: 'http://portal.test' };
    const params = { code: '000.00.06.H56-250715-0002', procedureName: 'Đăng ký khai sinh', reason: 'Không thuộc thẩm quyền' };
    await t.db.transaction().execute(async (trx) => {
      await enqueueNotification(trx, { channel: 'email', recipient: 'an@example.vn', template: 'refused', params });
      await enqueueNotification(trx, { channel: 'sms', recipient: '0912345678', template: 'refused', params });
    });
    const dispatcher = await startNotificationDispatcher(t.db, config, silent);
    try {
      expect(dispatcher.mailCatcher?.port).toBeGreaterThan(0);
      await until(async () => {
        const n = await t.db.selectFrom('notificationOutbox').select('id').where('sentAt', 'is', null).execute();
        return n.length === 0 ? true : undefined;
      });
    } finally {
      await dispatcher.stop();
    }
    const rows = await t.db.selectFrom('devMailMessages').selectAll().orderBy('channel').execute();
    expect(rows.map((r) => r.channel)).toEqual(['email', 'sms']);
    expect(rows[0]!.subject).toBe('Hồ sơ 000.00.06.H56-250715-0002: không được tiếp nhận');
    expect(rows[0]!.body).toContain('Lý do: Không thuộc thẩm quyền.');
    expect(rows[0]!.body).toContain('http://portal.test/api/v1/tracking/000.00.06.H56-250715-0002');
    expect(rows[1]!.recipients).toEqual(['0912345678']);
    expect(rows[1]!.body).toContain('Hồ sơ 000.00.06.H56-250715-0002 không được tiếp nhận.');
  });
});
