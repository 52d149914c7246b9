import { sql, type Kysely } from 'kysely';

/**
 * Scam-proof contact (src/platform/notifications/check-code.ts): every e-mail and SMS carries a check code, unique
 * per sending system, stored with the message. Messages already in the outbox get one here. The portal keeps the
 * codes of the messages the connected local systems sent (`national_message_register`, filled from their signed
 * `dossier.sync` events), so its public "Kiểm tra tin nhắn" page answers for every system's messages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table notification_outbox add column check_code text;
    update notification_outbox set check_code = (
      select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(b, i) & 31) + 1, 1), '' order by i)
      from (select decode(md5(random()::text || clock_timestamp()::text || notification_outbox.id::text), 'hex') as b) r,
           generate_series(0, 7) as i
    );
    alter table notification_outbox alter column check_code set not null;
    alter table notification_outbox add constraint notification_outbox_check_code_shape
      check (check_code ~ '^[0-9A-HJKMNP-TV-Z]{8}$');
    alter table notification_outbox add constraint notification_outbox_check_code_key unique (check_code);
    comment on column notification_outbox.check_code is 'The code printed in the message (XXXX-XXXX) that the public "Kiểm tra tin nhắn" page checks';

    create table national_message_register (
      source_node text not null,
      check_code text not null check (check_code ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
      channel text not null check (channel in ('email', 'sms')),
      template text not null check (length(template) between 1 and 60),
      recipient_masked text not null check (length(recipient_masked) <= 330),
      dossier_source_id uuid not null,
      dossier_code text not null check (length(dossier_code) <= 60),
      agency_code text,
      issued_at timestamptz not null,
      registered_at timestamptz not null default now(),
      primary key (source_node, check_code)
    );
    create index national_message_register_code on national_message_register (check_code);
    create index national_message_register_dossier on national_message_register (source_node, dossier_source_id);
    comment on table national_message_register is 'Portal: the check codes of messages sent by connected systems, from their signed dossier.sync events';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table national_message_register;
    alter table notification_outbox drop column check_code;
  `.execute(db);
}
