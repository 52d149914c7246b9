import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { TT01_2018 } from './criteria-tt01-2018.ts';
import { gradeFor, scoreEvaluation } from './evaluation.ts';

const all = (v: number) => Object.fromEntries(TT01_2018.criteria.map((c) => [c.code, v]));

describe('evaluation grading (TT01-2018 set, lower-inclusive bands)', () => {
  it.each([
    [18, 'xuat_sac'], [16, 'xuat_sac'], [15, 'xuat_sac'], // exactly 15 is excellent, never "weak"
    [14, 'tot'], [12, 'tot'], [11, 'kha'], [9, 'kha'], [8, 'trung_binh'], [6, 'trung_binh'], [5, 'yeu'], [0, 'yeu'],
  ])('total %i → %s', (total, grade) => {
    expect(gradeFor(total, TT01_2018.gradeBands).code).toBe(grade);
  });

  it('every total from 0 to 18 has exactly one band', () => {
    for (let s = 0; s <= 18; s++) {
      const matches = TT01_2018.gradeBands.filter((b, _i, bands) => s >= b.minScore && !bands.some((o) => o.minScore > b.minScore && s >= o.minScore));
      expect(matches).toHaveLength(1);
    }
  });

  it('totals the nine indicators only (max 18)', () => {
    const scores = { ...all(2), TC01: 1, TC02: 0, HL10: 0, HL11: 1 };
    expect(scoreEvaluation(TT01_2018, scores)).toMatchObject({ total: 15, maxTotal: 18, grade: { code: 'xuat_sac' } });
  });

  it('refuses unknown criteria, missing answers and values out of range', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof AppError ? e.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => scoreEvaluation(TT01_2018, { ...all(1), TC99: 1 }))).toBe('evaluation-criteria-unknown');
    const { TC05: _omit, ...missing } = all(1);
    expect(codeOf(() => scoreEvaluation(TT01_2018, missing))).toBe('evaluation-score-invalid');
    expect(codeOf(() => scoreEvaluation(TT01_2018, { ...all(1), TC03: 3 }))).toBe('evaluation-score-invalid');
    expect(codeOf(() => scoreEvaluation(TT01_2018, { ...all(1), HL11: -1 }))).toBe('evaluation-score-invalid');
  });
});
