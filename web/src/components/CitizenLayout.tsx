/** Page chrome of the citizen portal: skip link, header with navigation and language, main, footer with help. */
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Anchor, Center, Container, Group, Loader, Text } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../api/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useNodeRole } from '../api/node.ts';

export function CitizenLayout() {
  const { t } = useI18n();
  const session = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, move focus to the new page (screen readers announce it) and scroll up.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [pathname]);
  const citizen = session.data && session.data.kind !== 'officer' ? session.data : null;
  // In a federation each node says which system it is; a ministry's or province's system links to the portal.
  const node = useNodeRole();
  const system = node.data && node.data.role !== 'all' ? node.data : undefined;
  const portalUrl = system?.role === 'local' ? system.nationalUrl : undefined;
  const navLink = ({ isActive }: { isActive: boolean }) => ({
    color: '#fff',
    fontWeight: isActive ? 700 : 500,
    textDecoration: isActive ? 'underline' : 'none',
    textUnderlineOffset: 4,
    padding: '10px 4px',
    display: 'inline-block',
  });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="dev-banner">{t('app.devBanner')}</div>
        <Container size="lg" py="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/" c="white" underline="never" py={6}>
              <Text span fw={700} fz="lg" c="white" display="block">
                {t('app.name')}
              </Text>
              {system && (
                <Text span fz="sm" c="white" display="block" data-testid="system-name">
                  {system.name}
                </Text>
              )}
            </Anchor>
            <LanguageSwitch dark />
          </Group>
          <nav aria-label={t('nav.main')}>
            <Group gap="md" style={{ rowGap: 0 }} wrap="wrap">
              <NavLink to="/" end style={navLink}>
                {t('nav.home')}
              </NavLink>
              <NavLink to="/tra-cuu" style={navLink}>
                {t('nav.tracking')}
              </NavLink>
              <NavLink to="/ho-so-cua-toi" style={navLink}>
                {t('nav.myDossiers')}
              </NavLink>
              {citizen &&
                (portalUrl ? (
                  <a href={`${portalUrl}/kho-du-lieu`} style={navLink({ isActive: false })}>
                    {t('nav.warehouse')}
                  </a>
                ) : (
                  <NavLink to="/kho-du-lieu" style={navLink}>
                    {t('nav.warehouse')}
                  </NavLink>
                ))}
              <NavLink to="/xac-thuc" style={navLink}>
                {t('nav.verify')}
              </NavLink>
              {portalUrl ? (
                <a href={`${portalUrl}/chi-so-phuc-vu`} style={navLink({ isActive: false })}>
                  {t('nav.index')}
                </a>
              ) : (
                <NavLink to="/chi-so-phuc-vu" style={navLink}>
                  {t('nav.index')}
                </NavLink>
              )}
              {citizen ? (
                <NavLink to="/tai-khoan" style={navLink}>
                  {citizen.name}
                </NavLink>
              ) : (
                <NavLink to="/dang-nhap" style={navLink}>
                  {t('nav.login')}
                </NavLink>
              )}
            </Group>
          </nav>
        </Container>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Container size="lg" py="lg" px="md">
          <Suspense
            fallback={
              <Center py="xl" role="status">
                <Loader aria-label={t('common.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </Container>
      </main>
      <footer style={{ borderTop: '1px solid #c9ccd1', background: '#fff' }}>
        <Container size="lg" py="md">
          <Text size="sm">{t('footer.help')}</Text>
          <Group gap="md" mt="xs">
            <Anchor component={Link} to="/kiem-tra-tin-nhan" size="sm" fw={700} data-testid="footer-check-message">
              {t('nav.checkMessage')}
            </Anchor>
            <Anchor component={Link} to="/can-bo" size="sm">
              {t('nav.officer')}
            </Anchor>
            {portalUrl && (
              <Anchor href={portalUrl} size="sm">
                {t('nav.portal')}
              </Anchor>
            )}
            <Text size="sm" c="#4a4f55">
              {t('footer.note')}
            </Text>
          </Group>
        </Container>
      </footer>
    </>
  );
}
