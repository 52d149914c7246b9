/**
 * The demo federation: a national portal, two provinces (Thanh Hóa H56, Quảng Ninh H49) and one ministry
 * (Tư pháp G15), with administrative units, agencies, one-stop units, the catalogue, the procedures each local
 * agency offers, officers in every role and demo citizens. Idempotent: `npm start` runs it on every start in
 * demo mode and a second run changes nothing.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../db/connect.ts';
import { seedProcedures, seedSectors } from '../national/catalogue/seed/procedures.data.ts';
import { seedCatalogue } from '../national/catalogue/seed/seed.ts';
import { demoOfficers, seedDemoIdentities } from './identities.ts';
import { DEMO_AGENCIES, DEMO_ONE_STOP_UNITS, seedDemoAgencies } from '../platform/reference/demo-agencies.ts';
import { seedAdminUnits } from '../platform/reference/seed/seed.ts';
import { demoPassword, demoPeople } from '../standins/eid/demo-people.ts';
import { seedDemoOfferings } from './offerings.ts';
import { seedEForms } from '../national/catalogue/seed/eforms.data.ts';

/** The demo's connected local systems, listed in the portal's registry so the operators' view has rows. */
export const DEMO_LOCAL_SYSTEMS = [
  { code: 'H56', name: 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa' },
  { code: 'H49', name: 'Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh' },
  { code: 'G15', name: 'Hệ thống thông tin giải quyết TTHC Bộ Tư pháp' },
] as const;

/**
 * Registry rows of the demo systems, only where absent. No address (nothing is routed to them) and a fresh key
 * whose private half is thrown away, so no message is accepted in their name until the real system registers its
 * own address and key (`npm start` does it at start; `motcua federation register` by hand).
 */
async function seedDemoRegistry(db: Db): Promise<void> {
  for (const s of DEMO_LOCAL_SYSTEMS) {
    const publicKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await db
      .insertInto('federationNodes')
      .values({ code: s.code, name: s.name, publicKey })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

export interface DemoSummary {
  officers: string[];
  citizens: string[];
  procedures: number;
  offerings: number;
}

/**
 * A fingerprint of everything the demo seed writes: when the database already holds this exact seed, a restart
 * skips it (start-up stays fast); any change to the seed data changes the fingerprint and the seed runs again.
 */
function seedFingerprint(role: string): string {
  const units = readFileSync(new URL('../platform/reference/seed/admin-units.json', import.meta.url));
  const data = JSON.stringify([DEMO_AGENCIES, DEMO_ONE_STOP_UNITS, seedSectors, seedProcedures, demoOfficers, demoPeople, demoPassword(), DEMO_LOCAL_SYSTEMS, role, Object.entries(seedEForms).map(([k, v]) => [k, v.eform, v.required.map(String)])]);
  return createHash('sha256').update(units).update(data).digest('hex');
}

/** `role`: the node's ROLE; a local system of the demo federation gets no national operator (seedDemoIdentities). */
export async function seedDemo(
  db: Db,
  log: (msg: string) => void = () => {},
  role: 'all' | 'national' | 'local' = 'all',
): Promise<DemoSummary | 'unchanged'> {
  const fingerprint = seedFingerprint(role);
  const held = await db.selectFrom('appSettings').select('value').where('key', '=', 'demo-seed').executeTakeFirst();
  if (held?.value === fingerprint) return 'unchanged';
  await seedAdminUnits(db);
  await seedDemoAgencies(db);
  const catalogue = await seedCatalogue(db);
  const offerings = await seedDemoOfferings(db);
  const identities = await seedDemoIdentities(db, log, { localSystem: role === 'local' });
  await seedDemoRegistry(db);
  await db
    .insertInto('appSettings')
    .values({ key: 'demo-seed', value: fingerprint })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
    .execute();
  return { ...identities, procedures: catalogue.procedures, offerings };
}

/** The start-up banner: where to go and who to log in as. */
/** `nodes` (the demo federation): each officer is listed with the address of the system they work on. */
export function demoBanner(url: string, nodes?: { code: string; url: string }[], clockSettable = false): string {
  const at = (o: (typeof demoOfficers)[number]) => {
    if (!nodes) return '';
    // the national operator works on the portal only (it has no account on a local system)
    if (o.role === 'national_operator') return `  ${url}/quan-tri`;
    const n = nodes.find((x) => o.agencyCode.endsWith(`.${x.code}`));
    return n ? `  ${n.url}/can-bo` : '';
  };
  const officers = demoOfficers.map((o) => `    ${o.username.padEnd(12)} ${o.role.padEnd(17)} ${o.agencyCode}${at(o)}`).join('\n');
  const people = demoPeople
    .map((p) => `    ${p.loginId.padEnd(12)} ${p.name}`)
    .join('\n');
  return [
    '',
    `  motcua (DEMO) đang chạy tại ${url}`,
    `  API reference: ${url}/docs   OpenAPI: ${url}/openapi.json`,
    `  Demo officers (password: ${demoPassword()}):`,
    officers,
    '  Demo citizens and businesses (e-ID stand-in, same password):',
    people,
    `  Script login: curl -s -X POST ${url}/api/v1/auth/demo-login -H 'content-type: application/json' -d '{"username":"cv.h56"}'`,
    ...(clockSettable
      ? [
          "  Đồng hồ thử nghiệm (settable law clock, demo only): each system runs at a chosen instant with",
          `    PUT <system>/api/v1/operations/clock {"at":"2026-03-13T16:00:00+07:00"} (an operator or administrator), DELETE to return to real time;`,
          '    GET <system>/api/v1/operations/clock and /api/v1/federation/node say whether it is set.',
        ]
      : []),
    '',
  ].join('\n');
}
