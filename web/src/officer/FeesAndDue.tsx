/**
 * Counter reception: the procedure's case and the competent agency (of this province or another), the fees to pay
 * and the appointment computed by the working calendar for the chosen agency.
 */
import { Paper, Radio, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Procedure } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

export function FeesAndDue({
  fees,
  counter,
  due,
  dueError,
  agencyChosen,
}: {
  fees: Procedure['fees'];
  counter: Procedure['processing']['counter'];
  due: string | undefined;
  dueError: unknown;
  agencyChosen: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('proc.fees')}
        </Title>
        {fees.length ? (
          <Table>
            <Table.Caption>{t('o.rec.feesCaption')}</Table.Caption>
            <Table.Tbody>
              {fees.map((f, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" fw={400}>
                    {f.description}
                  </Table.Th>
                  <Table.Td ta="right">{formatMoney(f.amount, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text>{t('proc.noFee')}</Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('dossier.dueAt')}
        </Title>
        {!counter ? (
          <Text>{t('o.rec.noDuration')}</Text>
        ) : (
          <>
            <Text>
              {t('proc.time')}: {counter.duration} {t(`unit.${counter.unit}`)}
            </Text>
            {due && (
              <Text fw={700} fz="lg" data-testid="appointment">
                {formatDateTime(due)}
              </Text>
            )}
            {!agencyChosen && <Text c="#4a4f55">{t('o.rec.dueNeedsAgency')}</Text>}
            {dueError ? <ErrorAlert error={dueError} /> : null}
          </>
        )}
      </Paper>
    </SimpleGrid>
  );
}

export function CaseAndAgency({
  proc,
  caseIndex,
  onCase,
  agencies,
  ownNodes,
  agencyCode,
  onAgency,
  error,
}: {
  proc: Procedure;
  caseIndex: number;
  onCase: (i: number) => void;
  agencies: { code: string; name: string }[];
  ownNodes: Set<string>;
  agencyCode: string;
  onAgency: (code: string) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Stack mt="md" gap="sm">
      {proc.cases.length > 1 && (
        <Radio.Group label={t('proc.case')} value={String(caseIndex)} onChange={(v) => onCase(Number(v))}>
          <Stack gap={6} mt={6}>
            {proc.cases.map((c, i) => (
              <Radio key={i} value={String(i)} label={c.name} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Radio.Group id="rec-agency" label={t('o.rec.agency')} value={agencyCode} onChange={onAgency} error={error}>
        <Stack gap={6} mt={6}>
          {agencies.length === 0 && <Text>{t('o.rec.noAgency')}</Text>}
          {agencies.map((a) => (
            <Radio key={a.code} value={a.code} label={`${a.name} (${a.code})${ownNodes.has(a.code.slice(a.code.lastIndexOf('.') + 1)) ? '' : ` — ${t('o.rec.otherProvince')}`}`} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
