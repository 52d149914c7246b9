/**
 * Issue 13.10 between real nodes: a dossier received at Quảng Ninh's counter (H49) for Thanh Hóa (H56) gets its
 * Form 01 at that counter — "đang chờ" with a short reference until H56 answers, then printed with H56's dossier
 * code and appointment date, signed by the receiving agency and verifiable on the portal; the counter's list names
 * the competent agency and system instead of their codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportProgress } from '../../src/local/counter-routing/inbound.ts';
import { sendToPortalOnce } from '../../src/local/counter-routing/sender.ts';
import { routeOnce } from '../../src/national/routing/router.ts';
import { inspectPdf, squash } from '../../src/local/forms/poppler.testkit.ts';
import { insertAgencies, officer } from '../fixtures.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let x: LocalNode;
let y: LocalNode;

beforeAll(async () => {
  national = await startNational();
  await insertAgencies(national.db);
  x = await startLocal(national, 'H49');
  y = await startLocal(national, 'H56');
  x.tokens.mc49 = officer('one_stop_officer', x.ids.h49, '000.00.00.H49', 'Cán bộ Một Cửa Quảng Ninh');
});
afterAll(async () => {
  await x?.destroy();
  await y?.destroy();
  await national?.destroy();
});

const portal = () => ({ db: national.db, self: national.identity, retryMs: 20, retryMaxMs: 200, pollMs: 1000 });
async function pump(): Promise<void> {
  await sendToPortalOnce({ db: x.db, self: x.identity, config: x.config });
  await routeOnce(portal());
  await reportProgress(y.db, 'NATIONAL');
  await sendToPortalOnce({ db: y.db, self: y.identity, config: y.config });
  await routeOnce(portal());
}
const get = (n: LocalNode, url: string, token = 'mc49') => n.app.inject({ url, headers: { authorization: `Bearer ${token}` } });

describe('Form 01 at the counter that received for another system', () => {
  let id = '';

  it('before the competent system answers: no receipt, a short reference; the list names the agency and the system', async () => {
    const r = await x.app.inject({
      method: 'POST',
      url: '/api/v1/forwarded-dossiers',
      headers: { authorization: 'Bearer mc49' },
      payload: {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn Liên Tỉnh', birthDate: '1987-05-01', phone: '0912345678' },
        components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      },
    });
    expect(r.statusCode, r.body).toBe(202);
    id = r.json().id;
    const reference = r.json().reference;
    expect(reference).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(r.json()).toMatchObject({ resolvingAgencyName: 'Sở Tư pháp tỉnh Thanh Hóa', targetName: 'UBND tỉnh Thanh Hóa' });

    const pending = await get(x, `/api/v1/forwarded-dossiers/${id}/receipt.pdf`);
    expect(pending.statusCode).toBe(409);
    expect(pending.json()).toMatchObject({ code: 'forwarded-receipt-pending', reference, targetNode: 'H56' });

    const list = (await get(x, '/api/v1/forwarded-dossiers')).json();
    expect(list.items[0]).toMatchObject({ id, reference, resolvingAgencyName: 'Sở Tư pháp tỉnh Thanh Hóa', targetName: 'UBND tỉnh Thanh Hóa' });
  });

  it('once H56 answers: Form 01 with H56’s dossier code and appointment date, signed, issued once, verifiable on the portal', async () => {
    await pump();
    const remote = await y.db.selectFrom('dossiers').select(['code', 'dueAt']).executeTakeFirstOrThrow();
    expect(remote.code).toMatch(/^000\.00\.06\.H56-/);
    const r = await get(x, `/api/v1/forwarded-dossiers/${id}/receipt.pdf`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const text = squash(inspectPdf(r.rawPayload).text);
    expect(text).toContain(remote.code!);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Nguyễn Văn Liên Tỉnh');
    const due = new Date(Date.parse(remote.dueAt!) + 7 * 3600_000).toISOString();
    expect(text).toContain(`Thời gian trả kết quả giải quyết hồ sơ: ${Number(due.slice(11, 13))} giờ ${due.slice(14, 16)} phút, ngày ${due.slice(8, 10)} tháng ${due.slice(5, 7)} năm ${due.slice(0, 4)}`);
    const code = String(r.headers['x-verification-code']);

    const again = await get(x, `/api/v1/forwarded-dossiers/${id}/receipt.pdf`);
    expect(again.rawPayload.equals(r.rawPayload)).toBe(true);
    expect(await x.db.selectFrom('signedDocuments').select('id').where('kind', '=', 'receipt').execute()).toHaveLength(1);

    const onPortal = await national.app.inject({ method: 'POST', url: '/api/v1/verification', headers: { 'content-type': 'application/pdf' }, payload: r.rawPayload });
    expect(onPortal.json()).toMatchObject({ valid: true, registered: { verificationCode: code, kind: 'receipt' } });
  });

  it('another counter’s officer gets no receipt', async () => {
    y.tokens.other = officer('one_stop_officer', y.ids.h56, '000.00.00.H56', 'Một Cửa Thanh Hóa');
    expect((await get(y, `/api/v1/forwarded-dossiers/${id}/receipt.pdf`, 'other')).statusCode).toBe(404);
  });
});
