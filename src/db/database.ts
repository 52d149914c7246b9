/**
 * The Kysely `Database` interface, assembled from each feature's table types (CamelCasePlugin maps
 * camelCase names here to snake_case in SQL). A feature adds its tables by adding its `*Tables` type below.
 */
import type { LocalCatalogueTables } from '../local/catalogue/offering.table.ts';
import type { DossierTables } from '../local/dossiers/dossier.table.ts';
import type { CatalogueTables } from '../national/catalogue/catalogue.table.ts';
import type { CalendarTables } from '../platform/calendar/calendar.table.ts';
import type { ReferenceTables } from '../platform/reference/reference.table.ts';
import type { IdentityTables } from '../platform/identity/identity.table.ts';
import type { AccountTables } from '../platform/accounts/accounts.table.ts';
import type { EidStandinTables } from '../standins/eid/eid.table.ts';
import type { PaymentTables } from '../local/payments/payments.table.ts';
import type { DevPaymentGatewayTables } from '../standins/payment-gateway/gateway.table.ts';
import type { NotificationTables } from '../platform/notifications/notifications.table.ts';
import type { DevMailTables } from '../standins/mail-catcher/mail-catcher.table.ts';
import type { EvaluationTables } from '../local/evaluation/evaluation.table.ts';
import type { WorkflowTables } from '../local/workflow/workflow.table.ts';
import type { FeePaymentTables } from '../local/dossiers/fees-payments.table.ts';
import type { FederationTables } from '../federation/protocol/message-log.table.ts';
import type { WarehouseTables } from '../national/warehouse/warehouse.table.ts';
import type { DigitisationTables } from '../local/digitisation/digitisation.table.ts';
import type { FederationSyncTables } from '../federation/transport/sync.table.ts';
import type { SigningTables } from '../platform/signing/signing.table.ts';
import type { ResultTables } from '../local/results/results.table.ts';
import type { WarehouseLinkTables } from '../local/warehouse-link/warehouse-link.table.ts';
import type { DvcqgTables } from '../national/dvcqg/dvcqg.table.ts';
import type { RoutingTables } from '../federation/routing/routing.table.ts';
import type { CounterRoutingTables } from '../local/counter-routing/counter-routing.table.ts';
import type { RelayTables } from '../national/relay/relay.table.ts';
import type { JobTables } from '../platform/jobs/jobs.table.ts';
import type { CatalogueFeedTables } from '../national/catalogue-feed/catalogue-feed.table.ts';
import type { DraftTables } from '../platform/drafts/drafts.table.ts';
import type { ComponentTypeTables } from '../local/reuse/component-types.table.ts';
import type { Generated } from 'kysely';

/** Key/value facts about this node's own state (migration 0920). */
export interface AppSettingsTable {
  key: string;
  value: string;
  updatedAt: Generated<string>;
}

export type Database = ReferenceTables &
  CalendarTables &
  CatalogueTables &
  LocalCatalogueTables &
  DossierTables &
  IdentityTables &
  AccountTables &
  EidStandinTables &
  PaymentTables &
  DevPaymentGatewayTables &
  NotificationTables &
  DevMailTables &
  EvaluationTables &
  WorkflowTables &
  FeePaymentTables &
  FederationTables &
  WarehouseTables &
  DigitisationTables &
  FederationSyncTables &
  SigningTables &
  ResultTables &
  WarehouseLinkTables &
  DvcqgTables &
  RoutingTables &
  CounterRoutingTables &
  RelayTables &
  JobTables &
  CatalogueFeedTables &
  DraftTables &
  ComponentTypeTables & { appSettings: AppSettingsTable };
