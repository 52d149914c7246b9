/**
 * Issue 13.3: every (agency, procedure) offering the shipped demo makes competent can be worked from reception to
 * return: each step of its workflow has at least one active officer holding the step's role at the step's agency
 * or above it (the rule the workflow checks, `step.service.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { officersWithRoleAt } from '../local/workflow/assignees.repository.ts';
import { agencyChain, agencyIdByCode } from '../local/workflow/workflow.repository.ts';
import { templateForProcedure } from '../local/workflow/workflow.service.ts';
import { demoOfficers } from './identities.ts';
import { demoBanner, seedDemo } from './seed.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, () => {}, 'local');
}, 180_000);
afterAll(async () => t.destroy());

describe('demo staffing (issue 13.3)', () => {
  it('every step role of every shipped offering has an officer who can act', { timeout: 120_000 }, async () => {
    const offerings = await t.db
      .selectFrom('localProcedureOfferings as o')
      .innerJoin('agencies as a', 'a.id', 'o.agencyId')
      .select(['o.agencyId', 'a.code as agencyCode', 'o.procedureCode'])
      .where('o.validTo', 'is', null)
      .execute();
    expect(offerings.length).toBeGreaterThan(0);
    expect(offerings.some((o) => o.agencyCode === '000.01.31.H49')).toBe(true);
    const day = new Date().toISOString().slice(0, 10);
    const gaps: string[] = [];
    const cache = new Map<string, boolean>();
    for (const o of offerings) {
      const v = await t.db
        .selectFrom('procedureVersions')
        .select('workflowTemplateRef')
        .where('code', '=', o.procedureCode)
        .where('status', '=', 'published')
        .executeTakeFirst();
      const template = await templateForProcedure(t.db, v?.workflowTemplateRef ?? null, day);
      for (const step of template.steps) {
        // resolving and receiving: the offering's agency (a counter above it covers it through its chain)
        const at = step.agency === 'resolving' || step.agency === 'receiving' ? o.agencyId : await agencyIdByCode(t.db, step.agency);
        const key = `${at}:${step.role}`;
        if (!cache.has(key)) {
          const chain = at ? await agencyChain(t.db, at) : [];
          cache.set(key, (await officersWithRoleAt(t.db, step.role, chain)).length > 0);
        }
        if (!cache.get(key)) gaps.push(`${o.agencyCode} ${o.procedureCode} ${step.key}: no ${step.role}`);
      }
    }
    expect([...new Set(gaps.map((g) => g.replace(/ \S+ (\S+:)/, ' $1')))]).toEqual([]);
  });

  it('the ward of Hạ Long has its own specialist and leader, listed in the banner', () => {
    const ward = demoOfficers.filter((o) => o.agencyCode === '000.01.31.H49').map((o) => o.role);
    expect(ward).toEqual(expect.arrayContaining(['specialist', 'leader']));
    const banner = demoBanner('http://localhost:3000');
    for (const o of demoOfficers) expect(banner).toContain(o.username);
  });
});
