import { sql, type Kysely } from 'kysely';

/**
 * Fees paid for a dossier outside the online payment platform: cash at the counter against a paper receipt
 * (biên lai). One cash payment per dossier; a receipt number is unique per agency and year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dossier_fee_payments (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id) on delete cascade,
      method text not null check (method in ('cash', 'online')),
      agency_code text not null,                 -- the agency that issued the receipt
      receipt_year smallint not null,            -- Vietnam-time year of the payment (receipt books are yearly)
      receipt_no text not null check (length(receipt_no) between 1 and 30),
      amount bigint not null check (amount >= 0),
      paid_at timestamptz not null,
      officer_id text not null,
      officer_name text not null,
      created_at timestamptz not null default now()
    );
    comment on table dossier_fee_payments is 'Fees of a dossier paid in cash at the counter (receipt number per agency and year)';
    create unique index dossier_fee_payments_once on dossier_fee_payments(dossier_id) where method = 'cash';
    create unique index dossier_fee_payments_receipt on dossier_fee_payments(agency_code, receipt_year, receipt_no);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dossier_fee_payments`.execute(db);
}
