/**
 * The register of dossiers (Form 07, sổ theo dõi hồ sơ) of a counter for a period: who may read it (a one-stop
 * officer or leader of that counter's agency or above), its rows built from the dossiers and their actions, as a
 * PDF signed by the counter's agency or as an XLSX workbook (exceljs).
 */
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { signPdf } from '../../platform/signing/signing.service.ts';
import { findAgency, type AgencyRef } from '../catalogue/offering.repository.ts';
import { actionRoles } from '../dossiers/action-roles.ts';
import { officerGrantsFor } from '../dossiers/cross-system.ts';
import { formAgency } from '../dossiers/dossier.documents.ts';
import { statuses, isStatus } from '../dossiers/status.ts';
import { agencyCodeById } from '../dossiers/dossier.repository.ts';
import {
  REGISTER_COLUMNS,
  registerCells,
  registerPeriod,
  renderRegister,
  type RegisterInput,
  type RegisterRow,
} from '../forms/form-07-register.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import { registerActions, registerDossiers, type RegisterAction, type RegisterDossier } from './register.repository.ts';

const DAY_MS = 86_400_000;
/** The longest period one register covers, and the most rows it prints. */
const MAX_DAYS = 366;
const MAX_ROWS = 5000;

export interface RegisterQuery {
  agency?: string | undefined;
  from: string;
  to: string;
}

const vn = (iso: string): string => formatVn(new Date(iso));

function badPeriod(detail: string, path: string): AppError {
  return new AppError('validation-failed', { detail, errors: [{ path, message: detail }] });
}

/** The counter (the agency whose one-stop unit keeps the register), checked against the officer's grants. */
async function counterOf(ctx: Pick<AppContext, 'db'>, p: Principal | undefined, code: string | undefined): Promise<AgencyRef> {
  if (!p || p.kind !== 'officer') throw new AppError('forbidden');
  const own = p.grants.find((g) => actionRoles.receive.includes(g.role));
  const agencyCode = code ?? (own ? await agencyCodeById(ctx.db, own.agencyId) : undefined);
  if (!agencyCode) throw new AppError('forbidden', { detail: 'Not a one-stop officer or leader' });
  const agency = await findAgency(ctx.db, agencyCode);
  if (!agency) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
  if (!officerGrantsFor(p, agency, actionRoles.receive))
    throw new AppError('forbidden', { detail: 'The register is kept by the one-stop officers of that counter' });
  return agency;
}

function milestone(a: RegisterAction | undefined, by?: string): { at: string; by: string } | null {
  return a ? { at: vn(a.at), by: by ?? a.actorName } : null;
}

function noteOf(d: RegisterDossier, acts: RegisterAction[]): string {
  const notes: string[] = [];
  if (d.channel === 'online') notes.push('Nộp trực tuyến');
  if (d.channel === 'post') notes.push('Nộp qua bưu chính');
  const refusal = acts.find((a) => a.kind === 'refuse');
  if (refusal) notes.push(`Từ chối tiếp nhận: ${typeof refusal.data.reason === 'string' ? refusal.data.reason : ''}`);
  else if (isStatus(d.status) && [5, 6, 7, 8].includes(d.status)) notes.push(statuses[d.status].vi);
  const done = acts.findLast((a) => a.kind === 'record_result');
  if (d.dueAt && done && Date.parse(done.at) > Date.parse(d.dueAt)) notes.push('Trễ hạn');
  return notes.join('; ');
}

