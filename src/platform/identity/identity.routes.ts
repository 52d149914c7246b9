/** The identity module's routes: officer login and sessions, officer administration. */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { authRoutes } from './auth.routes.ts';
import { officersRoutes } from './officers.routes.ts';

export async function identityRoutes(app: Server, ctx: { config: Config; db: Db }): Promise<void> {
  await authRoutes(app, ctx);
  await officersRoutes(app, ctx);
}
