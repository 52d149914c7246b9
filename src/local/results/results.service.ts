/**
 * Issuing, replacing and revoking electronic results. Issuing renders the result's PDF with its verification
 * code, signs it as the resolving agency, registers it, stores the §5.2 metadata and applies the dossier's
 * `record_result` action — all in one transaction (status 2 or 4 → 9; any other status: 409 from the
 * transition table). Replacing issues a new result linked to the old one; revoking records the reason. Both are
 * mirrored in the registry, so public verification shows them.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { agencyAncestors } from '../../platform/identity/agency-scope.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { replaceSignedDocument, revokeSignedDocument } from '../../platform/signing/registry.repository.ts';
import { signAndRegister } from '../../platform/signing/registry.service.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';
import { stampVerification } from '../forms/verification-stamp.ts';
import { assertVisible } from '../dossiers/dossier.query.ts';
import { findDossier, insertAudit } from '../dossiers/dossier.repository.ts';
import { actInTx } from '../dossiers/dossier.actions.ts';
import { actionRoles } from '../dossiers/action-roles.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import {
  findResultRow,
  insertResult,
  issuerHeading,
  listResultRows,
  lockResultRow,
  markResult,
  originalResultOf,
  resultDocument,
} from './results.repository.ts';
import { RESULT_TEMPLATE_VERSIONS, renderResult } from './results.render.ts';
import type { DossierResultRow } from './results.table.ts';
import { withDeclaredFacts } from '../dossiers/declaration.service.ts';
import { checkResultInput, type IssuedResult, type ResultInput } from './results.ts';
import { kickWarehouseOutbox } from '../warehouse-link/outbox.ts';
import { dossierCommitted } from '../dossiers/committed.ts';

type Tx = Transaction<Database>;
type Ctx = Pick<AppContext, 'config' | 'db' | 'blobs' | 'nationalPort'> & Partial<Pick<AppContext, 'clock'>>;

/** Called inside the issuing transaction for every new result (e.g. the warehouse pushes it to the owner). */
export type ResultIssuedListener = (tx: Tx, result: IssuedResult) => Promise<void>;
const listeners: ResultIssuedListener[] = [];

