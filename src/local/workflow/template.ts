/**
 * Internal workflow templates (quy trình nội bộ, domain-vn.md §3.4) as data: an ordered graph of steps, each with
 * the role and agency that performs it and its time allowance at the counter and (optionally) online. Pure
 * types, the default template and the validation rules; storage and versioning live in workflow.service.ts.
 */
import { isValidAgencyCode } from '../../lib/vn-ids.ts';

export const stepKinds = ['reception', 'appraisal', 'inter_agency', 'approval', 'result', 'return'] as const;
export type StepKind = (typeof stepKinds)[number];

/** The officer roles that perform steps (administrators and operators do not). */
export const stepRoles = ['one_stop_officer', 'specialist', 'leader'] as const;
export type StepRole = (typeof stepRoles)[number];

export type AllowanceUnit = 'working_hour' | 'working_day';

export interface Allowance {
  duration: number;
  unit: AllowanceUnit;
}

export interface StepDef {
  /** Stable key within the template, e.g. `appraisal`. */
  key: string;
  /** Printed on form 06, e.g. "Thẩm định hồ sơ". */
  name: string;
  kind: StepKind;
  role: StepRole;
  /** `resolving` = the dossier's resolving agency, `receiving` = where it was received, or an agency code. */
  agency: string;
  /** Allowance for dossiers received at the counter or by post. */
  allowance: Allowance;
  /** Allowance for online dossiers (falls back to `allowance`). */
  onlineAllowance?: Allowance;
  /** Steps this one may hand over to; several = the officer chooses; none = terminal. */
  next: string[];
}

export interface TemplateIssue {
  path: string;
  message: string;
}

/** Working minutes in a standard working day (8 h); used only to compare allowances with a procedure's time. */
export const STANDARD_DAY_MINUTES = 480;

export function allowanceMinutes(a: Allowance, dayMinutes = STANDARD_DAY_MINUTES): number {
  return Math.round(a.unit === 'working_hour' ? a.duration * 60 : a.duration * dayMinutes);
}

/** Used when the procedure names no template (its workflowTemplateRef is null or unknown). Migration 0900 stores it. */
export const DEFAULT_TEMPLATE_CODE = 'MAC-DINH';
export const defaultSteps: StepDef[] = [
  {
    key: 'reception',
    name: 'Tiếp nhận và chuyển hồ sơ',
    kind: 'reception',
    role: 'one_stop_officer',
    agency: 'receiving',
    allowance: { duration: 4, unit: 'working_hour' },
    next: ['appraisal'],
  },
  {
    key: 'appraisal',
    name: 'Thẩm định hồ sơ',
    kind: 'appraisal',
    role: 'specialist',
    agency: 'resolving',
    allowance: { duration: 2, unit: 'working_day' },
    next: ['approval'],
  },
  {
    key: 'approval',
    name: 'Lãnh đạo phê duyệt',
    kind: 'approval',
    role: 'leader',
    agency: 'resolving',
    allowance: { duration: 1, unit: 'working_day' },
    next: ['result'],
  },
  {
    key: 'result',
    name: 'Ban hành kết quả',
    kind: 'result',
    role: 'specialist',
    agency: 'resolving',
    allowance: { duration: 4, unit: 'working_hour' },
    next: ['return'],
  },
  {
    key: 'return',
    name: 'Trả kết quả',
    kind: 'return',
    role: 'one_stop_officer',
    agency: 'receiving',
    allowance: { duration: 4, unit: 'working_hour' },
    next: [],
  },
];

/**
 * Structural rules (refusals): keys unique and well-formed, the first step is a reception, every `next` names a
 * known step other than itself, the forward graph has no cycle (going back is `return_to_step`), every step is
 * reachable from the first and reaches a terminal step, approval steps are performed by a leader, agencies are
 * `resolving`, `receiving` or a valid agency code, allowances are positive.
 */
export function validateSteps(steps: readonly StepDef[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const keys = new Map<string, number>();
  steps.forEach((s, i) => {
    if (keys.has(s.key)) issues.push({ path: `/steps/${i}/key`, message: `duplicate step key ${s.key}` });
    keys.set(s.key, i);
  });
  if (steps.length === 0) return [{ path: '/steps', message: 'a template needs at least one step' }];
  if (steps[0]!.kind !== 'reception')
    issues.push({ path: '/steps/0/kind', message: 'the first step must be a reception' });
  steps.forEach((s, i) => {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(s.key))
      issues.push({ path: `/steps/${i}/key`, message: 'key must match ^[a-z][a-z0-9_]*$' });
    if (!(stepRoles as readonly string[]).includes(s.role))
      issues.push({ path: `/steps/${i}/role`, message: `unknown role ${s.role}` });
    if (s.kind === 'approval' && s.role !== 'leader')
      issues.push({ path: `/steps/${i}/role`, message: 'an approval step is performed by a leader' });
    if (s.agency !== 'resolving' && s.agency !== 'receiving' && !isValidAgencyCode(s.agency))
      issues.push({
        path: `/steps/${i}/agency`,
        message: 'agency must be resolving, receiving or an agency code',
      });
    for (const [field, a] of [
      ['allowance', s.allowance],
      ['onlineAllowance', s.onlineAllowance],
    ] as const) {
      if (a && !(a.duration > 0))
        issues.push({ path: `/steps/${i}/${field}/duration`, message: 'must be positive' });
    }
    s.next.forEach((n, j) => {
      if (!keys.has(n)) issues.push({ path: `/steps/${i}/next/${j}`, message: `unknown step ${n}` });
      else if (n === s.key)
        issues.push({ path: `/steps/${i}/next/${j}`, message: 'a step cannot lead to itself' });
    });
    if (new Set(s.next).size !== s.next.length)
      issues.push({ path: `/steps/${i}/next`, message: 'duplicate next step' });
  });
  if (issues.length) return issues;

  const byKey = new Map(steps.map((s) => [s.key, s]));
  // cycle detection (DFS colours) and reachability from the first step
  const colour = new Map<string, 1 | 2>();
  const visit = (k: string): boolean => {
    colour.set(k, 1);
    for (const n of byKey.get(k)!.next) {
      const c = colour.get(n);
      if (c === 1 || (c === undefined && !visit(n))) return false;
    }
    colour.set(k, 2);
    return true;
  };
  if (!visit(steps[0]!.key))
    return [{ path: '/steps', message: 'the steps form a cycle; use return_to_step to go back' }];
  steps.forEach((s, i) => {
    if (!colour.has(s.key))
      issues.push({ path: `/steps/${i}`, message: `step ${s.key} is not reachable from ${steps[0]!.key}` });
  });
  if (!steps.some((s) => s.next.length === 0))
    issues.push({ path: '/steps', message: 'a template needs a terminal step' });
  return issues;
}

/** The longest chain of allowances from the first step to a terminal step, in working minutes. */
export function longestPathMinutes(steps: readonly StepDef[], online = false): number {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const memo = new Map<string, number>();
  const walk = (k: string): number => {
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    const s = byKey.get(k);
    if (!s) return 0;
    const own = allowanceMinutes(online ? (s.onlineAllowance ?? s.allowance) : s.allowance);
    const v = own + Math.max(0, ...s.next.map(walk));
    memo.set(k, v);
    return v;
  };
  return steps[0] ? walk(steps[0].key) : 0;
}

export function stepAllowance(step: StepDef, online: boolean): Allowance {
  return online ? (step.onlineAllowance ?? step.allowance) : step.allowance;
}
