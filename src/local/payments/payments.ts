/** Domain types of online fee payment (domain-vn.md §6.5). */

/**
 * Local state of a payment request: unpaid (Chưa thanh toán), pending (Chờ thanh toán — sent to the gateway),
 * paid (Đã thanh toán), cancelled (Hủy thanh toán), refunded (Đã hoàn phí).
 */
export type PaymentState = 'unpaid' | 'pending' | 'paid' | 'cancelled' | 'refunded';

/** State of the last gateway transaction: khoi-tao (initiated), thanh-cong (succeeded), that-bai (failed). */
export type TransactionState = 'khoi-tao' | 'thanh-cong' | 'that-bai';

/** `phi` (fee) or `le_phi` (charge); sent as LoaiPhiLePhi "1" / "2" [I]. */
export type FeeKind = 'phi' | 'le_phi';

export interface FeeLine {
  code: string;
  name: string;
  amount: number;
  kind?: FeeKind;
}

export interface Payer {
  name: string;
  personalId: string;
  address: string;
}

/** The account the money goes to (printed on the receipt). */
export interface Beneficiary {
  account: string;
  bankCode: string;
  accountName: string;
}

export interface NewPaymentRequest {
  dossierId: string;
  dossierCode: string;
  agencyCode: string;
  procedureCode: string;
  procedureName: string;
  amount: number;
  feeLines: FeeLine[];
  payer: Payer;
  beneficiary?: Beneficiary;
  /** Payment content (NoiDungThanhToan / ThongTinGiaoDich); default "Nộp phí, lệ phí hồ sơ <code>". */
  description?: string;
}

/** What a payment listener receives when a request becomes paid. */
export interface PaidPayment {
  id: string;
  dossierId: string;
  dossierCode: string;
  agencyCode: string;
  procedureCode: string;
  amount: number;
  reference: string;
  gatewayTransactionId: string;
  paidAt: string;
}
