/**
 * Administration of one procedure: its versions (draft, published, retired), a new draft from the latest version,
 * the draft editor, publishing from a date, and retiring a published version after typing the code to confirm.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDate, formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from '../officer/OfficerLayout.tsx';
import { OfferingsPanel } from './OfferingsPanel.tsx';
import { AdminNav } from './AdminNav.tsx';
import { ProcedureEditor, type Version } from './ProcedureEditor.tsx';
import { Scroll } from '../officer/Scroll.tsx';
import { VnDateInput } from '../components/VnDateInput.tsx';

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function StatusTag({ status }: { status: Version['status'] }) {
  const { t } = useI18n();
  const c = status === 'draft' ? ['#fff3e0', '#7a3300'] : status === 'published' ? ['#e8f5e9', '#1b5e20'] : ['#f1f3f5', '#2b3035'];
  return (
    <Badge radius="sm" styles={{ root: { background: c[0], color: c[1], textTransform: 'none', border: `1px solid ${c[1]}` }, label: { color: c[1] } }}>
      {t(`o.adm.status.${status}` as MessageKey)}
    </Badge>
  );
}

export default function ProcedurePage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [from, setFrom] = useState(vnToday());
  const [retiring, setRetiring] = useState(false);
  const [confirm, setConfirm] = useState('');
  const versions = useQuery({ queryKey: ['adm-versions', code], queryFn: () => api<{ items: Version[] }>(`/api/v1/procedures/${code}/versions`) });
  const list = versions.data?.items ?? [];
  const current = list.find((v) => v.id === selected) ?? list[0];
  usePageTitle(current ? `${current.name} – ${t('o.adm.procedures')}` : t('o.adm.procedures'), !!versions.error);
  const refresh = () => qc.invalidateQueries({ queryKey: ['adm-versions', code] });
  const draft = useMutation({
    mutationFn: () => api<Version>(`/api/v1/procedures/${code}/versions`, { method: 'POST' }),
    onSuccess: async (v) => {
      setSelected(v.id);
      await refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => api<Version>(`/api/v1/procedures/${code}/versions/${current!.id}/publish`, { method: 'POST', body: { effectiveFrom: from } }),
    onSuccess: async () => {
      setPublishing(false);
      await refresh();
    },
  });
  const retire = useMutation({
    mutationFn: () => api<Version>(`/api/v1/procedures/${code}/versions/${current!.id}/retire`, { method: 'POST' }),
    onSuccess: async () => {
      setRetiring(false);
      setConfirm('');
      await refresh();
    },
  });
  const hasDraft = list.some((v) => v.status === 'draft');
  const officer = useOfficer();
  // Who may change the content: the national operator, or an administrator of one of its competent agencies (the
  // server's rule); anyone else gets what they can do instead (issue 13.14).
  const competent = current?.agencyCodes ?? [];
  const mayEdit = !!officer?.grants.some((g) => g.role === 'national_operator' || (g.role === 'agency_admin' && competent.includes(g.agencyCode)));
  return (
    <OfficerLayout>
      <Stack>
        <AdminNav />
        <Anchor component={Link} to="/quan-tri">
          ← {t('o.adm.backToProcedures')}
        </Anchor>
        {versions.error && <ErrorAlert error={versions.error} />}
        {current && (
          <>
            <Title order={1} size="h2">
              {current.name} <span className="code-mono">({code})</span>
            </Title>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('o.adm.versions')}
              </Title>
              <Scroll minWidth={560} label={t('o.scrollTable')}>
                <Table withTableBorder>
                  <Table.Caption>{t('o.adm.versionsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('o.adm.version')}</Table.Th>
                      <Table.Th scope="col">{t('my.status')}</Table.Th>
                      <Table.Th scope="col">{t('o.adm.effective')}</Table.Th>
                      <Table.Th scope="col">{t('o.adm.open')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((v) => (
                      <Table.Tr key={v.id} aria-current={v.id === current.id ? 'true' : undefined} style={v.id === current.id ? { background: '#eef3fb' } : undefined}>
                        <Table.Td>{v.version}</Table.Td>
                        <Table.Td>
                          <StatusTag status={v.status} />
                        </Table.Td>
                        <Table.Td>
                          {v.effectiveFrom ? formatDate(v.effectiveFrom) : '—'}
                          {v.effectiveTo ? ` → ${formatDate(v.effectiveTo)}` : ''}
                        </Table.Td>
                        <Table.Td>
                          <Button size="compact-sm" variant="default" onClick={() => setSelected(v.id)} disabled={v.id === current.id}>
                            {t('o.adm.showVersion', { n: v.version })}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Scroll>
              {mayEdit && <Group mt="sm">
                {!hasDraft && (
                  <Button onClick={() => draft.mutate()} loading={draft.isPending}>
                    {t('o.adm.newDraft')}
                  </Button>
                )}
                {current.status === 'draft' && (
                  <Button onClick={() => setPublishing(true)} color="#1b5e20">
                    {t('o.adm.publish')}
                  </Button>
                )}
                {current.status === 'published' && (
                  <Button variant="default" onClick={() => setRetiring(true)}>
                    {t('o.adm.retire')}
                  </Button>
                )}
              </Group>}
              {draft.error && <ErrorAlert error={draft.error} />}
              {(publish.isSuccess || retire.isSuccess) && (
                <Text role="status" c="#1b5e20" fw={600} mt="xs">
                  ✓ {publish.isSuccess ? t('o.adm.published') : t('o.adm.retired')}
                </Text>
              )}
            </Paper>
            {!mayEdit && officer && <OfferingsPanel officer={officer} code={code} competent={competent} />}
            {current.status === 'draft' && mayEdit ? (
              <ProcedureEditor key={current.id} version={current} onSaved={(v) => qc.setQueryData(['adm-versions', code], { items: list.map((x) => (x.id === v.id ? v : x)) })} />
            ) : (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('o.adm.readOnly', { n: current.version })}
                </Title>
                <Text>
                  {t('proc.onlineLevel')}: {t(`online.${current.onlineLevel}`)}
                </Text>
                <Text>
                  {t('proc.timeCounter')}: {current.processing.counter ? `${current.processing.counter.duration} ${t(`unit.${current.processing.counter.unit}`)}` : '—'}
                </Text>
                <Text>
                  {t('proc.fees')}: {current.fees.length ? current.fees.map((f) => `${f.description} ${formatMoney(f.amount, lang)}`).join('; ') : t('proc.noFee')}
                </Text>
              </Paper>
            )}
          </>
        )}
      </Stack>
      <Modal opened={publishing} onClose={() => setPublishing(false)} title={t('o.adm.publish')} closeButtonProps={{ 'aria-label': t('o.close') }}>
        <Stack>
          {publish.error && <ErrorAlert error={publish.error} />}
          <Text size="sm">{t('o.adm.publishHelp')}</Text>
          <VnDateInput label={t('o.adm.effectiveFrom')} value={from} onChange={setFrom} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPublishing(false)}>
              {t('o.cancel')}
            </Button>
            <Button onClick={() => publish.mutate()} loading={publish.isPending}>
              {t('o.adm.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={retiring} onClose={() => setRetiring(false)} title={t('o.adm.retire')} closeButtonProps={{ 'aria-label': t('o.close') }}>
        <Stack>
          {retire.error && <ErrorAlert error={retire.error} />}
          <Text size="sm">{t('o.adm.retireHelp', { code })}</Text>
          <TextInput label={t('o.adm.typeCode', { code })} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} maxLength={20} autoComplete="off" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRetiring(false)}>
              {t('o.cancel')}
            </Button>
            <Button color="gov" onClick={() => retire.mutate()} disabled={confirm.trim() !== code} loading={retire.isPending}>
              {t('o.adm.retireConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </OfficerLayout>
  );
}
