/**
 * Bulk data for the read benchmark: N dossiers copied from a real template dossier (its state, terms and rule
 * version), in chunks of INSERT … SELECT generate_series — each with 3 components and 2 actions — inside a time
 * budget, with one citizen owning 1,000 of them spread through the data.
 */
import type pg from 'pg';

export interface Generated {
  requested: number;
  inserted: number;
  seconds: number;
  stoppedByBudget: boolean;
  citizenDossiers: number;
}

const CHUNK = 50_000;

export async function generateDossiers(
  pool: pg.Pool,
  opts: { templateId: string; n: number; budgetSeconds: number; citizenId: string; onProgress?: (done: number) => void },
): Promise<Generated> {
  const t0 = performance.now();
  const every = Math.max(1, Math.floor(opts.n / 1000)); // one dossier in `every` belongs to the citizen
  let done = 0;
  let stoppedByBudget = false;
  while (done < opts.n) {
    if ((performance.now() - t0) / 1000 > opts.budgetSeconds) {
      stoppedByBudget = true;
      break;
    }
    const from = done + 1;
    const to = Math.min(opts.n, done + CHUNK);
    await pool.query(
      `
      with t as (select d.*, a.code as agency_code from dossiers d join agencies a on a.id = d.resolving_agency_id where d.id = $1),
      d as (
        insert into dossiers (code, channel, procedure_code, procedure_version_id, procedure_name, case_code, terms,
                              rule_version_id, owner_type, owner_id_number, owner_name, owner_contact, submitter,
                              resolving_agency_id, node_code, status, sub_state, received_at, due_at, state, created_at, updated_at)
        select t.agency_code || '-' || to_char(date '2020-01-01' + (g / 9999), 'YYMMDD') || '-' || lpad((g % 9999 + 1)::text, 4, '0'),
               t.channel, t.procedure_code, t.procedure_version_id, t.procedure_name, t.case_code, t.terms,
               t.rule_version_id, 'citizen',
               case when g % $4 = 0 then $5 else lpad(((g::bigint * 7919) % 1000000000000)::text, 12, '0') end,
               'Công dân ' || g, t.owner_contact, t.submitter, t.resolving_agency_id, t.node_code,
               case when g % 5 = 0 then 4 else 2 end, t.sub_state,
               timestamptz '2020-01-01 08:00+07' + g * interval '3 minutes',
               timestamptz '2020-01-08 08:00+07' + g * interval '3 minutes',
               t.state,
               timestamptz '2020-01-01 08:00+07' + g * interval '3 minutes', now()
          from t, generate_series($2::int, $3::int) g
        returning id, code, received_at
      ),
      c as (
        insert into dossier_components (dossier_id, seq, name, document_type_code, originals, certified_copies, photocopies)
        select d.id, s, 'Thành phần hồ sơ ' || s, case when s = 2 then 'GCS' end, 1, s % 2, 0
          from d, generate_series(1, 3) s
      ),
      a as (
        insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name, data)
        select d.id, s, case s when 1 then 'receive' else 'start' end, d.received_at + (s - 1) * interval '1 hour',
               'officer', 'bench', 'Cán bộ một cửa',
               case s when 1 then jsonb_build_object('code', d.code) else '{}'::jsonb end
          from d, generate_series(1, 2) s
      )
      select count(*) from d`,
      [opts.templateId, from, to, every, opts.citizenId],
    );
    done = to;
    opts.onProgress?.(done);
  }
  // stopped early by the budget: give the citizen the rest of their 1,000 dossiers from the generated ones
  await pool.query(
    `update dossiers set owner_id_number = $1 where id in (
       select id from dossiers where owner_id_number <> $1 and owner_name like 'Công dân %'
        limit greatest(0, 1000 - (select count(*) from dossiers where owner_id_number = $1)))`,
    [opts.citizenId],
  );
  await pool.query('analyze dossiers; analyze dossier_components; analyze dossier_actions');
  const citizen = await pool.query<{ n: string }>('select count(*) as n from dossiers where owner_id_number = $1', [
    opts.citizenId,
  ]);
  return {
    requested: opts.n,
    inserted: done,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    stoppedByBudget,
    citizenDossiers: Number(citizen.rows[0]!.n),
  };
}

/** A full history on one dossier: 29 more actions after its reception (through the whole lifecycle, repeatedly). */
export async function addFullHistory(pool: pg.Pool, dossierId: string): Promise<void> {
  await pool.query(
    `insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name, data)
     select $1, s, (array['start','request_supplement','supplement_received','forward','approve','record_result','return_to_step'])[(s - 2) % 7 + 1],
            now() + s * interval '1 hour', 'officer', 'bench', 'Chuyên viên xử lý',
            jsonb_build_object('note', 'Bước xử lý số ' || s)
       from generate_series(2, 30) s`,
    [dossierId],
  );
}
