/** Chrome of the officer workspace: skip link, a compact header with the officer's name and log out. */
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Button, Container, Group, Text } from '@mantine/core';
import { useLogout, useSession } from '../api/session.ts';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';

export function OfficerLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const officer = session.data?.kind === 'officer' ? session.data : null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header style={{ background: '#1d2a3a', color: '#fff' }}>
        <div className="dev-banner">{t('app.devBanner')}</div>
        <Container size="xl" py="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/can-bo" c="white" fw={700} underline="never">
              {t('app.name')} · {t('nav.officer')}
            </Anchor>
            <Group gap="sm" wrap="wrap">
              {officer && (
                <>
                  <Text c="white" size="sm">
                    {officer.name} ({officer.username})
                  </Text>
                  <Button size="compact-sm" variant="white" c="#1d2a3a" onClick={() => void logout().then(() => navigate('/can-bo/dang-nhap'))}>
                    {t('account.logout')}
                  </Button>
                </>
              )}
              <LanguageSwitch dark />
            </Group>
          </Group>
        </Container>
      </header>
      <main id="main" tabIndex={-1}>
        <Container size="xl" py="md">
          {children}
        </Container>
      </main>
    </>
  );
}
