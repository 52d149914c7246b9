/**
 * The paper checklist of counter reception: one row per component of the chosen case, what was received and in
 * how many originals and copies. Once the person consented to the warehouse look-up, a row the warehouse covers
 * shows the document (number, issuer, validity) and is reused: "Đã có trong kho — không yêu cầu nộp lại". Asking
 * for that paper anyway is only to verify it, with the reason (the server audits and counts it).
 */
import { Checkbox, NumberInput, Stack, Table, Text, Textarea } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDate } from '../lib/format.ts';
import { Scroll } from './Scroll.tsx';

/** A warehouse document standing for a component (the resolver's `ok` candidate). */
export interface Coverage {
  id: string;
  name: string;
  numberSymbol: string | null;
  issuer: { code: string | null; name: string | null };
  issueDate: string | null;
  validUntil: string | null;
  permanent: boolean;
  validityScope: string;
  provenance: string;
  matchedBy: string;
}

export interface ChecklistItem {
  name: string;
  documentTypeCode?: string | undefined;
  required: { originals: number; copies: number };
  received: boolean;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  /** The warehouse document that covers this component (after the counter consent), if any. */
  coverage?: Coverage | null;
  /** Covered and the paper is asked for anyway, to verify it: the reason (required then). */
  verify?: boolean;
  verificationReason?: string;
}

function CoverageNote({ c }: { c: Coverage }) {
  const { t } = useI18n();
  const validity = c.permanent ? t('o.wh.permanent') : c.validUntil ? t('o.wh.validUntil', { d: formatDate(c.validUntil) }) : t('o.wh.noEnd');
  return (
    <Stack gap={2} mt={4} data-testid="coverage">
      <Text size="sm" fw={700} c="#1b5e20">
        ✓ {t('o.wh.covered')}
      </Text>
      <Text size="xs">
        {c.name}
        {c.numberSymbol ? ` — ${c.numberSymbol}` : ''}
      </Text>
      <Text size="xs">
        {t('o.wh.issuer')}: {c.issuer.name ?? c.issuer.code ?? '—'}
        {c.issueDate ? ` · ${formatDate(c.issueDate)}` : ''}
      </Text>
      <Text size="xs">
        {validity} · {t('o.wh.scope')}: {c.validityScope === 'national' ? t('o.wh.national') : c.validityScope}
      </Text>
      <Text size="xs">
        {t('o.wh.reason')}: {t(`o.wh.match.${c.matchedBy === 'result-code' ? 'result' : 'type'}` as MessageKey)} · {t(`o.wh.prov.${c.provenance}` as MessageKey)}
      </Text>
    </Stack>
  );
}

export function ComponentChecklist({ items, onChange }: { items: ChecklistItem[]; onChange: (items: ChecklistItem[]) => void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ChecklistItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const paper = (it: ChecklistItem) => it.received && (!it.coverage || !!it.verify);
  const count = (i: number, field: 'originals' | 'certifiedCopies' | 'photocopies', label: string) => (
    <NumberInput
      aria-label={`${label}: ${items[i]!.name.slice(0, 80)}`}
      value={items[i]![field]}
      onChange={(v) => set(i, { [field]: typeof v === 'number' ? v : 0 })}
      min={0}
      max={99}
      allowDecimal={false}
      allowNegative={false}
      w={72}
      size="sm"
      disabled={!paper(items[i]!)}
    />
  );
  return (
    <Scroll minWidth={640} label={t('o.scrollTable')}>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('o.rec.checklistCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('o.rec.received')}</Table.Th>
            <Table.Th scope="col">{t('proc.component')}</Table.Th>
            <Table.Th scope="col">{t('o.rec.required')}</Table.Th>
            <Table.Th scope="col">{t('proc.originals')}</Table.Th>
            <Table.Th scope="col">{t('o.rec.certifiedCopies')}</Table.Th>
            <Table.Th scope="col">{t('o.rec.photocopies')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((it, i) => (
            <Table.Tr key={i} data-testid={`check-row-${i + 1}`}>
              <Table.Td>
                {it.coverage && !it.verify ? (
                  <Text size="sm" fw={700} c="#1b5e20">
                    {t('o.wh.reused')}
                  </Text>
                ) : (
                  <Checkbox
                    aria-label={`${t('o.rec.received')}: ${it.name.slice(0, 80)}`}
                    checked={it.received}
                    onChange={(e) => set(i, { received: e.currentTarget.checked })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="break-words">
                  {it.name}
                </Text>
                {it.documentTypeCode && (
                  <Text size="xs" c="#4a4f55">
                    {t('o.adm.docType')}: {it.documentTypeCode}
                  </Text>
                )}
                {it.coverage && (
                  <>
                    <CoverageNote c={it.coverage} />
                    <Checkbox
                      mt={6}
                      size="xs"
                      label={t('o.wh.askAnyway')}
                      checked={!!it.verify}
                      onChange={(e) => set(i, { verify: e.currentTarget.checked, received: e.currentTarget.checked })}
                    />
                    {it.verify && (
                      <Textarea
                        mt={4}
                        size="xs"
                        label={t('o.wh.verifyReason')}
                        description={t('o.wh.verifyHint')}
                        value={it.verificationReason ?? ''}
                        onChange={(e) => set(i, { verificationReason: e.currentTarget.value })}
                        maxLength={1000}
                        autosize
                        minRows={1}
                      />
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('o.rec.requiredCount', { o: it.required.originals, c: it.required.copies })}</Text>
              </Table.Td>
              <Table.Td>{count(i, 'originals', t('proc.originals'))}</Table.Td>
              <Table.Td>{count(i, 'certifiedCopies', t('o.rec.certifiedCopies'))}</Table.Td>
              <Table.Td>{count(i, 'photocopies', t('o.rec.photocopies'))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}
