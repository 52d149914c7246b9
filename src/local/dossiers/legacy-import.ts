/**
 * Dossiers imported from an older one-stop system. The legacy code is kept; when it has an accepted shape of the
 * resolving agency's body (`AGENCY-YYMMDD-NNNN`, 4–6 digits, or a short legacy `H21.65-220914-0011`; see
 * keptAsDossierCode) it is the dossier code, verbatim (and the agency's counter for that day is moved past it),
 * otherwise a compliant code is issued from the same counter as counter reception, dated the reception day.
 * The status given (1–10) is reached by a short synthetic action log stamped with the legacy dates, so the
 * status stays derivable by replay. Idempotent on (resolving agency, legacy code).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort, PortProcedure } from '../../federation/national-port.ts';
import { parseDossierCode, type DossierCodeParts } from '../../lib/dossier-code.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import { codeOwner } from '../../platform/reference/agency.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import { assertAgencyScope } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgency, type AgencyRef } from '../catalogue/offering.repository.ts';
import {
  appendAction,
  findRuleVersion,
  insertAudit,
  insertComponents,
  insertDossier,
  insertFees,
  nextCodeSeq,
} from './dossier.repository.ts';
import { formatDossierCode, type ComponentInput, type OwnerInput } from './dossier.service.ts';
import { replay, type ActionRecord } from './lifecycle.ts';
import {
  bumpCodeCounter,
  dossierIdByCode,
  findByLegacyCode,
  lockLegacyCode,
} from './legacy-import.repository.ts';
import type { ActionKind, Status } from './status.ts';
import { dossierCommitted } from './committed.ts';
import { enqueueDossierSync } from '../sync/sync.service.ts';

export interface LegacyDossierInput {
  legacyCode: string;
  procedureCode: string;
  caseCode?: string;
  resolvingAgencyCode: string;
  channel: 'counter' | 'online' | 'post';
  status: number;
  /** Online submission instant (required for status 1). */
  submittedAt?: string;
  /** Reception instant (required from status 2 on, and for 3 when not online). */
  receivedAt?: string;
  /** Due date of the result as set by the older system. */
  dueAt?: string;
  /** When the dossier reached its current status in the older system (default: the reception instant). */
  statusAt?: string;
  owner: OwnerInput;
  components?: ComponentInput[];
}

export interface ImportedDossier {
  legacyCode: string;
  id: string;
  code: string | null;
  status: number;
  created: boolean;
}

const IMPORT_ACTOR = { actorKind: 'system', actorId: 'legacy-import', actorName: 'Nhập từ hệ thống cũ' };
const IMPORT_REASON = 'Nhập từ hệ thống cũ';

/**
 * Whether a legacy code becomes the dossier code itself (kept verbatim): it has one of the accepted shapes
 * (src/lib/dossier-code.ts: standard, re-coded, six-digit daily sequence, short `MX1X2.NN` agency) and belongs to
 * the resolving agency's body (`…H56-…`, `H56.65-…` for an agency `….H56`), so the portal takes it as this
 * system's. Any other legacy code is kept as the legacy reference and a standard code is issued.
 */
export function keptAsDossierCode(legacyCode: string, resolvingAgencyCode: string): DossierCodeParts | undefined {
  const parts = parseDossierCode(legacyCode);
  return parts && parts.body === codeOwner(resolvingAgencyCode) ? parts : undefined;
}

/** The synthetic log that leads to each status (after the optional online `submit`). */
const PATHS: Record<Status, ActionKind[]> = {
  1: [],
  2: ['receive'],
  3: ['refuse'],
  4: ['receive', 'start'],
  5: ['receive', 'start', 'request_supplement'],
  6: ['receive', 'start', 'request_payment'],
  7: ['receive', 'withdraw'],
  8: ['receive', 'start', 'stop'],
  9: ['receive', 'start', 'record_result'],
  10: ['receive', 'start', 'record_result', 'return_result'],
};

function bad(path: string, message: string): AppError {
  return new AppError('validation-failed', { detail: `${path}: ${message}`, errors: [{ path, message }] });
}

function instant(v: string | undefined, path: string): Date | undefined {
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(d.getTime())) throw bad(path, 'not an ISO date-time');
  return d;
}

function checkOwner(o: OwnerInput): OwnerInput {
  if (o.type === 'citizen' && o.idNumber.length === 12) {
    const c = checkPersonalId(o.idNumber, o.birthDate);
    if (!c.ok) throw new AppError('invalid-personal-id', { detail: c.reason });
  } else if (o.type === 'business') {
    if (!isValidTaxCode(o.idNumber)) throw new AppError('invalid-tax-code');
    return { ...o, idNumber: normaliseTaxCode(o.idNumber) };
  }
  return o;
}

