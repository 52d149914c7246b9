/** `motcua dossiers import-legacy`: an older system's dossiers into a running local system, in batches, idempotent. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer } from '../../../test/fixtures.ts';
import { ImportRefused, importLegacyItems } from './legacy-import.cli.ts';

let t: TestApp;
let url = '';
const dir = mkdtempSync(path.join(tmpdir(), 'motcua-legacy-'));

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({ admin: officer('agency_admin', ids.h56justice, '000.00.06.H56') }));
  t = d.t;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t.close());

const item = (legacyCode: string, over: Record<string, unknown> = {}) => ({
  legacyCode,
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  status: 2,
  receivedAt: '2022-09-14T09:00:00+07:00',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn Cũ' },
  ...over,
});
const ITEMS = [item('H56.65-220914-0021'), item('000.00.06.H56-220914-000321'), item('OLD-77')];

describe('motcua dossiers import-legacy', () => {
  it('imports the file in batches through the running node and prints each legacy code with its dossier code', async () => {
    writeFileSync(path.join(dir, 'dossiers.json'), JSON.stringify({ dossiers: ITEMS }));
    writeFileSync(path.join(dir, 'token'), 'admin\n', { mode: 0o600 });
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'dossiers', 'import-legacy', '--target', url, '--token-file', path.join(dir, 'token'), '--file', path.join(dir, 'dossiers.json'), '--batch', '2'],
        { env: { ...process.env, LOG_LEVEL: 'silent' } },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('batch 2: 3 created, 0 already there');
    expect(out.stdout).toContain('H56.65-220914-0021\tH56.65-220914-0021');
    expect(out.stdout).toContain('000.00.06.H56-220914-000321\t000.00.06.H56-220914-000321');
    expect(out.stdout).toMatch(/OLD-77\t000\.00\.06\.H56-220914-\d{4}/);
    expect(out.stdout).toContain('imported 3 dossier(s): 3 created, 0 already there');
  }, 60_000);

  it('is idempotent, and stops at a refused batch saying how far it got', async () => {
    const again = await importLegacyItems({ target: url, token: 'admin', items: ITEMS, batch: 2 });
    expect(again).toMatchObject({ batches: 2, created: 0, existing: 3 });
    const err = await importLegacyItems({ target: url, token: 'admin', items: [...ITEMS, item('OLD-78', { status: 11 })], batch: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    const r = err as ImportRefused;
    expect([r.status, r.problem.code, r.firstItem, r.done.batches, r.done.existing]).toEqual([400, 'validation-failed', 3, 1, 3]);
    const n = await t.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<string>().as('n')).where('legacyCode', '=', 'OLD-78').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
    const denied = await importLegacyItems({ target: url, token: 'nobody', items: ITEMS }).catch((e: unknown) => e);
    expect((denied as ImportRefused).status).toBe(401);
  });
});
