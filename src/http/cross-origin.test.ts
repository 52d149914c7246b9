import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { crossOriginReason, trustedOrigins } from './cross-origin.ts';

const trusted = trustedOrigins({ PUBLIC_URL: 'http://localhost:3000/', TRUSTED_ORIGINS: ' https://portal.example.vn , not a url' });
const req = (method: string, headers: Record<string, string>) => ({ method, headers: { host: 'localhost:3000', ...headers } }) as unknown as FastifyRequest;

describe('crossOriginReason', () => {
  it('reads PUBLIC_URL and TRUSTED_ORIGINS as origins', () => {
    expect([...trusted].sort()).toEqual(['http://localhost:3000', 'https://portal.example.vn']);
  });

  it('lets through reads, same-origin writes, typed navigations and non-browser callers', () => {
    expect(crossOriginReason(req('GET', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }), trusted)).toBeUndefined();
    expect(crossOriginReason(req('POST', { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }), trusted)).toBeUndefined();
    expect(crossOriginReason(req('POST', { 'sec-fetch-site': 'none' }), trusted)).toBeUndefined();
    expect(crossOriginReason(req('POST', {}), trusted)).toBeUndefined();
    // an older browser without Sec-Fetch-*: Origin equal to the Host it asked
    expect(crossOriginReason(req('DELETE', { origin: 'http://localhost:3000' }), trusted)).toBeUndefined();
    expect(crossOriginReason(req('PATCH', { origin: 'https://portal.example.vn', 'sec-fetch-site': 'cross-site' }), trusted)).toBeUndefined();
  });

  it('refuses another port of the same host (same-site, not same-origin), other sites and opaque origins', () => {
    expect(crossOriginReason(req('POST', { origin: 'http://localhost:3001', 'sec-fetch-site': 'same-site' }), trusted)).toMatch(/same-site/);
    expect(crossOriginReason(req('POST', { origin: 'http://localhost:3001' }), trusted)).toMatch(/localhost:3001/);
    expect(crossOriginReason(req('PUT', { 'sec-fetch-site': 'cross-site' }), trusted)).toMatch(/cross-site/);
    expect(crossOriginReason(req('POST', { origin: 'null' }), trusted)).toMatch(/null/);
    expect(crossOriginReason(req('POST', { origin: 'https://localhost:3000.evil.example' }), trusted)).toBeDefined();
  });
});
