/**
 * Counter reception on one screen (docs/ux.md §3.5): the person by personal ID (checked here with the same rules
 * as the server, src/lib/vn-ids.ts), the procedure found without diacritics, the case, the paper checklist, the
 * fees, the appointment computed by the working calendar, then "Tiếp nhận" → the dossier code and the signed
 * receipt (form 01). Every field keeps what was typed when the server refuses.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { checkPersonalId } from '../../../src/lib/vn-ids.ts';
import { api, ApiError } from '../api/client.ts';
import type { Procedure, ProcedureHit } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';
import { ComponentChecklist, type ChecklistItem, type Coverage } from './ComponentChecklist.tsx';
import { WarehouseConsentStep } from './WarehouseConsentStep.tsx';
import type { OfficerDossier } from './types.ts';

interface AgencyRow {
  code: string;
  name: string;
  nodeCode: string;
}

type FieldKey = 'personalId' | 'name' | 'birthDate' | 'procedure' | 'agency' | 'verify';

interface CounterResolution {
  components: {
    seq: number;
    covered: boolean;
    candidates: { reason: string; matchedBy: string; document: Omit<Coverage, 'matchedBy'> }[];
  }[];
}

/** 5/7/1990 or 05/07/1990 → 1990-07-05; '' stays ''. */
function isoBirthDate(s: string): string | undefined {
  const v = s.trim();
  if (!v) return '';
  const m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function checklistOf(p: Procedure | undefined, caseIndex: number, res: CounterResolution | undefined): ChecklistItem[] {
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

function Receipt({ dossier, onNext }: { dossier: OfficerDossier; onNext: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Paper withBorder p="lg" style={{ borderColor: '#1b5e20', borderWidth: 2 }}>
      <Stack>
        <Title order={2} ref={ref} tabIndex={-1}>
          {t('o.rec.done')}
        </Title>
        <Text>{t('my.code')}</Text>
        <Text fz={28} fw={700} className="code-mono" data-testid="dossier-code">
          {dossier.code}
        </Text>
        <Text>
          {t('dossier.dueAt')}: <strong>{formatDateTime(dossier.dueAt)}</strong>
        </Text>
        <Group>
          <Button component="a" href={`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`} target="_blank" rel="noopener">
            {t('o.rec.printReceipt')}
          </Button>
          <Anchor component={Link} to={`/can-bo/ho-so/${dossier.id}`}>
            {t('o.rec.openDossier')}
          </Anchor>
          <Button variant="default" onClick={onNext}>
            {t('o.rec.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export default function ReceptionPage() {
  const { t, lang } = useI18n();
  const officer = useOfficer();
  const [personalId, setPersonalId] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [search, setSearch] = useState('');
  const [procCode, setProcCode] = useState('');
  const [caseIndex, setCaseIndex] = useState(0);
  const [agencyCode, setAgencyCode] = useState('');
  const [items, setItems] = useState<ChecklistItem[]>([]);
  const [consent, setConsent] = useState<{ id: string; idNumber: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [done, setDone] = useState<OfficerDossier | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [q] = useDebouncedValue(search.trim(), 250);

  const proc = useQuery({ queryKey: ['procedure', procCode], enabled: !!procCode, queryFn: () => api<Procedure>(`/api/v1/procedures/${procCode}`) });
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
    setItems((cur) => cur.map((it, i) => ({ ...it, coverage: fresh[i]?.coverage ?? null, ...(fresh[i]?.coverage ? {} : { verify: false }) })));
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

  const receive = useMutation({
    mutationFn: () => {
      const bd = isoBirthDate(birthDate);
      return api<OfficerDossier>('/api/v1/dossiers', {
        method: 'POST',
        body: {
          channel: 'counter',
          procedureCode: procCode,
          caseCode: String(caseIndex + 1),
          resolvingAgencyCode: agencyCode,
          owner: {
            type: 'citizen',
            idNumber: personalId.replace(/[\s.-]/g, ''),
            name: name.trim().normalize('NFC'),
            ...(bd ? { birthDate: bd } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
          },
          components: items
            .filter((i) => i.received && (!i.coverage || i.verify))
            .map((i) => ({
              name: i.name.slice(0, 300),
              ...(i.documentTypeCode ? { documentTypeCode: i.documentTypeCode } : {}),
              originals: i.originals,
              certifiedCopies: i.certifiedCopies,
              photocopies: i.photocopies,
              ...(i.coverage && i.verify ? { verification: { reason: (i.verificationReason ?? '').trim().normalize('NFC') } } : {}),
            })),
          ...(consentId ? { consentId } : {}),
          ...(items.some((i) => i.coverage && !i.verify)
            ? { reuse: items.flatMap((i, k) => (i.coverage && !i.verify ? [{ componentSeq: k + 1, documentId: i.coverage.id }] : [])) }
            : {}),
        },
      });
    },
    onSuccess: (d) => setDone(d),
    onError: () => summaryRef.current?.focus(),
  });

  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle(t('o.rec.title'), hasErrors || !!receive.error);

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
    receive.mutate();
  };

  const reset = () => {
    setDone(null);
    setPersonalId('');
    setName('');
    setBirthDate('');
    setPhone('');
    setSearch('');
    setProcCode('');
    setCaseIndex(0);
    setConsent(null);
    setErrors({});
    receive.reset();
  };

  const fees = proc.data?.fees ?? [];
  const serverError = receive.error instanceof ApiError ? receive.error : receive.error ? receive.error : null;
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.rec.title')}
        </Title>
        {done ? (
          <Receipt dossier={done} onNext={reset} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <div ref={summaryRef} tabIndex={-1}>
                {hasErrors && (
                  <Alert color="red" variant="outline" role="alert" title={t('submit.errorsTitle')}>
                    <ul style={{ margin: 0 }}>
                      {Object.entries(errors).map(([k, v]) => (
                        <li key={k}>
                          <a href={`#rec-${k}`}>{v}</a>
                        </li>
                      ))}
                    </ul>
                  </Alert>
                )}
                {serverError && (
                  <ErrorAlert
                    error={serverError}
                    {...(serverError instanceof ApiError && serverError.code === 'forbidden' && agencyCode && !ownNodes.has(agencyCode.slice(agencyCode.lastIndexOf('.') + 1))
                      ? { message: t('o.rec.otherProvinceRefused') }
                      : {})}
                  />
                )}
              </div>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('o.rec.person')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                  <TextInput
                    id="rec-personalId"
                    label={t('account.personalId')}
                    description={t('o.rec.idHint')}
                    value={personalId}
                    onChange={(e) => setPersonalId(e.currentTarget.value)}
                    inputMode="numeric"
                    maxLength={20}
                    spellCheck={false}
                    autoComplete="off"
                    error={errors.personalId}
                  />
                  <TextInput
                    id="rec-name"
                    label={t('account.name')}
                    description={t('o.rec.nameHint')}
                    value={name}
                    onChange={(e) => setName(e.currentTarget.value)}
                    maxLength={200}
                    spellCheck={false}
                    autoComplete="off"
                    error={errors.name}
                  />
                  <TextInput
                    id="rec-birthDate"
                    label={`${t('account.birthDate')} ${t('o.optional')}`}
                    description={t('o.rec.birthDateHint')}
                    value={birthDate}
                    onChange={(e) => setBirthDate(e.currentTarget.value)}
                    maxLength={10}
                    autoComplete="off"
                    error={errors.birthDate}
                  />
                  <TextInput
                    label={`${t('o.rec.phone')} ${t('o.optional')}`}
                    value={phone}
                    onChange={(e) => setPhone(e.currentTarget.value)}
                    inputMode="tel"
                    maxLength={20}
                    autoComplete="off"
                  />
                </SimpleGrid>
              </Paper>

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
                  <Stack mt="md" gap="sm">
                    {proc.data.cases.length > 1 && (
                      <Radio.Group label={t('proc.case')} value={String(caseIndex)} onChange={(v) => setCaseIndex(Number(v))}>
                        <Stack gap={6} mt={6}>
                          {proc.data.cases.map((c, i) => (
                            <Radio key={i} value={String(i)} label={c.name} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    )}
                    <Radio.Group id="rec-agency" label={t('o.rec.agency')} value={agencyCode} onChange={setAgencyCode} error={errors.agency}>
                      <Stack gap={6} mt={6}>
                        {competent.length === 0 && <Text>{t('o.rec.noAgency')}</Text>}
                        {competent.map((a) => (
                          <Radio
                            key={a.code}
                            value={a.code}
                            label={`${a.name} (${a.code})${ownNodes.has(a.code.slice(a.code.lastIndexOf('.') + 1)) ? '' : ` — ${t('o.rec.otherProvince')}`}`}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                  </Stack>
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
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <Paper withBorder p="md">
                      <Title order={2} size="h4" mb="sm">
                        {t('proc.fees')}
                      </Title>
                      {fees.length ? (
                        <Table>
                          <Table.Caption>{t('o.rec.feesCaption')}</Table.Caption>
                          <Table.Tbody>
                            {fees.map((f, i) => (
                              <Table.Tr key={i}>
                                <Table.Th scope="row" fw={400}>
                                  {f.description}
                                </Table.Th>
                                <Table.Td ta="right">{formatMoney(f.amount, lang)}</Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      ) : (
                        <Text>{t('proc.noFee')}</Text>
                      )}
                    </Paper>
                    <Paper withBorder p="md">
                      <Title order={2} size="h4" mb="sm">
                        {t('dossier.dueAt')}
                      </Title>
                      {!counter ? (
                        <Text>{t('o.rec.noDuration')}</Text>
                      ) : (
                        <>
                          <Text>
                            {t('proc.time')}: {counter.duration} {t(`unit.${counter.unit}`)}
                          </Text>
                          {due.data && (
                            <Text fw={700} fz="lg" data-testid="appointment">
                              {formatDateTime(due.data.due)}
                            </Text>
                          )}
                          {!agencyCode && <Text c="#4a4f55">{t('o.rec.dueNeedsAgency')}</Text>}
                          {due.error && <ErrorAlert error={due.error} />}
                        </>
                      )}
                    </Paper>
                  </SimpleGrid>
                </>
              )}
              <Group>
                <Button type="submit" loading={receive.isPending}>
                  {t('o.rec.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </OfficerLayout>
  );
}
