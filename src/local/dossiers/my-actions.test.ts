/**
 * Issue 13.13: GET /api/v1/dossiers/:id names the actions this officer may take now (`myActions`), by status, role,
 * workflow step and what was already done — after approving, a leader is offered no second approval.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';

let t: TestApp;
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56'),
  }));
  t = d.t;
  call = d.call;
});
afterAll(async () => t.close());

const mine = async (id: string, who: string): Promise<string[]> => {
  const r = await call('GET', `/api/v1/dossiers/${id}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().myActions;
};
const myWork = async (who: string): Promise<string[]> => {
  const r = await call('GET', '/api/v1/dossiers?queue=mine', who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items.map((i: { id: string }) => i.id);
};
async function act(id: string, who: string, body: Record<string, unknown>) {
  const cur = (await call('GET', `/api/v1/dossiers/${id}`, 'mc')).json();
  const r = await call('POST', `/api/v1/dossiers/${id}/actions`, who, { expectedVersion: cur.version, ...body });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

describe('the actions offered to this officer now (issue 13.13)', () => {
  it('follows the workflow: start by the specialist, approve once by the leader, result by the specialist, return at the counter', async () => {
    const res = await call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
      components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    expect(await mine(id, 'cv')).toContain('start');
    expect(await mine(id, 'ld')).not.toContain('start'); // the appraisal step is a specialist's
    expect(await mine(id, 'mc')).not.toContain('start');
    // "Việc của tôi": the specialist's pool holds it (received, waiting for appraisal); not yet the leader's
    expect(await myWork('cv')).toContain(id);
    expect(await myWork('ld')).not.toContain(id);
    // the counter's paper file goes to the resolving agency once; then no one is offered it again
    expect(await mine(id, 'mc')).toContain('hand_over_paper');
    await act(id, 'mc', { action: 'hand_over_paper' });
    expect(await mine(id, 'mc')).not.toContain('hand_over_paper');

    await act(id, 'cv', { action: 'start' });
    expect(await mine(id, 'cv')).toEqual(expect.arrayContaining(['forward', 'request_supplement', 'request_payment']));
    expect(await mine(id, 'cv')).not.toContain('approve');
    expect(await mine(id, 'ld')).not.toContain('approve');

    await act(id, 'cv', { action: 'forward' });
    expect(await mine(id, 'ld')).toContain('approve');
    expect(await myWork('ld')).toContain(id);
    expect(await myWork('cv')).not.toContain(id);
    expect(await mine(id, 'cv')).not.toContain('forward');

    const approved = await act(id, 'ld', { action: 'approve' });
    // the action's own answer already says what the leader may do next: no second approval, no step of others
    expect(approved.myActions).not.toContain('approve');
    const leader = await mine(id, 'ld');
    expect(leader).not.toEqual(expect.arrayContaining(['approve']));
    expect(leader.filter((a) => ['approve', 'forward', 'record_result', 'request_supplement', 'return_to_step'].includes(a))).toEqual([]);
    expect(await mine(id, 'cv')).toContain('record_result');
    expect(await myWork('ld')).not.toContain(id);
    expect(await myWork('cv')).toContain(id);

    await act(id, 'cv', { action: 'record_result' });
    expect(await mine(id, 'mc')).toContain('return_result');
    expect(await myWork('mc')).toContain(id);
    expect(await myWork('cv')).not.toContain(id);
    expect(await mine(id, 'cv')).not.toContain('return_result');
    expect(await mine(id, 'ld')).toEqual(['recall']);
  });
});
