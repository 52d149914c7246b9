/** Shapes and formats of the operators' view (GET /api/v1/federation/ops/systems and /counters). */
import type { Translate } from '../i18n/index.tsx';

export type Health = 'ok' | 'lagging' | 'silent' | 'failing' | 'suspended';

export interface HourPoint {
  hour: string;
  received: number;
  rejected: number;
}

export interface OpsSystem {
  code: string;
  name: string;
  status: string;
  health: Health;
  connectedSince: string;
  lastMessageAt: string | null;
  syncLagMs: number | null;
  eventsApplied: number;
  /** Refusals of messages this system really signed (business reasons). */
  errorCount: number;
  /** Messages claiming to be from this system refused today before authenticating (not in errorCount). */
  unauthenticatedRejectsToday: number;
  lastError: string | null;
  lastErrorAt: string | null;
  /** The titles of the last error's stable code (null when it has none). */
  lastErrorTitle?: { code: string; vi: string; en: string } | null;
  trend: HourPoint[];
}

export interface OpsCounters {
  accounts: number;
  synchronisedDossiers: number;
  onlineDossiers: number;
  publishedProcedures: number;
  onlineProcedures: number;
  onlineProcedureShare: number;
  connectedSystems: number;
}

/** Sync lag in the largest unit that keeps it readable: 850 ms, 12 s, 3,5 min, 2 h. */
export function formatLag(ms: number, t: Translate, lang: string): string {
  const n = (x: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(x);
  if (ms < 1000) return t('o.ops.ms', { n: n(ms) });
  if (ms < 60_000) return t('o.ops.s', { n: n(ms / 1000) });
  if (ms < 3_600_000) return t('o.ops.min', { n: n(ms / 60_000) });
  return t('o.ops.h', { n: n(ms / 3_600_000) });
}

/**
 * Every hour of the last `hours` hours (oldest first, UTC hour starts as the API writes them) with the summed counts
 * of the given systems; hours without traffic are zero so the chart's axis is continuous.
 */
export function hourSeries(systems: OpsSystem[], hours: number, now: number): HourPoint[] {
  const top = Math.floor(now / 3_600_000) * 3_600_000;
  const points = new Map<string, HourPoint>();
  for (let i = hours - 1; i >= 0; i--) {
    const hour = new Date(top - i * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
    points.set(hour, { hour, received: 0, rejected: 0 });
  }
  for (const s of systems)
    for (const p of s.trend) {
      const at = points.get(p.hour);
      if (at) {
        at.received += p.received;
        at.rejected += p.rejected;
      }
    }
  return [...points.values()];
}
