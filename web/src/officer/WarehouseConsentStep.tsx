/**
 * Counter reception, after the personal ID: the person agrees to a look-up of their data warehouse, and proves
 * they are here. Step 1 sends a one-time code to the phone / e-mail the person registered with the e-ID (POST
 * /api/v1/reuse/counter-consents; the answer says where, masked, never the code); step 2 the person reads the code
 * out and the officer types it in (POST /api/v1/reuse/counter-consents/confirm): only then is the consent recorded
 * and the checklist shows what the warehouse covers. Nothing of the warehouse is read before that.
 */
import { Alert, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../lib/format.ts';

interface Challenge {
  challengeId: string;
  dossierRef: string;
  expiresAt: string;
  attemptsLeft: number;
  sentTo: { channel: 'sms' | 'email'; to: string }[];
}

/** Errors after which the same code can no longer work: ask for a new one. */
const SPENT = ['counter-consent-code-expired', 'counter-consent-attempts-exhausted', 'counter-consent-code-used', 'counter-consent-challenge-not-found'];

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
  const [challenge, setChallenge] = useState<(Challenge & { idNumber: string }) | null>(null);
  const [code, setCode] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api<Challenge>('/api/v1/reuse/counter-consents', {
        method: 'POST',
        body: { owner: { type: 'citizen', idNumber }, purpose: purpose.slice(0, 500) },
      }),
    onSuccess: (r) => {
      setChallenge({ ...r, idNumber });
      setCode('');
      confirm.reset();
    },
  });
  const confirm = useMutation({
    mutationFn: (c: Challenge) =>
      api<{ consentId: string }>('/api/v1/reuse/counter-consents/confirm', {
        method: 'POST',
        body: { challengeId: c.challengeId, code },
      }),
    onSuccess: (r) => {
      setChallenge(null);
      onConsent(r.consentId);
    },
  });
  // a code asked for another person (the ID was changed since) is not shown
  const pending = challenge && challenge.idNumber === idNumber ? challenge : null;
  const confirmError = confirm.error instanceof ApiError ? confirm.error : undefined;
  const left = confirmError?.problem.attemptsLeft;
  const spent = confirmError ? SPENT.includes(confirmError.code) : false;
  const codeValid = /^\d{6}$/.test(code);
  const channel = (c: 'sms' | 'email') => t(c === 'sms' ? 'o.wh.viaSms' : 'o.wh.viaEmail');

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('o.wh.title')}
      </Title>
      {consentId ? (
        <Alert color="green" variant="outline" title={t('o.wh.consented')} data-testid="wh-consented">
          {covered === null ? t('common.loading') : covered > 0 ? t('o.wh.coveredCount', { n: covered }) : t('o.wh.noneCovered')}
        </Alert>
      ) : pending ? (
        // not a <form>: this step sits inside the reception form, and a nested form's submit would also submit that one
        <div role="group" aria-label={t('o.wh.title')}>
          <Alert color="blue" variant="outline" title={t('o.wh.codeSent')} mb="sm" data-testid="wh-code-sent">
            <Text size="sm">
              {pending.sentTo.map((s) => `${channel(s.channel)}: ${s.to}`).join(' · ')}
            </Text>
            <Text size="sm">{t('o.wh.codeHint', { time: formatDateTime(pending.expiresAt) })}</Text>
          </Alert>
          {confirm.error && <ErrorAlert error={confirm.error} />}
          {typeof left === 'number' && left > 0 && (
            <Text size="sm" c="red.9" role="status">
              {t('o.wh.attemptsLeft', { n: left })}
            </Text>
          )}
          <Group align="flex-end" mt="xs">
            <TextInput
              label={t('o.wh.codeLabel')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              w={180}
              disabled={spent}
              data-testid="wh-code"
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault(); // Enter confirms the code, never the whole reception
                if (codeValid) confirm.mutate(pending);
              }}
            />
            <Button type="button" disabled={!codeValid || spent} loading={confirm.isPending} onClick={() => confirm.mutate(pending)}>
              {t('o.wh.confirmCode')}
            </Button>
            <Button variant="subtle" onClick={() => send.mutate()} loading={send.isPending}>
              {t('o.wh.resendCode')}
            </Button>
          </Group>
          {send.error && <ErrorAlert error={send.error} />}
        </div>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('o.wh.explain')}
          </Text>
          {send.error && <ErrorAlert error={send.error} />}
          {send.error instanceof ApiError && send.error.code === 'counter-consent-no-contact' && (
            <Text size="sm" mb="sm">
              {t('o.wh.noContact')}
            </Text>
          )}
          <Group>
            <Button variant="light" onClick={() => send.mutate()} disabled={!idValid} loading={send.isPending}>
              {t('o.wh.consentButton')}
            </Button>
            {!idValid && <Text size="sm">{t('o.wh.needId')}</Text>}
          </Group>
        </>
      )}
    </Paper>
  );
}
