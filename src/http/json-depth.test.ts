import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { jsonDepthExceeds, MAX_JSON_DEPTH, parseJsonBounded } from './json-depth.ts';

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, and refuses one level more than the bound', () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toBe(true);
    expect(jsonDepthExceeds('{"a":[{"b":[1,2,{"c":{}}]}]}', 6)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1,2,{"c":{}}]}]}', 5)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ s: '['.repeat(500) }))).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ s: '\\"' + '{'.repeat(500) + '"\\' }))).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify(['"]]]]]"', '[[[['.repeat(100)]))).toBe(false);
  });

  it('counts siblings as one level each, however many', () => {
    expect(jsonDepthExceeds(JSON.stringify(Array.from({ length: 10_000 }, () => [[1]])))).toBe(false);
  });
});

describe('parseJsonBounded', () => {
  it('parses, or throws json-too-deep / malformed-json', () => {
    expect(parseJsonBounded('{"a":[1]}')).toEqual({ a: [1] });
    expect(() => parseJsonBounded(nested(1000))).toThrow(expect.objectContaining({ code: 'json-too-deep', status: 400 }) as AppError);
    expect(() => parseJsonBounded('{"a":')).toThrow(expect.objectContaining({ code: 'malformed-json' }) as AppError);
  });
});
