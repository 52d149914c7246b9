import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-unavailable.ts';
import { normaliseError } from './problem.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows the socket errors, the SQLSTATEs and the messages of node-postgres that mean "unreachable"', () => {
    for (const e of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('53300', 'sorry, too many clients already'),
      withCode('08006', 'connection failure'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed'),
      new Error('query failed', { cause: withCode('ECONNRESET') }),
    ]) {
      expect(isDatabaseUnavailable(e), String(e)).toBe(true);
    }
  });

  it('leaves request faults and other systems alone', () => {
    for (const e of [
      withCode('23505', 'duplicate key'),
      withCode('22003', 'numeric field overflow'),
      withCode('42P01', 'relation does not exist'),
      new TypeError('fetch failed', { cause: withCode('ECONNREFUSED') }),
      new Error('Something else'),
      undefined,
      'ECONNREFUSED',
    ]) {
      expect(isDatabaseUnavailable(e), String(e)).toBe(false);
    }
  });

  it('becomes 503 database-unavailable with a retry delay', () => {
    const err = normaliseError(withCode('57P01'));
    expect(err?.code).toBe('database-unavailable');
    expect(err?.status).toBe(503);
    expect(err?.data?.retryAfter).toBeGreaterThan(0);
  });
});
