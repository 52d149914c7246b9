/**
 * Proof for an inspector (issue 14.12): which rule version governed the dossier and where its legal time limits stand
 * at the law's now — the online acceptance time ("chậm tiếp nhận"), the counter transfer (15:00 cut-off) and the paper
 * hand-over, each with whether it is late.
 */
import { Badge, Stack, Text } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { Facts } from '../components/Facts.tsx';
import { Section } from './DossierSections.tsx';
import type { OfficerDossier } from './types.ts';

export function LawClocksSection({ d }: { d: OfficerDossier }) {
  const { t } = useI18n();
  if (!d.ruleVersion && !d.acceptance && !d.transfer && !d.paperHandover) return null;
  const mark = (late: boolean, lateKey: 'o.law.late' | 'o.law.lateAcceptance' = 'o.law.late') => (
    // dark text on white (contrast above 7:1), not Mantine's light tints
    <Badge variant="outline" styles={{ root: { color: late ? '#7f0f0f' : '#1b5e20', borderColor: late ? '#7f0f0f' : '#1b5e20' } }}>
      {t(late ? lateKey : 'o.law.inTime')}
    </Badge>
  );
  const rows: [string, React.ReactNode][] = [];
  if (d.ruleVersion) rows.push([t('o.law.rule'), `${d.ruleVersion.code} — ${d.ruleVersion.legalBasis}`]);
  if (d.acceptance) {
    rows.push([t('o.law.acceptanceDue'), <span key="a">{formatDateTime(d.acceptance.dueAt)} {mark(d.acceptance.late, 'o.law.lateAcceptance')}</span>]);
    rows.push([t('o.law.answeredAt'), d.acceptance.answeredAt ? formatDateTime(d.acceptance.answeredAt) : t('o.law.notYet')]);
  }
  if (d.transfer) {
    rows.push([t('o.law.transferDue'), <span key="t">{formatDateTime(d.transfer.dueAt)} {mark(d.transfer.late)}</span>]);
    rows.push([t('o.law.transferredAt'), d.transfer.transferredAt ? formatDateTime(d.transfer.transferredAt) : t('o.law.notYet')]);
  }
  if (d.paperHandover) {
    rows.push([t('o.law.paperDue'), <span key="p">{formatDateTime(d.paperHandover.dueAt)} {mark(d.paperHandover.late)}</span>]);
    rows.push([t('o.law.paperAt'), d.paperHandover.at ? formatDateTime(d.paperHandover.at) : t('o.law.notYet')]);
  }
  if (d.evaluatedAt) rows.push([t('o.law.evaluatedAt'), formatDateTime(d.evaluatedAt)]);
  return (
    <Section title={t('o.law.title')}>
      <Stack gap="xs">
        <Facts items={rows} />
        {d.transfer?.nextDay && <Text size="sm">{t('o.law.transferNextDay', { cutoff: d.transfer.cutoff })}</Text>}
      </Stack>
    </Section>
  );
}
