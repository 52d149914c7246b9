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

/** The system (node) of an electronic agency code: its last part (000.01.31.H49 → H49). */
export function nodeOf(agencyCode: string): string {
  return agencyCode.slice(agencyCode.lastIndexOf('.') + 1);
}

export interface ReceptionInput {
  procCode: string;
  caseIndex: number;
  agencyCode: string;
  person: { personalId: string; name: string; birthDate: string; phone: string; address: string };
  items: ChecklistItem[];
}

/**
 * What a counter reception sends, whether the dossier is created here or forwarded to another system (`forward`:
 * no warehouse verification reasons, which only this system's warehouse knows).
 */
export function receptionCore({ procCode, caseIndex, agencyCode, person, items }: ReceptionInput, forward = false) {
  const bd = isoBirthDate(person.birthDate);
  return {
    procedureCode: procCode,
    caseCode: String(caseIndex + 1),
    resolvingAgencyCode: agencyCode,
    owner: {
      type: 'citizen' as const,
      idNumber: person.personalId.replace(/[\s.-]/g, ''),
      name: person.name.trim().normalize('NFC'),
      ...(bd ? { birthDate: bd } : {}),
      ...(person.phone.trim() ? { phone: person.phone.trim() } : {}),
      ...(person.address.trim() ? { address: person.address.trim().normalize('NFC') } : {}),
    },
    components: items
      .filter((i) => i.received && (!i.coverage || i.verify))
      .map((i) => ({
        name: i.name.slice(0, 300),
        ...(i.documentTypeCode ? { documentTypeCode: i.documentTypeCode } : {}),
        originals: i.originals,
        certifiedCopies: i.certifiedCopies,
        photocopies: i.photocopies,
        ...(!forward && i.coverage && i.verify ? { verification: { reason: (i.verificationReason ?? '').trim().normalize('NFC') } } : {}),
      })),
  };
}
