/** My account: name, masked personal ID / tax code, e-ID level; log out. */
import { Navigate, useNavigate } from 'react-router';
import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useLogout, useSession } from '../api/session.ts';
import type { Account } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDate, maskId } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

export default function AccountPage() {
  const { t } = useI18n();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const isCitizen = !!session.data && session.data.kind !== 'officer';
  const account = useQuery({ queryKey: ['account'], enabled: isCitizen, queryFn: () => api<Account>('/api/v1/accounts/me') });
  usePageTitle(t('account.title'), !!account.error);

  if (session.isPending) return <Text role="status">{t('common.loading')}</Text>;
  if (!isCitizen) return <Navigate to="/dang-nhap?tiep=%2Ftai-khoan" replace />;
  const a = account.data;
  const rows: [string, string][] = a
    ? [
        [t('account.name'), a.name],
        a.personalId ? [t('account.personalId'), maskId(a.personalId)] : [t('account.taxCode'), maskId(a.taxCode ?? '')],
        ...(a.birthDate ? [[t('account.birthDate'), formatDate(a.birthDate)] as [string, string]] : []),
        [t('account.loa'), t('account.loaValue', { n: a.loa })],
      ]
    : [];
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('account.title')}</Title>
      {account.error && <ErrorAlert error={account.error} />}
      {a && (
        <Paper withBorder p="md">
          <Table>
            <Table.Tbody>
              {rows.map(([k, v]) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row" w="45%">
                    {k}
                  </Table.Th>
                  <Table.Td data-testid={k === t('account.personalId') ? 'personal-id' : undefined}>{v}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="#4a4f55" mt="xs">
            {t('account.source')}
          </Text>
        </Paper>
      )}
      <div>
        <Button
          variant="outline"
          onClick={() => {
            void logout().then(() => navigate('/', { replace: true }));
          }}
        >
          {t('account.logout')}
        </Button>
      </div>
    </Stack>
  );
}
