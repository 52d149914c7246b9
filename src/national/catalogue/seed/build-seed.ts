/**
 * Rebuilds procedures.data.ts from the national crawl with the product's importer (a maintainer's tool, not run by
 * the product): `node --import tsx src/national/catalogue/seed/build-seed.ts ../shared/data/tthc-dvcqg-2026/tthc_details_2642.jsonl.gz`.
 * For each seeded code the demo's own choices are kept (name, sector, levels, the demo agencies, online level,
 * workflow, results); the cases, components, fees, times and legal bases are what the crawl importer reads from
 * the page (crawl-cells.ts), and components get their national document-type codes (document-types.ts).
 * Procedures the crawl does not hold keep their content, with document types mapped and legal bases structured.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProcedureContent } from '../catalogue.ts';
import { readCrawlFile } from '../import/dvcqg-crawl.ts';
import { mapComponentTypes } from '../import/quality.ts';
import { legalDocumentOf } from '../legal-basis.ts';
import { seedProcedures, seedSectors } from './procedures.data.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: build-seed.ts <tthc_details_2642.jsonl.gz>');
const crawl = new Map(readCrawlFile(file).map((c) => [c.code, c]));

const out = seedProcedures.map((p): ProcedureContent & { code: string } => {
  const c = crawl.get(p.code)?.content;
  const next: ProcedureContent & { code: string } = c
    ? {
        ...p,
        processing: { counter: c.processing?.counter ?? p.processing.counter, online: p.onlineLevel === 'none' ? null : (c.processing?.online ?? p.processing.online) },
        cases: c.cases ?? [],
        fees: c.fees ?? [],
        legalBasis: c.legalBasis ?? [],
      }
    : { ...p, legalBasis: p.legalBasis.map((l) => legalDocumentOf(l) ?? l) };
  next.cases = next.cases.map((k) => ({ ...k, components: k.components.map((x) => ({ ...x })) }));
  mapComponentTypes(next);
  return next;
});

const target = path.join(import.meta.dirname, 'procedures.data.ts');
const header = `/**
 * Real procedures of the national catalogue (Cổng Dịch vụ công quốc gia, public facts): codes, names, sectors,
 * levels, processing times, components, results and legal references as published there, read from the June–July
 * 2026 crawl (shared/data/tthc-dvcqg-2026/SOURCE.md) by the product's crawl importer (build-seed.ts regenerates
 * this file). Competent agencies are the demo agencies of this product (Thanh Hóa H56, Quảng Ninh H49 and the
 * ministries by their real codes); online level "full" marks the procedures the portal serves toàn trình (civil
 * status, residence, judicial records). Components that are national documents carry their document-type code.
 */
import type { ProcedureContent } from '../catalogue.ts';
import type { SectorRecord } from '../catalogue.repository.ts';

export const seedSectors: SectorRecord[] = ${JSON.stringify(seedSectors, null, 2)};

export const seedProcedures: (ProcedureContent & { code: string })[] = ${JSON.stringify(out, null, 2)};
`;
writeFileSync(target, header);
console.log(`wrote ${out.length} procedures (${out.filter((p) => crawl.has(p.code)).length} from the crawl) to ${target}`);
