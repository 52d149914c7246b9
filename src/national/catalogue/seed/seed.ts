/** The product's catalogue seed: real sectors and procedures, published from 1 July 2025. Idempotent. */
import type { Db } from '../../../db/connect.ts';
import type { ProcedureContent } from '../catalogue.ts';
import { upsertSector } from '../catalogue.repository.ts';
import { upsertPublished } from '../catalogue.service.ts';
import { seedEForms } from './eforms.data.ts';
import { seedProcedures, seedSectors } from './procedures.data.ts';

/** The date the seeded versions take effect (the two-tier local government reform). */
export const SEED_EFFECTIVE_FROM = '2025-07-01';

/** A seeded procedure with its declaration e-form and its required papers (seed/eforms.data.ts), if it has them. */
export function withEForm(code: string, content: ProcedureContent): ProcedureContent {
  const extra = seedEForms[code];
  if (!extra) return content;
  return {
    ...content,
    eform: extra.eform,
    cases: content.cases.map((c) => ({
      ...c,
      components: c.components.map((k) => (extra.required.some((r) => r.test(k.name)) ? { ...k, required: true } : k)),
    })),
  };
}

export async function seedCatalogue(db: Db): Promise<{ sectors: number; procedures: number }> {
  for (const s of seedSectors) await upsertSector(db, s);
  for (const { code, ...content } of seedProcedures) {
    await upsertPublished(db, 'system', code, withEForm(code, content), { effectiveFrom: SEED_EFFECTIVE_FROM });
  }
  return { sectors: seedSectors.length, procedures: seedProcedures.length };
}
