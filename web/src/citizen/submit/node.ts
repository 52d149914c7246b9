/** Whether this server is a portal-only node (ROLE=national): there the wizard forwards to the hosting system. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export function useNodeRole() {
  return useQuery({
    queryKey: ['federation-node'],
    queryFn: () => api<{ code: string; role: string }>('/api/v1/federation/node'),
    staleTime: Infinity,
  });
}
