/**
 * What the citizen is told after "Gửi hồ sơ" on the portal (issue 13.11): the competent system by its name (not
 * its code), a short reference to quote until that system gives the dossier code (the submission id's first 8
 * characters, not the whole UUID), and the expected date of the result — the procedure's online processing time
 * counted from now on the competent agency's working calendar.
 */
import type { Db } from '../../db/connect.ts';
import { computeDueDate } from '../../platform/calendar/calendar.service.ts';
import type { NationalPort } from '../../federation/national-port.ts';

/** The short reference of a submission: "3F2A-91C0". */
export function submissionReference(id: string): string {
  const s = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

export async function systemNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('federationNodes').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The expected date of the result of a submission made at `start`, or null when the procedure has no fixed time. */
export async function expectedResultAt(db: Db, port: NationalPort, procedureCode: string, agencyCode: string, start: Date): Promise<string | null> {
  const proc = await port.findPublishedProcedure(procedureCode).catch(() => undefined);
  const terms = proc?.processing.online ?? proc?.processing.counter ?? null;
  if (!terms) return null;
  try {
    return (await computeDueDate(db, { start: start.toISOString(), duration: terms.duration, unit: terms.unit, agency: agencyCode })).due;
  } catch {
    return null;
  }
}

export async function submissionReceipt(
  db: Db,
  port: NationalPort,
  r: { submissionId: string; node: string },
  input: { procedureCode: string; resolvingAgencyCode: string },
) {
  const [names, expectedAt] = await Promise.all([
    systemNames(db, [r.node]),
    expectedResultAt(db, port, input.procedureCode, input.resolvingAgencyCode, new Date()),
  ]);
  return { ...r, system: { code: r.node, name: names.get(r.node) ?? r.node }, reference: submissionReference(r.submissionId), expectedAt };
}