export function registerRows(dossiers: RegisterDossier[], actions: RegisterAction[]): RegisterRow[] {
  const byDossier = new Map<string, RegisterAction[]>();
  for (const a of actions) byDossier.set(a.dossierId, [...(byDossier.get(a.dossierId) ?? []), a]);
  return dossiers.map((d) => {
    const acts = byDossier.get(d.id) ?? [];
    const returned = acts.findLast((a) => a.kind === 'return_result');
    const receiver = returned?.data.receiver as { name?: string } | undefined;
    const c = d.ownerContact;
    return {
      code: d.code,
      procedureName: d.procedureName,
      sets: 1,
      applicantName: d.ownerName,
      applicantContact: [c.address, c.phone].filter(Boolean).join('; '),
      resolvingAgencyName: d.resolvingAgencyName ?? '',
      receivedAt: vn(d.receivedAt ?? d.createdAt),
      dueAt: d.dueAt ? vn(d.dueAt) : null,
      transferred: milestone(acts.find((a) => a.kind === 'start' || a.kind === 'forward')),
      resultReceived: milestone(acts.findLast((a) => a.kind === 'record_result')),
      returned: milestone(returned, receiver?.name ?? d.ownerName),
      note: noteOf(d, acts),
    };
  });
}

/** The register's data: counter, period, rows. */
export async function buildRegister(
  ctx: Pick<AppContext, 'db'>,
  p: Principal | undefined,
  q: RegisterQuery,
  now: Date = new Date(),
): Promise<{ agencyId: string; input: RegisterInput }> {
  const from = Date.parse(`${q.from}T00:00:00+07:00`);
  const to = Date.parse(`${q.to}T00:00:00+07:00`) + DAY_MS;
  if (!Number.isFinite(from)) throw badPeriod('from must be a date YYYY-MM-DD', '/from');
  if (!Number.isFinite(to)) throw badPeriod('to must be a date YYYY-MM-DD', '/to');
  if (to <= from) throw badPeriod('to must not be before from', '/to');
  if (to - from > MAX_DAYS * DAY_MS) throw badPeriod(`a register covers at most ${MAX_DAYS} days`, '/to');
  const agency = await counterOf(ctx, p, q.agency);
  const dossiers = await registerDossiers(ctx.db, agency.id, new Date(from), new Date(to), MAX_ROWS);
  const actions = await registerActions(ctx.db, dossiers.map((d) => d.id));
  return {
    agencyId: agency.id,
    input: {
      agency: await formAgency(ctx.db, agency.id),
      from: q.from,
      to: q.to,
      issuedAt: vn(now.toISOString()),
      rows: registerRows(dossiers, actions),
    },
  };
}

/** Form 07 as a PDF signed by the counter's agency. */
export async function registerPdf(
  ctx: Pick<AppContext, 'db' | 'config'>,
  p: Principal | undefined,
  q: RegisterQuery,
): Promise<Buffer> {
  const { agencyId, input } = await buildRegister(ctx, p, q);
  return signPdf(ctx, agencyId, await renderRegister(input), {
    reason: 'Sổ theo dõi hồ sơ (Mẫu số 07, Thông tư 03/2025/TT-VPCP)',
    location: input.agency.agencyName,
  });
}

/** Form 07 as an XLSX workbook: the heading lines, then one header row and one row per dossier. */
export async function registerXlsx(
  ctx: Pick<AppContext, 'db'>,
  p: Principal | undefined,
  q: RegisterQuery,
): Promise<Buffer> {
  const { input } = await buildRegister(ctx, p, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = new Date(Date.parse(input.issuedAt));
  const ws = wb.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = REGISTER_COLUMNS.length;
  const heading = [
    input.agency.agencyName.toLocaleUpperCase('vi'),
    input.agency.unitName.toLocaleUpperCase('vi'),
    'SỔ THEO DÕI HỒ SƠ (Mẫu số 07, Thông tư số 03/2025/TT-VPCP)',
    registerPeriod(input.from, input.to),
  ];
  heading.forEach((text, i) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, n);
    row.getCell(1).font = { bold: i !== 3, italic: i === 3 };
    row.getCell(1).alignment = { horizontal: 'center' };
  });
  ws.addRow([]);
  const header = ws.addRow([...REGISTER_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  input.rows.forEach((r, k) => ws.addRow(registerCells(r, k)));
  const widths = [5, 26, 36, 9, 22, 30, 26, 16, 16, 16, 18, 16, 18, 16, 18, 24];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
