import { sql, type Kysely } from 'kysely';

/**
 * Less database work per reception (issue 16.1, intake across agencies), the same rows written:
 * - `reception_fill` is declared STABLE, what its body is (`to_jsonb(text)` is stable): declared IMMUTABLE, the
 *   planner would not inline it, and each of its four calls per reception ran as a statement of its own.
 * - The action-log bound (`dossiers.actions_from`, migration 1533) is lowered by a BEFORE INSERT row trigger on
 *   `dossier_actions` instead of an AFTER INSERT statement trigger with a transition table: the transition table
 *   was filled and read for every action written, a reception's first action included, though it lowers nothing
 *   then. The row trigger runs one indexed UPDATE that finds nothing to write in the usual case.
 * - `sync_outbox` rows are not compressed (`toast_tuple_target` at its maximum): a reception's status event is
 *   about 2 KB, just over the size at which PostgreSQL compresses a row, and the row is deleted once the portal
 *   has acknowledged it (src/platform/maintenance/outbox-prune.ts), so compressing it only spends CPU on the hot path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter function reception_fill(jsonb, text, text, text, text) stable;

    drop trigger dossier_actions_from on dossier_actions;
    drop function dossier_actions_from_lower();
    create function dossier_actions_from_lower() returns trigger language plpgsql as $$
    begin
      update dossiers set actions_from = new.at where id = new.dossier_id and actions_from > new.at;
      return new;
    end $$;
    create trigger dossier_actions_from before insert on dossier_actions
      for each row execute function dossier_actions_from_lower();

    alter table sync_outbox set (toast_tuple_target = 8160);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sync_outbox reset (toast_tuple_target);
    drop trigger dossier_actions_from on dossier_actions;
    drop function dossier_actions_from_lower();
    create function dossier_actions_from_lower() returns trigger language plpgsql as $$
    begin
      update dossiers d set actions_from = m.first_at
        from (select dossier_id, min(at) as first_at from added group by dossier_id) m
       where d.id = m.dossier_id and d.actions_from > m.first_at;
      return null;
    end $$;
    create trigger dossier_actions_from after insert on dossier_actions
      referencing new table as added for each statement execute function dossier_actions_from_lower();
    alter function reception_fill(jsonb, text, text, text, text) immutable;
  `.execute(db);
}
