/**
 * What an agency administrator of a province or ministry does with a national procedure they cannot edit
 * (issue 13.14): its content is managed on the national portal; here they choose which of their agencies
 * competent for it receive it (the local offering), and go on to staff those agencies.
 */
import { Link } from 'react-router';
import { Alert, Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Scroll } from '../officer/Scroll.tsx';
import type { Officer } from '../officer/types.ts';
import { ComponentTypesPanel } from './ComponentTypesPanel.tsx';

interface AgencyRow {
  code: string;
  name: string;
}

/** The administrator's agencies (and those below them) that the procedure names as competent. */
function useCompetentAgencies(officer: Officer, competent: readonly string[]) {
  const nodes = [...new Set(officer.grants.filter((g) => g.role === 'agency_admin').map((g) => g.agencyCode.slice(-3)))];
  const lists = useQueries({
    queries: nodes.map((node) => ({
      queryKey: ['adm-agencies', node],
      queryFn: () => api<{ items: AgencyRow[] }>(`/api/v1/agencies?node=${node}&limit=200`),
      staleTime: 300_000,
    })),
  });
  return lists.flatMap((l) => l.data?.items ?? []).filter((a) => competent.includes(a.code));
}

export function OfferingsPanel({ officer, code, competent }: { officer: Officer; code: string; competent: readonly string[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const agencies = useCompetentAgencies(officer, competent);
  const offered = useQuery({
    queryKey: ['adm-offered', code, agencies.map((a) => a.code).join(',')],
    enabled: agencies.length > 0,
    queryFn: async () => {
      const out = new Set<string>();
      for (const a of agencies) {
        const r = await api<{ items: { procedureCode: string }[] }>(`/api/v1/local/agencies/${a.code}/procedures`);
        if (r.items.some((o) => o.procedureCode === code)) out.add(a.code);
      }
      return out;
    },
  });
  const toggle = useMutation({
    mutationFn: ({ agency, offer }: { agency: string; offer: boolean }) =>
      offer
        ? api(`/api/v1/local/agencies/${agency}/procedures`, { method: 'POST', body: { procedureCode: code } })
        : api(`/api/v1/local/agencies/${agency}/procedures/${code}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['adm-offered', code] }),
  });
  return (
    <>
      <Paper withBorder p="md" data-testid="offerings-panel">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('o.adm.offer.title')}
          </Title>
          <Alert color="blue" variant="outline" title={t('o.adm.offer.managedNationally')}>
            {t('o.adm.offer.explain')}
          </Alert>
          {toggle.error && <ErrorAlert error={toggle.error} />}
          {offered.error && <ErrorAlert error={offered.error} />}
          {agencies.length === 0 ? (
            <Text>{t('o.adm.offer.noneOfYours')}</Text>
          ) : (
            <Scroll minWidth={520} label={t('o.scrollTable')}>
              <Table withTableBorder>
                <Table.Caption>{t('o.adm.offer.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('o.adm.agency')}</Table.Th>
                    <Table.Th scope="col">{t('o.adm.offer.state')}</Table.Th>
                    <Table.Th scope="col">{t('o.adm.offer.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {agencies.map((a) => {
                    const on = offered.data?.has(a.code) ?? false;
                    return (
                      <Table.Tr key={a.code}>
                        <Table.Td>
                          {a.name} <span className="code-mono">({a.code})</span>
                        </Table.Td>
                        <Table.Td>{offered.data ? (on ? `✓ ${t('o.adm.offer.on')}` : `— ${t('o.adm.offer.off')}`) : t('common.loading')}</Table.Td>
                        <Table.Td>
                          <Button size="compact-sm" variant={on ? 'default' : 'filled'} disabled={!offered.data} loading={toggle.isPending && toggle.variables?.agency === a.code} onClick={() => toggle.mutate({ agency: a.code, offer: !on })}>
                            {on ? t('o.adm.offer.stop') : t('o.adm.offer.start')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Scroll>
          )}
          <Anchor component={Link} to="/quan-tri/co-quan">
            {t('o.adm.offer.staff')}
          </Anchor>
        </Stack>
      </Paper>
      <ComponentTypesPanel code={code} agencies={agencies} />
    </>
  );
}
