/**
 * "Kiểm tra tin nhắn" (scam-proof contact): no login. The person types the check code of an e-mail or SMS they
 * received, or pastes the whole message; the answer says whether the system sent it — when, by which channel, to
 * which (masked) address, about which (masked) dossier — or clearly that it did not, with the advice that goes with it.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { checkMessage, type CheckedMessage, type MessageCheckResult } from '../api/messages.ts';
import { useNodeRole } from '../api/node.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

function Sent({ m }: { m: CheckedMessage }) {
  const { t } = useI18n();
  const when =
    m.status === 'pending'
      ? t('mchk.whenPending', { at: formatDateTime(m.issuedAt) })
      : m.status === 'failed'
        ? t('mchk.whenFailed', { at: formatDateTime(m.issuedAt) })
        : formatDateTime(m.sentAt ?? m.issuedAt);
  return (
    <Paper withBorder p="md">
      <Facts
        items={[
          [t('mchk.about'), t(`msgs.tpl.${m.template}` as MessageKey)],
          [t('mchk.when'), when],
          [t('mchk.channel'), t(`mchk.${m.channel}` as MessageKey)],
          [t('mchk.recipient'), <span className="code-mono">{m.recipient}</span>],
          [t('mchk.dossier'), <span className="code-mono">{m.dossierCode ?? '—'}</span>],
          [t('mchk.agency'), m.agency ? (m.agency.name ?? m.agency.code) : '—'],
          [t('mchk.system'), m.system.name ? `${m.system.name} (${m.system.code})` : m.system.code],
        ]}
      />
    </Paper>
  );
}

function Verdict({ r, portalUrl }: { r: MessageCheckResult; portalUrl: string | undefined }) {
  const { t } = useI18n();
  if (r.verdict === 'sent')
    return (
      <Stack gap="sm">
        <Alert
          color="green"
          variant="outline"
          title={<span data-testid="message-check-verdict">✓ {t('mchk.sent', { code: r.code ?? '' })}</span>}
          styles={{ title: { color: '#1b5e20' } }}
        >
          {t('mchk.sentNote')}
        </Alert>
        {r.messages.map((m, i) => (
          <Sent key={i} m={m} />
        ))}
      </Stack>
    );
  return (
    <Alert
      color="red"
      variant="outline"
      title={
        <span data-testid="message-check-verdict">
          ⛔ {r.verdict === 'not-sent' ? t('mchk.notSent', { code: r.code ?? '' }) : t('mchk.noCode')}
        </span>
      }
      styles={{ title: { color: '#7f0f0f' } }}
    >
      <Text>{r.verdict === 'not-sent' ? t('mchk.notSentNote') : t('mchk.noCodeNote')}</Text>
      {portalUrl && r.verdict === 'not-sent' && (
        <Anchor href={`${portalUrl}/kiem-tra-tin-nhan`} mt="xs" display="inline-block">
          {t('mchk.askPortal')}
        </Anchor>
      )}
    </Alert>
  );
}

export default function CheckMessagePage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const check = useMutation({ mutationFn: (s: string) => checkMessage(s) });
  // a ministry's or province's system knows only its own messages: it points to the portal for the others
  const node = useNodeRole();
  const portalUrl = node.data?.role === 'local' ? node.data.nationalUrl : undefined;
  usePageTitle(t('mchk.title'), missing || !!check.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const s = text.trim();
    setMissing(!s);
    if (s) check.mutate(s.slice(0, 5000));
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('mchk.title')}</Title>
        <Text mt="xs">{t('mchk.intro')}</Text>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" align="flex-start">
          <Textarea
            label={t('mchk.input')}
            description={t('mchk.inputHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={missing ? t('mchk.required') : undefined}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
            style={{ width: '100%' }}
            autoComplete="off"
            data-testid="message-check-input"
          />
          <Button type="submit" loading={check.isPending}>
            {t('mchk.check')}
          </Button>
        </Stack>
      </form>
      {check.error != null && <ErrorAlert error={check.error} />}
      {check.data && <Verdict r={check.data} portalUrl={portalUrl} />}
      <Paper withBorder p="md" component="section" aria-labelledby="advice-heading">
        <Title order={2} size="h4" id="advice-heading" mb="xs">
          {t('mchk.adviceTitle')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('mchk.advice1')}</List.Item>
          <List.Item>{t('mchk.advice2')}</List.Item>
          <List.Item>{t('mchk.advice3')}</List.Item>
          <List.Item>{t('mchk.advice4')}</List.Item>
        </List>
      </Paper>
    </Stack>
  );
}
