/**
 * Satisfaction evaluation of a dossier whose result was returned (status 10): one per dossier, by its owner on the
 * portal (the account that submitted it, or the citizen or organisation whose personal id or tax code is the
 * owner's) or by a one-stop officer typing in the owner's paper form at the counter. Officers read evaluations and
 * summaries of their agencies and the agencies below them.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { agencyAncestors } from '../../platform/identity/agency-scope.ts';
import { hasAgencyPermission, hasPermission } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findDossier, insertAudit } from '../dossiers/dossier.repository.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { isDossierOwner } from '../dossiers/owner.ts';
import { resendMonitoringFacts } from '../sync/refresh.ts';
import { gradeFor, scoreEvaluation, type Criterion, type GradeBand } from './evaluation.ts';
import {
  agencySubtree,
  criteriaSetInForce,
  findCriteriaSet,
  findEvaluation,
  insertEvaluation,
  summarise,
} from './evaluation.repository.ts';
import type { CriteriaSetRow, DossierEvaluationRow } from './evaluation.table.ts';

export interface EvaluationInput {
  scores: Record<string, number>;
  comments?: string;
}

export interface EvaluationView {
  dossierId: string;
  dossierCode: string | null;
  criteriaSet: { code: string; name: string };
  scores: { code: string; kind: Criterion['kind']; vi: string; en: string; value: number; label: string }[];
  total: number;
  maxTotal: number;
  grade: { code: string; vi: string; en: string };
  comments: string;
  source: 'online' | 'counter_paper';
  createdAt: string;
}


async function officerMay(db: Db, p: Principal, perm: 'evaluation:record' | 'evaluation:read', d: DossierRow): Promise<boolean> {
  if (p.kind !== 'officer' || !d.resolvingAgencyId) return false;
  const ancestors = await agencyAncestors(db, d.resolvingAgencyId);
  // one dossier's evaluation (scores, the person's comments) is dossier content: only for roles that work on dossiers
  if (perm === 'evaluation:read' && !hasAgencyPermission(p, 'dossier:work', d.resolvingAgencyId, ancestors)) return false;
  return hasAgencyPermission(p, perm, d.resolvingAgencyId, ancestors);
}

/** The dossier if the principal may act on its evaluation; a non-owner citizen learns nothing (404). */
async function dossierFor(db: Db, p: Principal | undefined, id: string, perm: 'evaluation:record' | 'evaluation:read') {
  if (!p) throw new AppError('unauthenticated');
  const d = await findDossier(db, id);
  if (!d) throw new AppError('dossier-not-found');
  if (p.kind === 'officer') {
    if (!(await officerMay(db, p, perm, d))) throw new AppError('forbidden', { detail: `Not allowed to ${perm} for this agency` });
    return d;
  }
  if (!isDossierOwner(p, d)) throw new AppError('dossier-not-found');
  return d;
}

function present(d: DossierRow, e: DossierEvaluationRow, set: CriteriaSetRow): EvaluationView {
  const band: GradeBand = set.gradeBands.find((b) => b.code === e.grade) ?? gradeFor(e.total, set.gradeBands);
  return {
    dossierId: d.id,
    dossierCode: d.code,
    criteriaSet: { code: set.code, name: set.name },
    scores: set.criteria.map((c) => {
      const value = e.scores.find((s) => s.code === c.code)?.value ?? 0;
      return { code: c.code, kind: c.kind, vi: c.vi, en: c.en, value, label: c.options.find((o) => o.value === value)?.vi ?? '' };
    }),
    total: e.total,
    maxTotal: e.maxTotal,
    grade: { code: band.code, vi: band.vi, en: band.en },
    comments: e.comments,
    source: e.source,
    createdAt: e.createdAt,
  };
}

