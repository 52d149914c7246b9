/**
 * Online submission, minimal: choose the case and the agency, confirm the owner (from the e-ID account), declare,
 * submit (POST /api/v1/online/dossiers), and show the confirmation. Logged-out visitors are sent to log in first.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Alert, Anchor, Button, Checkbox, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Account, AgencyInfo, Dossier, Procedure } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { maskId } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

function Done({ dossier }: { dossier: Dossier }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Paper p="lg" bg="#00703c" c="white" role="status">
        <Title order={1} c="white">
          {t('submit.done')}
        </Title>
        <Text mt="xs">{t('submit.doneCode')}</Text>
        <Text className="code-mono" fz={24} fw={700} data-testid="receipt-code">
          {dossier.code ?? dossier.id}
        </Text>
      </Paper>
      {!dossier.code && <Text>{t('dossier.noCodeYet')}</Text>}
      <Text>{t('submit.next')}</Text>
      <div>
        <Button component={Link} to={`/ho-so-cua-toi/${dossier.id}`}>
          {t('submit.follow')}
        </Button>
      </div>
    </Stack>
  );
}

export default function SubmitPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const proc = useQuery({ queryKey: ['procedure', code], queryFn: () => api<Procedure>(`/api/v1/procedures/${encodeURIComponent(code)}`) });
  const isCitizen = !!session.data && session.data.kind !== 'officer';
  const account = useQuery({ queryKey: ['account'], enabled: isCitizen, queryFn: () => api<Account>('/api/v1/accounts/me') });
  const agencyCodes = (proc.data?.agencyCodes ?? []).slice(0, 20);
  const agencies = useQueries({
    queries: agencyCodes.map((c) => ({ queryKey: ['agency', c], queryFn: () => api<AgencyInfo>(`/api/v1/agencies/${encodeURIComponent(c)}`), staleTime: 600_000 })),
  });
  const [caseIdx, setCaseIdx] = useState('0');
  const [agency, setAgency] = useState('');
  const [declared, setDeclared] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submit = useMutation({
    mutationFn: (body: unknown) => api<Dossier>('/api/v1/online/dossiers', { method: 'POST', body }),
  });
  usePageTitle(proc.data ? `${t('submit.title')}: ${proc.data.name}` : t('submit.title'), problems.length > 0 || !!submit.error);

  if (session.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (!isCitizen) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/nop-ho-so/${code}`)}`} replace />;
  if (proc.error) return <ErrorAlert error={proc.error} />;
  if (!proc.data || account.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (account.error) return <ErrorAlert error={account.error} />;
  if (submit.data) return <Done dossier={submit.data} />;
  const p = proc.data;
  const me = account.data;
  if (p.onlineLevel === 'none') return <Alert color="gray">{t('submit.notOnline')}</Alert>;
  const chosenCase = p.cases[Number(caseIdx)] ?? p.cases[0];
  const papers = (chosenCase?.components ?? []).filter((k) => k.originals + k.copies > 0);
  const chosenAgency = agency || (agencyCodes.length === 1 ? agencyCodes[0]! : '');
  const idNumber = me.kind === 'citizen' ? me.personalId : me.taxCode;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const missing: string[] = [];
    if (!chosenAgency) missing.push(t('submit.agency'));
    if (!declared) missing.push(t('submit.declareRequired'));
    setProblems(missing);
    if (missing.length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    submit.mutate({
      procedureCode: p.code,
      caseCode: String(Number(caseIdx) + 1),
      resolvingAgencyCode: chosenAgency,
      owner: {
        type: me.kind === 'citizen' ? 'citizen' : 'business',
        idNumber: idNumber ?? '',
        name: me.name,
        ...(me.birthDate ? { birthDate: me.birthDate } : {}),
      },
      components: papers.map((k) => ({
        name: k.name.slice(0, 300),
        ...(k.documentTypeCode ? { documentTypeCode: k.documentTypeCode.slice(0, 50) } : {}),
        originals: Math.min(k.originals, 99),
        certifiedCopies: Math.min(k.copies, 99),
        photocopies: 0,
      })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Anchor component={Link} to={`/thu-tuc/${p.code}`}>
          ‹ {t('nav.back')}
        </Anchor>
        <div>
          <Text c="#4a4f55">{t('submit.title')}</Text>
          <Title order={1} className="break-words">
            {p.name}
          </Title>
        </div>
        {problems.length > 0 && (
          <Alert ref={summaryRef} tabIndex={-1} color="red" variant="outline" role="alert" title={t('submit.errorsTitle')}>
            <List>
              {problems.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {submit.error && <ErrorAlert error={submit.error} />}

        {p.cases.length > 1 && (
          <Radio.Group label={t('submit.case')} value={caseIdx} onChange={setCaseIdx} size="md">
            <Stack gap="xs" mt="xs">
              {p.cases.map((c, i) => (
                <Radio key={i} value={String(i)} label={c.name} />
              ))}
            </Stack>
          </Radio.Group>
        )}

        <Radio.Group
          label={t('submit.agency')}
          description={t('submit.agencyHint')}
          value={chosenAgency}
          onChange={setAgency}
          size="md"
          error={problems.includes(t('submit.agency')) && !chosenAgency ? t('submit.agency') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {agencyCodes.map((c, i) => (
              <Radio key={c} value={c} label={agencies[i]?.data?.name ?? c} />
            ))}
          </Stack>
        </Radio.Group>

        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('submit.owner')}
          </Title>
          <Text mt="xs">{t('submit.ownerSelf', { name: me.name })}</Text>
          <Text size="sm">
            {me.kind === 'citizen' ? t('account.personalId') : t('account.taxCode')}: {idNumber ? maskId(idNumber) : ''}
          </Text>
          <Text size="sm" c="#4a4f55">
            {t('submit.ownerHint')}
          </Text>
        </Paper>

        <div>
          <Title order={2} size="h4">
            {t('submit.papers')}
          </Title>
          <Text size="sm" c="#4a4f55" mb="xs">
            {t('submit.papersHint')}
          </Text>
          <List>
            {papers.map((k, i) => (
              <List.Item key={i} className="break-words">
                {k.name}
              </List.Item>
            ))}
          </List>
        </div>

        <Checkbox
          size="md"
          label={t('submit.declare')}
          checked={declared}
          onChange={(e) => setDeclared(e.currentTarget.checked)}
          error={problems.includes(t('submit.declareRequired')) && !declared ? t('submit.declareRequired') : undefined}
        />
        <div>
          <Button type="submit" size="lg" loading={submit.isPending}>
            {t('submit.send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
