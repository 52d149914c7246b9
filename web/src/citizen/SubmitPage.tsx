/**
 * Online submission wizard, one question per page (docs/ux.md §2.1): case and agency → owner (from the e-ID) →
 * papers (stored documents with preview and consent, or uploads with progress) → check answers → send → receipt.
 * Answers live in sessionStorage (submit/draft.ts): a reload or a failed request loses nothing.
 * On a portal-only node (ROLE=national) the submission is forwarded to the system hosting the agency
 * (POST /api/v1/portal/submissions) with the documents reused from the warehouse and the files uploaded into it, all
 * named by the consent the portal records for the competent agency, which adds the files to its dossier. A connected ministry's or province's system sends the
 * citizen to the portal's wizard: owners act on their warehouse on the portal.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Account, AgencyInfo, Dossier, Procedure } from '../api/types.ts';
import type { Resolution } from '../api/warehouse.ts';
import { useI18n } from '../i18n/index.tsx';
import { maskId } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useDraft, type Choice, type Step } from './submit/draft.ts';
import { PaperRow } from './submit/PaperRow.tsx';
import { Receipt } from './submit/Receipt.tsx';
import { Forwarded } from './submit/Forwarded.tsx';
import { useNodeRole } from '../api/node.ts';

const STEPS: Step[] = ['case', 'owner', 'papers', 'review'];

export default function SubmitPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const [draft, update, clear] = useDraft(code);
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
  const caseCode = String(Number(draft.caseIdx) + 1);
  const chosenAgency = draft.agency || (agencyCodes.length === 1 ? agencyCodes[0]! : '');
  const reuse = useQuery({
    queryKey: ['reuse', code, caseCode, chosenAgency],
    enabled: isCitizen && !!proc.data && draft.step !== 'case' && !!node.data && !portalWizard,
    queryFn: () => api<Resolution>(`/api/v1/procedures/${encodeURIComponent(code)}/reuse?case=${caseCode}${chosenAgency ? `&agencyCode=${encodeURIComponent(chosenAgency)}` : ''}`),
  });
  const [problems, setProblems] = useState<{ key: string; text: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submit = useMutation({ mutationFn: (body: unknown) => api<Dossier>('/api/v1/online/dossiers', { method: 'POST', body }) });
  const forward = useMutation({
    mutationFn: (body: unknown) => api<{ submissionId: string; node: string; system?: { name: string }; reference?: string; expectedAt?: string | null }>('/api/v1/portal/submissions', { method: 'POST', body }),
  });
  const sending = portalOnly ? forward : submit;
  const stepNo = STEPS.indexOf(draft.step) + 1;
  const titles: Record<Step, string> = { case: t('wiz.caseTitle'), owner: t('wiz.ownerTitle'), papers: t('wiz.papersTitle'), review: t('wiz.reviewTitle') };
  const done = draft.dossierId ? t('submit.done') : draft.submissionId ? t('submit.forwarded', { node: draft.submissionSystem ?? draft.submissionNode ?? '' }) : undefined;
  usePageTitle(done ?? `${titles[draft.step]} – ${proc.data?.name ?? t('submit.title')}`, problems.length > 0 || !!sending.error);
  useEffect(() => setProblems([]), [draft.step]);

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
  if (!isCitizen) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/nop-ho-so/${code}`)}`} replace />;
  if (proc.error) return <ErrorAlert error={proc.error} />;
  if (!proc.data || account.isPending || node.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (account.error) return <ErrorAlert error={account.error} />;
  if (node.error) return <ErrorAlert error={node.error} />;
  const p = proc.data;
  const me = account.data;
  if (draft.dossierId) return <Receipt draft={draft} update={update} onNew={clear} />;
  if (draft.submissionId) return <Forwarded reference={draft.submissionRef ?? draft.submissionId} system={draft.submissionSystem ?? draft.submissionNode ?? ''} expectedAt={draft.submissionExpected ?? null} onNew={clear} />;
  if (p.onlineLevel === 'none') return <Alert color="gray">{t('submit.notOnline')}</Alert>;
  const papers = p.cases[Number(draft.caseIdx)]?.components ?? p.cases[0]?.components ?? [];
  const idNumber = me.kind === 'citizen' ? me.personalId : me.taxCode;
  const choiceOf = (seq: number): Choice => draft.choices[String(seq)] ?? { kind: 'none' };
  const go = (step: Step) => update({ step });

  const fail = (list: { key: string; text: string }[]) => {
    setProblems(list);
    if (list.length) requestAnimationFrame(() => summaryRef.current?.focus());
    return list.length > 0;
  };
  const next = () => {
    if (draft.step === 'case') {
      if (fail(chosenAgency ? [] : [{ key: 'agency', text: t('wiz.agencyRequired') }])) return;
      update({ agency: chosenAgency, step: 'owner' });
    } else if (draft.step === 'owner') go('papers');
    else if (draft.step === 'papers') {
      const list: { key: string; text: string }[] = [];
      papers.forEach((k, i) => {
        const c = choiceOf(i + 1);
        if (c.kind === 'reuse' && !c.consent) list.push({ key: `paper-${i + 1}`, text: t('wiz.consentRequired', { name: k.name.slice(0, 80) }) });
        if (c.kind === 'upload' && !c.documentId) list.push({ key: `paper-${i + 1}`, text: t('wiz.uploadRequired', { name: k.name.slice(0, 80) }) });
      });
      if (fail(list)) return;
      go('review');
    }
  };
  const send = () => {
    if (fail(draft.declared ? [] : [{ key: 'declare', text: t('submit.declareRequired') }])) return;
    const reused = papers.map((_, i) => ({ seq: i + 1, c: choiceOf(i + 1) })).filter((x) => x.c.kind === 'reuse');
    const uploads = papers.map((_, i) => ({ seq: i + 1, c: choiceOf(i + 1) })).filter((x) => x.c.kind === 'upload' && x.c.documentId);
    const owner = { type: me.kind === 'citizen' ? 'citizen' : 'business', idNumber: idNumber ?? '', name: me.name, ...(me.birthDate ? { birthDate: me.birthDate } : {}) };
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
    if (portalOnly) {
      // the hosting system adds the uploaded files to its dossier (named by the consent the portal records)
      forward.mutate(
        {
          procedureCode: p.code,
          caseCode,
          resolvingAgencyCode: chosenAgency,
          owner,
          components: papers.filter((_, i) => choiceOf(i + 1).kind !== 'reuse').map(component),
          ...(reuseEntries.length ? { reuse: reuseEntries } : {}),
          ...(attach.length ? { attachments: attach } : {}),
        },
        { onSuccess: (r) => update({ submissionId: r.submissionId, submissionNode: r.node, submissionSystem: r.system?.name ?? r.node, submissionRef: r.reference ?? r.submissionId, submissionExpected: r.expectedAt ?? null }) },
      );
      return;
    }
    submit.mutate(
      {
        procedureCode: p.code,
        caseCode,
        resolvingAgencyCode: chosenAgency,
        owner,
        components: papers
          .map((k, i) => ({ k, c: choiceOf(i + 1) }))
          .filter((x) => x.c.kind !== 'reuse')
          .map(({ k }) => component(k)),
        reuse: reuseEntries,
      },
      {
        onSuccess: (d) => {
          update({ dossierId: d.id, dossierCode: d.code, pendingAttach: attach.map((a) => ({ seq: a.componentSeq, documentId: a.documentId })) });
        },
      },
    );
  };

  const agencyName = (c: string) => agencies[agencyCodes.indexOf(c)]?.data?.name ?? c;
  const has = (k: string) => problems.find((x) => x.key === k)?.text;

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (draft.step === 'review') send(); else next(); }}>
      <Stack gap="lg">
        {stepNo > 1 ? (
          <Anchor component="button" type="button" onClick={() => go(STEPS[stepNo - 2]!)} style={{ alignSelf: 'flex-start' }}>
            ‹ {t('nav.back')}
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/thu-tuc/${p.code}`}>
            ‹ {t('nav.back')}
          </Anchor>
        )}
        <div>
          <Text c="#4a4f55" className="break-words">
            {p.name} · {t('wiz.step', { n: stepNo, total: STEPS.length })}
          </Text>
          <Title order={1} fz={{ base: 24, sm: 32 }} className="break-words">
            {titles[draft.step]}
          </Title>
        </div>
        {problems.length > 0 && (
          <Alert ref={summaryRef} tabIndex={-1} color="red" variant="outline" role="alert" title={t('submit.errorsTitle')}>
            <List>
              {problems.map((m) => (
                <List.Item key={m.key + m.text}>{m.text}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {sending.error && <ErrorAlert error={sending.error} />}

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

        {draft.step === 'owner' && (
          <Paper withBorder p="md">
            <Text fw={600}>{t('submit.ownerSelf', { name: me.name })}</Text>
            <Text size="sm">
              {me.kind === 'citizen' ? t('account.personalId') : t('account.taxCode')}: {idNumber ? maskId(idNumber) : ''}
            </Text>
            <Text size="sm" c="#4a4f55" mt="xs">
              {t('account.source')}
            </Text>
            <details style={{ marginTop: 8 }}>
              <summary>{t('wiz.ownerWrong').split('?')[0]}?</summary>
              <Text size="sm">{t('wiz.ownerWrong')}</Text>
            </details>
          </Paper>
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
                resolved={reuse.data?.components.find((c) => c.seq === i + 1)}
                choice={choiceOf(i + 1)}
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
                  {agencyName(chosenAgency)}{' '}
                  <Anchor component="button" type="button" onClick={() => go('case')}>
                    {t('wiz.change')}
                    <span className="visually-hidden"> {t('submit.agency')}</span>
                  </Anchor>
                </dd>
                <dt>{t('submit.owner')}</dt>
                <dd>{me.name}</dd>
                {papers.map((k, i) => {
                  const c = choiceOf(i + 1);
                  return (
                    <div key={i}>
                      <dt className="break-words">{k.name}</dt>
                      <dd>
                        {c.kind === 'reuse' ? t('wiz.paperReuse', { doc: c.label }) : c.kind === 'upload' ? t('wiz.paperUpload', { file: c.fileName }) : portalOnly ? t('wiz.portalPaper') : t('wiz.paperNone')}{' '}
                        <Anchor component="button" type="button" onClick={() => go('papers')}>
                          {t('wiz.change')}
                          <span className="visually-hidden"> {k.name.slice(0, 60)}</span>
                        </Anchor>
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
          <Anchor component={Link} to="/ho-so-cua-toi">
            {t('wiz.saveExit')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
