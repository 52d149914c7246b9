/** Administration: find a procedure of the catalogue (diacritics optional) to manage its versions. */
import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { ProcedureHit } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OnlineBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout } from '../officer/OfficerLayout.tsx';
import { AdminNav } from './AdminNav.tsx';
import { Scroll } from '../officer/Scroll.tsx';

export default function ProceduresPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const list = useQuery({
    queryKey: ['adm-procs', q],
    queryFn: () => api<{ items: ProcedureHit[]; total: number }>(`/api/v1/procedures?${new URLSearchParams({ limit: '50', ...(q ? { q } : {}) })}`),
    placeholderData: (prev) => prev,
  });
  usePageTitle(t('o.adm.procedures'));
  return (
    <OfficerLayout>
      <Stack>
        <AdminNav />
        <Title order={1} size="h2">
          {t('o.adm.procedures')}
        </Title>
        <TextInput label={t('home.searchLabel')} description={t('home.searchHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maxLength={200} w={{ base: '100%', sm: 480 }} />
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && (
          <Scroll minWidth={640} label={t('o.scrollTable')}>
            <Table striped withTableBorder>
              <Table.Caption>{t('o.adm.procCaption', { n: list.data.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('proc.code')}</Table.Th>
                  <Table.Th scope="col">{t('my.procedure')}</Table.Th>
                  <Table.Th scope="col">{t('proc.sector')}</Table.Th>
                  <Table.Th scope="col">{t('proc.onlineLevel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.code}>
                    <Table.Td className="code-mono">{p.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/quan-tri/thu-tuc/${p.code}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.sectorName}</Table.Td>
                    <Table.Td>
                      <OnlineBadge level={p.onlineLevel} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
        {list.data && !list.data.items.length && <Text>{t('home.noResults')}</Text>}
      </Stack>
    </OfficerLayout>
  );
}
