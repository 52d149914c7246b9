/**
 * The supplement window (law-2025.md §3, Decree 297/2025 Art. 6 cl. 4(a): "Sau 15 ngày làm việc kể từ khi thông
 * báo … nếu tổ chức, cá nhân không hoàn thành việc hoàn thiện hồ sơ … thực hiện đóng hồ sơ"). A dossier waiting
 * for a supplement longer than the rule version's `supplementWindowWorkingDays` (15 by default) working days of
 * its agency is closed by the system: status 5 → `stop`, status 1 (awaiting a supplement before reception) →
 * `refuse`. Idempotent: a closed dossier no longer matches, and each close checks the version it read.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { isAppError } from '../../errors.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import { minutesPerDay, workingMinutesBetween } from '../../platform/calendar/engine.ts';
import { systemClose } from './dossier.actions.ts';
import { dossierCommitted } from './committed.ts';

export const DEFAULT_SUPPLEMENT_WINDOW_WORKING_DAYS = 15;
export const SUPPLEMENT_EXPIRED_REASON = 'Quá hạn bổ sung hồ sơ';

/** The window in working days from a rule version's settings, with the fallback. */
export function supplementWindowWorkingDays(settings: unknown): number {
  const v = (settings as { supplementWindowWorkingDays?: unknown } | null)?.supplementWindowWorkingDays;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : DEFAULT_SUPPLEMENT_WINDOW_WORKING_DAYS;
}

export interface ExpiredSupplement {
  id: string;
  code: string | null;
  action: 'stop' | 'refuse';
  requestedAt: string;
}

interface Candidate {
  id: string;
  code: string | null;
  status: number;
  version: number;
  agencyCode: string;
  settings: unknown;
  requestedAt: string;
}

/** Dossiers waiting for a supplement, with the time of the (last) request, their agency and rule settings. */
async function waitingForSupplement(db: Db): Promise<Candidate[]> {
  const r = await sql<Candidate>`
    select d.id, d.code, d.status, d.version, a.code as "agencyCode", r.settings,
           (select max(x.at) from dossier_actions x where x.dossier_id = d.id and x.kind = 'request_supplement'
              and x.at >= coalesce(d.actions_from, '-infinity'::timestamptz)) as "requestedAt"
      from dossiers d
      join agencies a on a.id = d.resolving_agency_id
      join rule_versions r on r.id = d.rule_version_id
     where d.status = 5 or (d.status = 1 and d.sub_state = 'awaiting_supplement_before_reception')
     order by d.id`.execute(db);
  return r.rows.filter((c) => c.requestedAt !== null);
}

/**
 * Close every dossier whose supplement window ran out at `now`. Returns the dossiers closed by this call; a
 * dossier changed concurrently (the supplement arrived, an officer acted) is left alone.
 */
export async function closeExpiredSupplements(db: Db, now: Date = new Date()): Promise<ExpiredSupplement[]> {
  const closed: ExpiredSupplement[] = [];
  for (const c of await waitingForSupplement(db)) {
    const { schedule } = await loadSchedule(db, c.agencyCode);
    const windowMinutes = supplementWindowWorkingDays(c.settings) * minutesPerDay(schedule.periods);
    const requestedAt = new Date(c.requestedAt);
    if (workingMinutesBetween(requestedAt, now, schedule) < windowMinutes) continue;
    const action = c.status === 5 ? 'stop' : 'refuse';
    try {
      await db
        .transaction()
        .execute((tx) => systemClose(tx, c.id, action, SUPPLEMENT_EXPIRED_REASON, c.version, now));
      dossierCommitted();
      closed.push({ id: c.id, code: c.code, action, requestedAt: requestedAt.toISOString() });
    } catch (err) {
      if (
        isAppError(err) &&
        (err.code === 'dossier-version-conflict' || err.code === 'dossier-transition-not-allowed')
      )
        continue;
      throw err;
    }
  }
  return closed;
}
