/**
 * The feature modules of a node and the role each belongs to. `platform` modules run on every node;
 * `national` ones on the national portal; `local` ones on a ministry or province system. The two roles talk
 * only through src/federation/ (today in process; over signed HTTP in the federation issue).
 */
import type { Server } from './http/types.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { PrincipalResolver } from './http/auth.ts';
import { referenceRoutes } from './platform/reference/reference.routes.ts';

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
  { name: 'reference', role: 'platform', routes: referenceRoutes },
];
