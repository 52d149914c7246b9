import { sql, type Kysely } from 'kysely';

/**
 * Notifications (src/platform/notifications). The outbox is written in the transaction of the action that causes
 * the message, so a message exists if and only if the action committed; a dispatcher (one or several processes)
 * claims due rows with FOR UPDATE SKIP LOCKED, sends them and records the outcome, retrying with exponential
 * back-off until `dead_at`. The development mail catcher (src/standins/mail-catcher) stores what it receives in
 * dev_mail_messages — e-mail over real SMTP and SMS from the development SMS sender — and shows it at /dev-mail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notification_outbox (
      id bigint generated always as identity primary key,
      channel text not null check (channel in ('email', 'sms')),
      recipient text not null check (length(recipient) between 1 and 320),
      template text not null,
      params jsonb not null default '{}',
      dossier_id uuid references dossiers(id) on delete set null,
      created_at timestamptz not null default now(),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      sent_at timestamptz,
      dead_at timestamptz,
      last_error text
    );
    comment on table notification_outbox is 'E-mail and SMS to send, written in the transaction of the action that caused them';
    comment on column notification_outbox.next_attempt_at is 'Due time; while a dispatcher holds a claimed row it is pushed ahead by the lease';
    comment on column notification_outbox.dead_at is 'Set when the last allowed attempt failed; the row is never tried again';
    -- the dispatcher's claim: pending rows by due time
    create index notification_outbox_due on notification_outbox (next_attempt_at, id) where sent_at is null and dead_at is null;
    create index notification_outbox_dossier on notification_outbox (dossier_id);

    create table dev_mail_messages (
      id bigint generated always as identity primary key,
      channel text not null check (channel in ('email', 'sms')),
      sender text not null default '',
      recipients text[] not null,
      subject text not null default '',
      body text not null,
      raw text,
      received_at timestamptz not null default now()
    );
    comment on table dev_mail_messages is 'MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập: messages caught by the development mail catcher and SMS sender';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dev_mail_messages; drop table notification_outbox;`.execute(db);
}
