/**
 * The control log (phiếu kiểm soát quá trình giải quyết hồ sơ, form 06): every hand-over of a dossier — giver,
 * receiver, step, given at, received at, the step's personal due date, done at, early / on time / late — read
 * from the replayed state, which is itself derived from the append-only action log.
 */
import { lawClocksView } from '../dossiers/dossier.clocks.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findDossier } from '../dossiers/dossier.repository.ts';
import { visibleAgencyIds } from '../dossiers/dossier.query.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { renderControlSlip, type HandoverInput } from '../forms/index.ts';
import type { Handover, WorkflowState } from './steps.ts';
import type { StepDef } from './template.ts';
import { agencyIdByCode, agencyNames, dossierTemplateId, findTemplateById } from './workflow.repository.ts';

const vn = (iso: string | null): string | null => (iso ? formatVn(new Date(iso)) : null);

async function loadVisible(db: Db, p: Principal | undefined, id: string): Promise<DossierRow> {
  const row = await findDossier(db, id);
  if (!row) throw new AppError('dossier-not-found');
  const ids = await visibleAgencyIds(db, p);
  const involved = (row.state.workflow?.handovers ?? []).some(
    (h) => h.giver?.id === p?.id || h.receiver?.id === p?.id,
  );
  if (involved || (row.resolvingAgencyId && ids.includes(row.resolvingAgencyId))) return row;
  throw new AppError('dossier-not-found');
}

/** Agency id of each step (resolving, receiving or a code). */
async function stepAgencies(db: Db, row: DossierRow, w: WorkflowState, steps: readonly StepDef[]) {
  const ids = new Map<string, string | null>();
  for (const s of steps) {
    const id =
      s.agency === 'resolving'
        ? row.resolvingAgencyId
        : s.agency === 'receiving'
          ? (w.receivingAgencyId ?? row.resolvingAgencyId)
          : ((await agencyIdByCode(db, s.agency)) ?? null);
    ids.set(s.key, id);
  }
  const names = await agencyNames(db, [...new Set([...ids.values()].filter((x): x is string => !!x))]);
  return new Map([...ids].map(([k, id]) => [k, id ? (names.get(id) ?? null) : null]));
}

export async function controlLog(
  db: Db,
  p: Principal | undefined,
  dossierId: string,
  now: Date = new Date(),
) {
  const row = await loadVisible(db, p, dossierId);
  const w = row.state.workflow ?? null;
  const templateId = await dossierTemplateId(db, row.id);
  const template = templateId ? await findTemplateById(db, templateId) : undefined;
  if (!w || !template) {
    return { dossier: header(row, null, null, now), template: null, entries: [] };
  }
  const agencies = await stepAgencies(db, row, w, template.steps);
  const byKey = new Map(template.steps.map((s) => [s.key, s]));
  const entry = (h: Handover) => {
    const step = byKey.get(h.toStep);
    return {
      seq: h.seq,
      via: h.via,
      step: h.toStep,
      stepName: step?.name ?? h.toStep,
      stepKind: step?.kind ?? null,
      fromStep: h.fromStep,
      agency: agencies.get(h.toStep) ?? null,
      giver: h.giver,
      receiver: h.receiver,
      givenAt: vn(h.givenAt),
      receivedAt: vn(h.receivedAt),
      countsFrom: vn(h.countsFrom),
      dueAt: vn(h.dueAt),
      doneAt: vn(h.doneAt),
      timeliness: h.timeliness,
      /** A step still running past its personal due date. */
      overdue: h.doneAt === null && h.dueAt < now.toISOString(),
      note: h.note,
    };
  };
  return {
    dossier: header(row, w, byKey.get(w.step ?? '')?.name ?? null, now),
    template: { id: template.id, code: template.code, version: template.version, name: template.name },
    entries: w.handovers.map(entry),
  };
}

function header(row: DossierRow, w: WorkflowState | null, stepName: string | null, now: Date) {
  // the counter transfer and the paper hand-over with their late marks (law-2025.md §1)
  const { transfer, paperHandover } = lawClocksView(row, null, now);
  return {
    transfer,
    paperHandover,
    id: row.id,
    code: row.code,
    status: row.status,
    procedure: { code: row.procedureCode, name: row.procedureName },
    owner: row.ownerName,
    receivedAt: vn(row.receivedAt),
    dueAt: vn(row.dueAt),
    currentStep: w?.step ?? null,
    currentStepName: stepName,
    assignee: w?.assignee ?? null,
    stepDueAt: vn(w?.stepDueAt ?? null),
  };
}

const PLACE_RE = /(?:tỉnh|thành phố|phường|xã|đặc khu)\s+(.+)$/iu;

/** Form 06 as PDF: the hand-overs of the control log, printed by the one-stop unit of the receiving agency. */
/** Form 06 of a dossier, and the agency that signs it (the resolving agency). */
export async function controlSlipPdf(
  db: Db,
  p: Principal | undefined,
  dossierId: string,
): Promise<{ pdf: Uint8Array; agencyId: string }> {
  const log = await controlLog(db, p, dossierId);
  const row = (await findDossier(db, dossierId))!;
  if (!log.dossier.code || !log.dossier.receivedAt || log.entries.length === 0) {
    throw new AppError('dossier-transition-not-allowed', {
      detail: 'The dossier has not been received through a workflow yet',
    });
  }
  const first = log.entries[0]!;
  const issuer = first.agency?.name ?? log.entries.find((e) => e.agency)?.agency?.name ?? 'Bộ phận Một cửa';
  const unit = (e: (typeof log.entries)[number]) => e.agency?.name ?? issuer;
  const handovers: HandoverInput[] = log.entries.map((e, k) => {
    const prev = k > 0 ? log.entries[k - 1] : undefined;
    return {
      step: e.stepName,
      giver: e.giver
        ? { name: e.giver.name, unit: prev ? unit(prev) : unit(e) }
        : { name: row.ownerName, unit: 'Tổ chức, cá nhân nộp hồ sơ' },
      receiver: e.receiver ? { name: e.receiver.name, unit: unit(e) } : { name: 'Chờ nhận', unit: unit(e) },
      givenAt: e.givenAt!,
      ...(e.receivedAt ? { receivedAt: e.receivedAt } : {}),
      ...(e.dueAt ? { dueAt: e.dueAt } : {}),
      ...(e.timeliness ? { result: e.timeliness === 'on_time' ? ('on-time' as const) : e.timeliness } : {}),
      ...(e.note ? { note: e.note.slice(0, 500) } : {}),
    };
  });
  if (!row.resolvingAgencyId)
    throw new AppError('dossier-transition-not-allowed', {
      detail: 'The dossier has no resolving agency yet',
    });
  const pdf = await renderControlSlip({
    agency: { agencyName: issuer, unitName: 'Bộ phận Một cửa', place: PLACE_RE.exec(issuer)?.[1] ?? issuer },
    dossierCode: log.dossier.code,
    applicant: {
      name: row.ownerName,
      ...(row.ownerType === 'citizen' ? { personalId: row.ownerIdNumber } : {}),
    },
    procedure: { code: row.procedureCode, name: row.procedureName },
    receivedAt: log.dossier.receivedAt,
    dueAt: log.dossier.dueAt,
    issuedAt: log.dossier.receivedAt,
    handovers,
  });
  return { pdf, agencyId: row.resolvingAgencyId };
}
