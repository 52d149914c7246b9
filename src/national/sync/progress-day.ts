/** Shared by the two ways progress reaches the mirror: signed sync messages and the DVCQG integration API. */
import { sql } from 'kysely';

/**
 * The month partition of a mirrored dossier's progress rows (`x` the incoming row, with `x.id` and maybe `x.day`):
 * the event's creation day, else the mirror's, else that of the dossier's rows already there, else today (Vietnam).
 */
export function progressDay(node: string) {
  return sql`coalesce(x.day,
    (select n.day from national_dossiers n where n.source_node = ${node} and n.source_id = x.id),
    (select min(p.day) from national_dossier_progress p where p.source_node = ${node} and p.source_id = x.id),
    (now() at time zone 'Asia/Ho_Chi_Minh')::date)`;
}
