/** Every SQL statement of the workflow feature. Functions take the connection or the transaction first. */
import { sql } from 'kysely';
import { agencyAncestors, findAgencyByCode } from '../../platform/reference/agency.repository.ts';
import { revisionCache } from '../../platform/reference/revisions.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';
import type { StepDef } from './template.ts';
import type { WorkflowTemplateRow } from './workflow.table.ts';

export async function insertTemplateVersion(
  tx: Tx,
  t: { code: string; name: string; steps: StepDef[]; createdBy: string },
): Promise<WorkflowTemplateRow> {
  const last = await tx
    .selectFrom('workflowTemplates')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('code', '=', t.code)
    .executeTakeFirst();
  return tx
    .insertInto('workflowTemplates')
    .values({
      code: t.code,
      version: Number(last?.v ?? 0) + 1,
      name: t.name,
      status: 'draft',
      steps: JSON.stringify(t.steps),
      createdBy: t.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findTemplateVersion(tx: Tx, code: string, version: number) {
  return tx
    .selectFrom('workflowTemplates')
    .selectAll()
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function findTemplateById(tx: Tx, id: string) {
  return tx.selectFrom('workflowTemplates').selectAll().where('id', '=', id).executeTakeFirst();
}

const templatesById = revisionCache<WorkflowTemplateRow | undefined>('config');

/** A template version by id, shared and frozen; cached per process (read on every officer's view of a dossier). */
export function templateById(tx: Tx, id: string): Promise<WorkflowTemplateRow | undefined> {
  return templatesById(tx, id, () => findTemplateById(tx, id));
}

export function lockTemplateVersion(tx: Tx, code: string, version: number) {
  return tx
    .selectFrom('workflowTemplates')
    .selectAll()
    .where('code', '=', code)
    .where('version', '=', version)
    .forUpdate()
    .executeTakeFirst();
}

export function markPublished(tx: Tx, id: string, effectiveFrom: string) {
  return tx
    .updateTable('workflowTemplates')
    .set({ status: 'published', effectiveFrom, publishedAt: sql<string>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The published version of `code` in force on `day` (latest effective date, then latest version). */
export function templateInForce(tx: Tx, code: string, day: string) {
  return tx
    .selectFrom('workflowTemplates')
    .selectAll()
    .where('code', '=', code)
    .where('status', '=', 'published')
    .where('effectiveFrom', '<=', day)
    .orderBy('effectiveFrom', 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listTemplates(tx: Tx, code?: string) {
  let q = tx.selectFrom('workflowTemplates').selectAll();
  if (code) q = q.where('code', '=', code);
  return q.orderBy('code').orderBy('version', 'desc').execute();
}

export async function dossierTemplateId(tx: Tx, dossierId: string): Promise<string | null> {
  const r = await tx
    .selectFrom('dossiers')
    .select('workflowTemplateId')
    .where('id', '=', dossierId)
    .executeTakeFirst();
  return r?.workflowTemplateId ?? null;
}

export async function officerWithGrants(tx: Tx, id: string) {
  const o = await tx
    .selectFrom('officers')
    .select(['id', 'fullName', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!o) return undefined;
  const grants = await tx
    .selectFrom('officerRoles')
    .select(['role', 'agencyId'])
    .where('officerId', '=', id)
    .execute();
  return { ...o, grants };
}

/** The agency and every agency above it, nearest first. */
export async function agencyChain(tx: Tx, agencyId: string): Promise<string[]> {
  return [agencyId, ...(await agencyAncestors(tx, agencyId))];
}

export async function agencyIdByCode(tx: Tx, code: string): Promise<string | undefined> {
  return (await findAgencyByCode(tx, code))?.id;
}

export async function agencyNames(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
