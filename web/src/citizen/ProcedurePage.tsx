/** Start page of a procedure: who, papers, fees, time limit, where to apply, channels, legal basis. */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { AgencyInfo, Duration, LegalDocument, Procedure } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { OnlineBadge } from '../components/Badges.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} size="h3" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** "Nghị định 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ — name" (a plain line as it is). */
function legalLine(l: string | LegalDocument): string {
  if (typeof l === 'string') return l;
  const date = l.date ? ` ngày ${l.date.slice(8, 10)}/${l.date.slice(5, 7)}/${l.date.slice(0, 4)}` : '';
  const head = `${l.type ? `${l.type} ` : ''}${l.number}${date}${l.issuer ? ` của ${l.issuer}` : ''}`;
  return l.name ? `${head} — ${l.name}` : head;
}

export default function ProcedurePage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const proc = useQuery({ queryKey: ['procedure', code], queryFn: () => api<Procedure>(`/api/v1/procedures/${encodeURIComponent(code)}`) });
  const agencyCodes = (proc.data?.agencyCodes ?? []).slice(0, 12);
  const agencies = useQueries({
    queries: agencyCodes.map((c) => ({
      queryKey: ['agency', c],
      queryFn: () => api<AgencyInfo>(`/api/v1/agencies/${encodeURIComponent(c)}`),
      staleTime: 600_000,
    })),
  });
  usePageTitle(proc.data?.name ?? (proc.error ? t('proc.notFound') : undefined), !!proc.error);

  if (proc.error)
    return (
      <Stack>
        <Title order={1}>{t('proc.notFound')}</Title>
        <ErrorAlert error={proc.error} />
      </Stack>
    );
  if (!proc.data) return <Text role="status">{t('common.loading')}</Text>;
  const p = proc.data;
  const duration = (d: Duration | null) => (d ? `${d.duration} ${t(`unit.${d.unit}`)}` : t('proc.timeUnknown'));
  const online = p.onlineLevel !== 'none';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/">
        ‹ {t('nav.back')}
      </Anchor>
      <div>
        <Text size="sm" c="#4a4f55">
          {p.sectorName} · {t('proc.code')} {p.code}
        </Text>
        <Title order={1} className="break-words">
          {p.name}
        </Title>
        <Group mt="xs" gap="xs">
          <OnlineBadge level={p.onlineLevel} />
        </Group>
      </div>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text>
            <strong>{t('proc.time')}:</strong> {t('proc.timeCounter')}: {duration(p.processing.counter)}
            {online && `; ${t('proc.timeOnline')}: ${duration(p.processing.online)}`}
          </Text>
          <Text>
            <strong>{t('proc.fees')}:</strong>{' '}
            {p.fees.length ? p.fees.map((f) => formatMoney(f.amount, lang)).join(' + ') : t('proc.noFee')}
          </Text>
          {online ? (
            <div>
              <Button component={Link} to={`/nop-ho-so/${p.code}`} size="lg">
                {t('proc.submitOnline')}
              </Button>
            </div>
          ) : (
            <Text fw={600}>{t('proc.counterOnly')}</Text>
          )}
        </Stack>
      </Paper>

      <Section id="who" title={t('proc.who')}>
        <Text>{t('proc.whoLevels', { levels: p.levels.map((l) => t(`level.${l}`).toLowerCase()).join(', ') })}</Text>
      </Section>

      <Section id="channels" title={t('proc.onlineLevel')}>
        <Text>{t(`online.${p.onlineLevel}`)}</Text>
      </Section>

      <Section id="papers" title={t('proc.cases')}>
        <Stack gap="md">
          {p.cases.map((c, i) => (
            <Paper withBorder p="sm" key={i}>
              <Title order={3} size="h4" mb="xs" className="break-words">
                {p.cases.length > 1 ? `${t('proc.case')} ${i + 1}: ` : ''}
                {c.name}
              </Title>
              <Table.ScrollContainer minWidth={300}>
                <Table striped withTableBorder>
                  <Table.Caption>{c.name}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('proc.component')}</Table.Th>
                      <Table.Th scope="col" ta="center">
                        {t('proc.originals')}
                      </Table.Th>
                      <Table.Th scope="col" ta="center">
                        {t('proc.copies')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.components.map((k, j) => (
                      <Table.Tr key={j}>
                        <Table.Td className="break-words">
                          {k.name}
                          {k.formTemplate && (
                            <Text size="sm" c="#4a4f55">
                              {t('proc.formTemplate')}: {k.formTemplate}
                            </Text>
                          )}
                          {k.note && (
                            <Text size="sm" c="#4a4f55">
                              {k.note}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="center">{k.originals}</Table.Td>
                        <Table.Td ta="center">{k.copies}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          ))}
        </Stack>
      </Section>

      <Section id="fees" title={t('proc.fees')}>
        {p.fees.length ? (
          <List>
            {p.fees.map((f, i) => (
              <List.Item key={i}>
                <strong>{formatMoney(f.amount, lang)}</strong>
                {f.description ? ` — ${f.description}` : ''}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('proc.noFee')}</Text>
        )}
      </Section>

      <Section id="agencies" title={t('proc.agencies')}>
        <List>
          {agencyCodes.map((c, i) => {
            const a = agencies[i]?.data;
            const unit = a?.oneStopUnits[0];
            return (
              <List.Item key={c}>
                {a ? a.name : c}
                {unit ? ` — ${unit.name}${unit.address ? `, ${unit.address}` : ''}` : ''}
              </List.Item>
            );
          })}
        </List>
      </Section>

      {p.results.length > 0 && (
        <Section id="results" title={t('proc.results')}>
          <List>
            {p.results.map((r) => (
              <List.Item key={r.code}>{r.name}</List.Item>
            ))}
          </List>
        </Section>
      )}

      <Section id="legal" title={t('proc.legal')}>
        {p.legalBasis.length ? (
          <List>
            {p.legalBasis.map((l, i) => (
              <List.Item key={i}>{legalLine(l)}</List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('common.none')}</Text>
        )}
      </Section>
    </Stack>
  );
}
