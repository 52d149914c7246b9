/**
 * Form 04, the apology and new appointment (law-2025.md §4): once, at the latest `apologyLeadMinutes` before the
 * due date, and the new date is a later working-time instant of the resolving agency's calendar. A Sunday or a
 * lunch-break instant is refused with the nearest valid choices, so the officer picks one.
 */
import { AppError } from '../../errors.ts';
import {
  countedFrom,
  formatVn,
  isWorkingInstant,
  previousWorkingEnd,
  type Schedule,
} from '../../platform/calendar/engine.ts';
import type { DossierState, RuleSettings } from './lifecycle.ts';

/** The action data of a valid apology: the new due date and the one it replaces. */
export function checkApology(
  current: DossierState,
  newDueAt: string | undefined,
  rules: RuleSettings,
  schedule: Schedule,
  now: Date,
): { newDueAt: string; previousDueAt: string } {
  if (current.apologized) throw new AppError('apology-already-given');
  if (!current.dueAt)
    throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier has no due date' });
  const due = new Date(current.dueAt).getTime();
  if (now.getTime() > due - rules.apologyLeadMinutes * 60_000)
    throw new AppError('apology-too-late', { data: { dueAt: current.dueAt } });
  const newDue = newDueAt ? new Date(newDueAt) : undefined;
  if (!newDue || Number.isNaN(newDue.getTime()) || newDue.getTime() <= due) {
    throw new AppError('validation-failed', {
      detail: 'newDueAt must be a date-time after the current due date',
      errors: [{ path: '/newDueAt', message: 'invalid' }],
    });
  }
  if (!isWorkingInstant(newDue, schedule)) {
    const before = previousWorkingEnd(newDue, schedule);
    const after = countedFrom(newDue, schedule);
    throw new AppError('due-date-not-working-time', {
      detail: `newDueAt ${formatVn(newDue)} is outside the working time of the resolving agency`,
      errors: [{ path: '/newDueAt', message: 'not a working-time instant' }],
      data: {
        newDueAt: formatVn(newDue),
        // The nearest valid choices: the last closing before it (when still after the current due date), the next opening.
        previousWorkingEnd: before.getTime() > due ? formatVn(before) : null,
        nextWorkingStart: formatVn(after),
      },
    });
  }
  return { newDueAt: newDue.toISOString(), previousDueAt: current.dueAt };
}
