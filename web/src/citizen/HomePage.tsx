/** Home: a big search box (diacritics optional), results with level and channel, popular searches, sectors. */
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Anchor, Button, Chip, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page, ProcedureHit, Sector } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OnlineBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

/** Searches people make most often (life events); each runs the same diacritic-insensitive search. */
const popular = ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký thường trú', 'Lý lịch tư pháp', 'Chứng thực bản sao', 'Giấy phép lái xe'];

function ResultList({ items }: { items: ProcedureHit[] }) {
  const { t } = useI18n();
  return (
    <ul className="plain-list">
      {items.map((p) => (
        <li key={p.code} style={{ marginBottom: 12 }}>
          <Paper withBorder p="md">
            <Anchor component={Link} to={`/thu-tuc/${p.code}`} fw={600} fz="lg" className="break-words">
              {p.name}
            </Anchor>
            <Group gap="xs" mt={6} wrap="wrap">
              <OnlineBadge level={p.onlineLevel} />
              <Text size="sm" c="#4a4f55">
                {p.levels.map((l) => t(`level.${l}`)).join(', ')} · {p.sectorName} · {t('proc.code')} {p.code}
              </Text>
            </Group>
          </Paper>
        </li>
      ))}
    </ul>
  );
}

export default function HomePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const sector = params.get('linh-vuc') ?? '';
  const [debounced] = useDebouncedValue(text.trim(), 250);
  usePageTitle(t('home.title'));

  const sectors = useQuery({ queryKey: ['sectors'], queryFn: () => api<{ items: Sector[] }>('/api/v1/sectors'), staleTime: 600_000 });
  const query = debounced || sector ? { q: debounced, sector } : undefined;
  const results = useQuery({
    queryKey: ['procedures', query],
    enabled: !!query,
    queryFn: () => {
      const qs = new URLSearchParams({ limit: '20' });
      if (query?.q) qs.set('q', query.q);
      if (query?.sector) qs.set('sector', query.sector);
      return api<Page<ProcedureHit>>(`/api/v1/procedures?${qs}`);
    },
    placeholderData: (prev) => prev,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (sector) next.set('linh-vuc', sector);
    setParams(next, { replace: true });
  };
  const pick = (q: string) => {
    setText(q);
    setParams(new URLSearchParams({ q }), { replace: true });
  };
  const sectorName = sectors.data?.items.find((s) => s.code === sector)?.name;

  return (
    <Stack gap="lg">
      <Paper p={{ base: 'md', sm: 'xl' }} withBorder>
        <form role="search" onSubmit={submit} noValidate>
          <Title order={1} mb="sm">
            {t('home.title')}
          </Title>
          <TextInput
            id="search"
            size="lg"
            label={t('home.searchLabel')}
            description={t('home.searchHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
          />
          <Button type="submit" size="lg" mt="sm">
            {t('home.searchButton')}
          </Button>
        </form>
      </Paper>

      {query && (
        <section aria-labelledby="results-heading">
          <Title order={2} id="results-heading" size="h3" mb="xs">
            {sector && !debounced && sectorName ? t('home.sectorResults', { name: sectorName }) : t('home.results')}
          </Title>
          {results.error ? (
            <ErrorAlert error={results.error} />
          ) : results.data ? (
            <>
              <Text mb="sm" role="status">
                {results.data.total ? t('home.resultCount', { n: results.data.total }) : t('home.noResults')}
              </Text>
              <ResultList items={results.data.items} />
            </>
          ) : (
            <Text role="status">{t('common.loading')}</Text>
          )}
        </section>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <section aria-labelledby="popular-heading">
          <Title order={2} id="popular-heading" size="h3" mb="xs">
            {t('home.popular')}
          </Title>
          <ul className="plain-list">
            {popular.map((q) => (
              <li key={q}>
                <Anchor component="button" type="button" onClick={() => pick(q)} py={6} fz="md" ta="left">
                  {q}
                </Anchor>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="track-heading">
          <Title order={2} id="track-heading" size="h3" mb="xs">
            {t('home.trackTitle')}
          </Title>
          <Text mb="sm">{t('home.trackText')}</Text>
          <Button component={Link} to="/tra-cuu" variant="outline">
            {t('nav.tracking')}
          </Button>
        </section>
      </SimpleGrid>

      <section aria-labelledby="sectors-heading">
        <Title order={2} id="sectors-heading" size="h3" mb="xs">
          {t('home.sectors')}
        </Title>
        {sectors.error ? (
          <ErrorAlert error={sectors.error} />
        ) : (
          <Chip.Group
            value={sector}
            onChange={(v) => {
              const next = new URLSearchParams();
              if (v && v !== sector) next.set('linh-vuc', v);
              setText('');
              setParams(next, { replace: true });
            }}
          >
            <Group gap="xs">
              {(sectors.data?.items ?? []).map((s) => (
                <Chip key={s.code} value={s.code} variant="outline" styles={{ label: { whiteSpace: 'normal', height: 'auto', minHeight: 32, lineHeight: 1.3, paddingBlock: 4 } }}>
                  {s.name}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
      </section>
    </Stack>
  );
}
