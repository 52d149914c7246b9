/** GET /api/v1/federation/node: this node's code, name, role and public key (what the registry needs). */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { formatVn } from '../../platform/calendar/engine.ts';

export async function nodeRoutes(app: Server, ctx: AppContext): Promise<void> {
  const id = loadNodeIdentity(ctx.config);
  const info = {
    code: id.code,
    name: id.name,
    role: id.role,
    publicKeyPem: id.publicKeyPem,
    publicKeyJwk: id.publicKey.export({ format: 'jwk' }) as { kty: string; crv: string; x: string },
    // A local system names the portal it is connected to (its pages link there for the catalogue and accounts).
    ...(id.role === 'local' && ctx.config.NATIONAL_URL ? { nationalUrl: ctx.config.NATIONAL_URL.replace(/\/$/, '') } : {}),
  };
  app.get(
    '/api/v1/federation/node',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'This node’s identity and Ed25519 public key',
        response: {
          200: Type.Object({
            code: Type.String(),
            name: Type.String(),
            role: Type.String(),
            publicKeyPem: Type.String(),
            publicKeyJwk: Type.Object({ kty: Type.String(), crv: Type.String(), x: Type.String() }),
            nationalUrl: Type.Optional(Type.String()),
            clock: Type.Object(
              {
                settable: Type.Boolean(),
                set: Type.Boolean(),
                now: Type.String(),
              },
              { description: "The law's clock: a test or demo node may run at a chosen instant (GET /api/v1/operations/clock)" },
            ),
          }),
        },
      },
    },
    async () => {
      const c = ctx.clock.status();
      return { ...info, clock: { settable: c.settable, set: c.set, now: formatVn(new Date(c.now)) } };
    },
  );
}
