/** The dossiers behind one indicator (personal data masked by the server), a page at a time, with downloads. */
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { formatDate } from '../lib/format.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { Tag } from './Tag.tsx';
import type { IndicatorDossiers } from './types.ts';

export const PAGE_SIZE = 50;

export function DossierListView({
  data,
  page,
  onPage,
  exportUrl,
  caption,
}: {
  data: IndicatorDossiers;
  page: number;
  onPage: (p: number) => void;
  exportUrl: string;
  caption: string;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <Stack>
      <Group justify="space-between">
        <Text data-testid="dossier-total">{t('m.dossiers.total', { n: data.total })}</Text>
        <ExportLinks url={exportUrl} name={caption} testId="dossiers-export" />
      </Group>
      {data.items.length === 0 ? (
        <Text>{t('m.dossiers.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('m.dossiers.code')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.procedure')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.agency')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.received')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.status')}</Table.Th>
                <Table.Th scope="col">{t('m.dossiers.counted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.code}</Table.Td>
                  <Table.Td>{d.procedureName}</Table.Td>
                  <Table.Td>{d.agencyName}</Table.Td>
                  <Table.Td>{formatDate(d.receivedAt)}</Table.Td>
                  <Table.Td>{d.status}</Table.Td>
                  <Table.Td>
                    {d.counted === 'numerator' ? (
                      <Tag tone="green">{t('m.dossiers.numerator')}</Tag>
                    ) : (
                      <Tag tone="gray">{t('m.dossiers.denominatorOnly')}</Tag>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Group>
          <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('m.prev')}
          </Button>
          <Text>{t('m.page', { n: page })}</Text>
          <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('m.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
