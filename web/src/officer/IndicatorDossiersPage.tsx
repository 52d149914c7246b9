/** The dossiers behind one indicator of the officer's system or agency (/can-bo/giam-sat/chi-tieu/:key). */
import '../monitoring/messages.ts';
import { Link, useParams, useSearchParams } from 'react-router';
import { Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { DossierListView } from '../monitoring/DossierListView.tsx';
import { currentPeriod, periodLabel } from '../monitoring/period.ts';
import type { IndicatorDossiers, SystemIndex } from '../monitoring/types.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';

export default function OfficerIndicatorDossiersPage() {
  const { t, lang } = useI18n();
  const officer = useOfficer();
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('month');
  const agency = params.get('agency') ?? '';
  const page = Math.max(1, Number(params.get('trang') ?? 1) || 1);
  const q = new URLSearchParams({ period, ...(agency ? { agency } : {}) }).toString();
  const index = useQuery({ queryKey: ['o-index', q], enabled: !!officer, queryFn: () => api<SystemIndex>(`/api/v1/statistics/index?${q}`) });
  const listUrl = `/api/v1/statistics/index/indicators/${encodeURIComponent(key)}/dossiers?${q}`;
  const list = useQuery({ queryKey: ['o-index-dossiers', key, q, page], enabled: !!officer, queryFn: () => api<IndicatorDossiers>(`${listUrl}&page=${page}`) });
  const indicator = index.data?.groups.flatMap((g) => g.indicators).find((i) => i.key === key);
  const title = `${t('m.dossiers.title')}: ${indicator?.name ?? key}`;
  usePageTitle(title, !!list.error);
  const back = new URLSearchParams({ ky: period, ...(agency ? { agency } : {}) }).toString();
  return (
    <OfficerLayout>
      <Stack>
        <Anchor component={Link} to={`/can-bo/giam-sat?${back}`}>
          ← {t('o.mon.title')}
        </Anchor>
        <Title order={1} size="h2">
          {title}
        </Title>
        <div>{periodLabel(period, lang)}</div>
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && (
          <DossierListView
            data={list.data}
            page={page}
            onPage={(p) => setParams({ ky: period, ...(agency ? { agency } : {}), trang: String(p) })}
            exportUrl={listUrl}
            caption={title}
          />
        )}
      </Stack>
    </OfficerLayout>
  );
}
