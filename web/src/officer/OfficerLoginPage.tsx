/** Officer login: user name and password, and the TOTP code once the server asks for it. Fields keep their values. */
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { meKey } from '../api/session.ts';
import type { LoginResult } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout } from './OfficerLayout.tsx';
import { SystemsList } from './SystemsList.tsx';
import { useNodeRole } from '../api/node.ts';

/** On a portal-only node: where the officers of each connected system log in (the public directory). */
function OtherSystems() {
  const { t } = useI18n();
  const node = useNodeRole();
  if (node.data?.role !== 'national') return null;
  return (
    <Alert color="blue" variant="light" title={t('officer.portalOnly')} data-testid="other-systems">
      <SystemsList path="/can-bo/dang-nhap" />
    </Alert>
  );
}

export default function OfficerLoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const qc = useQueryClient();
  const node = useNodeRole();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [missing, setMissing] = useState(false);
  const userRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationFn: () =>
      api<LoginResult>('/api/v1/auth/login', {
        method: 'POST',
        body: {
          username: username.trim(),
          password,
          ...(askTotp && totp ? { totp: totp.replace(/\s+/g, '') } : {}),
        },
      }),
    onSuccess: async (r) => {
      qc.setQueryData(meKey, r.principal);
      await qc.invalidateQueries({ queryKey: meKey });
      // Back where the officer was going; an administrator or operator without dossier roles starts in administration.
      const to = params.get('tiep');
      // On the portal there is no dossier work: everyone starts in administration.
      const adminOnly =
        node.data?.role === 'national' ||
        (r.principal.kind === 'officer' && r.principal.grants.every((g) => g.role === 'agency_admin' || g.role === 'national_operator'));
      void navigate(
        to && to.startsWith('/') && !to.startsWith('//') ? to : adminOnly ? '/quan-tri' : '/can-bo',
        { replace: true },
      );
    },
    onError: (e) => {
      if (e instanceof ApiError && ['totp-required', 'totp-invalid', 'totp-reused'].includes(e.code))
        setAskTotp(true);
    },
  });
  usePageTitle(t('officer.loginTitle'), missing || !!login.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = !username.trim() || !password;
    setMissing(bad);
    if (bad) {
      userRef.current?.focus();
      return;
    }
    login.mutate();
  };

  return (
    <OfficerLayout guard={false}>
      <Paper withBorder p="lg" maw={460} mx="auto" mt="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('officer.loginTitle')}
            </Title>
            <OtherSystems />
            {login.error && !(login.error instanceof ApiError && login.error.code === 'totp-required') && (
              <ErrorAlert error={login.error} />
            )}
            <TextInput
              ref={userRef}
              label={t('officer.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="none"
              maxLength={64}
              error={missing && !username.trim() ? t('officer.required') : undefined}
            />
            <PasswordInput
              label={t('officer.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              maxLength={200}
              error={missing && !password ? t('officer.required') : undefined}
            />
            {askTotp && (
              <TextInput
                label={t('officer.totp')}
                description={t('officer.totpHint')}
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={10}
                autoFocus
              />
            )}
            <Button type="submit" loading={login.isPending}>
              {t('officer.loginButton')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </OfficerLayout>
  );
}
