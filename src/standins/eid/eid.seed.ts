/** Seed the demo identities of the e-ID stand-in (idempotent). DEVELOPMENT / DEMO ONLY. */
import type { Db } from '../../db/connect.ts';
import { hashPassword } from '../../platform/identity/password.ts';
import { demoPassword, demoPeople } from './demo-people.ts';
import { identityExists, insertIdentity, setIdentityContact } from './eid.repository.ts';

export async function seedEidIdentities(db: Db): Promise<string[]> {
  const password = demoPassword();
  for (const p of demoPeople) {
    if (await identityExists(db, p.loginId)) {
      await setIdentityContact(db, p.loginId, { phone: p.phone, email: p.email });
      continue;
    }
    await insertIdentity(db, {
      kind: p.kind,
      loginId: p.loginId,
      passwordHash: await hashPassword(password),
      name: p.name,
      birthDate: p.birthDate,
      gender: p.gender,
      representativePersonalId: p.representativePersonalId,
      phone: p.phone,
      email: p.email,
      loa: 2,
    });
  }
  return demoPeople.map((p) => p.loginId);
}
