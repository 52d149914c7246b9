/**
 * Declaration e-forms and required papers on the shipped demo data (the demo seed, no procedure published by the
 * test): schema validation (422 listing the fields), storage with the dossier, the officer's correction as an action
 * in the log with its audit row, required papers, applicants; and the birth extract filled from the declaration.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createOfficerWithRole } from '../../../test/auth.ts';
import { seedDemo } from '../../demo/seed.ts';
import { resultFactsFrom } from '../../federation/eform.ts';
import { seedEForms } from '../../national/catalogue/seed/eforms.data.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { inspectPdf, squash } from '../forms/poppler.testkit.ts';

const WARD = '000.01.31.H56';
// two demo people (src/standins/eid/demo-people.ts), with the accounts the demo seed gives them
const principals: Record<string, Principal> = {};
let t: TestApp;
let ward: string; // a specialist of the ward
let elsewhere: string; // a specialist of another ward
let counter: string; // a one-stop officer of the ward

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, token: string | undefined, payload?: unknown) =>
  t.app.inject({ method, url, ...(payload ? { payload: payload } : {}), headers: token ? { authorization: `Bearer ${token}` } : {} });

const declaration = {
  childName: 'Nguyễn Minh Khang',
  childBirthDate: '2026-11-20',
  childGender: 'nam',
  childEthnicity: 'Kinh',
  childNationality: 'Việt Nam',
  childPlaceOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
  motherName: 'Lê Thị Hoa',
  motherBirthDate: '1995-04-02',
  motherResidence: 'Số 5 Lê Lợi, Phường Hạc Thành, Thanh Hóa',
  fatherName: 'Nguyễn Văn An',
  declarantRelation: 'cha',
};

let papers: { name: string; required?: boolean }[] = [];
const birthCertSeq = () => papers.findIndex((p) => p.required) + 1;
const body = (extra: Record<string, unknown> = {}) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: WARD,
  owner: { type: 'citizen', idNumber: '038087012345', name: 'Lê Văn Thành' },
  components: papers.map((p) => ({ name: p.name.slice(0, 300), originals: 1, certifiedCopies: 0, photocopies: 0 })),
  attachments: [{ componentSeq: birthCertSeq(), documentId: randomUUID() }],
  declaration,
  ...extra,
});
const dossierCount = async () =>
  Number((await t.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp({}, { principals });
  await seedDemo(t.db);
  for (const [token, personalId] of [['me', '038087012345'], ['other', '001203006789']] as const) {
    const a = await t.db.selectFrom('accounts').select(['id', 'name']).where('personalId', '=', personalId).executeTakeFirstOrThrow();
    principals[token] = { kind: 'citizen', id: a.id, personalId, name: a.name, loa: 2 };
  }
  ward = (await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: WARD })).token;
  counter = (await createOfficerWithRole(t.db, { role: 'one_stop_officer', agencyCode: WARD })).token;
  elsewhere = (await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.02.31.H56' })).token;
  const proc = (await call('GET', '/api/v1/procedures/1.001193', undefined)).json();
  papers = proc.cases[0].components;
}, 180_000);
afterAll(async () => t.close());

describe('declaration e-forms on the shipped catalogue', () => {
  it('ships an e-form with each of the six most used procedures, and the birth certificate is a required paper', async () => {
    for (const code of ['1.001193', '1.000894', '1.000656', '1.004222', '1.001612', '2.000815']) {
      const p = (await call('GET', `/api/v1/procedures/${code}`, undefined)).json();
      expect(p.eform?.title, code).toBe(seedEForms[code]!.eform.title);
      expect(p.eform.layout.pages.length, code).toBeGreaterThan(0);
    }
    expect(birthCertSeq()).toBeGreaterThan(0);
    expect(papers[birthCertSeq() - 1]!.name).toMatch(/Giấy chứng sinh/);
  });

  it('refuses an online birth registration without the birth certificate (422), writing nothing', async () => {
    const before = await dossierCount();
    const res = await call('POST', '/api/v1/online/dossiers', 'me', body({ attachments: [] }));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'required-paper-missing', errors: [{ path: `/components/${birthCertSeq()}` }] });
    expect(await dossierCount()).toBe(before);
  });

  it('refuses a declaration that misses or garbles answers with 422 listing each field by its label, writing nothing', async () => {
    const before = await dossierCount();
    const { childName: _n, childGender: _g, ...rest } = declaration;
    const res = await call('POST', '/api/v1/online/dossiers', 'me', body({ declaration: { ...rest, childBirthDate: '2026-02-30', motherPersonalId: '12ab' } }));
    expect(res.statusCode).toBe(422);
    const p = res.json();
    expect(p.code).toBe('declaration-invalid');
    expect(p.errors.map((e: { path: string }) => e.path)).toEqual(['/childName', '/childBirthDate', '/childGender', '/motherPersonalId']);
    expect(p.errors[0].message).toBe('Họ, chữ đệm, tên người được khai sinh: chưa nhập');
    expect(p.errors[1].message).toContain('không phải ngày hợp lệ');
    // no declaration at all: every required field is listed
    const none = await call('POST', '/api/v1/online/dossiers', 'me', body({ declaration: undefined }));
    expect(none.statusCode).toBe(422);
    expect(none.json().errors.length).toBeGreaterThanOrEqual(8);
    expect(await dossierCount()).toBe(before);
  });

  it('accepts myself or another person (with the submitter), and refuses an organisation the procedure does not allow', async () => {
    const forOther = await call(
      'POST',
      '/api/v1/online/dossiers',
      'me',
      body({
        owner: { type: 'citizen', idNumber: '038195006789', name: 'Đỗ Thị Hạnh' },
        submitter: { name: 'Lê Văn Thành', idNumber: '038087012345', authorisation: 'Người thân thích (cha)' },
      }),
    );
    expect(forOther.statusCode).toBe(201);
    expect(forOther.json().submitter).toMatchObject({ name: 'Lê Văn Thành' });
    const org = await call('POST', '/api/v1/online/dossiers', 'me', body({ owner: { type: 'business', idNumber: '0101243150', name: 'Công ty ABC' } }));
    expect(org.statusCode).toBe(422);
    expect(org.json().code).toBe('applicant-not-allowed');
  });

  it('stores the declaration with the dossier; the officer of the agency corrects it with a reason, as an action in the log with an audit row', async () => {
    const created = await call('POST', '/api/v1/online/dossiers', 'me', body({ declaration: { ...declaration, childName: '  Nguyễn   Minh Khang ' } }));
    expect(created.statusCode).toBe(201);
    const d = created.json();
    expect(d.declaration).toEqual(declaration); // normalised (spaces) and stored
    const mine = (await call('GET', `/api/v1/dossiers/${d.id}/declaration`, 'me')).json();
    expect(mine.data).toEqual(declaration);
    expect(mine.eform.title).toBe('Tờ khai đăng ký khai sinh');

    const fix = { data: { ...declaration, childName: 'Nguyễn Minh Khanh' }, reason: 'Sai chính tả tên theo giấy chứng sinh', expectedVersion: d.version };
    // not the owner, another ward's officer, a stale version, an invalid answer: refused, nothing changed
    expect((await call('PUT', `/api/v1/dossiers/${d.id}/declaration`, 'me', fix)).statusCode).toBe(403);
    expect((await call('PUT', `/api/v1/dossiers/${d.id}/declaration`, elsewhere, fix)).statusCode).toBe(404);
    expect((await call('PUT', `/api/v1/dossiers/${d.id}/declaration`, ward, { ...fix, expectedVersion: d.version + 5 })).json().code).toBe('dossier-version-conflict');
    const bad = await call('PUT', `/api/v1/dossiers/${d.id}/declaration`, ward, { ...fix, data: { ...fix.data, childGender: 'khac' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: '/childGender', message: 'Giới tính: chọn một trong các lựa chọn' }]);

    const ok = await call('PUT', `/api/v1/dossiers/${d.id}/declaration`, ward, fix);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.childName).toBe('Nguyễn Minh Khanh');
    expect(ok.json().corrections).toEqual([
      expect.objectContaining({ reason: fix.reason, changes: [{ field: 'childName', label: 'Họ, chữ đệm, tên người được khai sinh', from: 'Nguyễn Minh Khang', to: 'Nguyễn Minh Khanh' }] }),
    ]);
    const view = (await call('GET', `/api/v1/dossiers/${d.id}`, ward)).json();
    expect(view.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'correct_declaration']);
    expect(view.status).toBe(1); // a correction changes no status
    expect(view.version).toBe(d.version + 1);
    const audit = await t.db.selectFrom('auditEvents').selectAll().where('targetId', '=', d.id).where('action', '=', 'correct_declaration').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ fields: ['childName'], reason: fix.reason });
    // the log still replays: the dossier can be received after the correction
    const recv = await call('POST', `/api/v1/dossiers/${d.id}/actions`, counter, { action: 'receive', expectedVersion: view.version });
    expect(recv.statusCode, recv.body).toBe(200);
    expect(recv.json()).toMatchObject({ status: 2 });
    const after = (await call('GET', `/api/v1/dossiers/${d.id}`, ward)).json();
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'correct_declaration', 'receive']);
    // the birth extract is filled from the (corrected) declaration: no fact typed by the officer
    const leader = (await createOfficerWithRole(t.db, { role: 'leader', agencyCode: WARD })).token;
    const issued = await call('POST', `/api/v1/dossiers/${d.id}/results`, leader, {
      resultTypeCode: 'KQ.G15.000031',
      resultTypeName: 'Trích lục khai sinh',
      template: 'birth-extract',
      numberSymbol: '01/TLKS',
      abstract: 'Trích lục khai sinh (bản điện tử)',
      signerName: 'Phạm Lãnh Đạo',
      signerPosition: ['CHỦ TỊCH'],
      issueDate: '2026-11-27',
      permanent: true,
      expectedVersion: recv.json().version,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().details).toMatchObject({ fullName: 'Nguyễn Minh Khanh', birthDate: '20/11/2026', gender: 'Nam', motherName: 'Lê Thị Hoa' });
  });

  it('keeps the e-form and the required papers in the next version of the procedure (versioned with it)', async () => {
    const operator = (await createOfficerWithRole(t.db, { role: 'national_operator', agencyCode: '000.00.00.G22' })).token;
    const draft = await call('POST', '/api/v1/procedures/1.001193/versions', operator);
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().eform.title).toBe('Tờ khai đăng ký khai sinh');
    expect(draft.json().cases[0].components.filter((k: { required?: boolean }) => k.required)).toHaveLength(1);
    // a definition that does not compile, or lays out a field twice, is refused
    const bad = await call('PATCH', `/api/v1/procedures/1.001193/versions/${draft.json().id}`, operator, {
      eform: { ...seedEForms['1.001193']!.eform, schema: { type: 'object', additionalProperties: false, properties: { x: { type: 'nonsense' } } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation-failed');
  });

  it('fills the birth extract from the declaration (labels for choices, dates dd/mm/yyyy)', () => {
    const facts = resultFactsFrom(seedEForms['1.001193']!.eform, 'birth-extract', declaration);
    expect(facts).toMatchObject({ fullName: 'Nguyễn Minh Khang', birthDate: '20/11/2026', gender: 'Nam', placeOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', motherName: 'Lê Thị Hoa', fatherName: 'Nguyễn Văn An' });
  });
});

describe('drafts on the server', () => {
  it('keeps my draft for me only (404 to another account), bounded, listed, and deleted when the dossier is sent', async () => {
    const data = { step: 'form', caseIdx: '0', agency: WARD, declaration: { childName: 'Nguyễn Minh Khang' }, choices: { 5: { kind: 'upload', documentId: randomUUID(), fileName: 'giay-chung-sinh.pdf' } } };
    const created = await call('POST', '/api/v1/my/drafts', 'me', { procedureCode: '1.001193', data });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', data });
    expect(draft.procedureVersionId).toBeTruthy();

    const list = (await call('GET', '/api/v1/my/drafts', 'me')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: draft.id, procedureName: 'Đăng ký khai sinh', step: 'form' })]);
    expect((await call('GET', '/api/v1/my/drafts', 'other')).json().items).toEqual([]);
    for (const [m, payload] of [['GET', undefined], ['PUT', { data: {} }], ['DELETE', undefined]] as const) {
      const r = await call(m, `/api/v1/my/drafts/${draft.id}`, 'other', payload);
      expect(r.statusCode, m).toBe(404);
      expect(r.json().code).toBe('draft-not-found');
    }
    expect((await call('GET', `/api/v1/my/drafts/${draft.id}`, ward)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/my/drafts/${draft.id}`, undefined)).statusCode).toBe(401);

    const big = await call('PUT', `/api/v1/my/drafts/${draft.id}`, 'me', { data: { note: 'x'.repeat(70_000) } });
    expect(big.statusCode).toBe(413);
    const saved = await call('PUT', `/api/v1/my/drafts/${draft.id}`, 'me', { data: { ...data, step: 'papers' } });
    expect(saved.statusCode).toBe(200);
    expect((await call('GET', `/api/v1/my/drafts/${draft.id}`, 'me')).json().data.step).toBe('papers');

    const sent = await call('POST', '/api/v1/online/dossiers', 'me', body({ draftId: draft.id }));
    expect(sent.statusCode).toBe(201);
    expect((await call('GET', `/api/v1/my/drafts/${draft.id}`, 'me')).statusCode).toBe(404);
  });

  it('keeps the draft when the submission is refused', async () => {
    const draft = (await call('POST', '/api/v1/my/drafts', 'me', { procedureCode: '1.001193', data: { step: 'review' } })).json();
    const refused = await call('POST', '/api/v1/online/dossiers', 'me', body({ draftId: draft.id, declaration: {} }));
    expect(refused.statusCode).toBe(422);
    expect((await call('GET', `/api/v1/my/drafts/${draft.id}`, 'me')).statusCode).toBe(200);
  });

  it('prints the main declared facts on the receipt (Form 01), which still fits one page', async () => {
    // a usual online birth registration: the birth certificate (required) and the declaration
    const usual = [papers.find((p) => p.required)!, ...papers.filter((p) => /^Tờ khai/.test(p.name))];
    expect(usual).toHaveLength(2);
    const components = usual.map((p) => ({ name: p.name.slice(0, 300), originals: 1, certifiedCopies: 0, photocopies: 0 }));
    const created = await call('POST', '/api/v1/online/dossiers', 'me', body({ components, attachments: [{ componentSeq: 1, documentId: randomUUID() }] }));
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    const received = await call('POST', `/api/v1/dossiers/${d.id}/actions`, counter, { action: 'receive', expectedVersion: d.version });
    expect(received.statusCode, received.body).toBe(200);
    const pdf = await call('GET', `/api/v1/dossiers/${d.id}/forms/receipt.pdf`, counter);
    expect(pdf.statusCode).toBe(200);
    const report = inspectPdf(pdf.rawPayload);
    const text = squash(report.text);
    expect(text).toContain('Thông tin kê khai trên tờ khai');
    expect(text).toContain('Họ, chữ đệm, tên người được khai sinh: Nguyễn Minh Khang');
    expect(text).toContain('Ngày, tháng, năm sinh: 20/11/2026');
    expect(text).toContain('Giới tính: Nam');
    expect(text).toContain('Lê Thị Hoa');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).not.toContain('Bệnh viện Đa khoa tỉnh Thanh Hóa'); // a later page's detail, not a name: left out
    expect(report.pages).toBe(1);
  });
});
