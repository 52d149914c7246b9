/** A province's or ministry's page of the public service index (/chi-so-phuc-vu/:code): groups, indicators, trend. */
import '../monitoring/messages.ts';
import { Link, useParams, useSearchParams } from 'react-router';
import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { PeriodPicker } from '../monitoring/PeriodPicker.tsx';
import { SystemIndexView } from '../monitoring/SystemIndexView.tsx';
import { currentPeriod } from '../monitoring/period.ts';
import type { SystemIndex } from '../monitoring/types.ts';

export default function SystemIndexPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? currentPeriod('quarter');
  const url = `/api/v1/national/index/systems/${encodeURIComponent(code)}?period=${encodeURIComponent(period)}`;
  const index = useQuery({ queryKey: ['national-index-system', code, period], queryFn: () => api<SystemIndex>(url) });
  usePageTitle(index.data ? `${index.data.system.name} – ${t('m.index.title')}` : t('m.index.title'), !!index.error);
  return (
    <Stack>
      <Anchor component={Link} to={`/chi-so-phuc-vu?ky=${encodeURIComponent(period)}`}>
        ← {t('m.back')}
      </Anchor>
      <Title order={1} size="h2">
        {index.data?.system.name ?? code}
      </Title>
      <Group>
        <PeriodPicker value={period} onChange={(p) => setParams({ ky: p })} />
      </Group>
      {index.error && <ErrorAlert error={index.error} />}
      {index.data && (
        <SystemIndexView
          data={index.data}
          exportUrl={url}
          dossiersLink={(key) =>
            `/chi-so-phuc-vu/${encodeURIComponent(code)}/chi-tieu/${encodeURIComponent(key)}?ky=${encodeURIComponent(period)}`
          }
        />
      )}
    </Stack>
  );
}
