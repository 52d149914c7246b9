import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { appendMessageLog, verifyMessageLog } from './message-log.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

const header = (id: string) => ({
  v: 1,
  id,
  type: 'dossier.sync',
  sender: 'H56',
  recipient: 'G22',
  sentAt: '2026-11-27T01:00:00.000Z',
  bodySha256: 'ab'.repeat(32),
});

describe('tamper-evident message log', () => {
  it('chains entries appended concurrently into one verifiable order', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction().execute((trx) =>
          appendMessageLog(trx, [
            { direction: 'received', peer: 'H56', header: header(`m-${i}-a`), outcome: 'applied' },
            { direction: 'rejected', peer: 'H56', header: header(`m-${i}-b`), outcome: 'message-replayed' },
          ]),
        ),
      ),
    );
    expect(await verifyMessageLog(t.db, 7)).toEqual({ ok: true, rows: 40 });
  });

  it('refuses updates and deletes', async () => {
    await expect(
      sql`update federation_message_log set outcome = 'applied' where seq = 2`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from federation_message_log where seq = 2`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('finds the row altered behind the trigger', async () => {
    await sql`alter table federation_message_log disable trigger federation_message_log_no_change`.execute(
      t.db,
    );
    await sql`update federation_message_log set outcome = 'applied' where seq = 6`.execute(t.db);
    await sql`alter table federation_message_log enable trigger federation_message_log_no_change`.execute(
      t.db,
    );
    expect(await verifyMessageLog(t.db)).toEqual({ ok: false, rows: 5, brokenAt: 6 });
  });
});
