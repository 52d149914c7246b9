import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/connect.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { backoffSeconds, dispatchOnce, type DispatchDeps } from './dispatcher.ts';
import { enqueueNotification } from './notifications.service.ts';
import type { MailSender, OutgoingMail, OutgoingSms, SmsSender } from './senders.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

const config = { PUBLIC_URL: 'http://portal.test', NOTIFY_MAX_ATTEMPTS: 4, NOTIFY_RETRY_SECONDS: 10, NOTIFY_POLL_MS: 1000 };
const params = { code: '000.00.06.H56-250715-0001', procedureName: 'Đăng ký khai sinh' };

function recordingMail(): MailSender & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { sent, async send(m) { sent.push(m); }, close() {} };
}
function recordingSms(): SmsSender & { sent: OutgoingSms[] } {
  const sent: OutgoingSms[] = [];
  return { name: 'test', sent, async send(m) { sent.push(m); } };
}
function deps(over: Partial<DispatchDeps> = {}): DispatchDeps {
  return { db: t.db, config, mail: recordingMail(), sms: recordingSms(), ...over };
}
async function clear() {
  await t.db.deleteFrom('notificationOutbox').execute();
}
const at = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s));

describe('notification outbox', () => {
  it('writes nothing, and sends nothing, for a rolled-back transaction', async () => {
    await clear();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueueNotification(trx, { channel: 'email', recipient: 'an@example.vn', template: 'received', params });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const d = deps();
    expect(await dispatchOnce(d, at(0))).toEqual({ claimed: 0, sent: 0, retried: 0, dead: 0 });
    expect(await t.db.selectFrom('notificationOutbox').selectAll().execute()).toHaveLength(0);
  });

  it('sends a committed message once, renders it and marks it sent', async () => {
    await clear();
    await t.db.transaction().execute((trx) =>
      enqueueNotification(trx, { channel: 'sms', recipient: '+84 912 345 678', template: 'received', params }),
    );
    const sms = recordingSms();
    expect((await dispatchOnce(deps({ sms }), at(0))).sent).toBe(1);
    expect(sms.sent).toHaveLength(1);
    expect(sms.sent[0]!.to).toBe('0912345678');
    expect(sms.sent[0]!.text).toContain('http://portal.test/api/v1/tracking/000.00.06.H56-250715-0001');
    expect((await dispatchOnce(deps({ sms }), at(100))).claimed).toBe(0);
    const row = await t.db.selectFrom('notificationOutbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, lastError: null, deadAt: null });
    expect(row.sentAt).toBe(at(0).toISOString());
  });

  it('refuses a malformed recipient', async () => {
    await expect(
      enqueueNotification(t.db, { channel: 'sms', recipient: '12345', template: 'received', params }),
    ).rejects.toThrow(/invalid sms recipient/);
    await expect(
      enqueueNotification(t.db, { channel: 'email', recipient: 'not an address', template: 'received', params }),
    ).rejects.toThrow(/invalid email recipient/);
  });

  it('retries a failing transport with exponential back-off, then gives the message up', async () => {
    await clear();
    await enqueueNotification(t.db, { channel: 'email', recipient: 'an@example.vn', template: 'received', params });
    let calls = 0;
    const failing: MailSender = { async send() { calls++; throw new Error('421 try again later'); }, close() {} };
    const d = deps({ mail: failing });
    const row = () => t.db.selectFrom('notificationOutbox').selectAll().executeTakeFirstOrThrow();

    let now = 0;
    for (let attempt = 1; attempt < config.NOTIFY_MAX_ATTEMPTS; attempt++) {
      expect(await dispatchOnce(d, at(now))).toMatchObject({ claimed: 1, retried: 1 });
      const wait = backoffSeconds(attempt, config.NOTIFY_RETRY_SECONDS);
      expect(wait).toBe(10 * 2 ** (attempt - 1));
      expect(await row()).toMatchObject({ attempts: attempt, nextAttemptAt: at(now + wait).toISOString(), lastError: '421 try again later', deadAt: null });
      expect((await dispatchOnce(d, at(now + wait - 1))).claimed).toBe(0); // not due yet
      now += wait;
    }
    expect(await dispatchOnce(d, at(now))).toMatchObject({ claimed: 1, dead: 1 });
    expect((await row()).deadAt).toBe(at(now).toISOString());
    expect((await dispatchOnce(d, at(now + 100_000))).claimed).toBe(0);
    expect(calls).toBe(config.NOTIFY_MAX_ATTEMPTS);
  });

  it('gives up at once what can never be sent: no transport, unknown template', async () => {
    await clear();
    await enqueueNotification(t.db, { channel: 'email', recipient: 'an@example.vn', template: 'received', params });
    await t.db.insertInto('notificationOutbox').values({ channel: 'sms', recipient: '0912345678', template: 'nope', params: '{}', dossierId: null, checkCode: 'TESTC0DE' }).execute();
    expect(await dispatchOnce(deps({ mail: null }), at(0))).toMatchObject({ claimed: 2, dead: 2 });
    const rows = await t.db.selectFrom('notificationOutbox').select(['lastError', 'attempts']).orderBy('id').execute();
    expect(rows.map((r) => r.lastError)).toEqual(['no e-mail transport configured (SMTP_URL)', 'unknown template nope']);
  });

  it('skips rows another dispatcher holds (FOR UPDATE SKIP LOCKED) instead of waiting or sending them', async () => {
    await clear();
    for (let i = 0; i < 3; i++) await enqueueNotification(t.db, { channel: 'sms', recipient: `091234567${i}`, template: 'received', params });
    const ids = (await t.db.selectFrom('notificationOutbox').select('id').orderBy('id').execute()).map((r) => r.id);
    const sms = recordingSms();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = t.db.transaction().execute(async (trx) => {
      await trx.selectFrom('notificationOutbox').select('id').where('id', '=', ids[0]!).forUpdate().execute();
      locked();
      await held;
    });
    await isLocked;
    expect(await dispatchOnce(deps({ sms }), at(0))).toMatchObject({ claimed: 2, sent: 2 });
    expect(sms.sent.map((m) => m.to)).toEqual(['0912345671', '0912345672']);
    release();
    await holder;
    expect(await dispatchOnce(deps({ sms }), at(1))).toMatchObject({ claimed: 1, sent: 1 });
    expect(sms.sent.map((m) => m.to)).toContain('0912345670');
  });

  it('never lets two dispatchers (two connection pools, like two processes) send the same row', async () => {
    await clear();
    const n = 120;
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) await enqueueNotification(trx, { channel: 'sms', recipient: `09${String(i).padStart(8, '0')}`, template: 'received', params });
    });
    const other = createDb(t.url, { max: 3 });
    try {
      const seen = new Map<string, number>();
      const sender = (): SmsSender => ({
        name: 'count',
        async send(m) {
          seen.set(m.to, (seen.get(m.to) ?? 0) + 1);
          await new Promise((r) => setImmediate(r));
        },
      });
      const run = async (d: DispatchDeps) => {
        let total = 0;
        for (;;) {
          const r = await dispatchOnce(d, at(0));
          if (r.claimed === 0) return total;
          total += r.sent;
        }
      };
      const [a, b] = await Promise.all([run(deps({ sms: sender() })), run(deps({ db: other.db, sms: sender() }))]);
      expect(a + b).toBe(n);
      expect(seen.size).toBe(n);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
      const pending = await t.db.selectFrom('notificationOutbox').select('id').where('sentAt', 'is', null).execute();
      expect(pending).toHaveLength(0);
    } finally {
      await other.db.destroy();
    }
  });

  it('sends different recipients\' messages at once and one recipient\'s in order, then marks them all sent', async () => {
    await clear();
    for (const [recipient, template] of [
      ['0912000001', 'received'],
      ['0912000002', 'received'],
      ['0912000001', 'result_ready'],
    ] as const)
      await enqueueNotification(t.db, { channel: 'sms', recipient, template, params });
    // the first recipient's first message is held until the second recipient's has gone out (bounded): sent one by one
    // in claim order, the second never goes out while the first waits, and the first fails
    let release!: () => void;
    const secondSent = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const sms: SmsSender = {
      name: 'test',
      async send(m) {
        if (m.to === '0912000001' && order.length === 0) {
          const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('held: nothing else was sent')), 3000));
          await Promise.race([secondSent, timeout]);
        }
        order.push(`${m.to}:${m.text.includes('đã có kết quả') ? 'result' : 'received'}`);
        if (m.to === '0912000002') release();
      },
    };
    const r = await dispatchOnce(deps({ sms }), at(0));
    expect(r).toEqual({ claimed: 3, sent: 3, retried: 0, dead: 0 });
    expect(order[0]).toBe('0912000002:received');
    expect(order.filter((o) => o.startsWith('0912000001'))).toEqual(['0912000001:received', '0912000001:result']);
    const rows = await t.db.selectFrom('notificationOutbox').select(['recipient', 'template', 'sentAt']).orderBy('id').execute();
    expect(rows.every((x) => x.sentAt === at(0).toISOString())).toBe(true);
  });
});

