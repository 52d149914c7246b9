import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import type { Principal } from '../identity/principal.ts';
import { dispatchOnce } from './dispatcher.ts';
import type { MailSender, OutgoingMail, OutgoingSms, SmsSender } from './senders.ts';

let t: TestApp;
const tokens: Record<string, Principal> = {};
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://motcua.example.vn' }, { principals: tokens });
  const ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    citizen,
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
function post(url: string, token: string, payload: object) {
  return t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
}
const outboxOf = (id: string) => t.db.selectFrom('notificationOutbox').selectAll().where('dossierId', '=', id).orderBy('id').execute();

describe('dossier notifications', () => {
  it('a counter reception enqueues the "received" e-mail and SMS with the code, sent with the tracking address', async () => {
    const res = await post('/api/v1/dossiers', 'mc', reception);
    expect(res.statusCode).toBe(201);
    const d = res.json();
    const rows = await outboxOf(d.id);
    expect(rows.map((r) => [r.channel, r.recipient, r.template])).toEqual([
      ['email', 'an@example.vn', 'received'],
      ['sms', '0912345678', 'received'],
    ]);
    expect(rows[0]!.params).toMatchObject({ code: d.code, procedureName: 'Đăng ký khai sinh' });

    const mails: OutgoingMail[] = [];
    const texts: OutgoingSms[] = [];
    const mail: MailSender = { async send(m) { mails.push(m); }, close() {} };
    const sms: SmsSender = { name: 't', async send(m) { texts.push(m); } };
    const r = await dispatchOnce({ db: t.db, config: t.config, mail, sms });
    expect(r.sent).toBeGreaterThanOrEqual(2);
    const url = `https://motcua.example.vn/api/v1/tracking/${d.code}`;
    const m = mails.find((x) => x.to === 'an@example.vn')!;
    expect(m.subject).toBe(`Hồ sơ ${d.code}: đã được tiếp nhận`);
    expect(m.text).toContain(url);
    expect(texts.find((x) => x.to === '0912345678')!.text).toContain(`Hồ sơ ${d.code} đã được tiếp nhận`);
  });

  it('a supplement request lists every item; a refused action enqueues nothing', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', { ...reception, owner: { ...owner, phone: undefined } })).json();
    expect(await outboxOf(d.id)).toHaveLength(1); // e-mail only: no phone
    await post(`/api/v1/dossiers/${d.id}/actions`, 'cv', { action: 'start', expectedVersion: d.version });
    const cur = await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: { authorization: 'Bearer mc' } });
    const items = [
      { name: 'Giấy chứng sinh', reason: 'Bản chụp mờ' },
      { name: 'Giấy chứng nhận kết hôn', reason: 'Chưa nộp' },
    ];
    const sup = await post(`/api/v1/dossiers/${d.id}/actions`, 'cv', { action: 'request_supplement', items, expectedVersion: cur.json().version });
    expect(sup.statusCode).toBe(200);
    const rows = await outboxOf(d.id);
    expect(rows.map((r) => r.template)).toEqual(['received', 'supplement_requested']);
    expect(rows[1]!.params).toMatchObject({ code: d.code, items });

    const illegal = await post(`/api/v1/dossiers/${d.id}/actions`, 'mc', { action: 'return_result', expectedVersion: sup.json().version });
    expect(illegal.statusCode).toBe(409);
    const stale = await post(`/api/v1/dossiers/${d.id}/actions`, 'mc', { action: 'withdraw', reason: 'Theo yêu cầu', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await outboxOf(d.id)).toHaveLength(2);
  });
});
