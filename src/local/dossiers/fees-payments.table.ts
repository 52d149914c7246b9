import type { Generated, Selectable } from 'kysely';

export interface DossierFeePaymentTable {
  id: Generated<string>;
  dossierId: string;
  method: 'cash' | 'online';
  agencyCode: string;
  receiptYear: number;
  receiptNo: string;
  amount: number;
  paidAt: string;
  officerId: string;
  officerName: string;
  createdAt: Generated<string>;
}

export interface FeePaymentTables {
  dossierFeePayments: DossierFeePaymentTable;
}

export type DossierFeePaymentRow = Selectable<DossierFeePaymentTable>;
