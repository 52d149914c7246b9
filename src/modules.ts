/**
 * The feature modules of a node and the role each belongs to. `platform` modules run on every node;
 * `national` ones on the national portal; `local` ones on a ministry or province system. The two roles talk
 * only through src/federation/ (today in process; over signed HTTP in the federation issue).
 */
import type { Server } from './http/types.ts';
import { calendarRoutes } from './platform/calendar/calendar.routes.ts';
import { paymentRoutes } from './local/payments/payments.routes.ts';
import { paymentGatewayStandInRoutes } from './standins/payment-gateway/gateway.routes.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { PrincipalResolver } from './http/auth.ts';

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
  { name: 'calendar', role: 'platform', routes: calendarRoutes },
  { name: 'payments', role: 'local', routes: paymentRoutes },
  // Development stand-in of the DVCQG payment platform: mounts itself only when PAYMENT_GATEWAY_URL is empty.
  { name: 'payment-gateway-standin', role: 'national', routes: paymentGatewayStandInRoutes },
];
