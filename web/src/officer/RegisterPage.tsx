/**
 * The register of dossiers (sổ theo dõi hồ sơ, Form 07 of Circular 03/2025) of the officer's counter for a period:
 * the signed PDF and the XLSX workbook (GET /api/v1/registers/dossiers.pdf|.xlsx).
 */
import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from './OfficerLayout.tsx';

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default function RegisterPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const today = vnToday();
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  // the counters the officer keeps: agencies where they receive dossiers
  const counters = [
    ...new Set(
      officer?.grants.filter((g) => g.role === 'one_stop_officer' || g.role === 'leader').map((g) => g.agencyCode) ?? [],
    ),
  ];
  const [agency, setAgency] = useState('');
  const chosen = agency || counters[0] || '';
  const valid = DAY.test(from) && DAY.test(to) && from <= to && Date.parse(to) - Date.parse(from) <= 365 * 86_400_000;
  usePageTitle(t('o.reg.title'), !valid);
  const query = new URLSearchParams({ from, to, ...(chosen ? { agency: chosen } : {}) }).toString();
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.reg.title')}
        </Title>
        <Text>{t('o.reg.intro')}</Text>
        <Paper withBorder p="md">
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('o.dash.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={!valid ? t('o.reg.badPeriod') : undefined}
            />
            <TextInput type="date" label={t('o.dash.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
            {counters.length > 1 && (
              <NativeSelect
                label={t('o.reg.counter')}
                value={chosen}
                onChange={(e) => setAgency(e.currentTarget.value)}
                data={counters.map((a) => ({ value: a, label: a }))}
              />
            )}
          </Group>
          <Group mt="md">
            <Button component="a" href={`/api/v1/registers/dossiers.pdf?${query}`} target="_blank" rel="noopener" disabled={!valid || !chosen}>
              {t('o.reg.pdf')}
            </Button>
            <Button component="a" variant="default" href={`/api/v1/registers/dossiers.xlsx?${query}`} disabled={!valid || !chosen}>
              {t('o.reg.xlsx')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </OfficerLayout>
  );
}
