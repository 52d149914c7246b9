/**
 * Daily schedules in Vietnam time (UTC+07:00 all year, no daylight saving): a job due every day at `HH:MM`. The
 * occurrence of a day is named by its Vietnam date (`YYYY-MM-DD`), the run key of `scheduled_job_runs`.
 */
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3600_000;

export interface Occurrence {
  /** The Vietnam day, `YYYY-MM-DD`. */
  runKey: string;
  /** The instant the occurrence is due. */
  dueAt: Date;
}

/** Minutes after Vietnam midnight of `HH:MM` (00:00–23:59); throws on anything else. */
export function parseDailyAt(at: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at);
  if (!m) throw new Error(`not a time of day HH:MM: ${at}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function occurrenceOn(vnDayIndex: number, minutes: number): Occurrence {
  const vnMidnight = vnDayIndex * DAY_MS;
  return {
    runKey: new Date(vnMidnight).toISOString().slice(0, 10),
    dueAt: new Date(vnMidnight + minutes * 60_000 - VN_OFFSET_MS),
  };
}

/** The latest occurrence due at or before `now` (today's once its time has come, else yesterday's). */
export function latestDue(now: Date, at: string): Occurrence {
  const minutes = parseDailyAt(at);
  const day = Math.floor((now.getTime() + VN_OFFSET_MS) / DAY_MS);
  const today = occurrenceOn(day, minutes);
  return today.dueAt.getTime() <= now.getTime() ? today : occurrenceOn(day - 1, minutes);
}

/** The first occurrence due strictly after `now`. */
export function nextDue(now: Date, at: string): Occurrence {
  const minutes = parseDailyAt(at);
  const day = Math.floor((now.getTime() + VN_OFFSET_MS) / DAY_MS);
  const today = occurrenceOn(day, minutes);
  return today.dueAt.getTime() > now.getTime() ? today : occurrenceOn(day + 1, minutes);
}