interface Checked {
  input: LegacyDossierInput;
  owner: OwnerInput;
  agency: AgencyRef;
  proc: PortProcedure;
  log: Omit<ActionRecord, 'seq'>[];
  codeDay: string;
}

function vnDay(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Every check that needs no write: shape of dates, status path, owner, agency scope, procedure. */
async function check(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  x: LegacyDossierInput,
  i: number,
): Promise<Checked> {
  const p = `/dossiers/${i}`;
  if (!Number.isInteger(x.status) || x.status < 1 || x.status > 10) throw bad(`${p}/status`, 'must be 1–10');
  const status = x.status as Status;
  const submittedAt = instant(x.submittedAt, `${p}/submittedAt`);
  const receivedAt = instant(x.receivedAt, `${p}/receivedAt`);
  const dueAt = instant(x.dueAt, `${p}/dueAt`);
  const statusAt = instant(x.statusAt, `${p}/statusAt`);
  const online = x.channel === 'online';
  if (status === 1 && !online) throw bad(`${p}/channel`, 'status 1 is an online dossier awaiting reception');
  if (status === 1 && !submittedAt) throw bad(`${p}/submittedAt`, 'required for status 1');
  if (status !== 1 && !receivedAt) throw bad(`${p}/receivedAt`, 'required from status 2 on');
  if (online && status !== 1 && submittedAt && receivedAt && submittedAt > receivedAt)
    throw bad(`${p}/receivedAt`, 'before submittedAt');
  const start = receivedAt ?? submittedAt!;
  if (dueAt && dueAt <= start) throw bad(`${p}/dueAt`, 'must be after the reception');
  if (statusAt && statusAt < start) throw bad(`${p}/statusAt`, 'before the reception');
  const owner = checkOwner(x.owner);

  const agency = await findAgency(db, x.resolvingAgencyCode);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${x.resolvingAgencyCode}` });
  assertAgencyScope(principal, 'dossier:import', agency.id, agency.ancestorIds);
  const proc = await port.findPublishedProcedure(x.procedureCode);
  if (!proc)
    throw new AppError('procedure-not-published', {
      detail: `Procedure ${x.procedureCode} is not published`,
    });
  if (![agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c)))
    throw new AppError('procedure-not-competent', {
      data: { competentAgencyCodes: proc.competentAgencyCodes },
    });
  if (x.caseCode && !proc.cases.some((c) => c.code === x.caseCode))
    throw bad(`${p}/caseCode`, 'unknown case');

  const later = (statusAt ?? start).toISOString();
  const data = { imported: true, legacyCode: x.legacyCode };
  const log: Omit<ActionRecord, 'seq'>[] = [];
  if (online) log.push({ kind: 'submit', at: (submittedAt ?? start).toISOString(), data });
  PATHS[status].forEach((kind, k) => {
    const first = k === 0;
    const d: Record<string, unknown> = { ...data };
    if (kind === 'refuse' || kind === 'withdraw' || kind === 'stop') d.reason = IMPORT_REASON;
    if (kind === 'request_supplement') d.items = [];
    if (kind === 'return_result') d.method = 'counter';
    log.push({ kind, at: first ? start.toISOString() : later, data: d });
  });
  return { input: x, owner, agency, proc, log, codeDay: vnDay(start) };
}

/**
 * Import dossiers from an older system, all or nothing: any bad item → 4xx and nothing is written. Items already
 * imported (same agency and legacy code) are returned as they are, with `created: false`.
 */
export async function importLegacyDossiers(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  items: LegacyDossierInput[],
  now: Date = new Date(),
): Promise<ImportedDossier[]> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    const key = `${x.resolvingAgencyCode}|${x.legacyCode}`;
    if (seen.has(key)) throw bad(`/dossiers/${i}/legacyCode`, 'duplicate in this request');
    seen.add(key);
  });
  const checked: Checked[] = [];
  for (const [i, x] of items.entries()) checked.push(await check(db, port, principal, x, i));

  const imported = await db.transaction().execute(async (tx) => {
    const rule = await findRuleVersion(tx, now.toISOString());
    const out: ImportedDossier[] = [];
    for (const c of checked) {
      const x = c.input;
      await lockLegacyCode(tx, c.agency.id, x.legacyCode);
      const existing = await findByLegacyCode(tx, c.agency.id, x.legacyCode);
      if (existing) {
        out.push({
          legacyCode: x.legacyCode,
          id: existing.id,
          code: existing.code,
          status: existing.status,
          created: false,
        });
        continue;
      }
      const parsed = keptAsDossierCode(x.legacyCode, c.agency.code);
      let code: string;
      if (parsed) {
        if (await dossierIdByCode(tx, x.legacyCode))
          throw new AppError('dossier-code-taken', { data: { code: x.legacyCode } });
        // the agency's own counter moves past a number it could issue itself (4 digits; a short legacy code names no agency)
        if (parsed.kind !== 'legacy-short-agency' && parsed.seq <= 9999)
          await bumpCodeCounter(tx, parsed.agencyCode, parsed.day, parsed.seq);
        code = x.legacyCode;
      } else {
        code = formatDossierCode(c.agency.code, c.codeDay, await nextCodeSeq(tx, c.agency.code, c.codeDay));
      }
      const terms = termsOf(c.proc, x.channel);
      const schedule = (await loadSchedule(tx, c.agency.code)).schedule;
      const records: ActionRecord[] = c.log.map((a, k) => ({ ...a, seq: k + 1 }));
      if (records[0]) records[0].data = { ...records[0].data, code };
      // The old system's appointment stands: kept in the receive action so every later replay keeps it too.
      const received = records.find((r) => r.kind === 'receive');
      if (x.dueAt && received)
        received.data = { ...received.data, importedDueAt: new Date(x.dueAt).toISOString() };
      const state = replay(records, { schedule, terms, rules: rule.settings, workflow: null });
      const cas = x.caseCode ? c.proc.cases.find((k) => k.code === x.caseCode) : c.proc.cases[0];
      const row = await insertDossier(tx, {
        code,
        legacyCode: x.legacyCode,
        channel: x.channel,
        procedureCode: c.proc.code,
        procedureVersionId: c.proc.versionId,
        procedureName: c.proc.name,
        caseCode: cas?.code ?? null,
        terms,
        ruleVersionId: rule.id,
        ownerType: c.owner.type,
        ownerIdNumber: c.owner.idNumber,
        ownerName: c.owner.name.normalize('NFC'),
        ownerContact: {
          address: c.owner.address ?? '',
          phone: c.owner.phone ?? '',
          email: c.owner.email ?? '',
          birthDate: c.owner.birthDate ?? '',
        },
        submitter: null,
        accountId: null,
        receivingUnitId: null,
        resolvingAgencyId: c.agency.id,
        nodeCode: c.agency.nodeCode,
        status: state.status,
        subState: state.subState,
        receivedAt: state.receivedAt,
        dueAt: state.dueAt,
        state,
      });
      await insertComponents(
        tx,
        row.id,
        (x.components ?? []).map((k) => ({
          name: k.name.normalize('NFC'),
          documentTypeCode: k.documentTypeCode ?? null,
          originals: k.originals,
          certifiedCopies: k.certifiedCopies,
          photocopies: k.photocopies,
          source: 'submitted' as const,
        })),
      );
      await insertFees(
        tx,
        row.id,
        c.proc.fees.map((f) => ({ code: f.code, name: f.name, amount: f.amount })),
      );
      for (const r of records)
        await appendAction(tx, {
          dossierId: row.id,
          seq: r.seq,
          kind: r.kind,
          at: r.at,
          data: r.data,
          ...IMPORT_ACTOR,
        });
      // the portal's mirror learns of the imported dossier as of any other change (its code kept verbatim)
      const last = records[records.length - 1];
      if (last) await enqueueDossierSync(tx, row, { seq: last.seq, kind: last.kind, at: last.at, actorName: IMPORT_ACTOR.actorName });
      await insertAudit(tx, {
        actorKind: principal?.kind ?? 'system',
        actorId: principal?.id ?? 'system',
        action: 'import',
        targetType: 'dossier',
        targetId: row.id,
        outcome: 'ok',
        detail: { legacyCode: x.legacyCode, code, status: state.status },
      });
      out.push({ legacyCode: x.legacyCode, id: row.id, code, status: row.status, created: true });
    }
    return out;
  });
  if (imported.some((i) => i.created)) dossierCommitted(); // their sync events are ready to send
  return imported;
}

function termsOf(proc: PortProcedure, channel: LegacyDossierInput['channel']) {
  const t =
    channel === 'online' ? (proc.processing.online ?? proc.processing.counter) : proc.processing.counter;
  return t ? { duration: t.duration, unit: t.unit } : null;
}

/** The dossier code for a legacy code (tracking by either code); 409 when several agencies share it. */
export async function codeForLegacyCode(db: Db, legacyCode: string): Promise<string> {
  const rows = await sql<{ code: string | null }>`
    select code from dossiers where legacy_code = ${legacyCode} or code = ${legacyCode} limit 2`.execute(db);
  if (rows.rows.length === 0)
    throw new AppError('dossier-not-found', { detail: `No dossier with code ${legacyCode}` });
  if (rows.rows.length > 1) throw new AppError('legacy-code-ambiguous');
  const code = rows.rows[0]!.code;
  if (!code) throw new AppError('dossier-not-found');
  return code;
}
