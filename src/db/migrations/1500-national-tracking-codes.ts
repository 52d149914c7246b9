import { sql, type Kysely } from 'kysely';

/**
 * Tracking by dossier code on the partitioned national mirror (issue 16.5; docs/national-mirror-scale.md):
 * `national_dossiers` is hash-partitioned by `source_id` (migration 1341), so a lookup by `ma_ho_so` probes all 16
 * partitions' code indexes, and the progress read probes every month partition's primary key. This small table maps a
 * code to the mirror key (hash-partitioned by the code: one probe) and to `progress_day`, the one month partition that
 * holds all of that dossier's progress rows, or null when that is not known (the dossier was mirrored before it had a
 * creation day: read every month).
 *
 * Kept by triggers on `national_dossiers`, whichever writer (sync messages, DVCQG API, a repair) wrote the row:
 * - an INSERT statement adds one row per new dossier with a code (statement-level, from the transition table, so a
 *   batch of 400 new dossiers is one insert), with `progress_day` = the dossier's `day` at that moment;
 * - an UPDATE that changes the code moves the row (a WHEN clause: other updates fire nothing);
 * - a DELETE removes it.
 * `progress_day` is exact because the writers keep two rules (src/national/sync/progress-day.ts, mirror.ts): a mirror
 * row's `day` never changes once set, and progress rows go to the mirror row's `day` first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table national_dossier_codes (
      ma_ho_so text not null,
      source_node text not null,
      source_id uuid not null,
      progress_day date,
      primary key (ma_ho_so, source_node, source_id)
    ) partition by hash (ma_ho_so);
    comment on table national_dossier_codes is 'Dossier code → national mirror key and the month (day) of its progress rows, for tracking by code (16 hash partitions by code; kept by triggers on national_dossiers)';
    comment on column national_dossier_codes.progress_day is 'The day whose month partition of national_dossier_progress holds all this dossier''s rows; null: not known, read every month';
  `.execute(db);
  for (let i = 0; i < 16; i++) {
    await sql
      .raw(
        `create table national_dossier_codes_h${String(i).padStart(2, '0')} partition of national_dossier_codes for values with (modulus 16, remainder ${i})`,
      )
      .execute(db);
  }
  await sql`
    create function national_dossier_codes_inserted() returns trigger language plpgsql as $$
    begin
      insert into national_dossier_codes (ma_ho_so, source_node, source_id, progress_day)
      select n.ma_ho_so, n.source_node, n.source_id, n.day from new_rows n where n.ma_ho_so is not null
      on conflict do nothing;
      return null;
    end $$;
    create function national_dossier_codes_changed() returns trigger language plpgsql as $$
    declare kept date;
    begin
      if old.ma_ho_so is not null then
        delete from national_dossier_codes
        where ma_ho_so = old.ma_ho_so and source_node = old.source_node and source_id = old.source_id
        returning progress_day into kept;
      end if;
      if tg_op = 'UPDATE' and new.ma_ho_so is not null then
        -- a new code for the same dossier: its progress rows stay where they were (unknown if it had no code)
        insert into national_dossier_codes (ma_ho_so, source_node, source_id, progress_day)
        values (new.ma_ho_so, new.source_node, new.source_id, kept)
        on conflict do nothing;
      end if;
      return null;
    end $$;
    create trigger national_dossier_codes_insert after insert on national_dossiers
      referencing new table as new_rows for each statement execute function national_dossier_codes_inserted();
    create trigger national_dossier_codes_update after update of ma_ho_so on national_dossiers
      for each row when (old.ma_ho_so is distinct from new.ma_ho_so) execute function national_dossier_codes_changed();
    create trigger national_dossier_codes_delete after delete on national_dossiers
      for each row execute function national_dossier_codes_changed();
    insert into national_dossier_codes (ma_ho_so, source_node, source_id, progress_day)
    select d.ma_ho_so, d.source_node, d.source_id,
      -- existing rows: the dossier's day only where all its progress rows are in that month
      case when d.day is not null and not exists (
        select 1 from national_dossier_progress p
        where p.source_node = d.source_node and p.source_id = d.source_id and date_trunc('month', p.day) <> date_trunc('month', d.day))
      then d.day end
    from national_dossiers d where d.ma_ho_so is not null
    on conflict do nothing;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger national_dossier_codes_insert on national_dossiers;
    drop trigger national_dossier_codes_update on national_dossiers;
    drop trigger national_dossier_codes_delete on national_dossiers;
    drop function national_dossier_codes_inserted();
    drop function national_dossier_codes_changed();
    drop table national_dossier_codes;
  `.execute(db);
}
