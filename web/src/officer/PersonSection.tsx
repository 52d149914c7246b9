/**
 * The person at the counter: personal ID (checked here with the server's rules, src/lib/vn-ids.ts), name, birth
 * date, phone, address. A valid ID is looked up (GET /api/v1/persons/{id}, audited): a person known from an earlier
 * dossier fills the fields still empty; nothing typed is overwritten.
 */
import { useEffect, useRef } from 'react';
import { Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { checkPersonalId } from '../../../shared/vn-ids.ts';
import { api, ApiError } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import type { FieldKey } from './reception.ts';

export interface PersonFields {
  personalId: string;
  name: string;
  birthDate: string;
  phone: string;
  address: string;
}

interface KnownPerson {
  name: string;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
  source: 'dossier' | 'account';
}

/** 1990-07-05 → 05/07/1990 (as the officer types it). */
const typedDate = (iso: string) => iso.split('-').reverse().join('/');

export function PersonSection({ value, onChange, errors }: { value: PersonFields; onChange: (v: PersonFields) => void; errors: Partial<Record<FieldKey, string>> }) {
  const { t } = useI18n();
  const idNumber = value.personalId.replace(/[\s.-]/g, '');
  const valid = checkPersonalId(idNumber).ok;
  const known = useQuery({
    queryKey: ['person', idNumber],
    enabled: valid,
    queryFn: () => api<KnownPerson>(`/api/v1/persons/${idNumber}`),
    retry: false,
    staleTime: 300_000,
  });
  const latest = useRef(value);
  latest.current = value;
  const filledFor = useRef('');
  useEffect(() => {
    const k = known.data;
    if (!k || filledFor.current === idNumber) return;
    filledFor.current = idNumber;
    const v = latest.current;
    onChange({
      ...v,
      name: v.name.trim() ? v.name : k.name,
      birthDate: v.birthDate.trim() || !k.birthDate ? v.birthDate : typedDate(k.birthDate),
      phone: v.phone.trim() || !k.phone ? v.phone : k.phone,
      address: v.address.trim() || !k.address ? v.address : k.address,
    });
  }, [known.data, idNumber, onChange]);

  const set = (k: keyof PersonFields) => (e: { currentTarget: { value: string } }) => onChange({ ...value, [k]: e.currentTarget.value });
  const notFound = known.error instanceof ApiError && known.error.status === 404;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('o.rec.person')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          id="rec-personalId"
          label={t('account.personalId')}
          description={t('o.rec.idHint')}
          value={value.personalId}
          onChange={set('personalId')}
          inputMode="numeric"
          maxLength={20}
          spellCheck={false}
          autoComplete="off"
          error={errors.personalId}
        />
        <TextInput
          id="rec-name"
          label={t('account.name')}
          description={t('o.rec.nameHint')}
          value={value.name}
          onChange={set('name')}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          error={errors.name}
        />
        <TextInput
          id="rec-birthDate"
          label={`${t('account.birthDate')} ${t('o.optional')}`}
          description={t('o.rec.birthDateHint')}
          value={value.birthDate}
          onChange={set('birthDate')}
          maxLength={10}
          autoComplete="off"
          error={errors.birthDate}
        />
        <TextInput label={`${t('o.rec.phone')} ${t('o.optional')}`} value={value.phone} onChange={set('phone')} inputMode="tel" maxLength={20} autoComplete="off" />
      </SimpleGrid>
      <TextInput mt="sm" label={`${t('o.rec.address')} ${t('o.optional')}`} value={value.address} onChange={set('address')} maxLength={300} autoComplete="off" />
      <Text size="sm" mt="xs" c="#4a4f55" aria-live="polite" data-testid="person-lookup">
        {!valid
          ? ''
          : known.isFetching
            ? t('o.rec.lookupSearching')
            : known.data
              ? t('o.rec.lookupFound', { source: t(`o.rec.lookupSource.${known.data.source}` as MessageKey) })
              : notFound
                ? t('o.rec.lookupNone')
                : ''}
      </Text>
    </Paper>
  );
}
