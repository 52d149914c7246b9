/**
 * The writes of a reception in ONE statement: `select * from receive_dossier($1)` (migration 1300). The dossier,
 * its components, fees, first action, audit row, the owner's messages and the sync event are built here; what only
 * the database knows when it writes — the code of the day, the transaction time, its Vietnam day — travels as
 * placeholders of a random token of the call and is filled in by the function. Alone, the statement is its own
 * transaction: the agency's counter row is locked only while the server runs it (issue 16).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { newCheckCode } from '../../platform/notifications/check-code.ts';
import { messageRef, type DossierMessage } from '../../platform/notifications/notifications.service.ts';
import { buildSyncEvent, type SyncAction } from '../sync/payload.ts';
import { receptionFacts } from '../monitoring/facts.repository.ts';
import type { Tx } from './dossier.repository.ts';
import type { Revisions } from '../../platform/reference/revisions.ts';
import type { DossierActionRow, DossierComponentRow, DossierFeeRow, DossierRow } from './dossier.table.ts';

/** Placeholders of one call: whole JSON string values the function replaces. */
export interface Placeholders {
  tok: string;
  code: string;
  now: string;
  day: string;
}

export function placeholders(): Placeholders {
  const tok = `@motcua:${randomUUID()}`;
  return { tok, code: `${tok}:code`, now: `${tok}:now`, day: `${tok}:day` };
}

export interface ReceptionWrite {
  ph: Placeholders;
  /** Counter and post: the agency and Vietnam day of the code; online: none (the code comes at acceptance). */
  counter: { agencyCode: string; day: string } | null;
  /** The dossier as written, `code` the placeholder (or null online), `createdAt` any valid instant (replaced). */
  row: DossierRow;
  components: DossierComponentRow[];
  fees: DossierFeeRow[];
  action: Omit<DossierActionRow, 'id'>;
  audit: { actorKind: string; actorId: string; action: string; detail: Record<string, unknown> };
  messages: DossierMessage[];
  /** `fullOnlineEligible`: the procedure version is fully online (a fact of the Decision 766 index). */
  sync: { action: SyncAction; agencyName: string; agencyCode: string; fullOnlineEligible: boolean };
  /** The reference-data revisions the reception was built from; the write checks them (MC410 if changed). */
  expect?: Revisions;
}

/** SQLSTATE the function raises when a message check code is taken: new codes are drawn and the call repeated. */
export const CHECK_CODE_TAKEN = 'MC409';

function snake(c: DossierComponentRow) {
  return {
    seq: c.seq,
    name: c.name,
    document_type_code: c.documentTypeCode,
    originals: c.originals,
    certified_copies: c.certifiedCopies,
    photocopies: c.photocopies,
    source: c.source,
    warehouse_document_id: c.warehouseDocumentId,
    warehouse_consent_id: c.warehouseConsentId,
  };
}

