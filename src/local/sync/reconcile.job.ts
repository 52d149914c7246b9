/**
 * The daily reconciliation with the portal (reconcile.ts) as a job of the node's runner (src/platform/jobs): due
 * at RECONCILE_AT, Vietnam time, it reconciles the day before, once across every process on the database (the
 * job's advisory lock and its occurrence row), caught up at start when the node was down, retried when it failed.
 * Each process running its own daily loop instead made every process of a node query the portal and re-send.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { previousVnDay, reconcileDay } from './reconcile.ts';

export const RECONCILE_JOB = 'federation-reconcile';
/** Vietnam time of day: after midnight, once the day's last changes have been sent. */
export const RECONCILE_AT = '01:00';

export function reconcileJob(db: Db, config: Config, at = RECONCILE_AT): JobDefinition {
  return {
    name: RECONCILE_JOB,
    at,
    async run(now) {
      const r = await reconcileDay({ db, self: loadNodeIdentity(config), config }, previousVnDay(now));
      return {
        agencies: r.groups.length,
        differing: r.groups.filter((g) => !g.match).length,
        resent: r.resent,
      };
    },
  };
}

/** A local system connected to a portal that speaks motcua's signed messages reconciles daily. */
export function reconcilesDaily(config: Config): boolean {
  return config.ROLE === 'local' && !!config.NATIONAL_URL && config.NATIONAL_PROTOCOL !== 'dvcqg';
}
