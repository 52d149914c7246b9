/** All SQL of the payments feature. Functions take `db` or a transaction first. */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { agencyAncestors } from '../../platform/reference/agency.repository.ts';
import type { PaymentEventKind, PaymentEventRow, PaymentRequestRow } from './payments.table.ts';
import type { Beneficiary, FeeLine, Payer, PaymentState, TransactionState } from './payments.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** The stored secret for `key`, created (32 random bytes, hex) on first use. Safe under concurrent starts. */
export async function ensureSetting(db: Q, key: string): Promise<string> {
  await db
    .insertInto('paymentSettings')
    .values({ key, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('paymentSettings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

export interface InsertPaymentRequest {
  dossierId: string;
  dossierCode: string;
  agencyCode: string;
  agencyName: string;
  procedureCode: string;
  procedureName: string;
  amount: number;
  feeLines: FeeLine[];
  payer: Payer;
  beneficiary: Beneficiary | null;
  description: string;
  reference: string;
  createdBy: string | null;
}

export async function insertPaymentRequest(db: Q, r: InsertPaymentRequest): Promise<PaymentRequestRow> {
  return db
    .insertInto('paymentRequests')
    .values({
      ...r,
      feeLines: JSON.stringify(r.feeLines),
      payer: JSON.stringify(r.payer),
      beneficiary: r.beneficiary ? JSON.stringify(r.beneficiary) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function referenceExists(db: Q, reference: string): Promise<boolean> {
  const row = await db.selectFrom('paymentRequests').select('id').where('reference', '=', reference).executeTakeFirst();
  return row !== undefined;
}

export async function openRequestForDossier(db: Q, dossierId: string): Promise<PaymentRequestRow | undefined> {
  return db
    .selectFrom('paymentRequests')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('state', 'in', ['unpaid', 'pending'])
    .executeTakeFirst();
}

export async function findPaymentRequest(db: Q, id: string, forUpdate = false): Promise<PaymentRequestRow | undefined> {
  let q = db.selectFrom('paymentRequests').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findByReference(db: Q, reference: string, forUpdate = false): Promise<PaymentRequestRow | undefined> {
  let q = db.selectFrom('paymentRequests').selectAll().where('reference', '=', reference);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listRequestsForDossier(db: Q, dossierId: string): Promise<PaymentRequestRow[]> {
  return db.selectFrom('paymentRequests').selectAll().where('dossierId', '=', dossierId).orderBy('createdAt').execute();
}

export interface PaymentRequestPatch {
  state?: PaymentState;
  transactionState?: TransactionState | null;
  gatewayTransactionId?: string | null;
  lastGatewayCode?: string | null;
  paymentUrl?: string | null;
  paidAt?: string | null;
}

export async function updatePaymentRequest(db: Q, id: string, patch: PaymentRequestPatch): Promise<PaymentRequestRow> {
  return db
    .updateTable('paymentRequests')
    .set({ ...patch, updatedAt: sql<string>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface NewPaymentEvent {
  paymentRequestId: string | null;
  kind: PaymentEventKind;
  reference: string | null;
  body: unknown;
  rawBody?: string | null;
  checksumValid: boolean | null;
  outcome: string;
  code: string | null;
}

export async function insertPaymentEvent(db: Q, e: NewPaymentEvent): Promise<void> {
  await db
    .insertInto('paymentEvents')
    .values({ ...e, rawBody: e.rawBody ?? null, body: e.body === undefined ? null : JSON.stringify(e.body) })
    .execute();
}

export async function listPaymentEvents(
  db: Q,
  filter: { paymentRequestId?: string; reference?: string },
): Promise<PaymentEventRow[]> {
  let q = db.selectFrom('paymentEvents').selectAll();
  if (filter.paymentRequestId) q = q.where('paymentRequestId', '=', filter.paymentRequestId);
  if (filter.reference) q = q.where('reference', '=', filter.reference);
  return q.orderBy('id').execute();
}

/** Id and ancestor ids of an agency, by electronic code (for agency-scoped permission checks). */
export async function agencyWithAncestors(
  db: Q,
  code: string,
): Promise<{ id: string; name: string; ancestorIds: string[] } | undefined> {
  const agency = await db.selectFrom('agencies').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
  if (!agency) return undefined;
  return { id: agency.id, name: agency.name, ancestorIds: await agencyAncestors(db, agency.id) };
}

/** Cancel a request that was never sent to the gateway (state unpaid); false when it was sent or settled meanwhile. */
export async function cancelIfUnpaid(db: Q, id: string): Promise<boolean> {
  const r = await db
    .updateTable('paymentRequests')
    .set({ state: 'cancelled' })
    .where('id', '=', id)
    .where('state', '=', 'unpaid')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
