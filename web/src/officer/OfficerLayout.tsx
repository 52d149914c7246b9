/**
 * Chrome of the officer workspace and administration: skip link, a compact header with the officer's name, their
 * agency and log out, and the workspace navigation. Pages that need a logged-in officer get it from `useOfficer`;
 * anyone else is sent to the officer login, which brings them back.
 */
import './messages.ts';
import '../monitoring/messages.ts';
import './officer.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, Navigate, NavLink, useLocation, useNavigate } from 'react-router';
import { Anchor, Button, Center, Container, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useLogout, useSession } from '../api/session.ts';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { hasRole } from './roles.ts';
import { formatDateTime } from '../lib/format.ts';
import { useNodeRole } from '../api/node.ts';
import type { AgencyDetail, Officer } from './types.ts';

export function useOfficer(): Officer | null {
  const session = useSession();
  return session.data?.kind === 'officer' ? session.data : null;
}

function AgencyName({ code }: { code: string }) {
  const a = useQuery({ queryKey: ['agency', code], queryFn: () => api<AgencyDetail>(`/api/v1/agencies/${code}`), staleTime: 600_000 });
  return <>{a.data ? `${a.data.name} (${code})` : code}</>;
}

function Nav({ officer }: { officer: Officer }) {
  const { t } = useI18n();
  const style = ({ isActive }: { isActive: boolean }) => ({
    color: '#fff',
    fontWeight: isActive ? 700 : 500,
    textDecoration: isActive ? 'underline' : 'none',
    textUnderlineOffset: 4,
    padding: '8px 4px',
    display: 'inline-block',
  });
  // Dossier work is on a ministry's or province's system; the portal only hosts administration.
  const node = useNodeRole();
  const works = node.data?.role !== 'national' && hasRole(officer, 'one_stop_officer', 'specialist', 'leader');
  return (
    <nav aria-label={t('o.nav')}>
      <Group gap="md" style={{ rowGap: 0 }} wrap="wrap">
        {works && (
          <NavLink to="/can-bo" end style={style}>
            {t('o.nav.queues')}
          </NavLink>
        )}
        {works && hasRole(officer, 'one_stop_officer', 'leader') && (
          <NavLink to="/can-bo/tiep-nhan" style={style}>
            {t('o.nav.reception')}
          </NavLink>
        )}
        {node.data?.role === 'local' && hasRole(officer, 'one_stop_officer') && (
          <NavLink to="/can-bo/chuyen-he-thong" style={style}>
            {t('o.nav.forwarded')}
          </NavLink>
        )}
        {/* the counter's register of dossiers (Form 07) */}
        {works && hasRole(officer, 'one_stop_officer', 'leader') && (
          <NavLink to="/can-bo/so-theo-doi" style={style}>
            {t('o.nav.register')}
          </NavLink>
        )}
        {/* figures only: an administrator sees its agencies' dashboard without reading dossiers */}
        {node.data?.role !== 'national' && (works || hasRole(officer, 'agency_admin')) && (
          <NavLink to="/can-bo/thong-ke" style={style}>
            {t('o.nav.dashboard')}
          </NavLink>
        )}
        {/* monitoring (Decision 766 index, late and at-risk lists) and the II.06a report: figures only, too */}
        {node.data?.role !== 'national' && (works || hasRole(officer, 'agency_admin')) && (
          <NavLink to="/can-bo/giam-sat" style={style}>
            {t('o.nav.monitoring')}
          </NavLink>
        )}
        {node.data?.role !== 'national' && (works || hasRole(officer, 'agency_admin')) && (
          <NavLink to="/can-bo/bao-cao-06a" style={style}>
            {t('o.nav.ii06a')}
          </NavLink>
        )}
        {hasRole(officer, 'agency_admin') && (
          <NavLink to="/quan-tri" style={style}>
            {t('o.nav.admin')}
          </NavLink>
        )}
      </Group>
    </nav>
  );
}

/** `guard`: the page needs a logged-in officer (the login page itself does not). */
export function OfficerLayout({ children, guard = true }: { children: ReactNode; guard?: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const officer = useOfficer();
  const node = useNodeRole();
  const system = node.data && node.data.role !== 'all' ? node.data : undefined;
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);
  if (guard && session.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (guard && !officer) return <Navigate to={`/can-bo/dang-nhap?tiep=${encodeURIComponent(pathname + search)}`} replace />;
  const agencies = [...new Set(officer?.grants.map((g) => g.agencyCode) ?? [])];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header style={{ background: '#1d2a3a', color: '#fff' }}>
        <div className="dev-banner">{t('app.devBanner')}</div>
        {node.data?.clock?.set && (
          <div className="dev-banner" data-testid="clock-banner">
            {t('app.clockBanner', { now: formatDateTime(node.data.clock.now) })}
          </div>
        )}
        <Container size="xl" py="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/can-bo" c="white" underline="never">
              <Text span fw={700} c="white" display="block">
                {t('app.name')} · {t('nav.officer')}
              </Text>
              {system && (
                <Text span size="sm" c="white" display="block" data-testid="system-name">
                  {system.name}
                </Text>
              )}
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
          {officer && (
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Nav officer={officer} />
              <Text c="white" size="sm" data-testid="officer-agency">
                {t('o.agency')}:{' '}
                {agencies.map((c, i) => (
                  <span key={c}>
                    {i > 0 ? '; ' : ''}
                    <AgencyName code={c} />
                  </span>
                ))}
              </Text>
            </Group>
          )}
        </Container>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Container size="xl" py="md" px="md">
          {children}
        </Container>
      </main>
    </>
  );
}
