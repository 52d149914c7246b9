/** The read-only parts of the processing screen: clock, owner, components, fees, history, control log. */
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime, formatMoney, maskId } from '../lib/format.ts';
import { Facts } from '../components/Facts.tsx';
import { DueBadge } from './DueBadge.tsx';
import type { ControlLog, FeesView, OfficerDossier } from './types.ts';
import { Scroll } from './Scroll.tsx';

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ClockSection({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  return (
    <Section title={t('o.dos.clock')}>
      <Stack gap="xs">
        <DueBadge status={d.status} dueAt={d.dueAt} />
        <Facts
          items={[
            [t('dossier.receivedAt'), formatDateTime(d.receivedAt)],
            ...(d.countedFrom ? ([[t('o.dos.countedFrom'), formatDateTime(d.countedFrom)]] as [string, string][]) : []),
            [t('dossier.dueAt'), formatDateTime(d.dueAt) || t('o.dos.noDue')],
            ...(d.apologized ? ([[t('o.dos.originalDue'), formatDateTime(d.originalDueAt)]] as [string, string][]) : []),
            ...(d.timeliness ? ([[t('o.dos.timeliness'), t(`o.timeliness.${d.timeliness}` as MessageKey)]] as [string, string][]) : []),
          ]}
        />
        {d.apologized && <Text size="sm">{t('dossier.apologized')}</Text>}
        {d.pauses.length > 0 && (
          <>
            <Text fw={600}>{t('o.dos.pauses')}</Text>
            <ul className="plain-list">
              {d.pauses.map((p, i) => (
                <li key={i}>
                  {t(`o.pause.${p.kind}` as MessageKey) || p.kind}: {formatDateTime(p.from)} → {p.to ? formatDateTime(p.to) : t('o.dos.stillPaused')}
                </li>
              ))}
            </ul>
          </>
        )}
      </Stack>
    </Section>
  );
}

export function OwnerSection({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <Section title={t('dossier.owner')}>
      <Facts
        items={[
          [t('account.name'), d.owner.name],
          [
            t('account.personalId'),
            <Group gap="xs" key="id">
              <span className="code-mono" data-testid="owner-id">
                {shown ? d.owner.idNumber : maskId(d.owner.idNumber)}
              </span>
              <Button size="compact-xs" variant="default" onClick={() => setShown(!shown)} aria-pressed={shown}>
                {shown ? t('o.dos.hideId') : t('o.dos.showId')}
              </Button>
            </Group>,
          ],
          [t('o.dos.channel'), t(`o.channel.${d.channel}` as MessageKey)],
          ...(d.owner.phone ? ([[t('o.rec.phone'), d.owner.phone]] as [string, string][]) : []),
        ]}
      />
    </Section>
  );
}

export function ComponentsSection({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  return (
    <Section title={t('dossier.components')}>
      {d.components.length === 0 ? (
        <Text>{t('common.none')}</Text>
      ) : (
        <Scroll minWidth={520} label={t('o.scrollTable')}>
          <Table withTableBorder>
            <Table.Caption>{t('o.dos.componentsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('proc.component')}</Table.Th>
                <Table.Th scope="col">{t('proc.originals')}</Table.Th>
                <Table.Th scope="col">{t('o.rec.certifiedCopies')}</Table.Th>
                <Table.Th scope="col">{t('o.rec.photocopies')}</Table.Th>
                <Table.Th scope="col">{t('o.dos.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.components.map((c) => (
                <Table.Tr key={c.seq}>
                  <Table.Td className="break-words">{c.name}</Table.Td>
                  <Table.Td>{c.originals}</Table.Td>
                  <Table.Td>{c.certifiedCopies}</Table.Td>
                  <Table.Td>{c.photocopies}</Table.Td>
                  <Table.Td>{t(`o.source.${c.source}` as MessageKey) || c.source}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      )}
    </Section>
  );
}

export function FeesSection({ fees }: { fees: FeesView | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t('dossier.fees')}>
      {!fees || fees.lines.length === 0 ? (
        <Text>{t('proc.noFee')}</Text>
      ) : (
        <Stack gap="xs">
          <Table>
            <Table.Caption>{t('o.rec.feesCaption')}</Table.Caption>
            <Table.Tbody>
              {fees.lines.map((l, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" fw={400}>
                    {l.name}
                  </Table.Th>
                  <Table.Td ta="right">{formatMoney(l.amount, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text fw={600}>
            {fees.paid ? '✓ ' : '⚠ '}
            {fees.paid ? t('o.fees.paid') : t('o.fees.unpaid')} — {formatMoney(fees.total, lang)}
          </Text>
          {fees.payments.map((p, i) => (
            <Text key={i} size="sm">
              {t(`o.pay.${p.method}` as MessageKey) || p.method}: {formatMoney(p.amount, lang)} {p.receiptNo ? `(${p.receiptNo})` : ''} — {p.state}
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function describe(data: Record<string, unknown> | undefined, t: (k: MessageKey, p?: Record<string, string | number>) => string): string[] {
  if (!data) return [];
  const out: string[] = [];
  if (typeof data.reason === 'string') out.push(`${t('o.act.reason')}: ${data.reason}`);
  if (typeof data.note === 'string') out.push(`${t('o.act.note')}: ${data.note}`);
  if (typeof data.newDueAt === 'string') out.push(`${t('o.dos.newDue')}: ${formatDateTime(data.newDueAt)}`);
  if (Array.isArray(data.items)) for (const i of data.items as { name: string; reason: string }[]) out.push(`• ${i.name}: ${i.reason}`);
  return out;
}

export function HistorySection({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  return (
    <Section title={t('dossier.timeline')}>
      <ol className="timeline">
        {d.history.map((h) => (
          <li key={h.seq}>
            <Text fw={600}>{t(`action.${h.action}` as MessageKey) || h.action}</Text>
            <Text size="sm" c="#4a4f55">
              <time dateTime={h.at ?? undefined}>{formatDateTime(h.at)}</time>
              {h.actor ? ` · ${h.actor}` : ''}
            </Text>
            {describe(h.data, t).map((line, i) => (
              <Text key={i} size="sm" className="break-words">
                {line}
              </Text>
            ))}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function ControlLogSection({ log, dossierId }: { log: ControlLog | undefined; dossierId: string }) {
  const { t } = useI18n();
  return (
    <Section title={t('o.dos.controlLog')}>
      {!log || !log.entries.length ? (
        <Text>{t('o.dos.noWorkflow')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('o.dos.template')}: {log.template?.name} ({log.template?.code} v{log.template?.version})
            {log.dossier.currentStepName ? ` · ${t('o.dos.currentStep')}: ${log.dossier.currentStepName}` : ''}
            {log.dossier.assignee ? ` · ${log.dossier.assignee.name}` : log.dossier.currentStep ? ` · ${t('o.dos.unassigned')}` : ''}
          </Text>
          <Scroll minWidth={760} label={t('o.scrollTable')}>
            <Table withTableBorder striped>
              <Table.Caption>{t('o.dos.controlCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('officer.step')}</Table.Th>
                  <Table.Th scope="col">{t('o.dos.agency')}</Table.Th>
                  <Table.Th scope="col">{t('o.dos.giverReceiver')}</Table.Th>
                  <Table.Th scope="col">{t('o.dos.given')}</Table.Th>
                  <Table.Th scope="col">{t('o.dos.stepDue')}</Table.Th>
                  <Table.Th scope="col">{t('o.dos.done')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.entries.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{e.stepName}</Table.Td>
                    <Table.Td>{e.agency?.name}</Table.Td>
                    <Table.Td>
                      {e.giver?.name ?? '—'} → {e.receiver?.name ?? t('o.dos.unassigned')}
                    </Table.Td>
                    <Table.Td>{formatDateTime(e.givenAt)}</Table.Td>
                    <Table.Td>{formatDateTime(e.dueAt)}</Table.Td>
                    <Table.Td>
                      {e.doneAt ? formatDateTime(e.doneAt) : e.overdue ? `⚠ ${t('o.timeliness.late')}` : t('o.dos.inProgress')}
                      {e.timeliness ? ` · ${t(`o.timeliness.${e.timeliness}` as MessageKey)}` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
          <Anchor href={`/api/v1/dossiers/${dossierId}/control-log.pdf`} target="_blank" rel="noopener">
            {t('o.dos.controlPdf')}
          </Anchor>
        </Stack>
      )}
    </Section>
  );
}
