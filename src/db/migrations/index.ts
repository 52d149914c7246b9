import type { Migration } from 'kysely';
import * as m0001 from './0001-extensions.ts';
import * as m0100 from './0100-reference.ts';
import * as m0101 from './0101-reference-versions.ts';
import * as m0200 from './0200-identity.ts';
import * as m0201 from './0201-eid.ts';
import * as m0202 from './0202-eid-store.ts';
import * as m0300 from './0300-catalogue.ts';
import * as m0301 from './0301-catalogue-revision.ts';
import * as m0400 from './0400-local-catalogue.ts';
import * as m0500 from './0500-calendar.ts';
import * as m0600 from './0600-dossiers.ts';
import * as m0601 from './0601-dossier-node.ts';
import * as m0700 from './0700-payments.ts';
import * as m0710 from './0710-dev-payment-gateway.ts';
import * as m0800 from './0800-notifications.ts';
import * as m0810 from './0810-evaluation.ts';
import * as m0900 from './0900-workflow.ts';
import * as m0910 from './0910-dossier-fee-payments.ts';
import * as m0911 from './0911-supplement-window.ts';
import * as m0912 from './0912-dossier-legacy-code.ts';
import * as m0920 from './0920-app-settings.ts';
import * as m0930 from './0930-signing.ts';
import * as m0931 from './0931-dossier-results.ts';
import * as m0940 from './0940-warehouse.ts';
import * as m0941 from './0941-component-reuse.ts';
import * as m0950 from './0950-digitisation.ts';
import * as m0970 from './0970-federation-sync.ts';
import * as m0975 from './0975-dvcqg-compat.ts';
import * as m0976 from './0976-federation-routing.ts';
import * as m0990 from './0990-federation-log.ts';
import * as m0995 from './0995-warehouse-outbox.ts';
import * as m0996 from './0996-federation-reconcile.ts';
import * as m0997 from './0997-counter-routing.ts';
import * as m0998 from './0998-national-owner-lookup.ts';
import * as m1020 from './1020-login-throttle.ts';
import * as m1080 from './1080-message-check-codes.ts';
import * as m1040 from './1040-federation-unauthenticated-rejects.ts';
import * as m1070 from './1070-counter-consent-code.ts';
import * as m1130 from './1130-scheduled-jobs.ts';
import * as m1200 from './1200-payment-query.ts';
import * as m1220 from './1220-law-clocks.ts';
import * as m1270 from './1270-federation-node-signing-cas.ts';
import * as m1271 from './1271-catalogue-feed.ts';
import * as m1300 from './1300-reception-function.ts';
import * as m1340 from './1340-monthly-log-partitions.ts';
import * as m1341 from './1341-national-mirror-partitions.ts';
import * as m1260 from './1260-eforms-drafts.ts';
import * as m1320 from './1320-dossier-read-indexes.ts';
import * as m1240 from './1240-component-document-types.ts';
import * as m1460 from './1460-forwarded-fees.ts';
import * as m1465 from './1465-reference-revisions.ts';
import * as m1466 from './1466-whole-dossier-function.ts';
import * as m1467 from './1467-reception-batch.ts';
import * as m1490 from './1490-dossier-owner-covering.ts';
import * as m1470 from './1470-routing-outbox-claims.ts';
import * as m1400 from './1400-shared-node-state.ts';
import * as m1420 from './1420-monitoring.ts';
import * as m1480 from './1480-register-prune-indexes.ts';
import * as m1500 from './1500-national-tracking-codes.ts';
import * as m1501 from './1501-rate-limit-unlogged.ts';
import * as m1530 from './1530-whole-dossier-revisions.ts';
import * as m1510 from './1510-job-leases.ts';
import * as m1524 from './1524-monitoring-event-partitions.ts';
import * as m1531 from './1531-own-dossiers-function.ts';
import * as m1532 from './1532-queue-search-function.ts';
import * as m1533 from './1533-action-log-bound.ts';
import * as m1540 from './1540-reception-cheaper.ts';

export const migrations: Record<string, Migration> = {
  '0001-extensions': m0001,
  '0100-reference': m0100,
  '0101-reference-versions': m0101,
  '0200-identity': m0200,
  '0201-eid': m0201,
  '0202-eid-store': m0202,
  '0300-catalogue': m0300,
  '0301-catalogue-revision': m0301,
  '0400-local-catalogue': m0400,
  '0500-calendar': m0500,
  '0600-dossiers': m0600,
  '0601-dossier-node': m0601,
  '0700-payments': m0700,
  '0710-dev-payment-gateway': m0710,
  '0800-notifications': m0800,
  '0810-evaluation': m0810,
  '0900-workflow': m0900,
  '0910-dossier-fee-payments': m0910,
  '0911-supplement-window': m0911,
  '0912-dossier-legacy-code': m0912,
  '0920-app-settings': m0920,
  '0930-signing': m0930,
  '0931-dossier-results': m0931,
  '0940-warehouse': m0940,
  '0941-component-reuse': m0941,
  '0950-digitisation': m0950,
  '0970-federation-sync': m0970,
  '0975-dvcqg-compat': m0975,
  '0976-federation-routing': m0976,
  '0990-federation-log': m0990,
  '0995-warehouse-outbox': m0995,
  '0996-federation-reconcile': m0996,
  '0997-counter-routing': m0997,
  '0998-national-owner-lookup': m0998,
  '1020-login-throttle': m1020,
  '1080-message-check-codes': m1080,
  '1040-federation-unauthenticated-rejects': m1040,
  '1070-counter-consent-code': m1070,
  '1130-scheduled-jobs': m1130,
  '1200-payment-query': m1200,
  '1220-law-clocks': m1220,
  '1270-federation-node-signing-cas': m1270,
  '1271-catalogue-feed': m1271,
  '1300-reception-function': m1300,
  '1340-monthly-log-partitions': m1340,
  '1341-national-mirror-partitions': m1341,
  '1260-eforms-drafts': m1260,
  '1240-component-document-types': m1240,
  '1460-forwarded-fees': m1460,
  '1465-reference-revisions': m1465,
  '1466-whole-dossier-function': m1466,
  '1467-reception-batch': m1467,
  '1470-routing-outbox-claims': m1470,
  '1320-dossier-read-indexes': m1320,
  '1400-shared-node-state': m1400,
  '1420-monitoring': m1420,
  '1490-dossier-owner-covering': m1490,
  '1480-register-prune-indexes': m1480,
  '1500-national-tracking-codes': m1500,
  '1501-rate-limit-unlogged': m1501,
  '1530-whole-dossier-revisions': m1530,
  '1510-job-leases': m1510,
  '1524-monitoring-event-partitions': m1524,
  '1531-own-dossiers-function': m1531,
  '1532-queue-search-function': m1532,
  '1533-action-log-bound': m1533,
  '1540-reception-cheaper': m1540,
};
