/**
 * The feature modules of a node and the role each belongs to. `platform` modules run on every node;
 * `national` ones on the national portal; `local` ones on a ministry or province system. The two roles talk
 * only through src/federation/ (today in process; over signed HTTP in the federation issue).
 */
import type { Server } from './http/types.ts';
import { calendarRoutes } from './platform/calendar/calendar.routes.ts';
import type { AppContext } from './context.ts';
import { paymentRoutes } from './local/payments/payments.routes.ts';
import { paymentGatewayStandInRoutes } from './standins/payment-gateway/gateway.routes.ts';
import type { PrincipalResolver } from './http/auth.ts';
import { cataloguePublicRoutes, catalogueRoutes } from './national/catalogue/catalogue.routes.ts';
import { offeringRoutes } from './local/catalogue/offering.routes.ts';
import { dossierRoutes } from './local/dossiers/dossier.routes.ts';
import { dossierDocumentRoutes } from './local/dossiers/dossier.documents.routes.ts';
import { personLookupRoutes } from './local/dossiers/person-lookup.routes.ts';
import { identityRoutes } from './platform/identity/identity.routes.ts';
import { resolvePrincipal } from './platform/identity/session.service.ts';
import { accountsRoutes } from './platform/accounts/accounts.routes.ts';
import { eidStandinRoutes } from './standins/eid/eid.routes.ts';
import { referenceRoutes } from './platform/reference/reference.routes.ts';
import { mailCatcherRoutes } from './standins/mail-catcher/mail-catcher.routes.ts';
import { evaluationRoutes } from './local/evaluation/evaluation.routes.ts';
import { workflowRoutes } from './local/workflow/workflow.routes.ts';
import { assigneeRoutes } from './local/workflow/assignees.routes.ts';
import { warehouseRoutes } from './national/warehouse/warehouse.routes.ts';
import { ownerReuseRoutes, reuseRoutes } from './local/reuse/reuse.routes.ts';
import { componentTypeRoutes } from './local/reuse/component-types.routes.ts';
import { digitisationRoutes } from './local/digitisation/digitisation.routes.ts';
import { nodeRoutes } from './federation/transport/node.routes.ts';
import { localInboxRoutes } from './local/routing/inbox.routes.ts';
import { registryRoutes } from './national/registry/registry.routes.ts';
import { verificationRoutes } from './platform/signing/verification.routes.ts';
import { resultRoutes } from './local/results/results.routes.ts';
import { registerRoutes } from './local/register/register.routes.ts';
import { ii06aRoutes } from './local/reports/ii06a.routes.ts';
import { monitoringRoutes } from './local/reports/monitoring.routes.ts';
import { portalRoutes } from './local/portal/portal.routes.ts';
import { warehouseFileRoutes } from './federation/warehouse-remote/files.routes.ts';
import { warehouseRemoteRoutes } from './national/warehouse-remote/routes.ts';
import { warehouseLinkRoutes } from './local/warehouse-link/warehouse-link.routes.ts';
import { dvcqgRoutes } from './national/dvcqg/dvcqg.routes.ts';
import { counterRoutingRoutes } from './local/counter-routing/counter-routing.routes.ts';
import { relayRoutes } from './national/relay/relay.routes.ts';
import { federatedVerification } from './national/verification-remote/lookup.ts';
import { verificationRemoteRoutes } from './national/verification-remote/routes.ts';
import { catalogueFeedRoutes } from './national/catalogue-feed/routes.ts';
import { citizenRelayRoutes } from './national/citizen-relay/routes.ts';
import { citizenRelayInboxRoutes } from './local/citizen-relay/routes.ts';
import { forwardedReceiptRoutes } from './local/counter-routing/forwarded-receipt.routes.ts';
import { citizenMirrorRoutes } from './national/sync/citizen.routes.ts';
import { messageCheckRoutes } from './platform/notifications/message-check.routes.ts';
import { jobsRoutes } from './platform/jobs/jobs.routes.ts';
import { clockRoutes } from './platform/clock/clock.routes.ts';
import { draftRoutes } from './platform/drafts/drafts.routes.ts';
import { nationalIndexRoutes } from './national/monitoring/index.routes.ts';
import { localIndexRoutes } from './local/monitoring/index.routes.ts';

