/** MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập: the SQL of the development mail catcher. */
import type { Db } from '../../db/connect.ts';
import type { DevMailMessageRow } from './mail-catcher.table.ts';

export async function insertDevMessage(
  db: Db,
  m: { channel: 'email' | 'sms'; sender: string; recipients: string[]; subject: string; body: string; raw: string | null },
): Promise<number> {
  const r = await db.insertInto('devMailMessages').values(m).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Newest first. */
export function listDevMessages(db: Db, limit = 200): Promise<DevMailMessageRow[]> {
  return db.selectFrom('devMailMessages').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
