/** Pure pieces of counter reception (ReceptionPage.tsx): the form's field keys, dates typed by hand, the checklist. */
import type { Procedure } from '../api/types.ts';
import type { ChecklistItem, Coverage } from './ComponentChecklist.tsx';

export interface AgencyRow {
  code: string;
  name: string;
  nodeCode: string;
}

export type FieldKey = 'personalId' | 'name' | 'birthDate' | 'procedure' | 'agency' | 'verify';

export interface CounterResolution {
  components: {
    seq: number;
    covered: boolean;
    candidates: { reason: string; matchedBy: string; document: Omit<Coverage, 'matchedBy'> }[];
  }[];
}

/** 5/7/1990 or 05/07/1990 → 1990-07-05; '' stays ''. */
export function isoBirthDate(s: string): string | undefined {
  const v = s.trim();
  if (!v) return '';
  const m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

export function checklistOf(p: Procedure | undefined, caseIndex: number, res: CounterResolution | undefined): ChecklistItem[] {
  const c = p?.cases[caseIndex];
  return (c?.components ?? []).map((x, i) => {
    const ok = res?.components.find((r) => r.seq === i + 1)?.candidates.find((k) => k.reason === 'ok');
    return {
    name: x.name,
    documentTypeCode: x.documentTypeCode,
    required: { originals: x.originals, copies: x.copies },
    received: false,
    originals: x.originals,
    certifiedCopies: x.copies,
    photocopies: 0,
    coverage: ok ? { ...ok.document, matchedBy: ok.matchedBy } : null,
    };
  });
}
