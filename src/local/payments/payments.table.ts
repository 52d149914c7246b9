import type { ColumnType, Generated, JSONColumnType, Selectable } from 'kysely';
import type { Beneficiary, FeeLine, Payer, PaymentState, TransactionState } from './payments.ts';

export interface PaymentSettingTable {
  key: string;
  value: string;
  createdAt: Generated<string>;
}

export interface PaymentRequestTable {
  id: Generated<string>;
  dossierId: string;
  dossierCode: string;
  agencyCode: string;
  agencyName: string;
  procedureCode: string;
  procedureName: string;
  amount: number;
  currency: Generated<string>;
  feeLines: JSONColumnType<FeeLine[]>;
  payer: JSONColumnType<Payer>;
  beneficiary: JSONColumnType<Beneficiary | null, string | null, string | null>;
  description: string;
  reference: string;
  state: Generated<PaymentState>;
  transactionState: TransactionState | null;
  gatewayTransactionId: string | null;
  lastGatewayCode: string | null;
  paymentUrl: string | null;
  paidAt: string | null;
  createdBy: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export type PaymentEventKind = 'init' | 'callback' | 'get-bill' | 'query';

export interface PaymentEventTable {
  id: Generated<number>;
  paymentRequestId: string | null;
  kind: PaymentEventKind;
  reference: string | null;
  body: ColumnType<unknown, string | null, never>;
  rawBody: string | null;
  checksumValid: boolean | null;
  outcome: string;
  code: string | null;
  createdAt: Generated<string>;
}

export interface PaymentTables {
  paymentSettings: PaymentSettingTable;
  paymentRequests: PaymentRequestTable;
  paymentEvents: PaymentEventTable;
}

export type PaymentRequestRow = Selectable<PaymentRequestTable>;
export type PaymentEventRow = Selectable<PaymentEventTable>;
