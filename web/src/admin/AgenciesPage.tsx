/**
 * Agencies, their one-stop units and officers with their roles: pick an agency of your node, see its place in the
 * hierarchy and its one-stop units, list its officers, grant or revoke a role, create an officer.
 */
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, PasswordInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from '../officer/OfficerLayout.tsx';
import { AdminNav } from './AdminNav.tsx';
import { Scroll } from '../officer/Scroll.tsx';

interface AgencyRow {
  code: string;
  name: string;
  level: number;
  kind: string;
  nodeCode: string;
  parentCode: string | null;
}
interface AgencyFull extends AgencyRow {
  ancestors: { code: string; name: string }[];
  children: { code: string; name: string }[];
  oneStopUnits: { code: string; name: string; address: string }[];
}
interface OfficerRow {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  grants: { role: string; agencyCode: string }[];
}

const roles = ['one_stop_officer', 'specialist', 'leader', 'agency_admin'] as const;

function Officers({ agency }: { agency: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [grantTo, setGrantTo] = useState('');
  const [grantRole, setGrantRole] = useState<string>('specialist');
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string>('specialist');
  const list = useQuery({ queryKey: ['adm-officers', agency], queryFn: () => api<{ items: OfficerRow[] }>(`/api/v1/officers?agency=${agency}`) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['adm-officers', agency] });
  const grant = useMutation({
    mutationFn: (p: { id: string; role: string; revoke?: boolean }) =>
      api(`/api/v1/officers/${p.id}/roles${p.revoke ? '/revoke' : ''}`, { method: 'POST', body: { role: p.role, agencyCode: agency } }),
    onSuccess: refresh,
  });
  const create = useMutation({
    mutationFn: () =>
      api('/api/v1/officers', { method: 'POST', body: { username: username.trim(), fullName: fullName.trim().normalize('NFC'), password, roles: [{ role, agencyCode: agency }] } }),
    onSuccess: async () => {
      setUsername('');
      setFullName('');
      setPassword('');
      await refresh();
    },
  });
  const submitCreate = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('o.adm.officers')}
      </Title>
      {list.error && <ErrorAlert error={list.error} />}
      {grant.error && <ErrorAlert error={grant.error} />}
      {list.data && (
        <Scroll minWidth={560} label={t('o.scrollTable')}>
          <Table withTableBorder striped>
            <Table.Caption>{t('o.adm.officersCaption', { agency })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('officer.username')}</Table.Th>
                <Table.Th scope="col">{t('account.name')}</Table.Th>
                <Table.Th scope="col">{t('o.adm.roles')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td className="code-mono">{o.username}</Table.Td>
                  <Table.Td>
                    {o.fullName}
                    {!o.active && ` (${t('o.adm.inactive')})`}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {o.grants
                        .filter((g) => g.agencyCode === agency)
                        .map((g) => (
                          <Group key={g.role} gap="xs">
                            <span>{t(`o.role.${g.role}` as MessageKey)}</span>
                            <Button size="compact-xs" variant="default" onClick={() => grant.mutate({ id: o.id, role: g.role, revoke: true })}>
                              {t('o.adm.revoke', { role: t(`o.role.${g.role}` as MessageKey) })}
                            </Button>
                          </Group>
                        ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      )}
      {list.data && list.data.items.length > 0 && (
        <Group align="flex-end" mt="sm" wrap="wrap">
          <NativeSelect label={t('o.adm.grantTo')} value={grantTo} onChange={(e) => setGrantTo(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...list.data.items.map((o) => ({ value: o.id, label: `${o.fullName} (${o.username})` }))]} />
          <NativeSelect label={t('o.adm.role')} value={grantRole} onChange={(e) => setGrantRole(e.currentTarget.value)} data={roles.map((r) => ({ value: r, label: t(`o.role.${r}` as MessageKey) }))} />
          <Button variant="light" disabled={!grantTo} onClick={() => grant.mutate({ id: grantTo, role: grantRole })}>
            {t('o.adm.grant')}
          </Button>
        </Group>
      )}
      <form onSubmit={submitCreate} noValidate>
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('o.adm.newOfficer')}
        </Title>
        {create.error && <ErrorAlert error={create.error} />}
        {create.isSuccess && (
          <Text role="status" c="#1b5e20" fw={600}>
            ✓ {t('o.adm.officerCreated')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label={t('officer.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} maxLength={64} autoComplete="off" spellCheck={false} />
          <TextInput label={t('account.name')} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} maxLength={200} autoComplete="off" />
          <PasswordInput label={t('officer.password')} description={t('o.adm.passwordHint')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} maxLength={200} autoComplete="new-password" />
          <NativeSelect label={t('o.adm.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} data={roles.map((r) => ({ value: r, label: t(`o.role.${r}` as MessageKey) }))} />
        </SimpleGrid>
        <Button type="submit" mt="sm" loading={create.isPending}>
          {t('o.adm.createOfficer')}
        </Button>
      </form>
    </Paper>
  );
}

export default function AgenciesPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const national = !!officer?.grants.some((g) => g.role === 'national_operator');
  const ownNodes = [...new Set(officer?.grants.map((g) => g.agencyCode.slice(-3)) ?? [])];
  const nodes = national ? ['H56', 'H49', 'G15', ...ownNodes.filter((n) => !['H56', 'H49', 'G15'].includes(n))] : ownNodes;
  // The session may still be loading on a direct visit: the node follows the first of the officer's once known
  // (a state initialised from it would stay empty, issue 13.14).
  const [chosenNode, setNode] = useState('');
  const node = chosenNode && nodes.includes(chosenNode) ? chosenNode : (nodes[0] ?? '');
  const [agency, setAgency] = useState('');
  const list = useQuery({ queryKey: ['adm-agencies', node], enabled: !!node, queryFn: () => api<{ items: AgencyRow[] }>(`/api/v1/agencies?node=${node}&limit=200`) });
  const detail = useQuery({ queryKey: ['adm-agency', agency], enabled: !!agency, queryFn: () => api<AgencyFull>(`/api/v1/agencies/${agency}`) });
  usePageTitle(t('o.adm.agencies'), !!list.error);
  return (
    <OfficerLayout>
      <Stack>
        <AdminNav />
        <Title order={1} size="h2">
          {t('o.adm.agencies')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          {nodes.length > 1 && <NativeSelect label={t('o.adm.node')} value={node} onChange={(e) => { setNode(e.currentTarget.value); setAgency(''); }} data={nodes} />}
          <NativeSelect
            label={t('o.adm.agency')}
            value={agency}
            onChange={(e) => setAgency(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...(list.data?.items ?? []).map((a) => ({ value: a.code, label: `${'  '.repeat(a.level - 1)}${a.name} (${a.code})` }))]}
            w={{ base: '100%', sm: 520 }}
          />
        </Group>
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && <Text size="sm">{t('o.adm.agencyCount', { n: list.data.items.length, node })}</Text>}
        {detail.error && <ErrorAlert error={detail.error} />}
        {detail.data && (
          <>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {detail.data.name}
              </Title>
              <Facts
                items={[
                  [t('o.adm.code'), <span className="code-mono" key="c">{detail.data.code}</span>],
                  [t('o.adm.parent'), detail.data.ancestors.map((a) => a.name).join(' › ') || '—'],
                  [t('o.adm.children'), detail.data.children.map((c) => c.name).join('; ') || t('common.none')],
                  [t('o.adm.oneStopUnits'), detail.data.oneStopUnits.map((u) => `${u.name} (${u.code})`).join('; ') || t('common.none')],
                ]}
              />
            </Paper>
            <Officers agency={agency} />
          </>
        )}
      </Stack>
    </OfficerLayout>
  );
}
