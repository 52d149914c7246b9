/** The dossiers behind one indicator of a system (/chi-so-phuc-vu/:code/chi-tieu/:key), personal data masked. */
import '../monitoring/messages.ts';
import { Link, useParams, useSearchParams } from 'react-router';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { DossierListView } from '../monitoring/DossierListView.tsx';
import { currentPeriod, periodLabel } from '../monitoring/period.ts';
import type { IndicatorDossiers, SystemIndex } from '../monitoring/types.ts';

export default function IndicatorDossiersPage() {
  const { t, lang } = useI18n();
  const { code = '', key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('quarter');
  const page = Math.max(1, Number(params.get('trang') ?? 1) || 1);
  const base = `/api/v1/national/index/systems/${encodeURIComponent(code)}`;
  const system = useQuery({
    queryKey: ['national-index-system', code, period],
    queryFn: () => api<SystemIndex>(`${base}?period=${encodeURIComponent(period)}`),
  });
  const listUrl = `${base}/indicators/${encodeURIComponent(key)}/dossiers?period=${encodeURIComponent(period)}`;
  const list = useQuery({
    queryKey: ['national-index-dossiers', code, key, period, page],
    queryFn: () => api<IndicatorDossiers>(`${listUrl}&page=${page}`),
  });
  const indicator = system.data?.groups.flatMap((g) => g.indicators).find((i) => i.key === key);
  const title = `${t('m.dossiers.title')}: ${indicator?.name ?? key}`;
  usePageTitle(title, !!list.error);
  return (
    <Stack>
      <Anchor component={Link} to={`/chi-so-phuc-vu/${encodeURIComponent(code)}?ky=${encodeURIComponent(period)}`}>
        ← {system.data?.system.name ?? code}
      </Anchor>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>
        {system.data?.system.name} — {periodLabel(period, lang)}
      </Text>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && (
        <DossierListView
          data={list.data}
          page={page}
          onPage={(p) => setParams({ ky: period, trang: String(p) })}
          exportUrl={listUrl}
          caption={title}
        />
      )}
    </Stack>
  );
}
