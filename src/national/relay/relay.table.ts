/** The portal's table of counter routing across systems (migration 0997): the routes it relayed. */
import type { Generated } from 'kysely';

export interface RelayedRouteTable {
  id: string;
  origin: string;
  target: string;
  createdAt: Generated<string>;
}

export interface RelayTables {
  relayedRoutes: RelayedRouteTable;
}