export type { AppContext };

export interface Module {
  name: string;
  role: 'platform' | 'national' | 'local';
  routes?: (app: Server, ctx: AppContext) => Promise<void>;
  principalResolver?: (ctx: AppContext) => PrincipalResolver;
}

export const modules: Module[] = [
  { name: 'calendar', role: 'platform', routes: calendarRoutes },
  // Search and the version in force on every node (a local system reads its copy); editing on the portal only.
  { name: 'catalogue-public', role: 'platform', routes: cataloguePublicRoutes },
  { name: 'catalogue', role: 'national', routes: catalogueRoutes },
  // The national catalogue flows to the connected systems: they pull its feed (src/national/catalogue-feed).
  { name: 'catalogue-feed', role: 'national', routes: catalogueFeedRoutes },
  { name: 'local-catalogue', role: 'local', routes: offeringRoutes },
  { name: 'dossiers', role: 'local', routes: dossierRoutes },
  // The Decision 766 index: a system's own (from its stored facts) and the national one (from what systems sync).
  { name: 'local-index', role: 'local', routes: localIndexRoutes },
  { name: 'national-index', role: 'national', routes: nationalIndexRoutes },
  { name: 'dossier-documents', role: 'local', routes: dossierDocumentRoutes },
  // Counter reception: the person known by a personal ID from earlier dossiers (pre-fill, audited).
  { name: 'person-lookup', role: 'local', routes: personLookupRoutes },
  {
    name: 'identity',
    role: 'platform',
    routes: identityRoutes,
    principalResolver:
      ({ db, config }) =>
      (token) =>
        resolvePrincipal(db, token, config.SESSION_CACHE_MS),
  },
  // Citizen and business login through the national e-ID: on the portal, and on each local system's own pages
  // (the same identity provider; a local system keeps the accounts of the people who log in there).
  { name: 'accounts', role: 'platform', routes: accountsRoutes },
  // "Hồ sơ chưa gửi": drafts of online dossiers on the server, per account (wherever the wizard runs).
  { name: 'drafts', role: 'platform', routes: draftRoutes },
  // Development stand-in for the national e-ID at /dev-eid; mounts itself only when config.EID_ISSUER is empty.
  { name: 'eid-standin', role: 'national', routes: eidStandinRoutes },
  { name: 'reference', role: 'platform', routes: referenceRoutes },
  { name: 'payments', role: 'local', routes: paymentRoutes },
  { name: 'workflow', role: 'local', routes: workflowRoutes },
  // Who may be named as the assignee of a workflow step (officer workspace dialogs).
  { name: 'workflow-assignees', role: 'local', routes: assigneeRoutes },
  // Development stand-in of the DVCQG payment platform: mounts itself only when PAYMENT_GATEWAY_URL is empty (on every
  // node in development: the local systems are the platform's partners and receive its callbacks).
  { name: 'payment-gateway-standin', role: 'platform', routes: paymentGatewayStandInRoutes },
  // Development mail catcher inbox at /dev-mail (e-mail and SMS notifications); never mounted in production.
  { name: 'mail-catcher-standin', role: 'platform', routes: mailCatcherRoutes },
  { name: 'evaluation', role: 'local', routes: evaluationRoutes },
  { name: 'warehouse', role: 'national', routes: warehouseRoutes },
  { name: 'reuse', role: 'local', routes: reuseRoutes },
  { name: 'component-types', role: 'local', routes: componentTypeRoutes },
  // The applicant's resolver for the online wizard: wherever the owner may read their warehouse (one process, portal).
  { name: 'reuse-owner', role: 'platform', routes: ownerReuseRoutes },
  { name: 'digitisation', role: 'local', routes: digitisationRoutes },
  // Federation: this node's identity (every node); the registry of connected systems and the signed-message receiver.
  { name: 'federation-node', role: 'platform', routes: nodeRoutes },
  // A ROLE=local system receives the portal's messages (forwarded online submissions, relayed counter routing).
  { name: 'federation-inbox', role: 'local', routes: localInboxRoutes },
  { name: 'federation-registry', role: 'national', routes: registryRoutes },
  // Counter reception across systems: forwarded dossiers (local) and the portal's relay between systems (national).
  { name: 'counter-routing', role: 'local', routes: counterRoutingRoutes },
  { name: 'counter-routing-relay', role: 'national', routes: relayRoutes },
  // Form 01 at the receiving counter for a dossier received here for another system (issue 13.10).
  { name: 'forwarded-receipt', role: 'local', routes: forwardedReceiptRoutes },
  // Verification by code, upload and QR: this system's documents, and through the portal any connected system's.
  { name: 'verification', role: 'platform', routes: (app, ctx) => verificationRoutes(app, ctx, federatedVerification(ctx)) },
  { name: 'verification-remote', role: 'platform', routes: verificationRemoteRoutes },
  // "Kiểm tra tin nhắn": was this e-mail or SMS sent by the system? (every node its own; the portal every system's)
  { name: 'message-check', role: 'platform', routes: messageCheckRoutes },
  // Operators: the periodic jobs' runs (start, end, outcome, counts) — src/platform/jobs.
  { name: 'jobs', role: 'platform', routes: jobsRoutes },
  // The law's clock: read by anyone; set to a chosen instant on test and demo nodes only (src/platform/clock).
  { name: 'clock', role: 'platform', routes: clockRoutes },
  { name: 'results', role: 'local', routes: resultRoutes },
  // The register of dossiers of a counter and period (Form 07): signed PDF and XLSX.
  { name: 'register', role: 'local', routes: registerRoutes },
  // Biểu số II.06a per agency and period: JSON, CSV / XLSX, signed PDF (issue 17.4).
  { name: 'report-ii06a', role: 'local', routes: ii06aRoutes },
  // The officer's monitoring dashboard: throughput, online share, late and at-risk lists (issue 17.5).
  { name: 'monitoring-dashboard', role: 'local', routes: monitoringRoutes },
  // What the citizen portal needs: my payments, attaching my uploads to my dossier (demo: deposit for tests).
  { name: 'citizen-portal', role: 'local', routes: portalRoutes },
  // Digitised copies and results into the owners' warehouses (outbox delivered after commit, retried).
  { name: 'warehouse-link', role: 'local', routes: warehouseLinkRoutes },
  // The warehouse across nodes: the portal's signed warehouse calls (national, or all); a ROLE=local system's file
  // pulls (not mounted in one process: ROLE=all deposits in place).
  { name: 'warehouse-remote', role: 'national', routes: warehouseRemoteRoutes },
  { name: 'warehouse-files', role: 'local', routes: warehouseFileRoutes },
  // DVCQG-compatible integration API (session login with dstcode, DongBoHoSoMC, CapNhatTienDoHoSoMC, …).
  { name: 'dvcqg-compat', role: 'national', routes: dvcqgRoutes },
  // Portal-only node (ROLE=national): my dossiers and tracking from the national mirror (same paths as the local ones).
  { name: 'citizen-mirror', role: 'national', routes: citizenMirrorRoutes },
  // The citizen acts from the portal on a dossier another system holds, relayed signed (portal: src/national/citizen-relay; the holding system: src/local/citizen-relay).
  { name: 'citizen-relay', role: 'national', routes: citizenRelayRoutes },
  { name: 'citizen-relay-inbox', role: 'local', routes: citizenRelayInboxRoutes },
];
