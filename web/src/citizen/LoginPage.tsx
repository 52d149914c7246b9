/** Citizen login: through the national e-ID (OIDC, the provider's own page), or the demo quick login. */
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { meKey, rememberReturn, useSession } from '../api/session.ts';
import type { LoginResult } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

interface WebSettings {
  demoMode: boolean;
  demoAccounts: { kind: 'citizen' | 'organisation'; loginId: string; name: string }[];
}

export default function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const next = params.get('tiep');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/ho-so-cua-toi';
  const navigate = useNavigate();
  const qc = useQueryClient();
  const session = useSession();
  const settings = useQuery({ queryKey: ['web-settings'], queryFn: () => api<WebSettings>('/api/v1/web/settings'), staleTime: Infinity });
  const demo = useMutation({
    mutationFn: (a: WebSettings['demoAccounts'][number]) =>
      api<LoginResult>('/api/v1/auth/demo-login', { method: 'POST', body: a.kind === 'citizen' ? { personalId: a.loginId } : { taxCode: a.loginId } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meKey });
      void navigate(target, { replace: true });
    },
  });
  usePageTitle(t('login.title'), !!demo.error);
  const me = session.data && session.data.kind !== 'officer' ? session.data : null;

  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('login.title')}</Title>
      <Text>{t('login.why')}</Text>
      {me && (
        <Text>
          <Anchor component={Link} to="/tai-khoan">
            {me.name}
          </Anchor>
        </Text>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Button component="a" href="/auth/eid/login" size="lg" onClick={() => rememberReturn(target)} styles={{ label: { whiteSpace: 'normal' } }} h="auto" mih={48} py={8}>
            {t('login.eid')}
          </Button>
          <Text size="sm">{t('login.eidHint')}</Text>
        </Stack>
      </Paper>
      {settings.data?.demoMode && (
        <section aria-labelledby="demo-heading">
          <Title order={2} size="h3" id="demo-heading">
            {t('login.demo')}
          </Title>
          <Text size="sm" mb="sm">
            {t('login.demoHint')}
          </Text>
          {demo.error && <ErrorAlert error={demo.error} />}
          <Stack gap="xs">
            {settings.data.demoAccounts.map((a) => (
              <Button
                key={a.loginId}
                variant="default"
                justify="flex-start"
                h="auto"
                mih={44}
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                loading={demo.isPending && demo.variables?.loginId === a.loginId}
                onClick={() => demo.mutate(a)}
              >
                {a.name} ({a.loginId})
              </Button>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
