/**
 * A dossier is its owner's whatever the channel: one received at a counter for a person (no account submitted it)
 * is in that person's "my dossiers" and opens for them once they log in with the national e-ID; nobody else's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';

const other: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-000000000002', personalId: '001203006789', name: 'Trần Thị Bình', loa: 2 };
const company: Principal = { kind: 'organisation', id: '00000000-0000-4000-9000-000000000003', taxCode: '2800123452', name: 'Công ty TNHH Thương mại Sầm Sơn', loa: 2 };
let app: DossierTestApp;

beforeAll(async () => {
  app = await dossierTestApp((ids) => ({ mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56'), citizen, other, company }));
});
afterAll(async () => app.t.close());

const counter = (owner: { type: string; idNumber: string; name: string }) =>
  app.call('POST', '/api/v1/dossiers', 'mc', {
    channel: 'counter',
    procedureCode: '1.001193',
    resolvingAgencyCode: '000.00.06.H56',
    owner,
    components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });

describe('the owner of a counter dossier', () => {
  it('finds it in "my dossiers" and opens it; another person does neither', async () => {
    const r = await counter({ type: 'citizen', idNumber: citizen.kind === 'citizen' ? citizen.personalId : '', name: 'Nguyễn Văn An' });
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json<{ id: string; code: string }>();
    const mine = (await app.call('GET', '/api/v1/my/dossiers', 'citizen')).json<{ items: { id: string }[] }>();
    expect(mine.items.map((i) => i.id)).toContain(d.id);
    expect((await app.call('GET', `/api/v1/dossiers/${d.id}`, 'citizen')).json()).toMatchObject({ code: d.code });

    const theirs = (await app.call('GET', '/api/v1/my/dossiers', 'other')).json<{ items: { id: string }[] }>();
    expect(theirs.items.map((i) => i.id)).not.toContain(d.id);
    const peek = await app.call('GET', `/api/v1/dossiers/${d.id}`, 'other');
    expect(peek.statusCode).toBe(404);
    expect(peek.json().code).toBe('dossier-not-found');
  });

  it('an organisation by its tax code; a person with the same digits is not it', async () => {
    const r = await counter({ type: 'business', idNumber: '2800123452', name: 'Công ty TNHH Thương mại Sầm Sơn' });
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json<{ id: string }>();
    expect((await app.call('GET', `/api/v1/dossiers/${d.id}`, 'company')).statusCode).toBe(200);
    expect((await app.call('GET', '/api/v1/my/dossiers', 'company')).json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([d.id]);
    expect((await app.call('GET', `/api/v1/dossiers/${d.id}`, 'citizen')).statusCode).toBe(404);
  });
});
