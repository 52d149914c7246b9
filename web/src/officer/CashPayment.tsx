/**
 * "Thu tiền mặt": the one-stop officer records the fees paid in cash at the counter with the receipt number
 * (POST /api/v1/dossiers/{id}/fees/cash); the amount is the dossier's total, which the server checks again.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import type { FeesView } from './types.ts';

const RECEIPT = /^[A-Za-z0-9/-]{1,30}$/;

export function CashPayment({ dossierId, fees, onDone }: { dossierId: string; fees: FeesView; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [receiptNo, setReceiptNo] = useState('');
  const [invalid, setInvalid] = useState(false);
  const pay = useMutation({
    mutationFn: () => api(`/api/v1/dossiers/${dossierId}/fees/cash`, { method: 'POST', body: { receiptNo: receiptNo.trim(), amount: fees.total } }),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = !RECEIPT.test(receiptNo.trim());
    setInvalid(bad);
    if (!bad) pay.mutate();
  };
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)} w="fit-content">
        {t('o.cash.button')}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('o.cash.title')} closeButtonProps={{ 'aria-label': t('o.close') }}>
          <form onSubmit={submit} noValidate>
            <Stack>
              {invalid && (
                <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${t('o.cash.receiptRequired')}`}>
                  {null}
                </Alert>
              )}
              {pay.error && <ErrorAlert error={pay.error} />}
              <Text size="sm">{t('o.cash.help')}</Text>
              <Text fw={700}>
                {t('o.cash.amount')}: {formatMoney(fees.total, lang)}
              </Text>
              <TextInput label={t('o.cash.receiptNo')} description={t('o.cash.receiptHint')} value={receiptNo} onChange={(e) => setReceiptNo(e.currentTarget.value)} maxLength={30} autoComplete="off" spellCheck={false} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpen(false)}>
                  {t('o.cancel')}
                </Button>
                <Button type="submit" loading={pay.isPending}>
                  {t('o.cash.button')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
}
