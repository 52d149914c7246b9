import { sql, type Kysely } from 'kysely';

/**
 * MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập. The transactions of the development stand-in payment gateway
 * (src/standins/payment-gateway). A real deployment points PAYMENT_GATEWAY_URL at the DVCQG payment platform and
 * this table stays empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dev_payment_transactions (
      token text primary key,
      partner_code text not null,
      reference text not null,
      amount bigint not null,
      message jsonb not null,
      state text not null default 'khoi-tao' check (state in ('khoi-tao', 'thanh-cong', 'that-bai')),
      gateway_transaction_id text not null unique,
      result_code text,
      callback_status integer,
      created_at timestamptz not null default now(),
      completed_at timestamptz
    );
    create index dev_payment_transactions_reference on dev_payment_transactions(partner_code, reference);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dev_payment_transactions`.execute(db);
}
