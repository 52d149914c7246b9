/**
 * "Hồ sơ chuyển hệ thống khác" (federated deployments, ROLE=local): dossiers received at this counter and forwarded
 * to the competent agency's system (GET /api/v1/forwarded-dossiers), with the progress that system reports, and
 * the return of the result at this counter once it is ready (POST /api/v1/forwarded-dossiers/:id/return).
 */
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout } from './OfficerLayout.tsx';
import type { ForwardedDossier } from './types.ts';

function ReturnDialog({ f, onClose, onDone }: { f: ForwardedDossier; onClose: () => void; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(f.owner.name);
  const [idNumber, setIdNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  // the fees as the competent system reported them (or as its refusal tells): settled, or waived here with a reason
  const [refusedTotal, setRefusedTotal] = useState<number | null>(null);
  const fees = f.remote.fees;
  const dueTotal = fees && fees.total > 0 && !fees.paid ? fees.total : refusedTotal;
  const [waive, setWaive] = useState(false);
  const [waiveReason, setWaiveReason] = useState('');
  const [waiveError, setWaiveError] = useState<string | null>(null);
  const ret = useMutation({
    mutationFn: () =>
      api(`/api/v1/forwarded-dossiers/${f.id}/return`, {
        method: 'POST',
        body: {
          receiver: { name: name.trim().normalize('NFC'), ...(idNumber.trim() ? { idNumber: idNumber.replace(/\D/g, '') } : {}) },
          ...(dueTotal !== null && waive ? { feeExemption: { reason: waiveReason.trim().normalize('NFC') } } : {}),
        },
      }),
    onSuccess: onDone,
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'fees-not-settled') setRefusedTotal(typeof e.problem.total === 'number' ? e.problem.total : 0);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('o.fwd.receiverRequired'));
    setError(null);
    if (dueTotal !== null && waive && !waiveReason.trim()) return setWaiveError(t('o.ret.waiveReasonRequired'));
    setWaiveError(null);
    ret.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('o.fwd.returnTitle', { code: f.remote.code ?? '' })} closeButtonProps={{ 'aria-label': t('o.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('o.fwd.receiverName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} error={error} required />
          <TextInput label={`${t('o.fwd.receiverId')} ${t('o.optional')}`} value={idNumber} onChange={(e) => setIdNumber(e.currentTarget.value)} maxLength={14} inputMode="numeric" />
          {fees && fees.total > 0 && (
            <Alert color={dueTotal === null ? 'green' : 'orange'} variant="outline" title={`${dueTotal === null ? '✓' : '⚠'} ${t('o.ret.fees')}`} data-testid="return-fee-state">
              <Text size="sm">{`${dueTotal === null ? t('o.fees.paid') : t('o.fees.unpaid')} — ${formatMoney(fees.total, lang)}`}</Text>
            </Alert>
          )}
          {dueTotal !== null && (
            <>
              {!fees && <Text size="sm">{`${t('o.fees.unpaid')} — ${formatMoney(dueTotal, lang)}`}</Text>}
              <Text size="sm">{t('o.ret.feesDue')}</Text>
              <Checkbox label={t('o.ret.waive')} checked={waive} onChange={(e) => setWaive(e.currentTarget.checked)} />
              {waive && (
                <Textarea label={t('o.ret.waiveReason')} value={waiveReason} onChange={(e) => setWaiveReason(e.currentTarget.value)} maxLength={1000} autosize minRows={2} withAsterisk error={waiveError} />
              )}
            </>
          )}
          {ret.error && <ErrorAlert error={ret.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('o.cancel')}
            </Button>
            <Button type="submit" loading={ret.isPending}>
              {t('o.fwd.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Who received the result and which officer handed it over ("receiver · officer").
 */
function returnedBy(f: ForwardedDossier): string {
  const by = f.returnedBy;
  return by ? [by.name, by.officerName].filter((x): x is string => !!x).join(' · ') : '';
}

function ForwardedCard({ f, onReturn }: { f: ForwardedDossier; onReturn: () => void }) {
  const { t, lang } = useI18n();
  const r = f.remote;
  // the status in the words of the rest of the officer's screens (queue, "Nhận hộ hệ thống khác"); the remote
  // system's own name only for a status this app does not know
  const remoteStatus = (x: ForwardedDossier['remote']) =>
    x.status !== null && Number.isInteger(x.status) && x.status >= 1 && x.status <= 10 ? t(`status.${x.status}` as MessageKey) : x.statusName ? x.statusName[lang === 'en' ? 'en' : 'vi'] : t('o.fwd.pending');
  return (
    <Paper withBorder p="md" component="li" data-testid="forwarded-item">
      <Stack gap={4}>
        <Text fw={700} className="code-mono break-words">
          {r.code ?? `${t('o.fwd.pending')} · ${t('o.cross.reference')}: ${f.reference ?? ''}`}
        </Text>
        <Text>
          {f.procedure.name} ({f.procedure.code}) · {f.owner.name}
        </Text>
        <Text size="sm">
          {t('o.fwd.target')}: {f.targetName ?? f.targetNode} · {f.resolvingAgencyName ?? f.resolvingAgencyCode}
        </Text>
        <Text size="sm">
          {t('o.fwd.remote')}: <strong>{remoteStatus(r)}</strong>
          {r.dueAt ? ` · ${t('my.due')}: ${formatDateTime(r.dueAt)}` : ''}
          {r.progressAt ? ` · ${t('o.fwd.lastUpdate', { at: formatDateTime(r.progressAt) })}` : ''}
        </Text>
        <Text size="sm">{f.returnAtReception ? t('o.cross.returnHereYes') : t('o.cross.returnHereNo')}</Text>
        {r.code && (
          <Anchor href={`/api/v1/forwarded-dossiers/${f.id}/receipt.pdf`} target="_blank" rel="noopener" size="sm">
            {t('o.rec.printReceipt')}
          </Anchor>
        )}
        {r.history.length > 0 && (
          <details>
            <summary>{t('o.fwd.history')}</summary>
            <ol>
              {r.history.map((h) => (
                <li key={h.seq}>
                  {t(`action.${h.kind}` as Parameters<typeof t>[0]) || h.kind} · {formatDateTime(h.at)}
                  {h.actorName ? ` · ${h.actorName}` : ''}
                  {h.note && (
                    <Text size="sm" className="break-words">
                      {h.note}
                    </Text>
                  )}
                  {h.items && (
                    <ul data-testid="forwarded-supplement-items">
                      {h.items.map((i, k) => (
                        <li key={k} className="break-words">
                          <strong>{i.name}</strong>
                          {i.reason ? ` — ${i.reason}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
        {f.returnSentAt && <Text size="sm">{t('o.fwd.returned', { by: returnedBy(f) })}</Text>}
        {f.canReturn && (
          <Group>
            <Button onClick={onReturn}>{t('o.fwd.return')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export default function ForwardedPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [returning, setReturning] = useState<ForwardedDossier | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['forwarded'], queryFn: () => api<{ total: number; items: ForwardedDossier[] }>('/api/v1/forwarded-dossiers?limit=100') });
  usePageTitle(t('o.fwd.title'), !!list.error);
  return (
    <OfficerLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('o.fwd.title')}
        </Title>
        <Text>{t('o.fwd.intro')}</Text>
        <div aria-live="polite">
          {notice && (
            <Alert color="green" variant="outline" title={notice} withCloseButton onClose={() => setNotice(null)} closeButtonLabel={t('o.close')}>
              {null}
            </Alert>
          )}
        </div>
        {list.error && <ErrorAlert error={list.error} />}
        {!list.data && !list.error && <Text role="status">{t('common.loading')}</Text>}
        {list.data && list.data.items.length === 0 && <Text>{t('o.fwd.empty')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <Stack component="ul" aria-label={t('o.fwd.caption')} gap="sm" className="plain-list">
            {list.data.items.map((f) => (
              <ForwardedCard key={f.id} f={f} onReturn={() => setReturning(f)} />
            ))}
          </Stack>
        )}
      </Stack>
      {returning && (
        <ReturnDialog
          f={returning}
          onClose={() => setReturning(null)}
          onDone={() => {
            setReturning(null);
            setNotice(t('o.fwd.returnedNotice'));
            void qc.invalidateQueries({ queryKey: ['forwarded'] });
          }}
        />
      )}
    </OfficerLayout>
  );
}
