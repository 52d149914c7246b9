/**
 * "Trả kết quả" (issue 13.5): the return method is chosen, never preset, and the fee state is shown; with fees due
 * and unpaid the officer either takes them first (cash or online) or records an exemption with its reason — the
 * server refuses anything else (422 return-method-required, 409 fees-not-settled).
 */
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { Alert, Checkbox, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatMoney } from '../lib/format.ts';
import type { FeesView } from './types.ts';

export function useReturnFields(fees: FeesView | undefined) {
  const { t, lang } = useI18n();
  const [method, setMethod] = useState('');
  const [receiver, setReceiver] = useState('');
  const [waive, setWaive] = useState(false);
  const [waiveReason, setWaiveReason] = useState('');
  // A counter that received the dossier for another system does not see its fees: the server's refusal tells it.
  const [refusedTotal, setRefusedTotal] = useState<number | null>(null);
  const due = fees ? fees.total > 0 && !fees.paid : refusedTotal !== null;

  const view = (
    <>
      <Radio.Group label={t('o.act.returnMethod')} value={method} onChange={setMethod} withAsterisk>
        <Stack gap={6} mt={6}>
          {['counter', 'post', 'online'].map((m) => (
            <Radio key={m} value={m} label={t(`o.return.${m}` as MessageKey)} />
          ))}
        </Stack>
      </Radio.Group>
      {!fees && refusedTotal !== null && (
        <Alert color="orange" variant="outline" title={`⚠ ${t('o.ret.fees')}`} data-testid="return-fee-state">
          <Text size="sm">{`${t('o.fees.unpaid')} — ${formatMoney(refusedTotal, lang)}`}</Text>
          <Text size="sm">{t('o.ret.feesDue')}</Text>
        </Alert>
      )}
      {fees && (
        <Alert color={due ? 'orange' : 'green'} variant="outline" title={`${due ? '⚠' : '✓'} ${t('o.ret.fees')}`} data-testid="return-fee-state">
          <Text size="sm">
            {fees.total === 0 ? t('proc.noFee') : `${fees.paid ? t('o.fees.paid') : t('o.fees.unpaid')} — ${formatMoney(fees.total, lang)}`}
          </Text>
          {due && <Text size="sm">{t('o.ret.feesDue')}</Text>}
        </Alert>
      )}
      {due && (
        <Checkbox label={t('o.ret.waive')} checked={waive} onChange={(e) => setWaive(e.currentTarget.checked)} />
      )}
      {due && waive && (
        <Textarea label={t('o.ret.waiveReason')} value={waiveReason} onChange={(e) => setWaiveReason(e.currentTarget.value)} maxLength={1000} autosize minRows={2} withAsterisk />
      )}
      <TextInput label={`${t('o.act.receiver')} ${t('o.optional')}`} value={receiver} onChange={(e) => setReceiver(e.currentTarget.value)} maxLength={200} />
    </>
  );

  return {
    view,
    /** What is missing, in words, or null. */
    problem: (): string | null => {
      if (!method) return t('o.ret.methodRequired');
      if (due && !waive) return t('o.ret.feesDue');
      if (due && waive && !waiveReason.trim()) return t('o.ret.waiveReasonRequired');
      return null;
    },
    /** The server refused for unsettled fees: show them and offer the exemption. */
    onError: (e: unknown): void => {
      if (e instanceof ApiError && e.code === 'fees-not-settled') setRefusedTotal(typeof e.problem.total === 'number' ? e.problem.total : 0);
    },
    body: (): Record<string, unknown> => ({
      returnMethod: method,
      ...(receiver.trim() ? { receiver: { name: receiver.trim().normalize('NFC') } } : {}),
      ...(due && waive ? { feeExemption: { reason: waiveReason.trim().normalize('NFC') } } : {}),
    }),
  };
}
