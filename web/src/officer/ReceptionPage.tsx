/**
 * Counter reception on one screen (docs/ux.md §3.5): the person by personal ID (checked here with the same rules
 * as the server, src/lib/vn-ids.ts), the procedure found without diacritics, the case, the paper checklist, the
 * fees, the appointment computed by the working calendar, then "Tiếp nhận" → the dossier code and the signed
 * receipt (form 01). Every field keeps what was typed when the server refuses. Sections: PersonSection.tsx,
 * FeesAndDue.tsx, ReceptionReceipt.tsx; pure helpers in reception.ts.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { checkPersonalId } from '../../../shared/vn-ids.ts';
import { api, ApiError } from '../api/client.ts';
import type { Procedure, ProcedureHit } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';
import { ComponentChecklist, type ChecklistItem } from './ComponentChecklist.tsx';
import { WarehouseConsentStep } from './WarehouseConsentStep.tsx';
import { PersonSection, type PersonFields } from './PersonSection.tsx';
import { CaseAndAgency, FeesAndDue } from './FeesAndDue.tsx';
import { ErrorSummary, Receipt } from './ReceptionReceipt.tsx';
import { checklistOf, isoBirthDate, nodeOf, receptionCore, type AgencyRow, type CounterResolution, type FieldKey } from './reception.ts';
import { encodeForwardFiles, ForwardFiles, forwardFilesProblem, ForwardPanel, OtherSystemNote, type ForwardFileMap } from './CrossSystemReception.tsx';
import { ForwardedReceipt } from './ForwardedReceipt.tsx';
import { useNodeRole } from '../api/node.ts';
import type { ForwardedDossier, OfficerDossier } from './types.ts';
import { RefusalPanel } from './ReceptionRefusal.tsx';

const emptyPerson: PersonFields = { personalId: '', name: '', birthDate: '', phone: '', address: '' };

export default function ReceptionPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const [person, setPerson] = useState<PersonFields>(emptyPerson);
  const { personalId, name, birthDate } = person;
  const [search, setSearch] = useState('');
  const [procCode, setProcCode] = useState('');
  const [caseIndex, setCaseIndex] = useState(0);
  const [agencyCode, setAgencyCode] = useState('');
  const [items, setItems] = useState<ChecklistItem[]>([]);
  const [consent, setConsent] = useState<{ id: string; idNumber: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [done, setDone] = useState<OfficerDossier | null>(null);
  const [returnHere, setReturnHere] = useState(true);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [q] = useDebouncedValue(search.trim(), 250);

  const proc = useQuery({
    queryKey: ['procedure', procCode],
    enabled: !!procCode,
    queryFn: () => api<Procedure>(`/api/v1/procedures/${procCode}`),
  });
  // Boundary-free reception: any competent agency, of this province or of another one (its node is its code's end).
  const nodes = useMemo(
    () => [...new Set([...(officer?.grants.map((g) => g.agencyCode.slice(-3)) ?? []), ...(proc.data?.agencyCodes ?? []).map((c) => c.slice(c.lastIndexOf('.') + 1))])].sort(),
    [officer, proc.data],
  );
  const ownNodes = useMemo(() => new Set(officer?.grants.map((g) => g.agencyCode.slice(-3)) ?? []), [officer]);
  const idNumber = personalId.replace(/[\s.-]/g, '');
  const consentId = consent && consent.idNumber === idNumber ? consent.id : null;
  const resolve = useQuery({
    queryKey: ['counter-resolve', consentId, procCode, caseIndex, agencyCode],
    enabled: !!consentId && !!procCode,
    queryFn: () =>
      api<CounterResolution>(
        `/api/v1/reuse/counter-consents/${consentId}/resolve?${new URLSearchParams({ procedureCode: procCode, case: String(caseIndex + 1), ...(agencyCode ? { agencyCode } : {}) })}`,
      ),
  });
  const hits = useQuery({
    queryKey: ['proc-search', q],
    enabled: q.length >= 2,
    queryFn: () => api<{ items: ProcedureHit[] }>(`/api/v1/procedures?${new URLSearchParams({ q, limit: '8' })}`),
    placeholderData: (prev) => prev,
  });
  const agencies = useQuery({
    queryKey: ['agencies-of-nodes', nodes],
    enabled: nodes.length > 0,
    queryFn: async () => (await Promise.all(nodes.map((n) => api<{ items: AgencyRow[] }>(`/api/v1/agencies?node=${n}&limit=200`)))).flatMap((r) => r.items),
    staleTime: 600_000,
  });
  const competent = useMemo(() => {
    const names = new Map((agencies.data ?? []).map((a) => [a.code, a.name]));
    return (proc.data?.agencyCodes ?? []).filter((c) => names.has(c)).map((c) => ({ code: c, name: names.get(c)! }));
  }, [proc.data, agencies.data]);

  const resolution = consentId ? resolve.data : undefined;
  // A new procedure or case starts a new checklist; a new answer of the warehouse only updates what it covers
  // (the ticks and counts typed so far stay).
  useEffect(() => setItems(checklistOf(proc.data, caseIndex, undefined)), [proc.data, caseIndex]);
  useEffect(() => {
    const fresh = checklistOf(proc.data, caseIndex, resolution);
    setItems((cur) =>
      cur.map((it, i) => ({
        ...it,
        coverage: fresh[i]?.coverage ?? null,
        ...(fresh[i]?.coverage ? {} : { verify: false }),
      })),
    );
  }, [proc.data, caseIndex, resolution]);
  // When only one agency resolves it, that agency is picked.
  useEffect(() => {
    if (competent.length === 1) setAgencyCode(competent[0]!.code);
    else if (!competent.some((c) => c.code === agencyCode)) setAgencyCode('');
  }, [competent, agencyCode]);

  const counter = proc.data?.processing.counter ?? null;
  const due = useQuery({
    queryKey: ['due', agencyCode, counter?.duration, counter?.unit],
    enabled: !!counter && !!agencyCode,
    queryFn: () =>
      api<{ due: string }>(
        `/api/v1/calendar/due-date?${new URLSearchParams({ start: new Date().toISOString(), duration: String(counter!.duration), unit: counter!.unit, agency: agencyCode })}`,
      ),
  });

  const otherSystem = !!agencyCode && !ownNodes.has(nodeOf(agencyCode));
  const core = (forward = false) => receptionCore({ procCode, caseIndex, agencyCode, person, items }, forward);
  // A federated deployment: the competent agency's system creates the dossier, so "Tiếp nhận hồ sơ" forwards it
  // there with its scans (one action), and the receipt follows once that system answers (ForwardedReceipt).
  const node = useNodeRole();
  const forwardHere = otherSystem && node.data?.role === 'local';
  const [fwdFiles, setFwdFiles] = useState<ForwardFileMap>({});
  const [fwdProblem, setFwdProblem] = useState<string | null>(null);
  const [forwarded, setForwarded] = useState<ForwardedDossier | null>(null);
  const forward = useMutation({
    mutationFn: async () => {
      const files = await encodeForwardFiles(fwdFiles);
      return api<ForwardedDossier>('/api/v1/forwarded-dossiers', {
        method: 'POST',
        body: { ...core(true), returnAtReception: returnHere, ...(files.length ? { files } : {}) },
      });
    },
    onSuccess: (f) => setForwarded(f),
    onError: () => summaryRef.current?.focus(),
  });
  const receive = useMutation({
    mutationFn: () =>
      api<OfficerDossier>('/api/v1/dossiers', {
        method: 'POST',
        body: {
          channel: 'counter',
          ...core(),
          ...(otherSystem ? { returnAtReception: returnHere } : {}),
          ...(consentId ? { consentId } : {}),
          ...(items.some((i) => i.coverage && !i.verify)
            ? {
                reuse: items.flatMap((i, k) => (i.coverage && !i.verify ? [{ componentSeq: k + 1, documentId: i.coverage.id }] : [])),
              }
            : {}),
        },
      }),
    onSuccess: (d) => setDone(d),
    onError: () => summaryRef.current?.focus(),
  });

  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle(t('o.rec.title'), hasErrors || !!receive.error || !!forward.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = personalId.replace(/[\s.-]/g, '');
    const bd = isoBirthDate(birthDate);
    const next: Partial<Record<FieldKey, string>> = {};
    const check = checkPersonalId(id, bd || undefined);
    if (!id) next.personalId = t('o.rec.idRequired');
    else if (!check.ok) next.personalId = /12 digits/.test(check.reason) ? t('o.rec.id12') : /year/.test(check.reason) && bd ? t('o.rec.idBirthYear') : t('o.rec.idProvince');
    if (!name.trim()) next.name = t('o.rec.nameRequired');
    if (bd === undefined) next.birthDate = t('o.rec.birthDateInvalid');
    if (!procCode) next.procedure = t('o.rec.procedureRequired');
    else if (!agencyCode) next.agency = t('o.rec.agencyRequired');
    if (items.some((i) => i.coverage && i.verify && !i.verificationReason?.trim())) next.verify = t('o.wh.verifyRequired');
    setErrors(next);
    if (Object.keys(next).length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (forwardHere) {
      const problem = forwardFilesProblem(fwdFiles, t);
      setFwdProblem(problem);
      if (!problem) forward.mutate();
      return;
    }
    receive.mutate();
  };

  const reset = () => {
    setDone(null);
    setPerson(emptyPerson);
    setSearch('');
    setProcCode('');
    setCaseIndex(0);
    setConsent(null);
    setReturnHere(true);
    setErrors({});
    receive.reset();
    forward.reset();
    setForwarded(null);
    setFwdFiles({});
    setFwdProblem(null);
  };

  const fees = proc.data?.fees ?? [];
  const serverError = (forwardHere ? forward.error : receive.error) ?? null;
  // A federated deployment: the competent agency's system creates the dossier; this counter forwards it there.
  const hostedElsewhere = receive.error instanceof ApiError && receive.error.code === 'dossier-hosted-elsewhere' && otherSystem ? (typeof receive.error.problem.nodeCode === 'string' ? receive.error.problem.nodeCode : nodeOf(agencyCode)) : null;
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.rec.title')}
        </Title>
        {done ? (
          <Receipt dossier={done} onNext={reset} />
        ) : forwarded ? (
          <ForwardedReceipt forwarded={forwarded} onNext={reset} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <div ref={summaryRef} tabIndex={-1}>
                {hasErrors && <ErrorSummary errors={errors} />}
                {serverError && !hostedElsewhere && <ErrorAlert error={serverError} />}
              </div>
              <PersonSection value={person} onChange={setPerson} errors={errors} />

              <WarehouseConsentStep
                idNumber={idNumber}
                idValid={checkPersonalId(idNumber).ok}
                purpose={`${t('o.rec.title')}${proc.data ? `: ${proc.data.name}` : ''}`}
                consentId={consentId}
                covered={!consentId || !procCode ? 0 : resolve.data ? items.filter((i) => i.coverage).length : null}
                onConsent={(id) => setConsent({ id, idNumber })}
              />
              {resolve.error && <ErrorAlert error={resolve.error} />}

              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('o.rec.procedure')}
                </Title>
                <TextInput
                  id="rec-procedure"
                  label={t('home.searchLabel')}
                  description={t('home.searchHint')}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  maxLength={200}
                  error={errors.procedure}
                  w={{ base: '100%', md: 520 }}
                />
                {hits.data && q.length >= 2 && (
                  <Radio.Group
                    mt="sm"
                    label={t('o.rec.pickProcedure')}
                    value={procCode}
                    onChange={(v) => {
                      setProcCode(v);
                      setCaseIndex(0);
                    }}
                  >
                    <Stack gap={6} mt={6}>
                      {hits.data.items.length === 0 && <Text>{t('home.noResults')}</Text>}
                      {hits.data.items.map((h) => (
                        <Radio key={h.code} value={h.code} label={`${h.name} (${h.code})`} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
                {proc.error && <ErrorAlert error={proc.error} />}
                {proc.data && (
                  <CaseAndAgency
                    proc={proc.data}
                    caseIndex={caseIndex}
                    onCase={setCaseIndex}
                    agencies={competent}
                    ownNodes={ownNodes}
                    agencyCode={agencyCode}
                    onAgency={setAgencyCode}
                    error={errors.agency}
                  />
                )}
              </Paper>

              {proc.data && (
                <>
                  <Paper withBorder p="md">
                    <Title order={2} size="h4" mb="sm">
                      {t('proc.cases')}
                    </Title>
                    {items.length ? <ComponentChecklist items={items} onChange={setItems} /> : <Text>{t('common.none')}</Text>}
                  </Paper>
                  <FeesAndDue fees={fees} counter={counter} due={due.data?.due} dueError={due.error} agencyChosen={!!agencyCode} />
                </>
              )}
              {otherSystem && (
                <OtherSystemNote agencyName={competent.find((c) => c.code === agencyCode)?.name ?? agencyCode} returnHere={returnHere} onReturnHere={setReturnHere} />
              )}
              {forwardHere && (
                <ForwardFiles components={core(true).components} files={fwdFiles} onChange={(f) => { setFwdFiles(f); setFwdProblem(null); }} problem={fwdProblem} />
              )}
              {hostedElsewhere && !forwardHere && (
                <ForwardPanel
                  nodeCode={hostedElsewhere}
                  components={core(true).components}
                  body={() => ({ ...core(true), returnAtReception: returnHere })}
                  onNext={reset}
                />
              )}
              <Group>
                <Button type="submit" loading={receive.isPending || forward.isPending}>
                  {t('o.rec.submit')}
                </Button>
              </Group>
              {/* or refuse to receive, with the reasons, on Form 03 (same person, procedure, agency and papers) */}
              <RefusalPanel
                key={procCode + agencyCode}
                ready={!!procCode && !!agencyCode && !!name.trim() && checkPersonalId(idNumber).ok}
                body={() => core(true)}
                onNext={reset}
              />
            </Stack>
          </form>
        )}
      </Stack>
    </OfficerLayout>
  );
}
