/**
 * The e-mails and SMS sent about a dossier, each with its check code (the officer's and the owner's dossier page):
 * a person comparing a message they received with this list sees at once whether it is genuine.
 */
import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { dossierMessages } from '../api/messages.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export function DossierMessages({ dossierId, framed = false }: { dossierId: string; framed?: boolean }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['dossier-messages', dossierId], queryFn: () => dossierMessages(dossierId) });
  const items = q.data?.items ?? [];
  const body = (
    <>
      <Title order={2} size={framed ? 'h4' : 'h3'} id="messages-heading" mb="xs">
        {t('msgs.title')}
      </Title>
      {q.error ? (
        <ErrorAlert error={q.error} />
      ) : q.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : items.length === 0 ? (
        <Text>{t('msgs.none')}</Text>
      ) : (
        <>
          <Text size="sm" c="#4a4f55" mb="xs">
            {t('msgs.hint')}
          </Text>
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="dossier-messages">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mchk.when')}</Table.Th>
                  <Table.Th>{t('mchk.channel')}</Table.Th>
                  <Table.Th>{t('mchk.about')}</Table.Th>
                  <Table.Th>{t('msgs.code')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.checkCode}>
                    <Table.Td>
                      {formatDateTime(m.sentAt ?? m.createdAt)}
                      {m.status !== 'sent' && (
                        <Text size="xs" c={m.status === 'failed' ? '#7f0f0f' : '#4a4f55'}>
                          {t(`msgs.status.${m.status}` as MessageKey)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t(`mchk.${m.channel}` as MessageKey)}
                      <Text size="xs" c="#4a4f55">
                        {m.recipient}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`msgs.tpl.${m.template}` as MessageKey)}</Table.Td>
                    <Table.Td className="code-mono">{m.checkCode}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
  return framed ? (
    <Paper withBorder p="md" component="section" aria-labelledby="messages-heading">
      {body}
    </Paper>
  ) : (
    <section aria-labelledby="messages-heading">{body}</section>
  );
}
