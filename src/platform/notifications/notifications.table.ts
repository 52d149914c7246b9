import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export type NotificationChannel = 'email' | 'sms';

export interface NotificationOutboxTable {
  id: Generated<number>;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  params: Json<Record<string, unknown>>;
  dossierId: string | null;
  createdAt: Generated<string>;
  attempts: Generated<number>;
  nextAttemptAt: ColumnType<string, string | undefined, string>;
  sentAt: string | null;
  deadAt: string | null;
  lastError: string | null;
}

export interface NotificationTables {
  notificationOutbox: NotificationOutboxTable;
}

export type OutboxRow = Selectable<NotificationOutboxTable>;
