import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { publishProcedure } from '../../../test/fixtures.ts';
import { retireVersion } from '../catalogue/catalogue.service.ts';
import { inProcessNationalPort } from './in-process.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('in-process national port (cached by catalogue revision)', () => {
  it('serves the published version, sees a retirement at the next call, and hands out one frozen value that no caller can change', async () => {
    const port = inProcessNationalPort(t.db);
    expect(await port.findPublishedProcedure('1.001193')).toBeUndefined();
    const versionId = await publishProcedure(t.db);
    const first = await port.findPublishedProcedure('1.001193');
    expect(first?.versionId).toBe(versionId);
    expect(() => first!.fees.push({ code: 'X', name: 'mutated by a caller', amount: 1 })).toThrow(TypeError);
    expect(() => {
      first!.cases[0]!.components = [];
    }).toThrow(TypeError);
    const again = await port.findPublishedProcedure('1.001193');
    expect(again).toBe(first); // the cached value itself: no copy per call
    expect(again?.fees).toEqual([{ code: 'LP01', name: 'Lệ phí đăng ký khai sinh', amount: 8000 }]);

    await retireVersion(t.db, 'system', '1.001193', versionId);
    expect(await port.findPublishedProcedure('1.001193')).toBeUndefined();
  });
});
