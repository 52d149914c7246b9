/**
 * What Form 01 promises beyond the dossier's own due date: the appointment of a dossier whose procedure sets no
 * processing time, and the tracking page printed and encoded in its QR code.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import {
  countedFrom,
  fromLocalMs,
  isWorkingInstant,
  previousWorkingEnd,
  toLocalMs,
} from '../../platform/calendar/engine.ts';

const DAY_MS = 86_400_000;
import { agencyCodeById } from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';

/**
 * A procedure without a processing time gives its result at once — but only to a person at the counter during
 * working hours. Received online, by post or outside working hours (an online dossier accepted at 22:47), the
 * result is due by the end of the working day on which the clock starts; that is the appointment printed.
 * Null when the result is given at once (counter, working time).
 */
export async function appointmentWithoutTerm(db: Db, d: DossierRow): Promise<string | null> {
  if (!d.receivedAt) return null;
  const code = d.resolvingAgencyId ? await agencyCodeById(db, d.resolvingAgencyId) : undefined;
  const { schedule } = await loadSchedule(db, code ?? undefined);
  const received = new Date(d.receivedAt);
  if (d.channel === 'counter' && isWorkingInstant(received, schedule)) return null;
  const start = countedFrom(received, schedule);
  // the closing of that working day: the last period end before the next midnight (Vietnam time)
  const nextMidnight = (Math.floor(toLocalMs(start) / DAY_MS) + 1) * DAY_MS;
  return previousWorkingEnd(fromLocalMs(nextMidnight - 1), schedule).toISOString();
}

/** The web app's public tracking page of a dossier code (a page for people; the JSON is /api/v1/tracking/…). */
export function trackingPageUrl(config: Pick<Config, 'PUBLIC_URL'>, code: string): string {
  return `${config.PUBLIC_URL}/tra-cuu/${encodeURIComponent(code)}`;
}
