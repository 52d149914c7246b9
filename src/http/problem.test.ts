import { describe, expect, it } from 'vitest';
import { fieldErrors } from './problem.ts';

describe('fieldErrors', () => {
  it('turns a union of literals into one "must be one of" line and drops repeats', () => {
    const consts = ['receive', 'refuse', 'start'].map((v) => ({
      instancePath: '/action',
      keyword: 'const',
      message: 'must be equal to constant',
      params: { allowedValue: v },
    }));
    expect(
      fieldErrors([
        ...consts,
        { instancePath: '/action', keyword: 'anyOf', message: 'must match a schema in anyOf', params: {} },
        {
          instancePath: '',
          keyword: 'additionalProperties',
          message: 'must NOT have additional properties',
          params: { additionalProperty: 'extra' },
        },
        {
          instancePath: '',
          keyword: 'additionalProperties',
          message: 'must NOT have additional properties',
          params: { additionalProperty: 'extra' },
        },
      ]),
    ).toEqual([
      { path: '/action', message: 'must be one of: receive, refuse, start' },
      { path: '/extra', message: 'must NOT have additional properties' },
    ]);
  });
});
