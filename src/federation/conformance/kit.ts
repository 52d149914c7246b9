/**
 * The conformance kit (issue 6; anchors.md §11): runs a protocol's checks against any system claiming to speak it
 * and reports pass/fail per check with detail. A check never throws: an unexpected error is a failure with its
 * message. Checks run in order (later ones may rely on state built by earlier ones, e.g. the DVCQG session).
 */
import { randomInt } from 'node:crypto';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Check<C> {
  name: string;
  run(ctx: C): Promise<{ ok: boolean; detail: string }>;
}

export interface Report {
  target: string;
  protocol: string;
  results: CheckResult[];
  passed: number;
  failed: number;
}

export async function runChecks<C>(
  target: string,
  protocol: string,
  ctx: C,
  checks: readonly Check<C>[],
): Promise<Report> {
  const results: CheckResult[] = [];
  for (const c of checks) {
    try {
      results.push({ name: c.name, ...(await c.run(ctx)) });
    } catch (err) {
      results.push({
        name: c.name,
        ok: false,
        detail: `error: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500),
      });
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  return { target, protocol, results, passed: results.length - failed, failed };
}

export function formatReport(r: Report): string {
  const lines = [`Conformance ${r.protocol} — ${r.target}`];
  for (const x of r.results) lines.push(`${x.ok ? 'PASS' : 'FAIL'}  ${x.name.padEnd(34)} ${x.detail}`);
  lines.push(`${r.passed} passed, ${r.failed} failed`);
  return lines.join('\n');
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  json: Record<string, unknown> | undefined;
}

export async function http(
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    const v: unknown = JSON.parse(text);
    json = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', json };
}

/** A refusal as the protocol wants it: 4xx with a problem+json body naming a stable code. */
export function isRefusal(a: HttpAnswer): boolean {
  return a.status >= 400 && a.status < 500 && typeof a.json?.code === 'string';
}

export function describe(a: HttpAnswer): string {
  const code = typeof a.json?.code === 'string' ? ` ${a.json.code}` : '';
  const ec = a.json?.error_code !== undefined ? ` error_code=${JSON.stringify(a.json.error_code)}` : '';
  return `HTTP ${a.status}${code}${ec}`;
}

/** `yyyyMMddHHmmss` in Vietnam time. */
export function wireDate(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

export function randomDigits(n: number): string {
  return Array.from({ length: n }, () => String(randomInt(10))).join('');
}
