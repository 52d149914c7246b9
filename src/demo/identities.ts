/**
 * Demo identities (DEMO ONLY): officers in every role for the demo nodes, the national operator (not on a local
 * system of the demo federation), and demo citizens
 * and businesses (portal accounts + e-ID stand-in identities). Idempotent. Password of every demo officer and demo
 * e-ID identity: env DEMO_PASSWORD, default `motcua-demo`.
 */
import type { Db } from '../db/connect.ts';
import { saveAccount } from '../platform/accounts/accounts.service.ts';
import { demoPassword, demoPeople } from '../standins/eid/demo-people.ts';
import { seedEidIdentities } from '../standins/eid/eid.seed.ts';
import { deleteGrant, findOfficerByUsername, insertGrant, insertOfficer } from '../platform/identity/officers.repository.ts';
import { findAgencyByCode } from '../platform/reference/agency.repository.ts';
import { hashPassword } from '../platform/identity/password.ts';
import type { OfficerRole } from '../platform/identity/principal.ts';

interface DemoOfficer {
  username: string;
  fullName: string;
  role: OfficerRole;
  agencyCode: string;
}

const nodes = [
  { node: 'h56', top: '000.00.00.H56', justice: '000.00.06.H56', names: ['Lê Thị Mai', 'Nguyễn Văn Hùng', 'Trịnh Đình Long', 'Hoàng Thu Trang'] },
  { node: 'h49', top: '000.00.00.H49', justice: '000.00.06.H49', names: ['Vũ Thị Hương', 'Đặng Quốc Bảo', 'Phạm Văn Hải', 'Bùi Thanh Tâm'] },
  { node: 'g15', top: '000.00.00.G15', justice: '000.00.01.G15', names: ['Đỗ Thị Lan', 'Ngô Minh Khôi', 'Lý Văn Phúc', 'Tạ Thị Ngọc'] },
] as const;

/**
 * The other agencies the shipped catalogue makes competent (departments of construction and of agriculture and
 * environment, the wards): each has its own specialist and leader, so a dossier received for it can be appraised,
 * approved and issued (issue 13.3; `src/demo/staffing.test.ts` checks every offering against its workflow).
 */
const staffedUnits = [
  { slug: 'xd.h56', code: '000.00.07.H56', names: ['Mai Văn Đức', 'Lê Hồng Sơn'] },
  { slug: 'nnmt.h56', code: '000.00.08.H56', names: ['Trần Thị Thu', 'Hà Văn Quang'] },
  { slug: 'hacthanh.h56', code: '000.01.31.H56', names: ['Nguyễn Thị Hoa', 'Lê Văn Tùng'] },
  { slug: 'samson.h56', code: '000.02.31.H56', names: ['Phạm Thị Yến', 'Trịnh Văn Nam'] },
  { slug: 'xd.h49', code: '000.00.07.H49', names: ['Đoàn Thị Liên', 'Vũ Đức Thắng'] },
  { slug: 'nnmt.h49', code: '000.00.08.H49', names: ['Hoàng Văn Dũng', 'Nguyễn Thị Bích'] },
  { slug: 'halong.h49', code: '000.01.31.H49', names: ['Phạm Thị Thảo', 'Đinh Văn Cường'] },
  { slug: 'baichay.h49', code: '000.02.31.H49', names: ['Lương Thị Hạnh', 'Trần Văn Kiên'] },
] as const;

/** The demo officers: `<prefix>.<node>` with mc = one-stop officer, cv = specialist, ld = leader, qt = agency admin; then the specialist and leader of each other competent agency. */
export const demoOfficers: readonly DemoOfficer[] = [
  ...nodes.flatMap((n) => [
    { username: `mc.${n.node}`, fullName: n.names[0], role: 'one_stop_officer' as const, agencyCode: n.top },
    { username: `cv.${n.node}`, fullName: n.names[1], role: 'specialist' as const, agencyCode: n.justice },
    { username: `ld.${n.node}`, fullName: n.names[2], role: 'leader' as const, agencyCode: n.justice },
    { username: `qt.${n.node}`, fullName: n.names[3], role: 'agency_admin' as const, agencyCode: n.top },
  ]),
  ...staffedUnits.flatMap((u) => [
    { username: `cv.${u.slug}`, fullName: u.names[0], role: 'specialist' as const, agencyCode: u.code },
    { username: `ld.${u.slug}`, fullName: u.names[1], role: 'leader' as const, agencyCode: u.code },
  ]),
  { username: 'vh.national', fullName: 'Trần Quốc Việt', role: 'national_operator', agencyCode: '000.00.00.G22' },
];

/**
 * `localSystem`: a local system of the demo federation (ROLE=local). The national operator works on the portal only
 * (least privilege: its role reads no dossier, and a local system has nothing of the portal's to operate), so it gets
 * no account there, and a grant left by an earlier seed is taken back.
 */
export async function seedDemoIdentities(
  db: Db,
  log: (msg: string) => void = (m) => console.warn(m),
  opts: { localSystem?: boolean } = {},
): Promise<{ officers: string[]; citizens: string[] }> {
  const password = demoPassword();
  const officers: string[] = [];
  for (const o of demoOfficers) {
    if (opts.localSystem && o.role === 'national_operator') {
      const left = await findOfficerByUsername(db, o.username);
      const agency = left && (await findAgencyByCode(db, o.agencyCode));
      if (left && agency) await deleteGrant(db, left.id, o.role, agency.id);
      continue;
    }
    const agency = await findAgencyByCode(db, o.agencyCode);
    if (!agency) {
      log(`seedDemoIdentities: agency ${o.agencyCode} not found, skipping ${o.username}`);
      continue;
    }
    const existing = await findOfficerByUsername(db, o.username);
    const officer =
      existing ?? (await insertOfficer(db, { username: o.username, fullName: o.fullName, email: null, passwordHash: await hashPassword(password) }));
    const id = officer?.id ?? (await findOfficerByUsername(db, o.username))?.id;
    if (!id) continue;
    await insertGrant(db, id, o.role, agency.id);
    officers.push(o.username);
  }
  await seedEidIdentities(db);
  const citizens: string[] = [];
  for (const p of demoPeople) {
    await saveAccount(db, {
      kind: p.kind,
      personalId: p.kind === 'citizen' ? p.loginId : null,
      taxCode: p.kind === 'organisation' ? p.loginId : null,
      name: p.name,
      birthDate: p.birthDate,
      gender: p.gender,
      loa: 2,
      phone: p.phone,
      email: p.email,
    });
    citizens.push(p.loginId);
  }
  return { officers, citizens };
}
