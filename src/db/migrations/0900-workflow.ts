import { sql, type Kysely } from 'kysely';

/**
 * Internal workflow templates (src/local/workflow): versioned step graphs per procedure, the template version a
 * dossier got at reception, indexes for the "assigned to me" and per-step queues (on the replayed state), and
 * the 15:00 transfer cut-off of Decree 118/2025 Art. 18 as a rule-version setting (law-2025.md §1).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workflow_templates (
      id uuid primary key default gen_random_uuid(),
      code text not null,                      -- what a procedure's workflow_template_ref names
      version integer not null,
      name text not null,
      status text not null check (status in ('draft', 'published')),
      steps jsonb not null,                    -- StepDef[] (src/local/workflow/template.ts), validated on write
      effective_from date,                     -- set on publication
      created_by text not null,
      created_at timestamptz not null default now(),
      published_at timestamptz,
      unique (code, version),
      check (status = 'draft' or effective_from is not null)
    );
    comment on table workflow_templates is 'Quy trình nội bộ: per-procedure step graphs with time allowances, versioned; published versions are immutable';

    -- The default template (reception → appraisal → approval → result → return), used when no template is named.
    insert into workflow_templates (code, version, name, status, steps, effective_from, created_by, published_at)
    values ('MAC-DINH', 1, 'Quy trình mặc định', 'published', '[{"key":"reception","name":"Tiếp nhận và chuyển hồ sơ","kind":"reception","role":"one_stop_officer","agency":"receiving","allowance":{"duration":4,"unit":"working_hour"},"next":["appraisal"]},{"key":"appraisal","name":"Thẩm định hồ sơ","kind":"appraisal","role":"specialist","agency":"resolving","allowance":{"duration":2,"unit":"working_day"},"next":["approval"]},{"key":"approval","name":"Lãnh đạo phê duyệt","kind":"approval","role":"leader","agency":"resolving","allowance":{"duration":1,"unit":"working_day"},"next":["result"]},{"key":"result","name":"Ban hành kết quả","kind":"result","role":"specialist","agency":"resolving","allowance":{"duration":4,"unit":"working_hour"},"next":["return"]},{"key":"return","name":"Trả kết quả","kind":"return","role":"one_stop_officer","agency":"receiving","allowance":{"duration":4,"unit":"working_hour"},"next":[]}]', '2018-01-01', 'system', now());

    alter table dossiers add column workflow_template_id uuid references workflow_templates(id);
    create index dossiers_assignee on dossiers ((state #>> '{workflow,assignee,id}')) where status in (2, 4, 5, 6, 9);
    create index dossiers_step on dossiers (resolving_agency_id, (state #>> '{workflow,step}'));

    update rule_versions set settings = settings || '{"transferCutoff":"15:00"}' where code = 'ND118-2025';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update rule_versions set settings = settings - 'transferCutoff';
    drop index if exists dossiers_step;
    drop index if exists dossiers_assignee;
    alter table dossiers drop column if exists workflow_template_id;
    drop table if exists workflow_templates;
  `.execute(db);
}
