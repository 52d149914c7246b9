/**
 * The paper checklist of counter reception: one row per component of the chosen case, what was received and in
 * how many originals and copies. Rows are plain data (`ChecklistItem`) so that the warehouse coverage (papers the
 * state already holds, which must not be asked for) and the digitisation of scanned papers can later add their own
 * columns per row here, without touching the reception page.
 */
import { Checkbox, NumberInput, Table, Text } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { Scroll } from './Scroll.tsx';

export interface ChecklistItem {
  name: string;
  documentTypeCode?: string | undefined;
  required: { originals: number; copies: number };
  received: boolean;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
}

export function ComponentChecklist({ items, onChange }: { items: ChecklistItem[]; onChange: (items: ChecklistItem[]) => void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ChecklistItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
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
      disabled={!items[i]!.received}
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
            <Table.Tr key={i}>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('o.rec.received')}: ${it.name.slice(0, 80)}`}
                  checked={it.received}
                  onChange={(e) => set(i, { received: e.currentTarget.checked })}
                />
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
