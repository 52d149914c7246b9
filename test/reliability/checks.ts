/** Database checks shared by the reliability tests: duplicate codes, gap-free daily sequences, first actions. */
import type pg from 'pg';

export interface AckedDossier {
  id: string;
  code: string;
  components: unknown[];
  fees: unknown[];
  firstAction: unknown;
}

export interface CodeReport {
  dossiersWithCode: number;
  duplicateCodes: string[];
  /** Per agency and day: how many codes, the highest number, and the counter's last number. */
  days: { agency: string; day: string; count: number; maxSeq: number; counter: number | null; gapFree: boolean }[];
  withoutFirstAction: number;
  withoutAudit: number;
}

export async function codeReport(pool: pg.Pool): Promise<CodeReport> {
  const dup = await pool.query<{ code: string }>(
    `select code from dossiers where code is not null group by code having count(*) > 1`,
  );
  const days = await pool.query<{ agency: string; yymmdd: string; n: string; maxseq: number; seqs: number[] }>(`
    select split_part(code, '-', 1) as agency, split_part(code, '-', 2) as yymmdd, count(*) as n,
           max(split_part(code, '-', 3)::int) as maxseq,
           array_agg(split_part(code, '-', 3)::int order by split_part(code, '-', 3)::int) as seqs
      from dossiers where code is not null group by 1, 2`);
  const counters = await pool.query<{ agency_code: string; day: string; last_seq: number }>(
    `select agency_code, to_char(day, 'YYMMDD') as day, last_seq from dossier_code_counters`,
  );
  const counterOf = new Map(counters.rows.map((c) => [`${c.agency_code}|${c.day}`, c.last_seq]));
  const total = await pool.query<{ n: string }>(`select count(*) as n from dossiers where code is not null`);
  const noFirst = await pool.query<{ n: string }>(`
    select count(*) as n from dossiers d
     where not exists (select 1 from dossier_actions a where a.dossier_id = d.id and a.seq = 1 and a.kind = 'receive'
                         and a.data->>'code' = d.code)`);
  const noAudit = await pool.query<{ n: string }>(`
    select count(*) as n from dossiers d
     where not exists (select 1 from audit_events e where e.target_type = 'dossier' and e.target_id = d.id::text
                         and e.action = 'receive' and e.outcome = 'ok')`);
  return {
    dossiersWithCode: Number(total.rows[0]!.n),
    duplicateCodes: dup.rows.map((r) => r.code),
    days: days.rows.map((d) => ({
      agency: d.agency,
      day: d.yymmdd,
      count: Number(d.n),
      maxSeq: d.maxseq,
      counter: counterOf.get(`${d.agency}|${d.yymmdd}`) ?? null,
      gapFree: d.seqs.every((s, i) => s === i + 1),
    })),
    withoutFirstAction: Number(noFirst.rows[0]!.n),
    withoutAudit: Number(noAudit.rows[0]!.n),
  };
}

/** POST a counter reception; the parsed dossier when acknowledged (201), otherwise the status (0: no answer). */
export async function receive(
  url: string,
  token: string,
  body: unknown,
): Promise<{ status: number; dossier?: Record<string, unknown> }> {
  try {
    const r = await fetch(`${url}/api/v1/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) return { status: r.status };
    return { status: 201, dossier: (await r.json()) as Record<string, unknown> };
  } catch {
    return { status: 0 };
  }
}

export function acked(d: Record<string, unknown>): AckedDossier {
  return {
    id: d.id as string,
    code: d.code as string,
    components: d.components as unknown[],
    fees: d.fees as unknown[],
    firstAction: (d.history as unknown[])[0],
  };
}
