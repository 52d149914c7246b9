import type { Migration } from 'kysely';
import * as m0001 from './0001-extensions.ts';
import * as m0100 from './0100-reference.ts';
import * as m0500 from './0500-calendar.ts';
import * as m0700 from './0700-payments.ts';
import * as m0710 from './0710-dev-payment-gateway.ts';

/** Every migration, in order. Names sort lexically; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001-extensions': m0001,
  '0100-reference': m0100,
  '0500-calendar': m0500,
  '0700-payments': m0700,
  '0710-dev-payment-gateway': m0710,
};
