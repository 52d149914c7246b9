import type { Generated, Selectable } from 'kysely';

/** MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập: what the development mail catcher and SMS sender received. */
export interface DevMailMessageTable {
  id: Generated<number>;
  channel: 'email' | 'sms';
  sender: Generated<string>;
  recipients: string[];
  subject: Generated<string>;
  body: string;
  raw: string | null;
  receivedAt: Generated<string>;
}

export interface DevMailTables {
  devMailMessages: DevMailMessageTable;
}

export type DevMailMessageRow = Selectable<DevMailMessageTable>;
