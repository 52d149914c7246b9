/**
 * The feature modules of a node and the role each belongs to. `platform` modules run on every node;
 * `national` ones on the national portal; `local` ones on a ministry or province system. The two roles talk
 * only through src/federation/ (today in process; over signed HTTP in the federation issue).
 */
import type { Server } from './http/types.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { PrincipalResolver } from './http/auth.ts';
import { identityRoutes } from './platform/identity/identity.routes.ts';
import { resolvePrincipal } from './platform/identity/session.service.ts';
import { accountsRoutes } from './national/accounts/accounts.routes.ts';
import { eidStandinRoutes } from './standins/eid/eid.routes.ts';

export interface AppContext {
  config: Config;
  db: Db;
}

export interface Module {
  name: string;
  role: 'platform' | 'national' | 'local';
  routes?: (app: Server, ctx: AppContext) => Promise<void>;
  principalResolver?: (ctx: AppContext) => PrincipalResolver;
}

export const modules: Module[] = [
  {
    name: 'identity',
    role: 'platform',
    routes: identityRoutes,
    principalResolver: ({ db }) => (token) => resolvePrincipal(db, token),
  },
  { name: 'accounts', role: 'national', routes: accountsRoutes },
  // Development stand-in for the national e-ID at /dev-eid; mounts itself only when config.EID_ISSUER is empty.
  { name: 'eid-standin', role: 'national', routes: eidStandinRoutes },
];
