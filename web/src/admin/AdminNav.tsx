/**
 * Sub-navigation of the administration pages (procedures, working calendar, agencies and officers; for national
 * operators also the connected systems).
 */
import { NavLink } from 'react-router';
import { Group } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { useOfficer } from '../officer/OfficerLayout.tsx';

export function AdminNav() {
  const { t } = useI18n();
  const officer = useOfficer();
  const national = !!officer?.grants.some((g) => g.role === 'national_operator');
  const style = ({ isActive }: { isActive: boolean }) => ({
    fontWeight: isActive ? 700 : 500,
    textDecoration: isActive ? 'underline' : 'none',
    textUnderlineOffset: 4,
    padding: '6px 2px',
    display: 'inline-block',
  });
  return (
    <nav aria-label={t('o.adm.nav')}>
      <Group gap="lg">
        <NavLink to="/quan-tri" end style={style}>
          {t('o.adm.procedures')}
        </NavLink>
        <NavLink to="/quan-tri/lich" style={style}>
          {t('o.adm.calendar')}
        </NavLink>
        <NavLink to="/quan-tri/co-quan" style={style}>
          {t('o.adm.agencies')}
        </NavLink>
        {national && (
          <NavLink to="/quan-tri/he-thong-ket-noi" style={style}>
            {t('o.adm.ops')}
          </NavLink>
        )}
      </Group>
    </nav>
  );
}
