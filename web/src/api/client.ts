/**
 * The one way the web app calls the API: same-origin fetch with the session cookie, the user's language in
 * Accept-Language, and every failure turned into an ApiError carrying the problem+json title and detail.
 */
import { getLang } from '../i18n/index.tsx';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** The whole problem+json body: its extension members (e.g. `component`, `document`) carry the details of the refusal. */
  readonly problem: Record<string, unknown>;
  constructor(p: { status: number; code: string; title: string; detail?: string; errors?: FieldError[]; problem?: Record<string, unknown> }) {
    super(p.title);
    this.status = p.status;
    this.code = p.code;
    this.title = p.title;
    this.detail = p.detail;
    this.errors = p.errors ?? [];
    this.problem = p.problem ?? {};
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': getLang() };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', title: '' });
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => undefined) : undefined;
  if (!res.ok) {
    const p = (data ?? {}) as { code?: string; title?: string; detail?: string; errors?: FieldError[] };
    throw new ApiError({
      status: res.status,
      code: p.code ?? 'http-' + res.status,
      title: p.title ?? res.statusText,
      ...(p.detail !== undefined ? { detail: p.detail } : {}),
      ...(p.errors ? { errors: p.errors } : {}),
      ...(data && typeof data === 'object' ? { problem: data as Record<string, unknown> } : {}),
    });
  }
  return data as T;
}
