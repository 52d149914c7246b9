/**
 * The feature modules of a node and the role each belongs to. `platform` modules run on every node;
 * `national` ones on the national portal; `local` ones on a ministry or province system. The two roles talk
 * only through src/federation/ (today in process; over signed HTTP in the federation issue).
 */
import type { Server } from './http/types.ts';
import { calendarRoutes } from './platform/calendar/calendar.routes.ts';
import type { AppContext } from './context.ts';
import type { PrincipalResolver } from './http/auth.ts';
import { catalogueRoutes } from './national/catalogue/catalogue.routes.ts';
import { offeringRoutes } from './local/catalogue/offering.routes.ts';
import { dossierRoutes } from './local/dossiers/dossier.routes.ts';

export type { AppContext };

export interface Module {
  name: string;
  role: 'platform' | 'national' | 'local';
  routes?: (app: Server, ctx: AppContext) => Promise<void>;
  principalResolver?: (ctx: AppContext) => PrincipalResolver;
}

export const modules: Module[] = [
  { name: 'calendar', role: 'platform', routes: calendarRoutes },
  { name: 'catalogue', role: 'national', routes: catalogueRoutes },
  { name: 'local-catalogue', role: 'local', routes: offeringRoutes },
  { name: 'dossiers', role: 'local', routes: dossierRoutes },
];
