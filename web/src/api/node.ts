/**
 * This server's place in the federation (GET /api/v1/federation/node): `all` (one process hosts everything),
 * `national` (the portal only: catalogue, accounts, warehouse, the mirror of every dossier) or `local` (a ministry
 * or province system: reception and processing). Pages that exist on one kind of node only ask this.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface NodeInfo {
  code: string;
  name: string;
  role: 'all' | 'national' | 'local';
  /** A local system: the national portal it is connected to. */
  nationalUrl?: string;
  /** The law's clock: a test or demo node may run at a chosen instant (`set`). */
  clock?: { settable: boolean; set: boolean; now: string };
}

export function useNodeRole() {
  return useQuery({ queryKey: ['federation-node'], queryFn: () => api<NodeInfo>('/api/v1/federation/node'), staleTime: Infinity });
}

/** The connected systems (public directory of the portal): where officers of each ministry and province work. */
export function useSystems(enabled: boolean) {
  return useQuery({
    queryKey: ['federation-systems'],
    queryFn: () => api<{ code: string; name: string; baseUrl: string }[]>('/api/v1/federation/systems'),
    enabled,
    staleTime: 300_000,
  });
}
