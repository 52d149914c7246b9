/**
 * Processing: the dossier on one screen — status and clock, owner (ID masked until asked), components, fees,
 * history, the workflow's control log — and the actions this officer may take in this status (the API's
 * allowedActions filtered by the officer's roles), each in its own dialog.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { availableForms } from '../lib/dossier.ts';
import type { Dossier } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StatusBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';
import { ActionDialog, type StepChoice } from './ActionDialog.tsx';
import { DossierMessages } from '../components/DossierMessages.tsx';
import { DeclarationSection } from '../components/DeclarationSection.tsx';
import { ClockSection, ComponentsSection, ControlLogSection, FeesSection, HistorySection, OwnerSection, Section } from './DossierSections.tsx';
import { LawClocksSection } from './LawClocksSection.tsx';
import { dueState } from './DueBadge.tsx';
import { hasRole, holdsRole, mayAct } from './roles.ts';
import { DigitisePanel } from './DigitisePanel.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { CashPayment } from './CashPayment.tsx';
import type { AgencyDetail, ControlLog, FeesView, OfficerDossier, TemplateStep } from './types.ts';
import { nodeOf } from './reception.ts';

function ReceivedForOtherSystem({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  const code = d.resolvingAgencyCode ?? '';
  const agency = useQuery({ queryKey: ['agency', code], enabled: !!code, queryFn: () => api<AgencyDetail>(`/api/v1/agencies/${code}`), staleTime: 600_000 });
  return (
    <Alert color="blue" variant="outline" title={t('o.cross.received')} data-testid="received-for-other">
      <Text size="sm">
        {t('o.cross.receivedText', { counter: d.receivedAtAgency?.name ?? '', agency: agency.data ? `${agency.data.name} (${code})` : code, node: d.nodeCode ?? '' })}
      </Text>
      <Text size="sm" fw={600}>
        {d.returnAtReception ? t('o.cross.returnHereYes') : t('o.cross.returnHereNo')}
      </Text>
    </Alert>
  );
}

/** Order of the action buttons: the usual next move first, closing moves last. */
const order = ['receive', 'start', 'forward', 'approve', 'record_result', 'return_result', 'request_supplement', 'supplement_received', 'request_payment', 'payment_fulfilled', 'return_to_step', 'apologize', 'hand_over_paper', 'refuse', 'withdraw', 'stop', 'recall'];
const closing = new Set(['refuse', 'withdraw', 'stop', 'recall']);

/** A step to move to, with the role and the agency code that perform it (for the assignee list). */
function stepChoice(key: string, byKey: Map<string, TemplateStep>, d: OfficerDossier | undefined, log: ControlLog | undefined): StepChoice {
  const s = byKey.get(key);
  // `receiving`: where the dossier was received (the agency of a step of that kind in the control log), else the resolving agency
  const received = log?.entries.find((e) => byKey.get(e.step)?.agency === 'receiving' && e.agency)?.agency?.code;
  const agencyCode = !s ? null : s.agency === 'resolving' ? (d?.resolvingAgencyCode ?? null) : s.agency === 'receiving' ? (received ?? d?.resolvingAgencyCode ?? null) : s.agency;
  return { key, name: s?.name ?? key, ...(s ? { role: s.role, agencyCode } : {}) };
}

