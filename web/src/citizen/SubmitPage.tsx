/**
 * Online submission wizard, one question per page (docs/ux.md §2.1): case and agency → whose dossier it is (myself,
 * another person, an organisation) → the declaration e-form of the procedure version, one page per group of questions
 * → papers (stored documents with preview and consent, or uploads; a required paper cannot be left out) → check
 * answers → send → receipt. Answers live in sessionStorage and, at each Continue and on "Lưu và thoát", in a draft on
 * the server (submit/draft.ts) that "Hồ sơ của tôi" lists and any device resumes (`?nhap=<draft id>`).
 * On a portal-only node (ROLE=national) the submission is forwarded to the system hosting the agency
 * (POST /api/v1/portal/submissions) with the documents reused from the warehouse and the files uploaded into it, all
 * named by the consent the portal records for the competent agency, which adds the files to its dossier. A connected ministry's or province's system sends the
 * citizen to the portal's wizard: owners act on their warehouse on the portal.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Account, AgencyInfo, Dossier, Procedure } from '../api/types.ts';
import type { Resolution } from '../api/warehouse.ts';
import { declarationOf, pageProblems, showDate, type FieldProblem } from '../api/eform.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { emptyDraft, saveOnServer, useDraft, type Choice, type Draft, type Step } from './submit/draft.ts';
import { PaperRow } from './submit/PaperRow.tsx';
import { Receipt } from './submit/Receipt.tsx';
import { Forwarded } from './submit/Forwarded.tsx';
import { EFormPage } from './submit/EFormPage.tsx';
import { OwnerStep, ownerProblems } from './submit/OwnerStep.tsx';
import { useNodeRole } from '../api/node.ts';

type Problem = { key: string; text: string; target?: string; go?: () => void };
const PROBLEM_KEYS: Record<FieldProblem, MessageKey> = {
  required: 'wiz.fieldRequired',
  date: 'wiz.fieldDate',
  format: 'wiz.fieldFormat',
  choice: 'wiz.fieldChoice',
  long: 'wiz.fieldLong',
};
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export default function SubmitPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { t } = useI18n();
  const session = useSession();
  const [draft, update, clear, replace] = useDraft(code);
  const proc = useQuery({ queryKey: ['procedure', code], queryFn: () => api<Procedure>(`/api/v1/procedures/${encodeURIComponent(code)}`) });
  const isCitizen = !!session.data && session.data.kind !== 'officer';
  const account = useQuery({ queryKey: ['account'], enabled: isCitizen, queryFn: () => api<Account>('/api/v1/accounts/me') });
  const agencyCodes = (proc.data?.agencyCodes ?? []).slice(0, 20);
  const agencies = useQueries({
    queries: agencyCodes.map((c) => ({ queryKey: ['agency', c], queryFn: () => api<AgencyInfo>(`/api/v1/agencies/${encodeURIComponent(c)}`), staleTime: 600_000 })),
  });
  const node = useNodeRole();
  const portalOnly = node.data?.role === 'national';
  const portalWizard = node.data?.role === 'local' && node.data.nationalUrl ? `${node.data.nationalUrl}/nop-ho-so/${encodeURIComponent(code)}` : undefined;
  // a draft saved on the server (another device, or "Hồ sơ của tôi"): loaded once in place of these answers
  const resumeId = params.get('nhap');
  const resumed = useRef<string | null>(null);
  const resume = useQuery({
    queryKey: ['draft', resumeId],
    enabled: isCitizen && !!resumeId && resumeId !== draft.serverId && resumed.current !== resumeId && !draft.dossierId && !draft.submissionId,
    staleTime: Infinity,
    queryFn: () => api<{ id: string; data: Partial<Draft> }>(`/api/v1/my/drafts/${encodeURIComponent(resumeId ?? '')}`),
  });
  useEffect(() => {
    if (!resume.data || resumed.current === resume.data.id) return;
    resumed.current = resume.data.id;
    if (resume.data.id !== draft.serverId) replace({ ...emptyDraft, ...resume.data.data, serverId: resume.data.id });
  }, [resume.data, draft.serverId, replace]);
  const caseCode = String(Number(draft.caseIdx) + 1);
  const chosenAgency = draft.agency || (agencyCodes.length === 1 ? agencyCodes[0]! : '');
  const reuse = useQuery({
    queryKey: ['reuse', code, caseCode, chosenAgency],
    enabled: isCitizen && !!proc.data && draft.step !== 'case' && !!node.data && !portalWizard,
    queryFn: () => api<Resolution>(`/api/v1/procedures/${encodeURIComponent(code)}/reuse?case=${caseCode}${chosenAgency ? `&agencyCode=${encodeURIComponent(chosenAgency)}` : ''}`),
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  // server saves run one after the other, so the first one's id is used by the next (one draft, not several)
  const saving = useRef<Promise<string | undefined>>(Promise.resolve(undefined));
  const [saveError, setSaveError] = useState<unknown>(null);
  const submit = useMutation({ mutationFn: (body: unknown) => api<Dossier>('/api/v1/online/dossiers', { method: 'POST', body }) });
  const forward = useMutation({
    mutationFn: (body: unknown) => api<{ submissionId: string; node: string; system?: { name: string }; reference?: string; expectedAt?: string | null }>('/api/v1/portal/submissions', { method: 'POST', body }),
  });
  const sending = portalOnly ? forward : submit;
  const eform = proc.data?.eform ?? null;
  const pages = eform?.layout.pages ?? [];
  const steps: Step[] = eform ? ['case', 'owner', 'form', 'papers', 'review'] : ['case', 'owner', 'papers', 'review'];
  const total = steps.length - (eform ? 1 : 0) + pages.length;
  const stepNo = draft.step === 'form' ? 3 + draft.formPage : steps.indexOf(draft.step) + 1 + (eform && ['papers', 'review'].includes(draft.step) ? pages.length - 1 : 0);
  const formPage = pages[draft.formPage];
  const titles: Record<Step, string> = {
    case: t('wiz.caseTitle'),
    owner: t('wiz.ownerTitle'),
    form: formPage?.title ?? '',
    papers: t('wiz.papersTitle'),
    review: t('wiz.reviewTitle'),
  };
  const done = draft.dossierId ? t('submit.done') : draft.submissionId ? t('submit.forwarded', { node: draft.submissionSystem ?? draft.submissionNode ?? '' }) : undefined;
  usePageTitle(done ?? `${titles[draft.step]} – ${proc.data?.name ?? t('submit.title')}`, problems.length > 0 || !!sending.error);
  useEffect(() => setProblems([]), [draft.step, draft.formPage]);

  if (session.isPending || node.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (portalWizard) {
    return (
      <Stack gap="md">
        <Title order={1}>{proc.data?.name ?? t('submit.title')}</Title>
        <Alert color="blue" variant="light">
          {t('wiz.onPortal')}
        </Alert>
        <div>
          <Button component="a" href={portalWizard} data-testid="submit-on-portal">
            {t('wiz.openPortal')}
          </Button>
        </div>
      </Stack>
    );
  }
  if (!isCitizen) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/nop-ho-so/${code}${resumeId ? `?nhap=${resumeId}` : ''}`)}`} replace />;
  if (proc.error) return <ErrorAlert error={proc.error} />;
  if (resume.error && !draft.dossierId && !draft.submissionId) return <ErrorAlert error={resume.error} />;
  if (!proc.data || account.isPending || node.isPending || resume.isFetching) return <Text role="status">{t('common.loading')}</Text>;
  if (account.error) return <ErrorAlert error={account.error} />;
  if (node.error) return <ErrorAlert error={node.error} />;
  const p = proc.data;
  const me = account.data;
  if (draft.dossierId) return <Receipt draft={draft} update={update} onNew={clear} />;
  if (draft.submissionId) return <Forwarded reference={draft.submissionRef ?? draft.submissionId} system={draft.submissionSystem ?? draft.submissionNode ?? ''} expectedAt={draft.submissionExpected ?? null} onNew={clear} />;
  if (p.onlineLevel === 'none') return <Alert color="gray">{t('submit.notOnline')}</Alert>;
  const papers = p.cases[Number(draft.caseIdx)]?.components ?? p.cases[0]?.components ?? [];
  const idNumber = me.kind === 'citizen' ? me.personalId : me.taxCode;
  const applicantKinds = (eform?.applicants ?? ['self', 'other']).filter((k) => !(k === 'organisation' && me.kind === 'organisation'));
  const forSelf = draft.applicant.kind === 'self';
  const choiceOf = (seq: number): Choice => draft.choices[String(seq)] ?? { kind: 'none' };
  const fieldsOf = new Map(pages.flatMap((pg, i) => pg.fields.map((f) => [f.key, { field: f, page: i }] as const)));
  const focusField = (target: string) => {
    const el = document.getElementById(target);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };

  /** Save on the server (after any save still running); keeps the id. */
  const persist = (next: Draft): Promise<string | undefined> => {
    saving.current = saving.current
      .catch(() => undefined)
      .then(async (id) => {
        const serverId = await saveOnServer(code, { ...next, serverId: next.serverId ?? id });
        if (!next.serverId) update({ serverId });
        setSaveError(null);
        return serverId;
      });
    return saving.current;
  };
  const advance = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    update(patch);
    persist(next).catch((e: unknown) => setSaveError(e));
  };
  const saveAndExit = async () => {
    try {
      await persist(draft);
      await navigate('/ho-so-cua-toi');
    } catch (e) {
      setSaveError(e);
    }
  };

  const fail = (list: Problem[]) => {
    setProblems(list);
    if (list.length) requestAnimationFrame(() => summaryRef.current?.focus());
    return list.length > 0;
  };
  const fieldProblems = (page: number): Problem[] =>
    eform
      ? pageProblems(eform, page, draft.answers, draft.dates).map(({ key, problem }) => {
          const f = fieldsOf.get(key)!.field;
          const msg = f.widget === 'radio' || f.widget === 'select' ? 'wiz.fieldChoice' : PROBLEM_KEYS[problem];
          // "Nhập …" / "Chọn …" put the label mid-sentence; the other messages start with it
          const label = msg === 'wiz.fieldRequired' || msg === 'wiz.fieldChoice' ? lowerFirst(f.label) : f.label;
          return { key, text: t(msg, { label }), target: f.widget === 'radio' ? `f-${key}-first` : `f-${key}` };
        })
      : [];
  const back = () => {
    if (draft.step === 'form' && draft.formPage > 0) update({ formPage: draft.formPage - 1 });
    else if (draft.step === 'papers' && eform) update({ step: 'form', formPage: pages.length - 1 });
    else update({ step: steps[steps.indexOf(draft.step) - 1]! });
  };
  const next = () => {
    if (draft.step === 'case') {
      if (fail(chosenAgency ? [] : [{ key: 'agency', text: t('wiz.agencyRequired') }])) return;
      advance({ agency: chosenAgency, step: 'owner' });
    } else if (draft.step === 'owner') {
      if (fail(ownerProblems(draft.applicant, t).map((x) => ({ ...x, target: `f-${x.key}` })))) return;
      advance(eform ? { step: 'form', formPage: 0 } : { step: 'papers' });
    } else if (draft.step === 'form') {
      if (fail(fieldProblems(draft.formPage))) return;
      advance(draft.formPage + 1 < pages.length ? { formPage: draft.formPage + 1 } : { step: 'papers' });
    } else if (draft.step === 'papers') {
      const list: Problem[] = [];
      papers.forEach((k, i) => {
        const c = choiceOf(i + 1);
        const name = k.name.slice(0, 80);
        if (c.kind === 'reuse' && !c.consent) list.push({ key: `paper-${i + 1}`, text: t('wiz.consentRequired', { name }) });
        else if (c.kind === 'upload' && !c.documentId) list.push({ key: `paper-${i + 1}`, text: t('wiz.uploadRequired', { name }) });
        else if (c.kind === 'none' && k.required) list.push({ key: `paper-${i + 1}`, text: t('wiz.requiredPaper', { name }) });
      });
      if (fail(list)) return;
      advance({ step: 'review' });
    }
  };
  const send = () => {
    if (fail(draft.declared ? [] : [{ key: 'declare', text: t('submit.declareRequired') }])) return;
    const reused = papers.map((_, i) => ({ seq: i + 1, c: choiceOf(i + 1) })).filter((x) => x.c.kind === 'reuse');
    const uploads = papers.map((_, i) => ({ seq: i + 1, c: choiceOf(i + 1) })).filter((x) => x.c.kind === 'upload' && x.c.documentId);
    const a = draft.applicant;
    const mine = { type: me.kind === 'citizen' ? 'citizen' : 'business', idNumber: idNumber ?? '', name: me.name, ...(me.birthDate ? { birthDate: me.birthDate } : {}) };
    const owner = forSelf ? mine : { type: a.kind === 'other' ? 'citizen' : 'business', idNumber: a.idNumber.replace(/[\s.]/g, ''), name: a.name.normalize('NFC').trim() };
    const submitter = forSelf ? undefined : { name: me.name, idNumber: idNumber ?? '', authorisation: (a.authorisation.trim() || t('wiz.ownerOrg')).slice(0, 500) };
    const component = (k: (typeof papers)[number]) => ({
      name: k.name.slice(0, 300),
      ...(k.documentTypeCode ? { documentTypeCode: k.documentTypeCode.slice(0, 50) } : {}),
      originals: Math.min(k.originals, 99),
      certifiedCopies: Math.min(k.copies, 99),
      photocopies: 0,
    });
    const reuseEntries = reused.map((x) => ({ componentSeq: x.seq, documentId: (x.c as { documentId: string }).documentId }));
    // the submitted components are numbered in the order sent: each upload goes to its component's new position
    const sentSeqs = papers.map((_, i) => i + 1).filter((s) => choiceOf(s).kind !== 'reuse');
    const attach = uploads.map((u) => ({ componentSeq: sentSeqs.indexOf(u.seq) + 1, documentId: (u.c as { documentId: string }).documentId }));
    const common = {
      procedureCode: p.code,
      caseCode,
      resolvingAgencyCode: chosenAgency,
      owner,
      ...(submitter ? { submitter } : {}),
      components: papers.filter((_, i) => choiceOf(i + 1).kind !== 'reuse').map(component),
      ...(reuseEntries.length ? { reuse: reuseEntries } : {}),
      ...(attach.length ? { attachments: attach } : {}),
      ...(eform ? { declaration: declarationOf(eform, draft.answers, draft.dates) } : {}),
      ...(draft.serverId ? { draftId: draft.serverId } : {}),
    };
    const refused = (e: unknown) => {
      // the server's field list (422): each problem links to the page and field to change
      if (e instanceof ApiError && e.code === 'declaration-invalid')
        fail(
          e.errors.map((x) => {
            const key = x.path.slice(1);
            const at = fieldsOf.get(key);
            return { key, text: x.message, ...(at ? { go: () => update({ step: 'form', formPage: at.page }) } : {}) };
          }),
        );
    };
    if (portalOnly) {
      // the hosting system adds the uploaded files to its dossier (named by the consent the portal records)
      forward.mutate(common, {
        onSuccess: (r) =>
          update({ submissionId: r.submissionId, submissionNode: r.node, submissionSystem: r.system?.name ?? r.node, submissionRef: r.reference ?? r.submissionId, submissionExpected: r.expectedAt ?? null, serverId: undefined }),
        onError: refused,
      });
      return;
    }
    submit.mutate(common, {
      onSuccess: (d) => update({ dossierId: d.id, dossierCode: d.code, pendingAttach: attach.map((x) => ({ seq: x.componentSeq, documentId: x.documentId })), serverId: undefined }),
      onError: refused,
    });
  };

  const agencyName = (c: string) => agencies[agencyCodes.indexOf(c)]?.data?.name ?? c;
  const has = (k: string) => problems.find((x) => x.key === k)?.text;
  const fieldErrors = Object.fromEntries(problems.map((x) => [x.key, x.text]));
  const answerText = (key: string) => {
    const at = fieldsOf.get(key);
    const v = declarationOf(eform!, draft.answers, draft.dates)[key];
    if (!at || !v) return '—';
    return at.field.widget === 'date' ? showDate(v) : (at.field.options?.find((o) => o.value === v)?.label ?? v);
  };
  const change = (label: string, go: () => void) => (
    <Anchor component="button" type="button" onClick={go}>
      {t('wiz.change')}
      <span className="visually-hidden"> {label.slice(0, 80)}</span>
    </Anchor>
  );

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (draft.step === 'review') send(); else next(); }}>
      <Stack gap="lg">
        {stepNo > 1 ? (
          <Anchor component="button" type="button" onClick={back} style={{ alignSelf: 'flex-start' }}>
            ‹ {t('nav.back')}
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/thu-tuc/${p.code}`}>
            ‹ {t('nav.back')}
          </Anchor>
        )}
        <div>
          <Text c="#4a4f55" className="break-words">
            {p.name} · {t('wiz.step', { n: stepNo, total })}
            {draft.step === 'form' && eform ? ` · ${t('wiz.formCaption', { title: eform.title })}` : ''}
          </Text>
          <Title order={1} fz={{ base: 24, sm: 32 }} className="break-words">
            {titles[draft.step]}
          </Title>
        </div>
        {problems.length > 0 && (
          <Alert ref={summaryRef} tabIndex={-1} color="red" variant="outline" role="alert" title={t('submit.errorsTitle')}>
            <List>
              {problems.map((m) => (
                <List.Item key={m.key + m.text}>
                  {m.target || m.go ? (
                    <Anchor
                      href={m.target ? `#${m.target}` : '#'}
                      c="#9a1414"
                      fw={600}
                      onClick={(e) => {
                        e.preventDefault();
                        if (m.go) m.go();
                        else if (m.target) focusField(m.target);
                      }}
                    >
                      {m.text}
                    </Anchor>
                  ) : (
                    m.text
                  )}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {sending.error && !(sending.error instanceof ApiError && sending.error.code === 'declaration-invalid') && <ErrorAlert error={sending.error} />}
        {saveError != null && <ErrorAlert error={saveError} message={t('wiz.saveFailed')} />}

        {draft.step === 'case' && (
          <>
            {p.cases.length > 1 && (
              <Radio.Group label={t('submit.case')} value={draft.caseIdx} onChange={(v) => update({ caseIdx: v, choices: {} })} size="md">
                <Stack gap="xs" mt="xs">
                  {p.cases.map((c, i) => (
                    <Radio key={i} value={String(i)} label={c.name} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            <Radio.Group label={t('submit.agency')} description={t('submit.agencyHint')} value={chosenAgency} onChange={(v) => update({ agency: v })} size="md" error={has('agency')}>
              <Stack gap="xs" mt="xs">
                {agencyCodes.map((c) => (
                  <Radio key={c} value={c} label={agencyName(c)} />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}

        {draft.step === 'owner' && <OwnerStep me={me} kinds={applicantKinds} applicant={draft.applicant} onChange={(a) => update({ applicant: a })} errors={fieldErrors} />}

        {draft.step === 'form' && eform && (
          <EFormPage
            form={eform}
            page={draft.formPage}
            data={draft.answers}
            dates={draft.dates}
            errors={fieldErrors}
            onChange={(key, value) => update((d) => ({ answers: { ...d.answers, [key]: value } }))}
            onDate={(key, parts) => update((d) => ({ dates: { ...d.dates, [key]: parts } }))}
            labels={{ day: t('wiz.day'), month: t('wiz.month'), year: t('wiz.year'), dateHint: t('wiz.dateHint'), choose: t('wiz.choose') }}
          />
        )}

        {draft.step === 'papers' && (
          <>
            {portalOnly ? (
              <Alert color="blue" variant="light">
                {t('wiz.portalOnly')}
              </Alert>
            ) : (
              <Text>{t('wiz.papersHint')}</Text>
            )}
            {reuse.error && <ErrorAlert error={reuse.error} />}
            {reuse.isPending && <Text role="status">{t('common.loading')}</Text>}
            {papers.map((k, i) => (
              <PaperRow
                key={`${draft.caseIdx}-${i}`}
                seq={i + 1}
                name={k.name}
                typeCode={k.documentTypeCode ?? null}
                // my stored documents serve only a dossier that is mine
                resolved={forSelf ? reuse.data?.components.find((c) => c.seq === i + 1) : undefined}
                choice={choiceOf(i + 1)}
                required={k.required === true}
                onChange={(c) => {
                  setProblems((x) => x.filter((m) => m.key !== `paper-${i + 1}`));
                  update((d) => ({ choices: { ...d.choices, [String(i + 1)]: c } }));
                }}
                error={has(`paper-${i + 1}`)}
              />
            ))}
          </>
        )}

        {draft.step === 'review' && (
          <>
            <Paper withBorder p="md">
              <dl className="review-list">
                <dt>{t('submit.agency')}</dt>
                <dd>
                  {agencyName(chosenAgency)} {change(t('submit.agency'), () => update({ step: 'case' }))}
                </dd>
                <dt>{t('submit.owner')}</dt>
                <dd>
                  {forSelf ? me.name : `${draft.applicant.name} (${draft.applicant.idNumber})`} {change(t('submit.owner'), () => update({ step: 'owner' }))}
                </dd>
                {!forSelf && (
                  <>
                    <dt>{t('wiz.submitter')}</dt>
                    <dd>{me.name}</dd>
                  </>
                )}
              </dl>
            </Paper>
            {eform && (
              <Paper withBorder p="md">
                <Title order={2} fz="lg" mb="xs">
                  {eform.title}
                </Title>
                <dl className="review-list">
                  {pages.flatMap((pg, pi) =>
                    pg.fields.map((f) => (
                      <div key={f.key}>
                        <dt className="break-words">{f.label}</dt>
                        <dd className="break-words">
                          {answerText(f.key)} {change(f.label, () => update({ step: 'form', formPage: pi }))}
                        </dd>
                      </div>
                    )),
                  )}
                </dl>
              </Paper>
            )}
            <Paper withBorder p="md">
              <dl className="review-list">
                {papers.map((k, i) => {
                  const c = choiceOf(i + 1);
                  return (
                    <div key={i}>
                      <dt className="break-words">{k.name}</dt>
                      <dd>
                        {c.kind === 'reuse' ? t('wiz.paperReuse', { doc: c.label }) : c.kind === 'upload' ? t('wiz.paperUpload', { file: c.fileName }) : portalOnly ? t('wiz.portalPaper') : t('wiz.paperNone')}{' '}
                        {change(k.name, () => update({ step: 'papers' }))}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </Paper>
            <Checkbox size="md" label={t('submit.declare')} checked={draft.declared} onChange={(e) => update({ declared: e.currentTarget.checked })} error={has('declare')} />
          </>
        )}

        <Group>
          <Button type="submit" size="lg" loading={sending.isPending}>
            {draft.step === 'review' ? t('submit.send') : t('wiz.continue')}
          </Button>
          <Anchor component="button" type="button" onClick={() => void saveAndExit()} data-testid="save-exit">
            {t('wiz.saveExit')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
