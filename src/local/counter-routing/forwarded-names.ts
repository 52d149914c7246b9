/**
 * Names for the receiving counter's list of forwarded dossiers (issue 13.10): the competent agency by its name and
 * the competent system by the name of its top agency (e.g. "UBND tỉnh Thanh Hóa"), not by their codes; and the
 * short reference the counter gives the person until that system answers with its dossier code.
 */
import type { Db } from '../../db/connect.ts';
import { pendingReference } from './forwarded-receipt.ts';

interface Named {
  id: string;
  targetNode: string;
  resolvingAgencyCode: string;
}

export async function withNames<T extends Named>(db: Db, items: readonly T[]): Promise<(T & { reference: string; resolvingAgencyName: string; targetName: string })[]> {
  const codes = [...new Set(items.map((i) => i.resolvingAgencyCode))];
  const nodes = [...new Set(items.map((i) => i.targetNode))];
  const [agencies, tops] = await Promise.all([
    codes.length ? db.selectFrom('agencies').select(['code', 'name']).where('code', 'in', codes).execute() : [],
    nodes.length
      ? db.selectFrom('agencies').select(['nodeCode', 'name', 'level']).where('nodeCode', 'in', nodes).where('parentId', 'is', null).orderBy('level').execute()
      : [],
  ]);
  const agencyName = new Map(agencies.map((a) => [a.code, a.name]));
  const topName = new Map<string, string>();
  for (const t of tops) if (!topName.has(t.nodeCode)) topName.set(t.nodeCode, t.name);
  return items.map((i) => ({
    ...i,
    reference: pendingReference(i.id),
    resolvingAgencyName: agencyName.get(i.resolvingAgencyCode) ?? i.resolvingAgencyCode,
    targetName: topName.get(i.targetNode) ?? i.targetNode,
  }));
}
