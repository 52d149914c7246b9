/**
 * GET /api/v1/persons/{idNumber}: at the counter, the one-stop officer types a personal ID and the reception form
 * is pre-filled from the person's latest dossier received by this system (name, birth date, phone, address).
 * Only officers who receive dossiers; only dossiers of their own nodes (provinces); the e-mail is masked (the form
 * does not need it); every look-up is audited (found or not). Accounts live on the national portal (reached only
 * through src/federation), so they are not searched here.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { checkPersonalId } from '../../lib/vn-ids.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { insertAudit } from './dossier.repository.ts';
import { latestOwnerDossier } from './person-lookup.repository.ts';

const problem = { $ref: 'Problem#' };
const Person = Type.Object(
  {
    idNumber: Type.String(),
    name: Type.String(),
    birthDate: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String({ description: 'masked: a•••@example.vn' }), Type.Null()]),
    source: Type.Literal('dossier'),
    dossiers: Type.Integer({ description: 'Dossiers of this person in the officer’s nodes' }),
    lastReceivedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/** a•••@example.vn */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? '•••' : `${email[0]}•••${email.slice(at)}`;
}

/** The nodes (provinces, ministries) of the officer's grants: `000.00.00.H56` → `H56`. */
function nodesOf(p: Principal | undefined): string[] {
  if (!p || p.kind !== 'officer') return [];
  return [...new Set(p.grants.map((g) => g.agencyCode.slice(g.agencyCode.lastIndexOf('.') + 1)))];
}

const orNull = (s: string | undefined) => (s && s.trim() ? s : null);

export async function personLookupRoutes(app: Server, { db }: AppContext): Promise<void> {
  app.get(
    '/api/v1/persons/:idNumber',
    {
      config: { permission: 'dossier:receive' },
      schema: {
        tags: ['dossiers'],
        summary: 'Counter reception: the person known by a personal ID from earlier dossiers (pre-fill; audited)',
        params: Type.Object({ idNumber: Type.String({ pattern: '^\\d{12}$', maxLength: 12 }) }, { additionalProperties: false }),
        response: { 200: Person, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => {
      const p = req.principal;
      const idNumber = req.params.idNumber;
      const check = checkPersonalId(idNumber);
      if (!check.ok) throw new AppError('invalid-personal-id', { detail: check.reason });
      const found = await latestOwnerDossier(db, idNumber, nodesOf(p));
      await insertAudit(db, {
        actorKind: p?.kind ?? 'anonymous',
        actorId: p?.id ?? '',
        action: 'person_lookup',
        targetType: 'person',
        targetId: idNumber,
        outcome: 'ok',
        detail: { found: !!found },
      });
      if (!found) throw new AppError('person-not-found');
      const c = found.ownerContact;
      return {
        idNumber,
        name: found.ownerName,
        birthDate: orNull(c.birthDate),
        phone: orNull(c.phone),
        address: orNull(c.address),
        email: c.email ? maskEmail(c.email) : null,
        source: 'dossier' as const,
        dossiers: found.dossiers,
        lastReceivedAt: found.receivedAt,
      };
    },
  );
}
