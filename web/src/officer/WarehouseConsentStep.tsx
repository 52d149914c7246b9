/**
 * Counter reception, after the personal ID: the person says yes to looking up their data warehouse
 * ("Người dân đồng ý cho tra cứu kho dữ liệu"); the consent is recorded (POST /api/v1/reuse/counter-consents) and
 * the checklist then shows what the warehouse covers. Nothing of the warehouse is read before that.
 */
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

export function WarehouseConsentStep({
  idNumber,
  idValid,
  purpose,
  consentId,
  covered,
  onConsent,
}: {
  idNumber: string;
  idValid: boolean;
  purpose: string;
  consentId: string | null;
  covered: number | null;
  onConsent: (consentId: string) => void;
}) {
  const { t } = useI18n();
  const record = useMutation({
    mutationFn: () =>
      api<{ consentId: string }>('/api/v1/reuse/counter-consents', {
        method: 'POST',
        body: { owner: { type: 'citizen', idNumber }, purpose: purpose.slice(0, 500) },
      }),
    onSuccess: (r) => onConsent(r.consentId),
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('o.wh.title')}
      </Title>
      {consentId ? (
        <Alert color="green" variant="outline" title={t('o.wh.consented')} data-testid="wh-consented">
          {covered === null ? t('common.loading') : covered > 0 ? t('o.wh.coveredCount', { n: covered }) : t('o.wh.noneCovered')}
        </Alert>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('o.wh.explain')}
          </Text>
          {record.error && <ErrorAlert error={record.error} />}
          <Group>
            <Button variant="light" onClick={() => record.mutate()} disabled={!idValid} loading={record.isPending}>
              {t('o.wh.consentButton')}
            </Button>
            {!idValid && <Text size="sm">{t('o.wh.needId')}</Text>}
          </Group>
        </>
      )}
    </Paper>
  );
}