/** Register a listener for issued results (issue and replace); returns a function that removes it. */
export function onResultIssued(listener: ResultIssuedListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/** Called inside the revoking transaction with the revoked result (e.g. the warehouse marks its copy revoked). */
export type ResultRevokedListener = (tx: Tx, result: IssuedResult) => Promise<void>;
const revokedListeners: ResultRevokedListener[] = [];

/** Register a listener for revoked results; returns a function that removes it. */
export function onResultRevoked(listener: ResultRevokedListener): () => void {
  revokedListeners.push(listener);
  return () => {
    const i = revokedListeners.indexOf(listener);
    if (i >= 0) revokedListeners.splice(i, 1);
  };
}

/** After a commit: what the listeners queued for the owner's warehouse is sent now (retried later if it fails). */
async function committed<T>(ctx: Ctx, value: T): Promise<T> {
  await kickWarehouseOutbox(ctx);
  return value;
}

/** The result with its metadata, issuer, verification code, blob and owner — for the API and other features. */
export async function findResult(db: Ctx['db'] | Tx, id: string): Promise<IssuedResult | undefined> {
  const row = await findResultRow(db, id);
  return row ? presentResult(db, row) : undefined;
}

async function presentResult(db: Ctx['db'] | Tx, r: DossierResultRow): Promise<IssuedResult> {
  const [doc, issuer, dossier] = await Promise.all([
    resultDocument(db, r.signedDocumentId),
    issuerHeading(db, r.issuerAgencyId),
    findDossier(db, r.dossierId),
  ]);
  return {
    id: r.id,
    dossierId: r.dossierId,
    dossierCode: dossier?.code ?? null,
    resultTypeCode: r.resultTypeCode,
    resultTypeName: r.resultTypeName,
    template: r.template,
    numberSymbol: r.numberSymbol,
    abstract: r.abstract,
    signerName: r.signerName,
    signerPosition: r.signerPosition ? r.signerPosition.split(' / ') : [],
    issuer: { id: issuer.id, code: issuer.code, name: issuer.name },
    issueDate: r.issueDate,
    signedAt: r.signedAt,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    permanent: r.permanent,
    scope: r.scope,
    details: r.details,
    ownerIdNumber: r.ownerIdNumber,
    status: r.status,
    replacesId: r.replacesId,
    replacedBy: r.replacedBy,
    revokedReason: r.revokedReason,
    changedAt: r.changedAt,
    verificationCode: formatVerificationCode(doc.verificationCode),
    blobSha256: doc.blobSha256,
    signedDocumentId: doc.id,
  };
}

/** Officers holding a `record_result` role (specialist, leader) at the dossier's resolving agency or above. */
async function assertMayIssue(db: Ctx['db'] | Tx, p: Principal | undefined, d: DossierRow): Promise<string> {
  if (!d.resolvingAgencyId)
    throw new AppError('dossier-transition-not-allowed', { detail: 'No resolving agency yet' });
  const chain = [d.resolvingAgencyId, ...(await agencyAncestors(db, d.resolvingAgencyId))];
  const roles = actionRoles.record_result;
  const ok =
    p?.kind === 'officer' && p.grants.some((g) => roles.includes(g.role) && chain.includes(g.agencyId));
  if (!ok)
    throw new AppError('forbidden', {
      detail: 'Only a specialist or leader of the resolving agency issues results',
    });
  return d.resolvingAgencyId;
}

async function issueInTx(
  ctx: Ctx,
  tx: Tx,
  principal: Principal | undefined,
  d: DossierRow,
  agencyId: string,
  input: ResultInput,
  replaces: DossierResultRow | undefined,
): Promise<IssuedResult> {
  const heading = await issuerHeading(tx, agencyId);
  const signedAt = new Date().toISOString();
  const issued = await signAndRegister(
    { ...ctx, db: tx },
    {
      agencyId,
      kind: 'result',
      title: `${input.resultTypeName} số ${input.numberSymbol}`,
      dossierId: d.id,
      ownerIdNumber: d.ownerIdNumber,
      metadata: {
        resultTypeCode: input.resultTypeCode,
        numberSymbol: input.numberSymbol,
        dossierCode: d.code,
      },
      reason: `Ban hành kết quả ${input.numberSymbol}`,
      location: heading.place,
      render: async (v) =>
        stampVerification(
          await renderResult(
            input,
            { governing: heading.governing, issuer: heading.name, place: heading.place },
            d.code ?? d.id,
          ),
          v,
        ),
    },
  );
  const row = await insertResult(tx, {
    dossierId: d.id,
    signedDocumentId: issued.id,
    resultTypeCode: input.resultTypeCode,
    resultTypeName: input.resultTypeName,
    template: RESULT_TEMPLATE_VERSIONS[input.template ?? 'generic'],
    numberSymbol: input.numberSymbol,
    abstract: input.abstract,
    signerName: input.signerName,
    signerPosition: input.signerPosition.join(' / '),
    issuerAgencyId: agencyId,
    issueDate: input.issueDate,
    signedAt,
    validFrom: input.validFrom ?? input.issueDate,
    validUntil: input.validUntil ?? null,
    permanent: input.permanent,
    scope: input.scope ?? null,
    details: JSON.stringify(input.details ?? {}),
    ownerIdNumber: d.ownerIdNumber,
    replacesId: replaces?.id ?? null,
    replacedBy: null,
    revokedReason: null,
    changedAt: null,
    issuedBy: principal?.id ?? 'system',
  });
  const result = await presentResult(tx, row);
  for (const l of listeners) await l(tx, result);
  return result;
}

async function visibleDossier(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
): Promise<DossierRow> {
  const d = await findDossier(ctx.db, dossierId);
  if (!d) throw new AppError('dossier-not-found');
  // The owner sees their results even when the dossier was received at a counter (no account on it).
  const owner =
    (principal?.kind === 'citizen' && principal.personalId === d.ownerIdNumber) ||
    (principal?.kind === 'organisation' && principal.taxCode === d.ownerIdNumber);
  if (!owner) await assertVisible(ctx.db, principal, d);
  return d;
}

function audit(
  tx: Tx,
  p: Principal | undefined,
  action: string,
  targetId: string,
  detail: Record<string, unknown>,
) {
  return insertAudit(tx, {
    actorKind: p?.kind ?? 'system',
    actorId: p?.id ?? 'system',
    action,
    targetType: 'dossier_result',
    targetId,
    outcome: 'ok',
    detail,
  });
}

/** Issue the electronic result of a dossier and record the result on it (status → 9). */
export async function issueResult(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
  raw: ResultInput & { expectedVersion: number },
): Promise<IssuedResult> {
  const d = await visibleDossier(ctx, principal, dossierId);
  const agencyId = await assertMayIssue(ctx.db, principal, d);
  const { expectedVersion, ...rest } = raw;
  const input = checkResultInput(await withDeclaredFacts(ctx.nationalPort, d, rest));
  if (await originalResultOf(ctx.db, d.id)) throw new AppError('result-already-issued');
  const issued = await ctx.db.transaction().execute(async (tx) => {
    await actInTx(
      tx,
      principal,
      d.id,
      { action: 'record_result', expectedVersion, note: input.numberSymbol },
      ctx.clock?.now() ?? new Date(),
    );
    if (await originalResultOf(tx, d.id)) throw new AppError('result-already-issued');
    const result = await issueInTx(ctx, tx, principal, d, agencyId, input, undefined);
    await audit(tx, principal, 'issue_result', result.id, {
      dossierId: d.id,
      verificationCode: result.verificationCode,
    });
    return result;
  });
  dossierCommitted(); // the record_result action's sync event is ready to send
  return committed(ctx, issued);
}

async function lockValid(tx: Tx, dossierId: string, resultId: string): Promise<DossierResultRow> {
  const old = await lockResultRow(tx, resultId);
  if (old?.dossierId !== dossierId) throw new AppError('result-not-found');
  if (old.status !== 'valid') throw new AppError('result-not-valid', { data: { status: old.status } });
  return old;
}

/** Replace a valid result by a new one (linked both ways; the old one's document is marked replaced). */
export async function replaceResult(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
  resultId: string,
  raw: ResultInput & { reason: string },
): Promise<IssuedResult> {
  const d = await visibleDossier(ctx, principal, dossierId);
  const agencyId = await assertMayIssue(ctx.db, principal, d);
  const { reason, ...rest } = raw;
  const input = checkResultInput(await withDeclaredFacts(ctx.nationalPort, d, rest));
  const replaced = await ctx.db.transaction().execute(async (tx) => {
    const old = await lockValid(tx, d.id, resultId);
    const result = await issueInTx(ctx, tx, principal, d, agencyId, input, old);
    await markResult(tx, old.id, { status: 'replaced', replacedBy: result.id });
    if (!(await replaceSignedDocument(tx, old.signedDocumentId, result.signedDocumentId))) {
      throw new AppError('signed-document-not-valid');
    }
    await audit(tx, principal, 'replace_result', old.id, { by: result.id, reason: reason.normalize('NFC') });
    return result;
  });
  return committed(ctx, replaced);
}

/** Revoke a valid result with a reason. */
export async function revokeResult(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
  resultId: string,
  reason: string,
): Promise<IssuedResult> {
  const d = await visibleDossier(ctx, principal, dossierId);
  await assertMayIssue(ctx.db, principal, d);
  if (!reason.trim()) throw new AppError('reason-required');
  const revoked = await ctx.db.transaction().execute(async (tx) => {
    const old = await lockValid(tx, d.id, resultId);
    await markResult(tx, old.id, { status: 'revoked', revokedReason: reason.normalize('NFC').trim() });
    if (!(await revokeSignedDocument(tx, old.signedDocumentId, reason.trim())))
      throw new AppError('signed-document-not-valid');
    await audit(tx, principal, 'revoke_result', old.id, { reason: reason.normalize('NFC') });
    const result = (await findResult(tx, old.id))!;
    for (const l of revokedListeners) await l(tx, result);
    return result;
  });
  return committed(ctx, revoked);
}

/** The results of a dossier (owner and officers who see the dossier). */
export async function listResults(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
): Promise<IssuedResult[]> {
  const d = await visibleDossier(ctx, principal, dossierId);
  return Promise.all((await listResultRows(ctx.db, d.id)).map((r) => presentResult(ctx.db, r)));
}

/** The signed PDF of a result. */
export async function resultPdf(
  ctx: Ctx,
  principal: Principal | undefined,
  dossierId: string,
  resultId: string,
): Promise<{ pdf: Buffer; result: IssuedResult }> {
  const d = await visibleDossier(ctx, principal, dossierId);
  const result = await findResult(ctx.db, resultId);
  if (result?.dossierId !== d.id) throw new AppError('result-not-found');
  return { pdf: await ctx.blobs.read(result.blobSha256), result };
}
