/** The cheaper result mapping gives exactly what Kysely's CamelCasePlugin and `new Date(text).toISOString()` gave. */
import { CamelCasePlugin, type UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { RowCamelCasePlugin, timestamptzToIso } from './row-mapping.ts';

const mapWith = (p: CamelCasePlugin, row: UnknownRow) => (p as unknown as { mapRow(r: UnknownRow): UnknownRow }).mapRow(row);

describe('RowCamelCasePlugin', () => {
  it('renames like CamelCasePlugin: top level, nested objects, arrays of objects, leaves dates, buffers and scalars', () => {
    const row: UnknownRow = {
      dossier_id: 'x',
      read_components: JSON.parse('[{"component_seq":1,"file_ids":["a"],"meta_data":{"page_count":3,"by_who":null}},2,"s",null]'),
      read_chains: JSON.parse('{"root_id":{"node_code":"H56"}}'),
      created_at: '2026-12-07T05:43:00.123Z',
      when_made: new Date(0),
      raw_bytes: Buffer.from('ab'),
      bare: Object.assign(Object.create(null) as object, { inner_key: 1 }),
      nested_arrays: [[{ deep_key: 1 }]],
      '': 'empty key',
      already_camelCase: true,
    };
    const theirs = mapWith(new CamelCasePlugin(), row);
    const ours = mapWith(new RowCamelCasePlugin(), row);
    expect(ours).toEqual(theirs);
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(ours.readComponents).toEqual([{ componentSeq: 1, fileIds: ['a'], metaData: { pageCount: 3, byWho: null } }, 2, 's', null]);
    expect(ours.whenMade).toBe(row.when_made);
  });
});

describe('timestamptzToIso', () => {
  it('matches Date for every shape PostgreSQL writes in UTC, and falls back to Date for other offsets', () => {
    const samples = [
      '2026-12-07 05:43:00+00',
      '2026-12-07 05:43:00.1+00',
      '2026-12-07 05:43:00.12+00',
      '2026-12-07 05:43:00.123+00',
      '2026-12-07 05:43:00.123456+00',
      '2026-12-07 05:43:00.999999+00',
      '0001-01-01 00:00:00+00',
      '2024-02-29 23:59:59.000001+00',
      '2026-12-07 12:43:00.5+07',
      '2026-12-07 00:13:00+05:30',
    ];
    for (let i = 0; i < 500; i++) {
      const ms = Date.UTC(2000, 0, 1) + Math.floor(((i * 7919) % 1000) * 1e9 + i * 1234.567);
      const iso = new Date(ms).toISOString();
      samples.push(`${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(i * 997 % 1e6).padStart(6, '0')}+00`);
    }
    for (const s of samples) expect(timestamptzToIso(s), s).toBe(new Date(s).toISOString());
    expect(() => timestamptzToIso('infinity')).toThrow(RangeError);
  });
});
