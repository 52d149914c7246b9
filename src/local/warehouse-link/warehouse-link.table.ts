import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PortDepositInput } from '../../federation/warehouse-port.ts';

type Json<T> = ColumnType<T, string, string>;

/** A status change sent to the warehouse for a deposited document. */
export interface StatusPayload {
  status: 'replaced' | 'revoked';
  reason: string;
  requester: PortDepositInput['depositor'];
}

export type OutboxPayload = PortDepositInput | StatusPayload;

/** migration 0995: deposits and status changes waiting to be sent to the owners' warehouses. */
export interface WarehouseOutboxTable {
  seq: Generated<number>;
  key: string;
  op: 'deposit' | 'status';
  depositKey: string | null;
  payload: Json<OutboxPayload>;
  createdAt: Generated<string>;
  attempts: Generated<number>;
  lastError: string | null;
  nextAttemptAt: Generated<string>;
  deliveredAt: string | null;
  warehouseDocumentId: string | null;
}

export type WarehouseOutboxRow = Selectable<WarehouseOutboxTable>;

export interface WarehouseLinkTables {
  warehouseOutbox: WarehouseOutboxTable;
}
