/**
 * A received dossier's declaration: read with its e-form (labels, layout), corrected by an officer of the agency
 * (the whole answers again, validated against the same e-form, with a reason) as an action in the dossier's log —
 * `correct_declaration`, which changes no status (lifecycle.ts) — plus its audit row, in one transaction; and the
 * facts a result template takes from it (the birth extract is filled from the birth declaration).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { resultFactsFrom, validDeclaration, type Declaration, type EForm } from '../../federation/eform.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { officerGrantsFor, findAgencyById } from './cross-system.ts';
import { assertVisible } from './dossier.query.ts';
import { appendAction, findDossier, insertAudit, listActions, lockDossier, updateProjection } from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';
import { actor, auditActor } from './dossier.service.ts';
import { CORRECT_DECLARATION } from './lifecycle.ts';

/** Statuses in which the declaration may still be corrected (before the result). */
const CORRECTABLE = [1, 2, 4, 5, 6];

/** The e-form of the version the dossier pins (null when it has none, or that version is no longer in force). */
export async function eformOf(port: NationalPort, row: Pick<DossierRow, 'procedureCode' | 'procedureVersionId' | 'createdAt'>): Promise<EForm | null> {
  const day = new Date(new Date(row.createdAt).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  for (const at of [day, undefined]) {
    const proc = await port.findPublishedProcedure(row.procedureCode, at);
    if (proc?.versionId === row.procedureVersionId) return proc.eform ?? null;
  }
  return null;
}

export async function getDeclaration(db: Db, port: NationalPort, p: Principal | undefined, id: string) {
  const row = await findDossier(db, id);
  if (!row) throw new AppError('dossier-not-found');
  await assertVisible(db, p, row);
  const actions = await listActions(db, id);
  return {
    dossierId: row.id,
    version: row.version,
    eform: await eformOf(port, row),
    data: row.declaration ?? null,
    corrections: actions
      .filter((a) => a.kind === CORRECT_DECLARATION)
      .map((a) => ({ seq: a.seq, at: a.at, actor: a.actorName, ...(a.data) })),
  };
}

/** An officer's correction: 403 without a role at the dossier's agency, 409 after the result or on a stale version. */
export async function correctDeclaration(
  db: Db,
  port: NationalPort,
  p: Principal | undefined,
  id: string,
  input: { data: Declaration; reason: string; expectedVersion: number },
  now = new Date(),
) {
  const seen = await findDossier(db, id);
  if (!seen) throw new AppError('dossier-not-found');
  await assertVisible(db, p, seen);
  const agency = seen.resolvingAgencyId ? await findAgencyById(db, seen.resolvingAgencyId) : undefined;
  if (!p || p.kind !== 'officer' || !agency || !officerGrantsFor(p, agency, ['one_stop_officer', 'specialist', 'leader']))
    throw new AppError('forbidden', { detail: 'Only an officer of the dossier’s agency corrects its declaration' });
  const eform = await eformOf(port, seen);
  if (!eform) throw new AppError('declaration-invalid', { detail: 'This dossier’s procedure version has no e-form' });
  const reason = input.reason.normalize('NFC').trim();
  if (!reason) throw new AppError('reason-required');
  const data = validDeclaration(eform, input.data);
  await db.transaction().execute(async (tx) => {
    const row = await lockDossier(tx, id);
    if (!row) throw new AppError('dossier-not-found');
    if (row.version !== input.expectedVersion)
      throw new AppError('dossier-version-conflict', { data: { currentVersion: row.version } });
    if (!CORRECTABLE.includes(row.status))
      throw new AppError('dossier-transition-not-allowed', { detail: 'The declaration is corrected before the result', data: { currentStatus: row.status } });
    const before = row.declaration ?? {};
    const labels = new Map(eform.layout.pages.flatMap((pg) => pg.fields.map((f) => [f.key, f.label] as const)));
    const changes = [...new Set([...Object.keys(before), ...Object.keys(data)])]
      .filter((k) => before[k] !== data[k])
      .map((k) => ({ field: k, label: labels.get(k) ?? k, from: before[k] ?? null, to: data[k] ?? null }));
    if (!changes.length) throw new AppError('validation-failed', { detail: 'Nothing changed', errors: [{ path: '/data', message: 'no change' }] });
    const seq = Math.max(0, ...(await listActions(tx, id)).map((a) => a.seq)) + 1;
    await appendAction(tx, { dossierId: id, seq, kind: CORRECT_DECLARATION, at: now.toISOString(), data: { reason, changes }, ...actor(p) });
    await tx.updateTable('dossiers').set({ declaration: JSON.stringify(data) }).where('id', '=', id).execute();
    await updateProjection(tx, id, {
      status: row.status,
      subState: row.subState,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      state: { ...row.state, lastSeq: seq },
    });
    await insertAudit(tx, {
      ...auditActor(p),
      action: CORRECT_DECLARATION,
      targetType: 'dossier',
      targetId: id,
      outcome: 'ok',
      detail: { seq, fields: changes.map((c) => c.field), reason },
    });
  });
  return getDeclaration(db, port, p, id);
}

/** The facts a result template takes from the dossier's declaration (e.g. birth-extract), given facts first. */
export async function withDeclaredFacts<T extends { template?: string; details?: Partial<Record<string, string>> }>(
  port: NationalPort,
  row: DossierRow,
  input: T,
): Promise<T> {
  if (!input.template || input.template === 'generic' || !row.declaration) return input;
  const facts = resultFactsFrom(await eformOf(port, row), input.template, row.declaration);
  const given = Object.fromEntries(Object.entries(input.details ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()));
  return { ...input, details: { ...facts, ...given } };
}
