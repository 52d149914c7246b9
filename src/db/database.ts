/**
 * The Kysely `Database` interface, assembled from each feature's table types (CamelCasePlugin maps
 * camelCase names here to snake_case in SQL). A feature adds its tables by adding its `*Tables` type below.
 */
import type { CalendarTables } from '../platform/calendar/calendar.table.ts';
import type { ReferenceTables } from '../platform/reference/reference.table.ts';
// eslint-disable-next-line no-restricted-imports -- the Database type assembles the tables of every feature
import type { PaymentTables } from '../local/payments/payments.table.ts';
import type { DevPaymentGatewayTables } from '../standins/payment-gateway/gateway.table.ts';

export type Database = ReferenceTables & CalendarTables & PaymentTables & DevPaymentGatewayTables;
