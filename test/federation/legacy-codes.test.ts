/**
 * Legacy dossier codes (issue 15 §6; src/lib/dossier-code.ts): `H56.65-220914-0011` and six-digit daily sequences
 * are accepted on import (kept verbatim as the dossier code when they are the resolving agency's body), travel to
 * the portal's mirror through the signed sync, are accepted by DongBoHoSoMC / CapNhatTienDoHoSoMC / TraCuuHoSo, and
 * are tracked by their own code on the local system and on the portal. Malformed codes are still refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { setDvcqgAccount } from '../../src/national/dvcqg/dvcqg.service.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

type Json = Record<string, unknown>;
let national: Node;
let local: LocalNode;
const PASSWORD = 'mat-khau-h56-cu-va-moi';

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
  await setDvcqgAccount(national.db, { nodeCode: 'H56', username: 'h56-legacy', password: PASSWORD });
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

async function drain(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await syncOnce({ db: local.db, self: local.identity, config: local.config });
    if ((await syncBacklog(local.db)).events === 0) return;
  }
  throw new Error('sync did not drain');
}

const item = (legacyCode: string, over: Json = {}) => ({
  legacyCode,
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  status: 4,
  receivedAt: '2022-09-14T09:00:00+07:00',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn Cũ' },
  ...over,
});

const track = async (base: string, code: string) => {
  const r = await fetch(`${base}/api/v1/tracking/${encodeURIComponent(code)}`);
  return { status: r.status, body: (await r.json()) as Json };
};

async function dvcqg(body: Json): Promise<Json> {
  const r = await fetch(`${national.url}/api/dvcqg/integration`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', dstcode: 'H56' },
    body: JSON.stringify(body),
  });
  expect(r.status).toBe(200);
  return (await r.json()) as Json;
}

describe('legacy dossier codes', () => {
  it('import keeps the accepted legacy codes verbatim; they sync to the portal and are tracked by their code on both', async () => {
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/import',
      headers: { authorization: 'Bearer mc' },
      payload: {
        dossiers: [
          item('H56.65-220914-0011'),
          item('000.00.06.H56-220914-000123', { status: 10, statusAt: '2022-09-20T10:00:00+07:00' }),
          item('H56.65-220931-0012'), // 31 September: not a code, kept as the legacy reference only
          item('H21.65-220914-0011'), // another body's code: kept as the legacy reference only
        ],
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    const items = r.json<{ items: { code: string; legacyCode: string }[] }>().items;
    expect(items.map((i) => i.code)).toEqual([
      'H56.65-220914-0011',
      '000.00.06.H56-220914-000123',
      // the counter of the day moved past the imported number 123
      '000.00.06.H56-220914-0124',
      '000.00.06.H56-220914-0125',
    ]);

    const here = await track(local.url, 'H56.65-220914-0011');
    expect(here.status).toBe(200);
    expect(here.body).toMatchObject({ code: 'H56.65-220914-0011', status: 4 });

    await drain();
    const short = await track(national.url, 'H56.65-220914-0011');
    expect(short.status, JSON.stringify(short.body)).toBe(200);
    expect(short.body).toMatchObject({ code: 'H56.65-220914-0011', status: 4 });
    const six = await track(national.url, '000.00.06.H56-220914-000123');
    expect(six.status).toBe(200);
    expect(six.body).toMatchObject({ code: '000.00.06.H56-220914-000123', status: 10 });
    // the refused shape never reached the portal under its own name
    expect((await track(national.url, 'H56.65-220931-0012')).status).toBe(404);
  });

  it('DongBoHoSoMC, CapNhatTienDoHoSoMC and TraCuuHoSo accept legacy codes and keep them; garbage and other bodies are refused', async () => {
    const login = await fetch(`${national.url}/api/dvcqg/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', dstcode: 'H56' },
      body: JSON.stringify({ username: 'h56-legacy', password: PASSWORD }),
    });
    const session = ((await login.json()) as Json).session as string;
    const codes = ['H56.66-230105-0042', '000.00.06.H56-230105-004200'];
    const created = await dvcqg({
      session,
      madonvi: '000.00.00.H56',
      service: 'DongBoHoSoMC',
      isUpdating: 'False',
      data: codes.map((MaHoSo) => ({ MaHoSo, MaTTHC: '1.001193', KenhThucHien: '1', TrangThaiHoSo: '2', NgayTiepNhan: '20230105080000' })),
    });
    expect(created).toMatchObject({ error_code: '0' });
    const progress = await dvcqg({
      session,
      service: 'CapNhatTienDoHoSoMC',
      data: codes.map((MaHoSo) => ({ MaHoSo, NguoiXuLy: 'Cán bộ', ThoiDiemXuLy: '20230106090000', NoiDungXuLy: 'Thụ lý', TrangThai: '4' })),
    });
    expect(progress).toMatchObject({ error_code: '0' });
    for (const code of codes) {
      const found = await dvcqg({ session, service: 'TraCuuHoSo', mahoso: code });
      expect(found.error_code).toBe('0');
      expect((found.result as Json[])[0]).toMatchObject({ MaHoSo: code, TrangThaiHoSo: '4' });
      const tracked = await track(national.url, code);
      expect(tracked.status).toBe(200);
      expect(tracked.body).toMatchObject({ code, status: 4 });
    }

    for (const bad of ['H56.66-230230-0042', 'H56.6-230105-0042', '000.00.06.H56-230105-0004200', 'h56.66-230105-0042', 'H56.66-230105-0000']) {
      const a = await dvcqg({ session, service: 'DongBoHoSoMC', isUpdating: 'False', data: [{ MaHoSo: bad, TrangThaiHoSo: '2' }] });
      expect(a.error_code, bad).not.toBe('0');
      expect(a).toMatchObject({ code: 'dvcqg-invalid' });
    }
    const foreign = await dvcqg({ session, service: 'DongBoHoSoMC', isUpdating: 'False', data: [{ MaHoSo: 'H49.01-230105-0042', TrangThaiHoSo: '2' }] });
    expect(foreign).toMatchObject({ error_code: '-7', code: 'message-agency-of-another-node' });
  });
});
