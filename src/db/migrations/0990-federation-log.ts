import { sql, type Kysely } from 'kysely';

/**
 * The tamper-evident log of every federation message this node sent, received or rejected (X-Road keeps such
 * a signed log on both sides). Each row carries the SHA-256 of the previous row's hash and its own content, so
 * altering or removing a row breaks the chain; UPDATE and DELETE are refused by a trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table federation_message_log (
      seq bigserial primary key,
      at timestamptz not null default clock_timestamp(),
      direction text not null check (direction in ('sent', 'received', 'rejected')),
      message_id text not null,
      peer text not null,
      type text not null,
      header_json text not null, -- the canonical JSON that was hashed, kept verbatim
      body_sha256 text not null,
      outcome text not null,
      prev_hash text not null,
      hash text not null unique
    );
    create index federation_message_log_message on federation_message_log (message_id);

    create function federation_message_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'federation_message_log is append-only';
    end $$;
    create trigger federation_message_log_no_change before update or delete on federation_message_log
      for each row execute function federation_message_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table federation_message_log;
    drop function federation_message_log_append_only();
  `.execute(db);
}
