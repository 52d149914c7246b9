/**
 * What the owner does on a dossier page: answer a supplement request online, withdraw a consent for a reused
 * document while the dossier is open, pay the fee online (payment stand-in in a new tab, "đang xác nhận" until
 * reconciled), download signed results, and rate the service after the result is returned.
 */
import { useState } from 'react';
import { Anchor, Button, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import type { Dossier } from '../api/types.ts';
import type { Consent, MyPayment } from '../api/warehouse.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatMoney } from '../lib/format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PaperRow } from './submit/PaperRow.tsx';
import { useNodeRole } from '../api/node.ts';
import { uploadRaw } from '../api/upload.ts';
import { Evaluation } from './Evaluation.tsx';
import type { Choice } from './submit/draft.ts';

export type Full = Dossier & { version: number; components: (Dossier['components'][number] & { documentTypeCode?: string | null })[]; history: (Dossier['history'][number] & { data?: { items?: { name: string; reason: string }[] } | null })[] };
const CLOSED = [3, 7, 8, 9, 10];

/** `via`: the dossier is held by another system and this is the portal: each call is relayed to it (issue 13.11). */
const relayed = (via: string, id: string) => `/api/v1/portal/systems/${encodeURIComponent(via)}/dossiers/${encodeURIComponent(id)}`;