function vnDay(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The questionnaire in force today: each criterion with the answers offered (what the owner is shown and chooses). */
export async function criteriaInForce(db: Db, now: Date = new Date()): Promise<Pick<CriteriaSetRow, 'code' | 'name' | 'criteria'>> {
  const set = await criteriaSetInForce(db, vnDay(now));
  if (!set) throw new AppError('criteria-set-not-found');
  return { code: set.code, name: set.name, criteria: set.criteria };
}

export async function submitEvaluation(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
  input: EvaluationInput,
  now: Date = new Date(),
): Promise<EvaluationView> {
  const d = await dossierFor(db, principal, dossierId, 'evaluation:record');
  if (d.status !== 10) throw new AppError('evaluation-not-open', { data: { currentStatus: d.status } });
  if (await findEvaluation(db, d.id)) throw new AppError('evaluation-exists');
  const set = await criteriaSetInForce(db, vnDay(now));
  if (!set) throw new AppError('criteria-set-not-found');
  const scored = scoreEvaluation(set, input.scores);
  const p = principal!;
  const row = await insertEvaluation(db, {
    dossierId: d.id,
    criteriaSetId: set.id,
    agencyId: d.resolvingAgencyId,
    scores: set.criteria.map((c) => ({ code: c.code, value: input.scores[c.code] ?? 0 })),
    total: scored.total,
    maxTotal: scored.maxTotal,
    grade: scored.grade.code,
    comments: (input.comments ?? '').normalize('NFC').trim(),
    source: p.kind === 'officer' ? 'counter_paper' : 'online',
    recordedByKind: p.kind,
    recordedById: p.id,
  });
  if (!row) throw new AppError('evaluation-exists');
  await insertAudit(db, {
    actorKind: p.kind,
    actorId: p.id,
    action: 'evaluate',
    targetType: 'dossier',
    targetId: d.id,
    outcome: 'ok',
    detail: { criteriaSet: set.code, total: scored.total, grade: scored.grade.code },
  });
  // the rating is a fact of the Decision 766 index: the portal's national view learns it
  await resendMonitoringFacts(db, d.id);
  return present(d, row, set);
}

export async function getEvaluation(db: Db, principal: Principal | undefined, dossierId: string): Promise<EvaluationView> {
  const d = await dossierFor(db, principal, dossierId, 'evaluation:read');
  const e = await findEvaluation(db, d.id);
  if (!e) throw new AppError('evaluation-not-found');
  const set = await findCriteriaSet(db, e.criteriaSetId);
  if (!set) throw new AppError('criteria-set-not-found');
  return present(d, e, set);
}

export interface SummaryView {
  agency: string | null;
  from: string | null;
  to: string | null;
  sets: {
    code: string;
    name: string;
    count: number;
    averageTotal: number;
    maxTotal: number;
    grades: { code: string; vi: string; en: string; minScore: number; count: number }[];
    criteria: { code: string; kind: Criterion['kind']; vi: string; average: number | null }[];
  }[];
}

/**
 * Averages and grade counts over the evaluations of an agency and the agencies below it (`agencyCode`), or, without
 * it, over every agency the officer may read (all for a national operator).
 */
export async function evaluationSummary(
  db: Db,
  principal: Principal | undefined,
  q: { agency?: string; from?: string; to?: string },
): Promise<SummaryView> {
  if (!principal || !hasPermission(principal, 'evaluation:read') || principal.kind !== 'officer') throw new AppError('forbidden');
  if (q.from && q.to && q.from > q.to) {
    throw new AppError('validation-failed', { detail: 'from is after to', errors: [{ path: '/from', message: 'after to' }] });
  }
  let agencyIds: string[] | 'all';
  if (q.agency) {
    const a = await db.selectFrom('agencies').select('id').where('code', '=', q.agency).executeTakeFirst();
    if (!a) throw new AppError('agency-not-found');
    if (!hasAgencyPermission(principal, 'evaluation:read', a.id, await agencyAncestors(db, a.id))) {
      throw new AppError('forbidden', { detail: 'Not allowed to read evaluations of this agency' });
    }
    agencyIds = await agencySubtree(db, [a.id]);
  } else if (principal.grants.some((g) => g.role === 'national_operator')) agencyIds = 'all';
  else agencyIds = await agencySubtree(db, principal.grants.map((g) => g.agencyId));
  const rows = await summarise(db, { agencyIds, from: q.from, to: q.to });
  const sets: SummaryView['sets'] = [];
  for (const r of rows) {
    const grades = new Map(r.grades ?? []);
    const averages = new Map(r.criteria ?? []);
    const set = await findCriteriaSet(db, r.criteriaSetId);
    if (!set) continue;
    const indicators = set.criteria.filter((c) => c.kind === 'indicator');
    sets.push({
      code: set.code,
      name: set.name,
      count: r.count,
      averageTotal: r.averageTotal,
      maxTotal: indicators.reduce((s, c) => s + Math.max(...c.options.map((o) => o.value)), 0),
      grades: [...set.gradeBands]
        .sort((a, b) => b.minScore - a.minScore)
        .map((b) => ({ code: b.code, vi: b.vi, en: b.en, minScore: b.minScore, count: grades.get(b.code) ?? 0 })),
      criteria: set.criteria.map((c) => ({ code: c.code, kind: c.kind, vi: c.vi, average: averages.get(c.code) ?? null })),
    });
  }
  return { agency: q.agency ?? null, from: q.from ?? null, to: q.to ?? null, sets };
}
