/** DEVELOPMENT STAND-IN for the national e-ID, mounted only when EID_ISSUER is empty (see eid.routes.ts). */
import type { Module } from '../../modules.ts';
import { eidStandinRoutes } from './eid.routes.ts';

export const eidStandinModule: Module = {
  name: 'eid-standin',
  role: 'national',
  routes: eidStandinRoutes,
};
