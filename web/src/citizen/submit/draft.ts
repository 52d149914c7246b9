/** The wizard's answers, kept in sessionStorage per procedure: a reload or a failed request loses nothing. */
import { useCallback, useState } from 'react';

export type Choice =
  | { kind: 'reuse'; documentId: string; label: string; consent: boolean }
  | { kind: 'upload'; documentId: string; fileName: string }
  | { kind: 'none' };

export type Step = 'case' | 'owner' | 'papers' | 'review';

export interface Draft {
  step: Step;
  caseIdx: string;
  agency: string;
  choices: Record<string, Choice>;
  declared: boolean;
  /** After submission: the dossier, and the uploads still to attach to it. */
  dossierId?: string;
  dossierCode?: string | null;
  pendingAttach?: { seq: number; documentId: string }[];
  /** After submission on a portal-only node: the forwarded submission and the system it goes to. */
  submissionId?: string;
  submissionNode?: string;
  /** The competent system's name, the short reference and the expected result date (issue 13.11). */
  submissionSystem?: string;
  submissionRef?: string;
  submissionExpected?: string | null;
}

const empty: Draft = { step: 'case', caseIdx: '0', agency: '', choices: {}, declared: false };
const key = (code: string) => `motcua.draft.${code}`;

function load(code: string): Draft {
  try {
    const raw = sessionStorage.getItem(key(code));
    return raw ? { ...empty, ...(JSON.parse(raw) as Partial<Draft>) } : empty;
  } catch {
    return empty;
  }
}

export function useDraft(code: string): [Draft, (patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) => void, () => void] {
  const [draft, setDraft] = useState<Draft>(() => load(code));
  const update = useCallback(
    (patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) =>
      setDraft((d) => {
        const next = { ...d, ...(typeof patch === 'function' ? patch(d) : patch) };
        try {
          sessionStorage.setItem(key(code), JSON.stringify(next));
        } catch {
          /* private mode: the answers last for this page */
        }
        return next;
      }),
    [code],
  );
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(key(code));
    } catch {
      /* ignore */
    }
    setDraft(empty);
  }, [code]);
  return [draft, update, clear];
}
