import { sql, type Kysely } from 'kysely';
import { TT01_2018 } from '../../local/evaluation/criteria-tt01-2018.ts';

/**
 * Per-dossier satisfaction evaluation (src/local/evaluation). The questionnaire is data: a versioned criteria set
 * (criteria and grade bands as JSON) chosen by effective date, seeded with Circular 01/2018's nine indicators and two
 * satisfaction items as 'TT01-2018' (law-2025.md §10: keep it configurable). TT01_2018 is frozen: a changed
 * questionnaire is a new row with a later effective date, never an edit. One evaluation per dossier (unique).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluation_criteria_sets (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      effective_from date not null,
      legal_basis text not null,
      criteria jsonb not null,
      grade_bands jsonb not null,
      created_at timestamptz not null default now()
    );
    comment on table evaluation_criteria_sets is 'Versions of the per-dossier evaluation questionnaire; the one in force at evaluation time applies';

    create table dossier_evaluations (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null unique references dossiers(id),
      criteria_set_id uuid not null references evaluation_criteria_sets(id),
      agency_id uuid references agencies(id),
      scores jsonb not null,
      total integer not null check (total >= 0),
      max_total integer not null,
      grade text not null,
      comments text not null default '' check (length(comments) <= 2000),
      source text not null check (source in ('online', 'counter_paper')),
      recorded_by_kind text not null,
      recorded_by_id text not null,
      created_at timestamptz not null default now()
    );
    comment on column dossier_evaluations.source is 'online: the applicant on the portal; counter_paper: an officer typing in a paper form';
    create index dossier_evaluations_agency on dossier_evaluations (agency_id, created_at);
  `.execute(db);
  const s = TT01_2018;
  await sql`
    insert into evaluation_criteria_sets (code, name, effective_from, legal_basis, criteria, grade_bands)
    values (${s.code}, ${s.name}, ${s.effectiveFrom}, ${s.legalBasis}, ${JSON.stringify(s.criteria)}::jsonb,
            ${JSON.stringify(s.gradeBands)}::jsonb)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dossier_evaluations; drop table evaluation_criteria_sets;`.execute(db);
}
