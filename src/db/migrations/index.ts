import type { Migration } from 'kysely';
import * as m0001 from './0001-extensions.ts';
import * as m0100 from './0100-reference.ts';
import * as m0101 from './0101-reference-versions.ts';

/** Every migration, in order. Names sort lexically; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001-extensions': m0001,
  '0100-reference': m0100,
  '0101-reference-versions': m0101,
};
