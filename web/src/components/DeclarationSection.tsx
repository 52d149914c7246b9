/**
 * The dossier's declaration (tờ khai điện tử) on the dossier page, citizen's and officer's: each answer under its
 * label (dates dd/mm/yyyy, choices by their label), the corrections made (who, when, why, what changed), and for an
 * officer of the agency "Sửa tờ khai": the whole form again with a reason, sent with the dossier's version (409 on
 * a stale one), recorded as an action in the dossier's log.
 */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { declarationOf, showDate, type EForm } from '../api/eform.ts';
import { EFormPage, type DateParts } from '../citizen/submit/EFormPage.tsx';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Correction {
  seq: number;
  at: string;
  actor: string;
  reason: string;
  changes: { field: string; label: string; from: string | null; to: string | null }[];
}
interface DeclarationView {
  version: number;
  eform: EForm | null;
  data: Record<string, string> | null;
  corrections: Correction[];
}

export function DeclarationSection({ dossierId, canCorrect = false, onCorrected }: { dossierId: string; canCorrect?: boolean; onCorrected?: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['declaration', dossierId], queryFn: () => api<DeclarationView>(`/api/v1/dossiers/${dossierId}/declaration`) });
  const [editing, setEditing] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [dates, setDates] = useState<Record<string, DateParts>>({});
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: (body: unknown) => api<DeclarationView>(`/api/v1/dossiers/${dossierId}/declaration`, { method: 'PUT', body }),
    onSuccess: (v) => {
      qc.setQueryData(['declaration', dossierId], v);
      setEditing(false);
      onCorrected?.();
    },
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  const v = q.data;
  if (!v?.eform || !v.data) return null;
  const form = v.eform;
  const fields = form.layout.pages.flatMap((p) => p.fields);
  const shown = (key: string, value: string | null | undefined) => {
    const f = fields.find((x) => x.key === key);
    if (!value) return '—';
    return f?.widget === 'date' ? showDate(value) : (f?.options?.find((o) => o.value === value)?.label ?? value);
  };
  const start = () => {
    const data = v.data ?? {};
    setAnswers(Object.fromEntries(fields.filter((f) => f.widget !== 'date').map((f) => [f.key, data[f.key] ?? ''])));
    setDates(Object.fromEntries(fields.filter((f) => f.widget === 'date' && data[f.key]).map((f) => [f.key, { d: data[f.key]!.slice(8, 10), m: data[f.key]!.slice(5, 7), y: data[f.key]!.slice(0, 4) }])));
    setReason('');
    setEditing(true);
  };
  const fieldErrors = Object.fromEntries((save.error instanceof ApiError ? save.error.errors : []).map((e) => [e.path.slice(1), e.message]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="declaration-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="declaration-heading">
          {form.title}
        </Title>
        {canCorrect && !editing && (
          <Button variant="light" onClick={start}>
            {t('decl.correct')}
          </Button>
        )}
      </Group>
      {!editing && (
        <dl className="review-list" data-testid="declaration">
          {fields.map((f) => (
            <div key={f.key}>
              <dt className="break-words">{f.label}</dt>
              <dd className="break-words">{shown(f.key, v.data?.[f.key])}</dd>
            </div>
          ))}
        </dl>
      )}
      {editing && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ data: declarationOf(form, answers, dates), reason, expectedVersion: v.version });
          }}
        >
          <Stack gap="md">
            {save.error && <ErrorAlert error={save.error} message={save.error instanceof ApiError && save.error.code === 'dossier-version-conflict' ? t('decl.conflict') : undefined} />}
            {form.layout.pages.map((p, i) => (
              <fieldset key={p.title} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                <legend style={{ fontWeight: 700, marginBottom: 8 }}>{p.title}</legend>
                <EFormPage
                  form={form}
                  page={i}
                  data={answers}
                  dates={dates}
                  errors={fieldErrors}
                  onChange={(k, val) => setAnswers((a) => ({ ...a, [k]: val }))}
                  onDate={(k, parts) => setDates((d) => ({ ...d, [k]: parts }))}
                  labels={{ day: t('wiz.day'), month: t('wiz.month'), year: t('wiz.year'), dateHint: t('wiz.dateHint'), choose: t('wiz.choose') }}
                />
              </fieldset>
            ))}
            <Textarea label={t('decl.reason')} description={t('decl.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={1000} />
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!reason.trim()}>
                {t('decl.save')}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('decl.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {v.corrections.length > 0 && (
        <Alert color="gray" variant="outline" mt="md" title={t('decl.corrections')}>
          <ul className="plain-list">
            {v.corrections.map((c) => (
              <li key={c.seq}>
                <Text size="sm" fw={600}>
                  {formatDateTime(c.at)} · {c.actor} · {t('decl.because')}: {c.reason}
                </Text>
                <ul>
                  {c.changes.map((x) => (
                    <li key={x.field}>
                      <Text size="sm">
                        {x.label}: {shown(x.field, x.from)} → {shown(x.field, x.to)}
                      </Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Paper>
  );
}
