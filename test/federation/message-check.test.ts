/**
 * Scam-proof contact between real nodes: a message sent by a local system (H56) is answered on the national
 * portal's public "Kiểm tra tin nhắn" check once H56's signed sync has delivered the change that sent it; a code
 * no system issued is answered "not sent"; the local system answers for its own messages too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { insertAgencies } from '../fixtures.ts';
import { receive, startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;

beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' }, {});
  await insertAgencies(national.db);
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

async function drain(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await syncOnce({ db: local.db, self: local.identity, config: local.config });
    if ((await syncBacklog(local.db)).events === 0) return;
  }
  throw new Error('sync did not drain');
}

async function check(url: string, text: string) {
  const r = await fetch(`${url}/api/v1/message-checks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  expect(r.status).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answer, checked below
  return (await r.json()) as Record<string, any>;
}

describe('message check across nodes', () => {
  it("the portal answers for a local system's SMS after its sync; an unknown code is not sent", async () => {
    const d = await receive(local, 'Nguyễn Văn An');
    const row = await local.db.selectFrom('notificationOutbox').selectAll().where('dossierId', '=', d.id).executeTakeFirstOrThrow();
    const code = `${row.checkCode.slice(0, 4)}-${row.checkCode.slice(4)}`;

    // before the sync the portal does not know it; the sending system does
    expect((await check(national.url, code)).verdict).toBe('not-sent');
    expect(await check(local.url, code)).toMatchObject({ verdict: 'sent', messages: [{ channel: 'sms', system: { code: 'H56' } }] });

    await drain();
    const onPortal = await check(national.url, `Hồ sơ ${d.code} đã được tiếp nhận. Mã kiểm tra tin nhắn: ${code}.`);
    expect(onPortal).toMatchObject({
      code,
      verdict: 'sent',
      messages: [{ channel: 'sms', status: 'registered', recipient: '091****678', system: { code: 'H56' }, agency: { code: '000.00.06.H56' } }],
    });
    expect(onPortal.messages[0].dossierCode).toBe(`000.00.06.H56-******-**${d.code.slice(-2)}`);
    expect(JSON.stringify(onPortal)).not.toContain(d.code);

    const other = row.checkCode.startsWith('Z') ? 'YYYY-YYYY' : 'ZZZZ-ZZZZ';
    expect((await check(national.url, other)).verdict).toBe('not-sent');
  });
});
