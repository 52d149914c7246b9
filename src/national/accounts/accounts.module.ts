/** Citizen and organisation accounts of the national portal, with login through the national e-ID. */
import type { Module } from '../../modules.ts';
import { accountsRoutes } from './accounts.routes.ts';

export const accountsModule: Module = {
  name: 'accounts',
  role: 'national',
  routes: accountsRoutes,
};
