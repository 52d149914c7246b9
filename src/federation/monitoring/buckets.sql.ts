/**
 * The SQL both roles share to turn rows of monitoring facts into month buckets and buckets into a period's sums,
 * and the per-indicator membership tests of the drill-down. A facts relation has the columns of
 * national_monitoring_facts (agency_code, received_at, channel, due_at, finished_at, late, has_result,
 * full_online_eligible, fee_required, paid_online, e_result, digitised_all, digitised_any, reuse_eligible, reused,
 * dissatisfied, sync_late). Months are Vietnam calendar months (UTC+7, no daylight saving).
 */
import { sql, type RawBuilder } from 'kysely';
import { BUCKET_COLUMNS, STOCK_COLUMNS, type BucketColumn } from './counters.ts';
import type { Period } from './periods.ts';

const month = (col: RawBuilder<unknown>) => sql`date_trunc('month', ${col} at time zone 'UTC' + interval '7 hours')::date`;

/** Contributions of each facts row, one row per (group key, month, kind) with every bucket column; `sign` -1 undoes. */
export function contributionsSql(facts: RawBuilder<unknown>, keyCols: readonly string[], sign: 1 | -1 = 1): RawBuilder<unknown> {
  const keys = sql.join(keyCols.map((k) => sql.ref(k)));
  const cols = (values: Partial<Record<BucketColumn, RawBuilder<unknown>>>) =>
    sql.join(BUCKET_COLUMNS.map((c) => sql`(${values[c] ?? sql`0`})::int * ${sign} as ${sql.ref(c)}`));
  const i = (b: string) => sql.raw(`(${b})::int`);
  return sql`
    select ${keys}, ${month(sql.ref('received_at'))} as month, ${cols({
      received: sql`1`, full_eligible: i('full_online_eligible'), full_online: i("full_online_eligible and channel = 'online'"),
      fee_received: i('fee_required'), paid_online: i('fee_required and paid_online'), digitised_all: i('digitised_all'),
      digitised_any: i('digitised_any'), reuse_eligible: i('reuse_eligible'), reused: i('reuse_eligible and reused'),
      open_delta: sql`1`, open_in_time_delta: sql`1`, open_sync_ok_delta: i('not sync_late'),
    })} from ${facts} f where received_at is not null
    union all
    select ${keys}, ${month(sql.ref('finished_at'))}, ${cols({
      resolved: sql`1`, resolved_on_time: i('not late'), satisfied: i('not late and not dissatisfied'), with_result: i('has_result'),
      e_result: i('has_result and e_result'), finished_sync_ok: i('not sync_late'), open_delta: sql`-1`, open_sync_ok_delta: i('-(not sync_late)::int'),
    })} from ${facts} f where received_at is not null and finished_at is not null
    union all
    select ${keys}, ${month(sql`least(finished_at, due_at)`)}, ${cols({ open_in_time_delta: sql`-1` })}
    from ${facts} f where received_at is not null and coalesce(finished_at, due_at) is not null`;
}

/** Month buckets (summed per key and month) of a facts relation. */
export function bucketsSql(facts: RawBuilder<unknown>, keyCols: readonly string[], sign: 1 | -1 = 1): RawBuilder<unknown> {
  const keys = sql.join(keyCols.map((k) => sql.ref(k)));
  return sql`select ${keys}, month, ${sql.join(BUCKET_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::int as ${sql.ref(c)}`))}
    from (${contributionsSql(facts, keyCols, sign)}) c group by ${keys}, month`;
}

/** `sum(col) filter (…)` of every bucket column for a period: flows in its months, stocks before its end. */
export function periodSumsSql(p: Period, prefix = ''): RawBuilder<unknown> {
  return sql.join(
    BUCKET_COLUMNS.map((c) => {
      const where = STOCK_COLUMNS.includes(c)
        ? sql`month < ${p.endMonth}::date`
        : sql`month >= ${p.firstMonth}::date and month < ${p.endMonth}::date`;
      return sql`coalesce(sum(${sql.ref(c)}) filter (where ${where}), 0)::bigint as ${sql.ref(prefix + c)}`;
    }),
  );
}

/** Which dossiers an indicator counts in a period: its denominator and numerator tests over a facts row. */
export function membershipSql(key: string, p: Period): { denominator: RawBuilder<unknown>; numerator: RawBuilder<unknown> } | null {
  const s = sql`${p.start.toISOString()}::timestamptz`;
  const e = sql`${p.end.toISOString()}::timestamptz`;
  const handled = sql`(received_at < ${e} and (finished_at is null or finished_at >= ${s}))`;
  const receivedIn = sql`(received_at >= ${s} and received_at < ${e})`;
  const finishedIn = sql`(received_at is not null and finished_at >= ${s} and finished_at < ${e})`;
  const m: Record<string, [RawBuilder<unknown>, RawBuilder<unknown>]> = {
    'dossier-sync': [handled, sql`not sync_late`],
    'on-time': [handled, sql`((finished_at < ${e} and not late) or (coalesce(finished_at, 'infinity') >= ${e} and coalesce(due_at, 'infinity') >= ${e}))`],
    'online-full': [sql`${receivedIn} and full_online_eligible`, sql`channel = 'online'`],
    'payment-online': [sql`${receivedIn} and fee_required`, sql`paid_online`],
    'dossier-satisfaction': [finishedIn, sql`not late and not dissatisfied`],
    'e-result': [sql`${finishedIn} and has_result`, sql`e_result`],
    digitised: [receivedIn, sql`digitised_all`],
    reused: [sql`${receivedIn} and reuse_eligible`, sql`reused`],
    'digitised-shared': [receivedIn, sql`digitised_any`],
  };
  const t = m[key];
  return t ? { denominator: t[0], numerator: sql`(${t[0]}) and (${t[1]})` } : null;
}
