import type { Generated, JSONColumnType, Selectable } from 'kysely';
import type { StoredInit } from './protocol.ts';

/** MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập: transactions of the development stand-in gateway. */
export interface DevPaymentTransactionTable {
  token: string;
  partnerCode: string;
  reference: string;
  amount: number;
  message: JSONColumnType<StoredInit>;
  state: Generated<'khoi-tao' | 'thanh-cong' | 'that-bai'>;
  gatewayTransactionId: string;
  resultCode: string | null;
  callbackStatus: number | null;
  createdAt: Generated<string>;
  completedAt: string | null;
}

export interface DevPaymentGatewayTables {
  devPaymentTransactions: DevPaymentTransactionTable;
}

export type DevPaymentTransactionRow = Selectable<DevPaymentTransactionTable>;
