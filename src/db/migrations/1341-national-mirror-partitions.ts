import { sql, type Kysely } from 'kysely';
import { partitionByMonth } from './1340-monthly-log-partitions.ts';

/**
 * The national mirror at national scale (issue 16.5; docs/national-mirror-scale.md):
 * - `national_dossiers` is hash-partitioned by `source_id` into 16 partitions: every write and every lookup by the
 *   key (source_node, source_id) touches one partition of 1/16 of the rows, and each partition is vacuumed and
 *   indexed on its own; lookups by code or owner probe each partition's index.
 * - `national_dossier_progress` gets `day` — the creation day (Vietnam) of its dossier, the same for all its rows
 *   (the event's `day`, else the mirror row's, else the day of the dossier's first progress row, else today) — and is
 *   partitioned by month of it: one dossier's history lies in one month, which is how retention removes it
 *   (RETENTION_NATIONAL_PROGRESS_MONTHS, src/platform/maintenance).
 * Converted with the rows in place.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table national_dossiers rename to national_dossiers_unpartitioned;
    alter table national_dossiers_unpartitioned drop constraint national_dossiers_pkey;
    drop index national_dossiers_code, national_dossiers_agency_day, national_dossiers_owner_id, national_dossiers_owner_ids;
    create table national_dossiers (like national_dossiers_unpartitioned including defaults including constraints including comments)
      partition by hash (source_id);
    alter table national_dossiers add primary key (source_node, source_id);
    create index national_dossiers_code on national_dossiers (ma_ho_so);
    create index national_dossiers_agency_day on national_dossiers (source_node, agency_code, day);
    create index national_dossiers_owner_id on national_dossiers ((payload->>'SoGiayToChuHoSo'));
    create index national_dossiers_owner_ids on national_dossiers using gin ((payload->'DinhDanhCHS') jsonb_path_ops);
    comment on table national_dossiers is 'National mirror of local dossiers: the last DongBoHoSoMC snapshot per dossier (16 hash partitions by source_id)';
  `.execute(db);
  for (let i = 0; i < 16; i++) {
    await sql
      .raw(`create table national_dossiers_h${String(i).padStart(2, '0')} partition of national_dossiers for values with (modulus 16, remainder ${i})`)
      .execute(db);
  }
  await sql`
    insert into national_dossiers select * from national_dossiers_unpartitioned;
    alter table national_dossier_progress add column day date;
    update national_dossier_progress p set day = coalesce(n.day, (n.changed_at at time zone 'Asia/Ho_Chi_Minh')::date)
      from national_dossiers_unpartitioned n where n.source_node = p.source_node and n.source_id = p.source_id;
    update national_dossier_progress set day = (now() at time zone 'Asia/Ho_Chi_Minh')::date where day is null;
    alter table national_dossier_progress alter column day set not null;
    comment on column national_dossier_progress.day is 'The creation day (Vietnam) of the dossier, the same on all its rows: the month partition';
    drop table national_dossiers_unpartitioned;
  `.execute(db);
  await partitionByMonth(db, {
    table: 'national_dossier_progress',
    column: 'day',
    type: 'date',
    keys: ['primary key (source_node, source_id, seq, idx, day)'],
    indexes: [],
    triggers: [],
    comment: 'CapNhatTienDoHoSoMC rows of mirrored dossiers, one per local action; partitioned by month of the dossier creation day',
  });
}

export async function down(): Promise<void> {
  throw new Error('1341-national-mirror-partitions cannot be reverted automatically: restore from a backup');
}
