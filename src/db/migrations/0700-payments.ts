import { sql, type Kysely } from 'kysely';

/**
 * Online fee payment through the DVCQG payment platform (domain-vn.md §6.5).
 * - payment_settings: the shared secret(s) generated at first start (never in the repository or the config file).
 * - payment_requests: one request to pay the fees of a dossier; `reference` is the protocol's MaThamChieu.
 *   dossier_id has no foreign key yet (the dossier tables arrive in a later migration); dossier_code is kept as text.
 * - payment_events: append-only log of every INIT sent, every callback received (accepted or rejected) and every
 *   GET_BILL query. Updates and deletes are refused by a trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table payment_settings (
      key text primary key,
      value text not null,
      created_at timestamptz not null default now()
    );

    create table payment_requests (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null,
      dossier_code text not null,
      agency_code text not null,
      agency_name text not null,
      procedure_code text not null,
      procedure_name text not null,
      amount bigint not null check (amount > 0),
      currency text not null default 'VND' check (currency = 'VND'),
      fee_lines jsonb not null check (jsonb_typeof(fee_lines) = 'array' and jsonb_array_length(fee_lines) > 0),
      payer jsonb not null,
      beneficiary jsonb,
      description text not null,
      reference text not null unique,
      state text not null default 'unpaid' check (state in ('unpaid', 'pending', 'paid', 'cancelled', 'refunded')),
      -- the gateway transaction state of the last INIT: khoi-tao (initiated), thanh-cong (succeeded), that-bai (failed)
      transaction_state text check (transaction_state in ('khoi-tao', 'thanh-cong', 'that-bai')),
      gateway_transaction_id text,
      last_gateway_code text,
      payment_url text,
      paid_at timestamptz,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((state = 'paid') = (paid_at is not null) or state = 'refunded')
    );
    create index payment_requests_dossier on payment_requests(dossier_id);
    -- at most one open (unpaid or pending) request per dossier
    create unique index payment_requests_open on payment_requests(dossier_id) where state in ('unpaid', 'pending');

    create table payment_events (
      id bigserial primary key,
      payment_request_id uuid references payment_requests(id),
      kind text not null check (kind in ('init', 'callback', 'get-bill')),
      reference text,
      body jsonb,
      raw_body text,
      checksum_valid boolean,
      outcome text not null,
      code text,
      created_at timestamptz not null default now()
    );
    create index payment_events_request on payment_events(payment_request_id, id);
    comment on column payment_events.outcome is
      'sent | failed | paid | replayed | duplicate-payment | ignored-after-success | gateway-error | rejected';
    comment on column payment_events.code is 'MaLoi of a callback, error_code of the gateway, or our problem code';

    create function payment_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'payment_events is append-only';
    end $$;
    create trigger payment_events_append_only before update or delete on payment_events
      for each row execute function payment_events_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table payment_events, payment_requests, payment_settings;
    drop function payment_events_append_only();
  `.execute(db);
}
