import { sql, type Kysely } from 'kysely';

/**
 * The local system's outbox towards the owners' warehouses (src/local/warehouse-link): a deposit (a digitised copy
 * or an issued result) or a status change (replaced, revoked) is written in the transaction that produced it and
 * sent to the national portal only after that transaction commits. A rolled-back digitisation or result therefore
 * never reaches a warehouse; a delivery that fails stays pending and is retried. Deposits are idempotent on `key`
 * at the warehouse as well, so a delivery repeated after a crash does not duplicate the document.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table warehouse_outbox (
      seq bigserial primary key,
      -- deposit: 'signed:<signed document id>'; status change: 'status:<signed document id>:<status>'
      key text not null unique,
      op text not null check (op in ('deposit', 'status')),
      -- the deposit this status change is about (its key)
      deposit_key text,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      attempts integer not null default 0,
      last_error text,
      next_attempt_at timestamptz not null default now(),
      delivered_at timestamptz,
      -- the warehouse document the deposit became
      warehouse_document_id uuid,
      check (op = 'deposit' or deposit_key is not null)
    );
    create index warehouse_outbox_pending on warehouse_outbox (next_attempt_at) where delivered_at is null;
  `.execute(db);
}
