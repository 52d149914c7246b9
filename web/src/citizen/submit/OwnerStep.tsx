/**
 * "Hồ sơ này của ai?" (docs/ux.md §2.1 step 4): myself (from the e-ID, read only), another person (name, personal
 * ID and the authorisation) or an organisation (name, tax code) where the procedure accepts it. The submitter is
 * always the account holder; the owner and the submitter are sent separately.
 */
import { Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { Account } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { maskId } from '../../lib/format.ts';
import type { Applicant } from './draft.ts';

export function OwnerStep({
  me,
  kinds,
  applicant,
  onChange,
  errors,
}: {
  me: Account;
  kinds: Applicant['kind'][];
  applicant: Applicant;
  onChange: (a: Applicant) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const idNumber = me.kind === 'citizen' ? me.personalId : me.taxCode;
  const set = (patch: Partial<Applicant>) => onChange({ ...applicant, ...patch });
  return (
    <Stack gap="md">
      <Radio.Group value={applicant.kind} onChange={(v) => set({ kind: v })} label={t('wiz.ownerTitle')} labelProps={{ className: 'visually-hidden' }} size="md">
        <Stack gap="xs">
          {kinds.map((k) => (
            <Radio key={k} id={`owner-${k}`} value={k} label={k === 'self' ? t('submit.ownerSelf', { name: me.name }) : k === 'other' ? t('wiz.ownerOther') : t('wiz.ownerOrg')} />
          ))}
        </Stack>
      </Radio.Group>
      {applicant.kind === 'self' && (
        <Paper withBorder p="md">
          <Text fw={600}>{me.name}</Text>
          <Text size="sm">
            {me.kind === 'citizen' ? t('account.personalId') : t('account.taxCode')}: {idNumber ? maskId(idNumber) : ''}
          </Text>
          <Text size="sm" c="#4a4f55" mt="xs">
            {t('account.source')}
          </Text>
          <details style={{ marginTop: 8 }}>
            <summary>{t('wiz.ownerWrong').split('?')[0]}?</summary>
            <Text size="sm">{t('wiz.ownerWrong')}</Text>
          </details>
        </Paper>
      )}
      {applicant.kind === 'other' && (
        <Stack gap="md">
          <TextInput id="f-ownerName" label={t('wiz.otherName')} description={t('wiz.nameHint')} value={applicant.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.ownerName} spellCheck={false} autoComplete="off" size="md" maxLength={200} />
          <TextInput id="f-ownerId" label={t('wiz.otherId')} description={t('wiz.otherIdHint')} value={applicant.idNumber} onChange={(e) => set({ idNumber: e.currentTarget.value })} error={errors.ownerId} inputMode="numeric" size="md" maxLength={20} style={{ maxWidth: 260 }} />
          <TextInput id="f-ownerAuth" label={t('wiz.otherAuth')} description={t('wiz.otherAuthHint')} value={applicant.authorisation} onChange={(e) => set({ authorisation: e.currentTarget.value })} error={errors.ownerAuth} size="md" maxLength={500} />
        </Stack>
      )}
      {applicant.kind === 'organisation' && (
        <Stack gap="md">
          <TextInput id="f-ownerName" label={t('wiz.orgName')} value={applicant.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.ownerName} size="md" maxLength={200} />
          <TextInput id="f-ownerId" label={t('wiz.orgTax')} description={t('wiz.orgTaxHint')} value={applicant.idNumber} onChange={(e) => set({ idNumber: e.currentTarget.value })} error={errors.ownerId} inputMode="numeric" size="md" maxLength={20} style={{ maxWidth: 260 }} />
        </Stack>
      )}
    </Stack>
  );
}

/** The owner's problems on Continue (the server checks the personal ID and tax code again). */
export function ownerProblems(a: Applicant, t: (k: 'wiz.otherNameRequired' | 'wiz.otherIdInvalid' | 'wiz.otherAuthRequired' | 'wiz.orgNameRequired' | 'wiz.orgTaxInvalid') => string): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const id = a.idNumber.replace(/[\s.]/g, '');
  if (a.kind === 'other') {
    if (!a.name.trim()) out.push({ key: 'ownerName', text: t('wiz.otherNameRequired') });
    if (!/^\d{12}$/.test(id)) out.push({ key: 'ownerId', text: t('wiz.otherIdInvalid') });
    if (!a.authorisation.trim()) out.push({ key: 'ownerAuth', text: t('wiz.otherAuthRequired') });
  } else if (a.kind === 'organisation') {
    if (!a.name.trim()) out.push({ key: 'ownerName', text: t('wiz.orgNameRequired') });
    if (!/^\d{10}(-\d{3})?$/.test(id)) out.push({ key: 'ownerId', text: t('wiz.orgTaxInvalid') });
  }
  return out;
}
