/**
 * Workflow templates: create a draft version (validated), publish it with an effective date (published versions
 * are immutable), and find the version in force for a procedure at reception.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort, PortProcedure } from '../../federation/national-port.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { revisionCache } from '../../platform/reference/revisions.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';
import {
  DEFAULT_TEMPLATE_CODE,
  longestPathMinutes,
  STANDARD_DAY_MINUTES,
  validateSteps,
  type StepDef,
  type TemplateIssue,
} from './template.ts';
import {
  agencyIdByCode,
  findTemplateVersion,
  insertTemplateVersion,
  listTemplates,
  lockTemplateVersion,
  markPublished,
  templateInForce,
} from './workflow.repository.ts';
import type { WorkflowTemplateRow } from './workflow.table.ts';

export interface TemplateInput {
  code: string;
  name: string;
  steps: StepDef[];
  /** Optional: compare the allowances with this procedure's processing time (warnings). */
  procedureCode?: string;
}

export function presentTemplate(t: WorkflowTemplateRow) {
  return {
    id: t.id,
    code: t.code,
    version: t.version,
    name: t.name,
    status: t.status,
    effectiveFrom: t.effectiveFrom,
    publishedAt: t.publishedAt,
    createdAt: t.createdAt,
    steps: t.steps,
    /** Longest chain of step allowances, in working minutes of an 8-hour day. */
    longestPathMinutes: { counter: longestPathMinutes(t.steps), online: longestPathMinutes(t.steps, true) },
  };
}

function nfcSteps(steps: StepDef[]): StepDef[] {
  return steps.map((s) => ({ ...s, name: s.name.normalize('NFC') }));
}

/**
 * Allowances longer than the procedure's processing time are a warning, not a refusal: a template may serve
 * several procedures and channels, and the dossier's legal due date is computed from the procedure anyway.
 */
function allowanceWarnings(steps: StepDef[], proc: PortProcedure | undefined): TemplateIssue[] {
  if (!proc) return [];
  const out: TemplateIssue[] = [];
  for (const [channel, terms] of [
    ['counter', proc.processing.counter],
    ['online', proc.processing.online],
  ] as const) {
    if (!terms || terms.unit === 'calendar_day') continue;
    const limit = terms.unit === 'working_hour' ? terms.duration * 60 : terms.duration * STANDARD_DAY_MINUTES;
    const total = longestPathMinutes(steps, channel === 'online');
    if (total > limit)
      out.push({
        path: '/steps',
        message: `${channel}: step allowances (${total} working minutes) exceed the procedure's ${limit}`,
      });
  }
  return out;
}

export async function createTemplate(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: TemplateInput,
) {
  const steps = nfcSteps(input.steps);
  const issues = validateSteps(steps);
  for (const [i, s] of steps.entries()) {
    if (
      s.agency !== 'resolving' &&
      s.agency !== 'receiving' &&
      !issues.length &&
      !(await agencyIdByCode(db, s.agency))
    )
      issues.push({ path: `/steps/${i}/agency`, message: `unknown agency ${s.agency}` });
  }
  if (issues.length) throw new AppError('workflow-template-invalid', { errors: issues });
  const proc = input.procedureCode ? await port.findPublishedProcedure(input.procedureCode) : undefined;
  if (input.procedureCode && !proc) throw new AppError('procedure-not-published');
  const row = await insertTemplateVersion(db, {
    code: input.code,
    name: input.name.normalize('NFC'),
    steps,
    createdBy: principal?.id ?? 'system',
  });
  return { ...presentTemplate(row), warnings: allowanceWarnings(steps, proc) };
}

export async function publishTemplate(db: Db, code: string, version: number, effectiveFrom: string) {
  return db.transaction().execute(async (tx) => {
    const t = await lockTemplateVersion(tx, code, version);
    if (!t) throw new AppError('workflow-template-not-found');
    if (t.status === 'published') throw new AppError('workflow-template-published');
    return presentTemplate(await markPublished(tx, t.id, effectiveFrom));
  });
}

export async function getTemplate(db: Db, code: string, version: number) {
  const t = await findTemplateVersion(db, code, version);
  if (!t) throw new AppError('workflow-template-not-found');
  return presentTemplate(t);
}

export async function getTemplates(db: Db, code?: string) {
  return (await listTemplates(db, code)).map(presentTemplate);
}

/** The template a dossier gets at reception: the procedure's named template in force, else the default. */
const templates = revisionCache<WorkflowTemplateRow>('config');

/** The template in force for a procedure on a day (its named template, else the default); cached per process. */
export function templateForProcedure(tx: Tx, ref: string | null | undefined, day: string): Promise<WorkflowTemplateRow> {
  return templates(tx, `${ref ?? ''}\u0000${day}`, () => readTemplateForProcedure(tx, ref, day));
}

async function readTemplateForProcedure(
  tx: Tx,
  ref: string | null | undefined,
  day: string,
): Promise<WorkflowTemplateRow> {
  const named = ref ? await templateInForce(tx, ref, day) : undefined;
  if (named) return named;
  const fallback = await templateInForce(tx, DEFAULT_TEMPLATE_CODE, day);
  if (!fallback)
    throw new AppError('workflow-template-not-found', { detail: 'No default template in force' });
  return fallback;
}

export async function templateInForceFor(db: Db, code: string, day: string) {
  const t = await templateInForce(db, code, day);
  if (!t) throw new AppError('workflow-template-not-found');
  return presentTemplate(t);
}
