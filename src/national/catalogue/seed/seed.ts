/** The product's catalogue seed: real sectors and procedures, published from 1 July 2025. Idempotent. */
import type { Db } from '../../../db/connect.ts';
import { upsertSector } from '../catalogue.repository.ts';
import { upsertPublished } from '../catalogue.service.ts';
import { seedProcedures, seedSectors } from './procedures.data.ts';

/** The date the seeded versions take effect (the two-tier local government reform). */
export const SEED_EFFECTIVE_FROM = '2025-07-01';

export async function seedCatalogue(db: Db): Promise<{ sectors: number; procedures: number }> {
  for (const s of seedSectors) await upsertSector(db, s);
  for (const { code, ...content } of seedProcedures) {
    await upsertPublished(db, 'system', code, content, { effectiveFrom: SEED_EFFECTIVE_FROM });
  }
  return { sectors: seedSectors.length, procedures: seedProcedures.length };
}
