import { sql, type Kysely } from 'kysely';

/**
 * The payment platform's QUERY (the status of a transaction, asked by the partner; Thanh Hóa's
 * DvcPaymentService.CheckPaymentStatus) is logged in payment_events like INIT, GET_BILL and the callbacks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table payment_events drop constraint payment_events_kind_check;
    alter table payment_events add constraint payment_events_kind_check check (kind in ('init', 'callback', 'get-bill', 'query'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from payment_events where kind = 'query';
    alter table payment_events drop constraint payment_events_kind_check;
    alter table payment_events add constraint payment_events_kind_check check (kind in ('init', 'callback', 'get-bill'));
  `.execute(db);
}
