import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export type NotificationChannel = 'email' | 'sms';

export interface NotificationOutboxTable {
  id: Generated<number>;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  /** The code printed in the message, stored form (8 characters, check-code.ts); unique. */
  checkCode: string;
  params: Json<Record<string, unknown>>;
  dossierId: string | null;
  createdAt: Generated<string>;
  attempts: Generated<number>;
  nextAttemptAt: ColumnType<string, string | undefined, string>;
  sentAt: string | null;
  deadAt: string | null;
  lastError: string | null;
}

/** Portal: a message a connected system sent, registered from its signed `dossier.sync` event (migration 1080). */
export interface NationalMessageRegisterTable {
  sourceNode: string;
  checkCode: string;
  channel: NotificationChannel;
  template: string;
  recipientMasked: string;
  dossierSourceId: string;
  dossierCode: string;
  agencyCode: string | null;
  issuedAt: string;
  registeredAt: Generated<string>;
}

export interface NotificationTables {
  notificationOutbox: NotificationOutboxTable;
  nationalMessageRegister: NationalMessageRegisterTable;
}

export type OutboxRow = Selectable<NotificationOutboxTable>;