export default function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const officer = useOfficer();
  const qc = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dossier = useQuery({ queryKey: ['o-dossier', id], queryFn: () => api<OfficerDossier>(`/api/v1/dossiers/${id}`), enabled: !!officer });
  const log = useQuery({ queryKey: ['o-control', id], queryFn: () => api<ControlLog>(`/api/v1/dossiers/${id}/control-log`), enabled: !!dossier.data });
  const fees = useQuery({ queryKey: ['o-fees', id], queryFn: () => api<FeesView>(`/api/v1/dossiers/${id}/fees`), enabled: !!dossier.data });
  const tpl = log.data?.template;
  const template = useQuery({
    queryKey: ['o-template', tpl?.code, tpl?.version],
    enabled: !!tpl,
    queryFn: () => api<{ steps: TemplateStep[] }>(`/api/v1/workflow-templates/${tpl!.code}/versions/${tpl!.version}`),
    staleTime: 600_000,
  });
  const d = dossier.data;
  usePageTitle(d ? t('dossier.title', { code: d.code ?? '' }) : t('common.loading'), !!dossier.error);

  const reload = async () => {
    await Promise.all(['o-dossier', 'o-control', 'o-fees'].map((k) => qc.invalidateQueries({ queryKey: [k, id] })));
    await qc.invalidateQueries({ queryKey: ['queue'] });
    await qc.invalidateQueries({ queryKey: ['queue-count'] });
  };

  const steps = template.data?.steps ?? [];
  const cur = log.data?.dossier.currentStep;
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const nextSteps: StepChoice[] = (cur ? (byKey.get(cur)?.next ?? []) : []).map((k) => stepChoice(k, byKey, d, log.data));
  const earlierSteps: StepChoice[] = [...new Map((log.data?.entries ?? []).filter((e) => e.step !== cur).map((e) => [e.step, { ...stepChoice(e.step, byKey, d, log.data), name: e.stepName }])).values()];

  // Received here for an agency of another system: this counter follows it and may only return the result.
  const foreign = !!d?.nodeCode && !!officer && !officer.grants.some((g) => nodeOf(g.agencyCode) === d.nodeCode);
  // Only what this officer may do now: the server's answer for this user, status and workflow step (issue 13.13).
  const actions = d && officer
    ? order.filter(
        (a) =>
          (d.myActions ?? []).includes(a) &&
          !(a === 'dispatch' && d.resolvingAgencyCode) &&
          !(a === 'hand_over_paper' && (!d.paperHandover || d.paperHandover.at)) &&
          (!foreign || (a === 'return_result' && d.returnAtReception)),
      )
    : [];
  const leaderMayApologise = !!d && !!officer && d.allowedActions.includes('apologize') && mayAct(officer, 'apologize', null);
  const soon = d ? dueState(d.status, d.dueAt) : 'none';

  return (
    <OfficerLayout>
      <Stack>
        <Anchor component={Link} to="/can-bo">
          ← {t('o.dos.backToQueue')}
        </Anchor>
        {dossier.error && <ErrorAlert error={dossier.error} />}
        {!d && !dossier.error && <Text role="status">{t('common.loading')}</Text>}
        {d && (
          <>
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={4}>
                <Title order={1} size="h2" className="break-words">
                  {d.code ? (
                    <>
                      {t('dossier.title', { code: '' }).trim()} <span className="code-mono">{d.code}</span>
                    </>
                  ) : (
                    t('dossier.titleNoCode')
                  )}
                </Title>
                <Text fw={600}>
                  {d.procedure.name} ({d.procedure.code})
                </Text>
                <Group gap="xs">
                  <StatusBadge status={d.status} />
                  <Text size="sm" c="#4a4f55">
                    {t('o.dos.version', { n: d.version })}
                  </Text>
                </Group>
              </Stack>
            </Group>
            <div aria-live="polite">
              {notice && (
                <Alert color="green" variant="outline" title={notice} withCloseButton onClose={() => setNotice(null)} closeButtonLabel={t('o.close')}>
                  {null}
                </Alert>
              )}
            </div>
            {leaderMayApologise && !d.apologized && (soon === 'soon' || soon === 'late') && (
              <Alert color="orange" variant="outline" title={`⏰ ${t('o.dos.dueSoonBanner')}`}>
                <Button size="compact-md" mt="xs" onClick={() => setAction('apologize')}>
                  {t('action.apologize')}
                </Button>
              </Alert>
            )}
            {foreign && <ReceivedForOtherSystem d={d} />}
            <Section title={t('o.dos.actions')}>
              {actions.length === 0 ? (
                <Text>{t('o.dos.noActions')}</Text>
              ) : (
                <Group gap="sm">
                  {actions.map((a) =>
                    a === 'apologize' && d.apologized ? null : (
                      <Button key={a} variant={closing.has(a) ? 'default' : a === actions[0] ? 'filled' : 'light'} onClick={() => setAction(a)}>
                        {t(`action.${a}` as MessageKey)}
                      </Button>
                    ),
                  )}
                </Group>
              )}
              {d.apologized && leaderMayApologise && (
                <Group gap="xs" mt="sm">
                  <Button disabled aria-describedby="apology-once">
                    {t('action.apologize')}
                  </Button>
                  <Text id="apology-once" size="sm">
                    {t('o.dos.apologyOnce')}
                  </Text>
                </Group>
              )}
            </Section>
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack>
                  <ResultsPanel
                    d={d}
                    onIssued={() => {
                      setNotice(t('o.res.issued'));
                      void reload();
                    }}
                    onReplaced={() => setNotice(t('o.res.replaced'))}
                  />
                  <DeclarationSection dossierId={d.id} canCorrect={[1, 2, 4, 5, 6].includes(d.status) && hasRole(officer, 'one_stop_officer', 'specialist', 'leader')} onCorrected={() => void reload()} />
                  <ComponentsSection d={d} />
                  {(d.status === 1 || d.status === 2) && hasRole(officer, 'one_stop_officer', 'leader') && <DigitisePanel d={d} />}
                  <ControlLogSection log={log.data} dossierId={d.id} />
                  <HistorySection d={d} />
                  <DossierMessages dossierId={d.id} framed />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack>
                  <ClockSection d={d} />
                  <LawClocksSection d={d} />
                  <OwnerSection d={d} />
                  <FeesSection fees={fees.data} />
                  {fees.data && fees.data.lines.length > 0 && !fees.data.paid && !fees.data.payments.some((p) => p.state === 'pending' || p.state === 'paid') && ![3, 7, 8].includes(d.status) && !foreign && holdsRole(officer, 'one_stop_officer') && (
                    <CashPayment
                      dossierId={d.id}
                      fees={fees.data}
                      onDone={() => {
                        setNotice(t('o.cash.done'));
                        void reload();
                      }}
                    />
                  )}
                  <Section title={t('dossier.documents')}>
                    <ul className="plain-list">
                      {availableForms(d as unknown as Dossier).map((f) => (
                        <li key={f}>
                          <Anchor href={`/api/v1/dossiers/${d.id}/forms/${f}.pdf`} target="_blank" rel="noopener">
                            {t(`form.${f}` as MessageKey)}
                          </Anchor>
                        </li>
                      ))}
                    </ul>
                  </Section>
                </Stack>
              </Grid.Col>
            </Grid>
            {action && (
              <ActionDialog
                key={action}
                dossier={d}
                action={action}
                nextSteps={nextSteps}
                earlierSteps={earlierSteps}
                fees={fees.data}
                onClose={() => setAction(null)}
                onDone={(next) => {
                  qc.setQueryData(['o-dossier', id], next);
                  setNotice(t('o.dos.actionDone', { action: t(`action.${action}` as MessageKey) }));
                  setAction(null);
                  void reload();
                }}
                onConflict={() => void reload()}
              />
            )}
          </>
        )}
      </Stack>
    </OfficerLayout>
  );
}
