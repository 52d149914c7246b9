/** Who is logged in (GET /api/v1/auth/me through the session cookie), shared by every page. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './client.ts';
import type { Principal } from './types.ts';

export const meKey = ['auth', 'me'] as const;

export function useSession() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Principal | null> => {
      try {
        return await api<Principal>('/api/v1/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
    qc.clear();
    qc.setQueryData(meKey, null);
  };
}

/** Where to come back after the e-ID round trip (the provider always returns to /). */
const RETURN_KEY = 'motcua.returnTo';
export function rememberReturn(path: string): void {
  try {
    sessionStorage.setItem(RETURN_KEY, path);
  } catch {
    /* ignore */
  }
}
export function takeReturn(): string | undefined {
  try {
    const v = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    return v && v.startsWith('/') && !v.startsWith('//') ? v : undefined;
  } catch {
    return undefined;
  }
}