export function payload(w: ReceptionWrite, checkCodes: readonly string[]): string {
  const { row: d, ph } = w;
  const event = buildSyncEvent(d, w.sync.action, w.sync.agencyName, w.sync.agencyCode);
  event.day = ph.day;
  // the Decision 766 facts of the dossier as written (the function fills the code), for the portal's national view
  event.monitoring = receptionFacts(w, w.counter ? ph.code : '', { code: w.sync.agencyCode, name: w.sync.agencyName }, w.sync.fullOnlineEligible);
  const refs = w.messages.map((m, i) => messageRef(m, checkCodes[i]!, ph.now));
  if (refs.length) event.messages = refs;
  return JSON.stringify({
    tok: ph.tok,
    ...(w.expect ? { expect: w.expect } : {}),
    counter: w.counter
      ? {
          agency: w.counter.agencyCode,
          day: w.counter.day,
          prefix: `${w.counter.agencyCode}-${w.counter.day.slice(2, 4)}${w.counter.day.slice(5, 7)}${w.counter.day.slice(8, 10)}-`,
        }
      : null,
    dossier: {
      id: d.id,
      channel: d.channel,
      procedure_code: d.procedureCode,
      procedure_version_id: d.procedureVersionId,
      procedure_name: d.procedureName,
      case_code: d.caseCode,
      terms: d.terms,
      rule_version_id: d.ruleVersionId,
      owner_type: d.ownerType,
      owner_id_number: d.ownerIdNumber,
      owner_name: d.ownerName,
      owner_contact: d.ownerContact,
      submitter: d.submitter,
      account_id: d.accountId,
      receiving_unit_id: d.receivingUnitId,
      received_at_agency_id: d.receivedAtAgencyId ?? null,
      return_at_reception: d.returnAtReception ?? false,
      resolving_agency_id: d.resolvingAgencyId,
      node_code: d.nodeCode,
      status: d.status,
      sub_state: d.subState,
      received_at: d.receivedAt,
      due_at: d.dueAt,
      state: d.state,
      workflow_template_id: (d as { workflowTemplateId?: string | null }).workflowTemplateId ?? null,
      declaration: d.declaration ?? null,
      source_ref: d.sourceRef ?? null,
    },
    components: w.components.map(snake),
    fees: w.fees.map((f) => ({ seq: f.seq, code: f.code, name: f.name, amount: f.amount })),
    action: {
      seq: w.action.seq,
      kind: w.action.kind,
      at: w.action.at,
      data: w.action.data,
      actor_kind: w.action.actorKind,
      actor_id: w.action.actorId,
      actor_name: w.action.actorName,
    },
    audit: {
      actor_kind: w.audit.actorKind,
      actor_id: w.audit.actorId,
      action: w.audit.action,
      target_type: 'dossier',
      target_id: d.id,
      outcome: 'ok',
      detail: w.audit.detail,
    },
    messages: w.messages.map((m, i) => ({ ...m, check_code: checkCodes[i] })),
    sync: event,
  });
}

/** The placeholders of a value written, filled with what the database gave (for the answer: no read-back). */
export function fill<T>(v: T, ph: Placeholders, code: string | null): T {
  return JSON.parse(JSON.stringify(v), (_k, x: unknown) => (x === ph.code ? code : x)) as T;
}

export interface WrittenRow {
  rCode: string | null;
  rCreatedAt: string;
  rActionId: number;
}

export interface Written {
  row: DossierRow;
  action: DossierActionRow;
  code: string | null;
}

/** The rows as written: what the statement gave (code, creation time, action id) put into what was built. */
export function written(w: ReceptionWrite, out: WrittenRow): Written {
  const code = out.rCode;
  const row: DossierRow = { ...w.row, code, createdAt: out.rCreatedAt, updatedAt: out.rCreatedAt };
  const action: DossierActionRow = { id: out.rActionId, ...w.action, data: fill(w.action.data, w.ph, code) };
  return { row, action, code };
}

/**
 * Write the reception (one statement). Returns the dossier row, its child rows and first action as written, with
 * the code and the creation time the database gave.
 */
export async function writeReception(
  conn: Tx,
  w: ReceptionWrite,
): Promise<Written> {
  // Inside a caller's transaction (a reception with more writes), a retry needs a savepoint to go back to.
  const inTx = (conn as { isTransaction?: boolean }).isTransaction === true && w.messages.length > 0;
  for (let attempt = 0; ; attempt++) {
    const codes = w.messages.map(() => newCheckCode());
    if (inTx) await sql`savepoint receive_dossier`.execute(conn);
    try {
      const r = await sql<WrittenRow>`
        select r_code, r_created_at, r_action_id from receive_dossier_checked(${payload(w, codes)}::jsonb)`.execute(conn);
      return written(w, r.rows[0]!);
    } catch (err) {
      if (attempt < 7 && (err as { code?: string }).code === CHECK_CODE_TAKEN) {
        if (inTx) await sql`rollback to savepoint receive_dossier`.execute(conn);
        continue;
      }
      throw err;
    }
  }
}
