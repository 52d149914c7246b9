/**
 * The database layer's result mapping, made cheap for the read paths (issue 16.2: on a whole-dossier read the row
 * renaming was ~5 % of the process's CPU and the timestamp parsing ~2 %), with the same results as before:
 * - `RowCamelCasePlugin`: Kysely's CamelCasePlugin (every key renamed, nested plain objects and arrays included)
 *   with a plain loop instead of `reduce` and a cheap test for the objects pg and JSON.parse make;
 * - `timestamptzToIso`: PostgreSQL's text of a timestamptz in UTC (`2026-12-07 05:43:00.123456+00`) rewritten
 *   as `Date#toISOString` writes it, without building a Date; any other offset or form goes through Date.
 */
import { CamelCasePlugin, type UnknownRow } from 'kysely';

/** An object as JSON.parse or pg's row parser makes it (what Kysely's `isPlainObject` accepts of them). */
function isPlain(v: unknown): v is UnknownRow {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export class RowCamelCasePlugin extends CamelCasePlugin {
  protected override mapRow(row: UnknownRow): UnknownRow {
    const out: UnknownRow = {};
    for (const key of Object.keys(row)) {
      let value = row[key];
      if (Array.isArray(value)) value = value.map((it: unknown) => (isPlain(it) ? this.mapRow(it) : it));
      else if (isPlain(value)) value = this.mapRow(value);
      out[this.camelCase(key)] = value;
    }
    return out;
  }
}

// years 1900–9999 only: Date reads some early years otherwise (`0001-01-01 …` as 2001), and that is kept as it was
const UTC_TEXT = /^((?:19|[2-9]\d)\d\d-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

export function timestamptzToIso(text: string): string {
  const m = UTC_TEXT.exec(text);
  if (!m) return new Date(text).toISOString();
  // Date keeps milliseconds: the first three digits of the fraction, the rest dropped
  return `${m[1]}T${m[2]}.${`${m[3] ?? ''}000`.slice(0, 3)}Z`;
}
