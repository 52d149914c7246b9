/** The identity module: officer login and administration, sessions, and the principal resolver. */
import type { Module } from '../../modules.ts';
import { authRoutes } from './auth.routes.ts';
import { officersRoutes } from './officers.routes.ts';
import { resolvePrincipal } from './session.service.ts';

export const identityModule: Module = {
  name: 'identity',
  role: 'platform',
  routes: async (app, ctx) => {
    await authRoutes(app, ctx);
    await officersRoutes(app, ctx);
  },
  principalResolver: ({ db }) => (token) => resolvePrincipal(db, token),
};
