/**
 * The wizard's answers: kept in sessionStorage per procedure (a reload or a failed request loses nothing) and on the
 * server as a draft of my account ("Hồ sơ chưa gửi", /api/v1/my/drafts), saved at each Continue and by
 * "Lưu và thoát", listed in "Hồ sơ của tôi" and resumed on any device (`/nop-ho-so/<code>?nhap=<id>`).
 */
import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';

export type Choice =
  | { kind: 'reuse'; documentId: string; label: string; consent: boolean }
  | { kind: 'upload'; documentId: string; fileName: string }
  | { kind: 'none' };

export type Step = 'case' | 'owner' | 'form' | 'papers' | 'review';

/** "Hồ sơ này của ai?": myself, another person (authorised), or an organisation. */
export interface Applicant {
  kind: 'self' | 'other' | 'organisation';
  name: string;
  idNumber: string;
  authorisation: string;
}

export interface Draft {
  step: Step;
  caseIdx: string;
  agency: string;
  applicant: Applicant;
  /** The e-form page shown (step `form`). */
  formPage: number;
  /** The e-form answers by field key; dates as typed (day, month, year). */
  answers: Record<string, string>;
  dates: Record<string, { d?: string; m?: string; y?: string }>;
  choices: Record<string, Choice>;
  declared: boolean;
  /** The server draft these answers are saved in. */
  serverId?: string;
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

export const emptyDraft: Draft = {
  step: 'case',
  caseIdx: '0',
  agency: '',
  applicant: { kind: 'self', name: '', idNumber: '', authorisation: '' },
  formPage: 0,
  answers: {},
  dates: {},
  choices: {},
  declared: false,
};
const key = (code: string) => `motcua.draft.${code}`;

function load(code: string): Draft {
  try {
    const raw = sessionStorage.getItem(key(code));
    return raw ? { ...emptyDraft, ...(JSON.parse(raw) as Partial<Draft>) } : emptyDraft;
  } catch {
    return emptyDraft;
  }
}

function store(code: string, d: Draft): void {
  try {
    sessionStorage.setItem(key(code), JSON.stringify(d));
  } catch {
    /* private mode: the answers last for this page (and on the server) */
  }
}

/** What the server keeps of a draft (nothing of a sent dossier). */
function serverData(d: Draft): Record<string, unknown> {
  const { serverId: _s, dossierId: _d, dossierCode: _c, pendingAttach: _p, submissionId: _i, submissionNode: _n, ...rest } = d;
  return rest;
}

/** Save the draft on the server (created the first time); returns its id. */
export async function saveOnServer(code: string, d: Draft): Promise<string> {
  if (d.serverId) {
    await api(`/api/v1/my/drafts/${d.serverId}`, { method: 'PUT', body: { data: serverData(d) } });
    return d.serverId;
  }
  const created = await api<{ id: string }>('/api/v1/my/drafts', { method: 'POST', body: { procedureCode: code, data: serverData(d) } });
  return created.id;
}

export function useDraft(code: string): [Draft, (patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) => void, () => void, (d: Draft) => void] {
  const [draft, setDraft] = useState<Draft>(() => load(code));
  const update = useCallback(
    (patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) =>
      setDraft((d) => {
        const next = { ...d, ...(typeof patch === 'function' ? patch(d) : patch) };
        store(code, next);
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
    setDraft(emptyDraft);
  }, [code]);
  /** Replace the answers with a draft loaded from the server. */
  const replace = useCallback(
    (d: Draft) => {
      store(code, d);
      setDraft(d);
    },
    [code],
  );
  return [draft, update, clear, replace];
}
