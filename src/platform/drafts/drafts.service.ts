/**
 * Drafts of online dossiers ("Hồ sơ chưa gửi") kept on the server per account, so "Lưu và thoát" keeps them and
 * they resume on another device: the procedure version, the wizard's step, the e-form answers, the chosen papers
 * and the references to the uploads (warehouse document ids). Owner-only (another account's draft is 404),
 * bounded in size and number, deleted when the dossier is sent.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { Principal } from '../identity/principal.ts';
import * as repo from './drafts.repository.ts';
import type { SubmissionDraftRow } from './drafts.table.ts';

export const MAX_DRAFT_BYTES = 65_536;
export const MAX_DRAFTS = 200;

function accountOf(p: Principal | undefined): string {
  if (!p || p.kind === 'officer') throw new AppError('forbidden', { detail: 'Drafts are for citizens and organisations' });
  return p.id;
}

function sized(data: Record<string, unknown>): string {
  const json = JSON.stringify(data);
  if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) throw new AppError('draft-too-large', { data: { maxBytes: MAX_DRAFT_BYTES } });
  return json;
}

const view = (r: SubmissionDraftRow) => ({
  id: r.id,
  procedureCode: r.procedureCode,
  procedureName: r.procedureName,
  procedureVersionId: r.procedureVersionId,
  data: r.data,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export async function listMyDrafts(db: Db, p: Principal | undefined) {
  return { items: await repo.listDrafts(db, accountOf(p)) };
}

export async function getMyDraft(db: Db, p: Principal | undefined, id: string) {
  const r = await repo.findDraft(db, accountOf(p), id);
  if (!r) throw new AppError('draft-not-found');
  return view(r);
}

export async function createDraft(db: Db, port: NationalPort, p: Principal | undefined, input: { procedureCode: string; data: Record<string, unknown> }) {
  const accountId = accountOf(p);
  const data = sized(input.data);
  const proc = await port.findPublishedProcedure(input.procedureCode);
  if (!proc) throw new AppError('procedure-not-published');
  if ((await repo.countDrafts(db, accountId)) >= MAX_DRAFTS) throw new AppError('drafts-limit', { data: { max: MAX_DRAFTS } });
  return view(await repo.insertDraft(db, { accountId, procedureCode: proc.code, procedureVersionId: proc.versionId, procedureName: proc.name, data }));
}

export async function saveDraft(db: Db, p: Principal | undefined, id: string, data: Record<string, unknown>) {
  const r = await repo.updateDraft(db, accountOf(p), id, sized(data));
  if (!r) throw new AppError('draft-not-found');
  return view(r);
}

export async function deleteMyDraft(db: Db, p: Principal | undefined, id: string): Promise<void> {
  if (!(await repo.deleteDraft(db, accountOf(p), id))) throw new AppError('draft-not-found');
}

/** On submission: the account's draft it came from is deleted (in the submission's transaction when given one). */
export async function deleteDraftOnSubmit(db: Parameters<typeof repo.deleteDraft>[0], p: Principal | undefined, id: string | undefined): Promise<void> {
  if (!id || !p || p.kind === 'officer') return;
  await repo.deleteDraft(db, p.id, id);
}