export function Supplement({ d, via }: { d: Full; via?: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const req = [...d.history].reverse().find((h) => h.action === 'request_supplement');
  const items = req?.data?.items ?? [];
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [note, setNote] = useState('');
  // Uploads go into the owner's warehouse and are then attached; a ministry's or province's system reaches the
  // warehouse only through its officers, so there the file goes straight into the dossier's component.
  const node = useNodeRole();
  const direct = !!via || node.data?.role === 'local';
  const componentFor = (i: number) => {
    const item = items[i];
    return d.components.find((k) => item && k.name === item.name) ?? d.components[0];
  };
  const uploadTo = (i: number) => (f: File, onProgress: (fraction: number) => void) =>
    uploadRaw<{ id: string }>(`${via ? relayed(via, d.id) : `/api/v1/my/dossiers/${d.id}`}/components/${componentFor(i)?.seq ?? 1}/files`, f, onProgress, undefined, f.name);
  const send = useMutation({
    mutationFn: async () => {
      for (const [i, c] of Object.entries(choices)) {
        if (direct || c.kind !== 'upload' || !c.documentId) continue;
        const comp = componentFor(Number(i));
        if (comp) await api(`/api/v1/my/dossiers/${d.id}/components/${comp.seq}/attachments`, { method: 'POST', body: { documentId: c.documentId } });
      }
      const files = Object.values(choices).filter((c): c is Extract<Choice, { kind: 'upload' }> => c.kind === 'upload' && !!c.documentId).map((c) => c.fileName);
      const text = [note.trim(), files.length ? files.join(', ') : ''].filter(Boolean).join(' — ').slice(0, 2000);
      const said = text ? { note: text } : {};
      if (via) return api<Dossier>(`${relayed(via, d.id)}/supplement`, { method: 'POST', body: { expectedVersion: d.version, ...said } });
      return api<Dossier>(`/api/v1/my/dossiers/${d.id}/actions`, { method: 'POST', body: { action: 'supplement_received', expectedVersion: d.version, ...said } });
    },
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['dossier', d.id] }), qc.invalidateQueries({ queryKey: ['my-dossiers'] })]),
  });
  return (
    <Paper withBorder p="md" style={{ borderLeft: '6px solid #b36200' }} data-testid="supplement-answer">
      <Title order={2} size="h3">
        ⚠ {t('dsup.title')}
      </Title>
      <Text mt="xs">{t('dsup.intro')}</Text>
      <List mt="xs">
        {items.map((it, i) => (
          <List.Item key={i} className="break-words">
            <strong>{it.name}</strong> — {t('dsup.reason')}: {it.reason}
          </List.Item>
        ))}
      </List>
      <Stack mt="md" gap="sm">
        {items.map((it, i) => (
          <PaperRow key={i} seq={i + 1} name={it.name} typeCode={null} resolved={undefined} {...(direct ? { uploadTo: uploadTo(i) } : {})} choice={choices[i] ?? { kind: 'none' }} onChange={(c) => setChoices((x) => ({ ...x, [i]: c }))} />
        ))}
        <Textarea label={t('dsup.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        {send.error && <ErrorAlert error={send.error} />}
        <div>
          <Button onClick={() => send.mutate()} loading={send.isPending}>
            {t('dsup.send')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

function Consents({ d }: { d: Full }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const reused = d.components.filter((c) => c.source === 'reused_document' || c.source === 'reused_result');
  const q = useQuery({ queryKey: ['warehouse', 'consents'], enabled: reused.length > 0, queryFn: () => api<{ items: Consent[] }>('/api/v1/my/warehouse/consents') });
  const mine = (q.data?.items ?? []).filter((c) => c.dossierRef === d.id);
  const withdraw = useMutation({
    mutationFn: (id: string) => api(`/api/v1/my/dossiers/${d.id}/consents/${id}/withdraw`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['warehouse'] }),
  });
  if (!reused.length) return null;
  return (
    <section aria-labelledby="consent-h">
      <Title order={2} size="h3" id="consent-h" mb="xs">
        {t('dcon.title')}
      </Title>
      <List>
        {reused.map((c) => (
          <List.Item key={c.seq} className="break-words">
            {c.name}
          </List.Item>
        ))}
      </List>
      {withdraw.error && <ErrorAlert error={withdraw.error} />}
      {mine.map((c) =>
        c.withdrawnAt ? (
          <Text key={c.id} mt="xs" fw={600}>
            ✕ {t('dcon.withdrawn')}
          </Text>
        ) : !CLOSED.includes(d.status) ? (
          <Stack key={c.id} mt="xs" gap={4} align="flex-start">
            <Text size="sm">{t('dcon.withdrawHint')}</Text>
            <Button variant="outline" onClick={() => withdraw.mutate(c.id)} loading={withdraw.isPending}>
              {t('dcon.withdraw')}
            </Button>
          </Stack>
        ) : null,
      )}
    </section>
  );
}

export function Payments({ d, via }: { d: Pick<Full, 'id'>; via?: string }) {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState(false);
  const q = useQuery({
    queryKey: ['my-payments', d.id],
    queryFn: () => api<{ items: MyPayment[] }>(`${via ? relayed(via, d.id) : `/api/v1/my/dossiers/${d.id}`}/payments`),
    refetchInterval: (query) => (opened && query.state.data?.items.some((p) => p.state !== 'paid' && p.state !== 'cancelled') ? 3000 : false),
  });
  const init = useMutation({
    mutationFn: (id: string) => api<{ paymentUrl: string }>(via ? `${relayed(via, d.id)}/payments/${id}/init` : `/api/v1/payments/${id}/init`, { method: 'POST' }),
    onSuccess: (r) => {
      setOpened(true);
      window.open(r.paymentUrl, '_blank', 'noopener');
    },
  });
  const items = (q.data?.items ?? []).filter((p) => p.state !== 'cancelled');
  if (!items.length) return null;
  return (
    <section aria-labelledby={`pay-h-${d.id}`} data-testid="payments">
      <Title order={2} size="h3" id={`pay-h-${d.id}`} mb="xs">
        {t('dpay.title')}
      </Title>
      {init.error && <ErrorAlert error={init.error} />}
      {items.map((p) =>
        p.state === 'paid' ? (
          <Text key={p.id} fw={700} c="#1b5e20" data-testid="payment-paid">
            ✓ {t('dpay.paid', { amount: formatMoney(p.amount, lang) })}
          </Text>
        ) : (
          <Stack key={p.id} gap="xs" align="flex-start">
            {(opened || p.state === 'pending') && <Text role="status">⏳ {t('dpay.pending')}</Text>}
            <Text size="sm">{t('dpay.newTab')}</Text>
            <Button onClick={() => init.mutate(p.id)} loading={init.isPending}>
              {t('dpay.pay', { amount: formatMoney(p.amount, lang) })}
            </Button>
            {opened && (
              <Button variant="subtle" onClick={() => void q.refetch()}>
                {t('dpay.check')}
              </Button>
            )}
          </Stack>
        ),
      )}
    </section>
  );
}

function Results({ d }: { d: Full }) {
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['results', d.id],
    enabled: d.status >= 9 || d.history.some((h) => h.action === 'record_result'),
    queryFn: async () => {
      try {
        return await api<{ id: string; resultTypeName: string; numberSymbol: string; verificationCode: string; status: string }[]>(`/api/v1/dossiers/${d.id}/results`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return [];
        throw e;
      }
    },
  });
  if (!q.data?.length) return null;
  return (
    <section aria-labelledby="res-h">
      <Title order={2} size="h3" id="res-h" mb="xs">
        {t('dres.title')}
      </Title>
      <List>
        {q.data.map((r) => (
          <List.Item key={r.id} className="break-words">
            {r.resultTypeName} {r.numberSymbol} —{' '}
            <Anchor href={`/api/v1/dossiers/${d.id}/results/${r.id}/pdf`} target="_blank" rel="noopener">
              {t('dres.download')}
            </Anchor>{' '}
            · <Anchor href={`/xac-thuc/${r.verificationCode}`}>{r.verificationCode}</Anchor>
          </List.Item>
        ))}
      </List>
    </section>
  );
}

export function DossierExtras({ d }: { d: Dossier }) {
  const full = d as Full;
  return (
    <>
      {d.status === 5 && <Supplement d={full} />}
      <Payments d={full} />
      <Consents d={full} />
      <Results d={full} />
      {d.status === 10 && <Evaluation dossierId={d.id} />}
    </>
  );
}
