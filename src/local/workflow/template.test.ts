import { describe, expect, it } from 'vitest';
import { calendarSchedule, parsePeriods } from '../../platform/calendar/engine.ts';
import {
  applyStep,
  handoverCountsFrom,
  returnStepAfter,
  stepTimeliness,
  type StepAction,
  type WorkflowContext,
  type WorkflowState,
} from './steps.ts';
import { defaultSteps, longestPathMinutes, validateSteps, type StepDef } from './template.ts';

const schedule = calendarSchedule(parsePeriods('07:00-11:30,13:30-17:00'), [], []);
const step = (key: string, next: string[], over: Partial<StepDef> = {}): StepDef => ({
  key,
  name: key,
  kind: 'appraisal',
  role: 'specialist',
  agency: 'resolving',
  allowance: { duration: 1, unit: 'working_day' },
  next,
  ...over,
});

describe('template validation', () => {
  it('accepts the default template; its longest path is 3.5 working days', () => {
    expect(validateSteps(defaultSteps)).toEqual([]);
    expect(longestPathMinutes(defaultSteps)).toBe(4 * 60 + 2 * 480 + 480 + 4 * 60 + 4 * 60);
  });

  it('refuses duplicates, unknown next steps, cycles, unreachable steps, a missing terminal and bad roles', () => {
    const r = step('r', ['a'], { kind: 'reception', role: 'one_stop_officer' });
    expect(validateSteps([r, step('a', []), step('a', [])]).map((i) => i.message)).toContain(
      'duplicate step key a',
    );
    expect(validateSteps([r, step('a', ['zz'])])[0]!.message).toBe('unknown step zz');
    expect(validateSteps([r, step('a', ['b']), step('b', ['a'])])[0]!.message).toMatch(/cycle/);
    expect(validateSteps([r, step('a', []), step('b', [])])[0]!.message).toMatch(/not reachable/);
    expect(validateSteps([r, step('a', ['a'])])[0]!.message).toMatch(/itself/);
    expect(validateSteps([r, step('a', [], { role: 'janitor' as never })])[0]!.path).toBe('/steps/1/role');
    expect(validateSteps([r, step('a', [], { kind: 'approval' })])[0]!.message).toMatch(/leader/);
    expect(validateSteps([step('a', [])])[0]!.path).toBe('/steps/0/kind');
    expect(validateSteps([r, step('a', [], { agency: 'Sở X' })])[0]!.path).toBe('/steps/1/agency');
  });

  it('finds the return step after a result', () => {
    expect(returnStepAfter(defaultSteps, 'approval')).toBe('return');
    expect(returnStepAfter(defaultSteps, 'return')).toBeNull();
  });
});

describe('hand-over timing', () => {
  it('counts a counter hand-over after 15:00 from the next working morning', () => {
    const at = (s: string) => new Date(s);
    expect(handoverCountsFrom(at('2026-03-10T14:59:00+07:00'), schedule, '15:00').toISOString()).toBe(
      '2026-03-10T07:59:00.000Z',
    );
    expect(handoverCountsFrom(at('2026-03-10T15:00:00+07:00'), schedule, '15:00').toISOString()).toBe(
      '2026-03-10T08:00:00.000Z',
    );
    expect(handoverCountsFrom(at('2026-03-10T15:01:00+07:00'), schedule, '15:00').toISOString()).toBe(
      '2026-03-11T00:00:00.000Z',
    );
    // Friday afternoon → Monday morning; no cut-off configured → the moment itself
    expect(handoverCountsFrom(at('2026-03-13T16:00:00+07:00'), schedule, '15:00').toISOString()).toBe(
      '2026-03-16T00:00:00.000Z',
    );
    expect(handoverCountsFrom(at('2026-03-10T16:00:00+07:00'), schedule, null).toISOString()).toBe(
      '2026-03-10T09:00:00.000Z',
    );
  });

  it('classifies a step early (before the due day), on time (due day, not after) or late', () => {
    expect(stepTimeliness('2026-03-10T10:00:00+07:00', '2026-03-11T09:00:00+07:00')).toBe('early');
    expect(stepTimeliness('2026-03-11T09:00:00+07:00', '2026-03-11T09:00:00+07:00')).toBe('on_time');
    expect(stepTimeliness('2026-03-11T09:01:00+07:00', '2026-03-11T09:00:00+07:00')).toBe('late');
  });
});

describe('replaying steps', () => {
  const steps: StepDef[] = defaultSteps.map((s) =>
    s.key === 'appraisal' ? { ...s, onlineAllowance: { duration: 4, unit: 'working_hour' } } : s,
  );
  const run = (online: boolean, actions: StepAction[]): WorkflowState => {
    const ctx: WorkflowContext = { templateId: 't', steps, online, transferCutoff: '15:00' };
    return actions.reduce<WorkflowState | null>((w, a) => applyStep(w, a, ctx, schedule), null)!;
  };
  const mc = { id: 'mc', name: 'Một Cửa' };
  const cv = { id: 'cv', name: 'Chuyên Viên' };
  const log: StepAction[] = [
    { seq: 1, kind: 'receive', at: '2026-03-10T09:00:00.000Z', data: {}, actor: mc }, // 16:00 local, after the cut-off
    { seq: 2, kind: 'start', at: '2026-03-11T01:00:00.000Z', data: { toStep: 'appraisal' }, actor: cv },
  ];

  it('uses the online allowance and no counter cut-off for online dossiers', () => {
    const counter = run(false, log);
    const online = run(true, log);
    expect(counter).toMatchObject({ step: 'appraisal', assignee: cv, stepDueAt: '2026-03-12T10:00:00.000Z' });
    expect(online.handovers[1]!.countsFrom).toBe('2026-03-10T09:00:00.000Z');
    expect(online.stepDueAt).toBe('2026-03-11T03:00:00.000Z');
  });

  it('leaves a forwarded step in the pool until someone takes it, and a result goes to the return step', () => {
    const w = run(false, [
      ...log,
      { seq: 3, kind: 'forward', at: '2026-03-11T02:00:00.000Z', data: { toStep: 'approval' }, actor: cv },
    ]);
    expect(w).toMatchObject({ step: 'approval', assignee: null });
    const done = run(false, [
      ...log,
      { seq: 3, kind: 'record_result', at: '2026-03-11T02:00:00.000Z', data: {}, actor: cv },
    ]);
    expect(done).toMatchObject({ step: 'return', assignee: null });
    expect(done.handovers[1]).toMatchObject({ doneAt: '2026-03-11T02:00:00.000Z', timeliness: 'early' });
  });
});
