/**
 * The editor of a draft procedure version: name, online level, durations, workflow template, fees and the
 * components of each case (document-type code, replacing result code). Saves with PATCH; on error everything typed
 * stays in the form.
 */
import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Fieldset, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

export interface Duration {
  duration: number;
  unit: 'working_day' | 'working_hour' | 'calendar_day';
}
export interface Component {
  name: string;
  documentTypeCode?: string;
  originals: number;
  copies: number;
  formTemplate?: string;
  replacingResultCode?: string;
}
export interface Version {
  id: string;
  code: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  effectiveFrom: string | null;
  effectiveTo: string | null;
  name: string;
  onlineLevel: 'full' | 'partial' | 'none';
  processing: { counter: Duration | null; online: Duration | null };
  cases: { name: string; components: Component[] }[];
  fees: { code?: string; amount: number; description: string }[];
  workflowTemplateRef: string | null;
  /** The competent agencies (who may change the content: their administrators and the national operator). */
  agencyCodes?: string[];
}

type Content = Pick<Version, 'name' | 'onlineLevel' | 'processing' | 'cases' | 'fees' | 'workflowTemplateRef'>;

const units = ['working_day', 'working_hour', 'calendar_day'] as const;
const clean = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

function DurationInput({ label, value, onChange }: { label: string; value: Duration | null; onChange: (d: Duration | null) => void }) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput
        label={label}
        description={t('o.adm.durationHint')}
        value={value?.duration ?? ''}
        onChange={(v) => onChange(typeof v === 'number' ? { duration: v, unit: value?.unit ?? 'working_day' } : null)}
        min={0}
        max={10000}
        w={160}
      />
      <NativeSelect
        aria-label={`${label}: ${t('o.adm.unit')}`}
        value={value?.unit ?? 'working_day'}
        onChange={(e) => value && onChange({ ...value, unit: e.currentTarget.value as Duration['unit'] })}
        data={units.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
        disabled={!value}
      />
    </Group>
  );
}

export function ProcedureEditor({ version, onSaved }: { version: Version; onSaved: (v: Version) => void }) {
  const { t } = useI18n();
  const [c, setC] = useState<Content>({
    name: version.name,
    onlineLevel: version.onlineLevel,
    processing: version.processing,
    cases: version.cases,
    fees: version.fees,
    workflowTemplateRef: version.workflowTemplateRef,
  });
  const templates = useQuery({
    queryKey: ['adm-templates'],
    queryFn: () => api<{ items: { code: string; name: string; status: string }[] }>('/api/v1/workflow-templates'),
    staleTime: 600_000,
  });
  const templateCodes = [...new Map((templates.data?.items ?? []).filter((x) => x.status === 'published').map((x) => [x.code, x.name])).entries()];
  const save = useMutation({
    mutationFn: () =>
      api<Version>(`/api/v1/procedures/${version.code}/versions/${version.id}`, {
        method: 'PATCH',
        body: {
          name: c.name.trim().normalize('NFC'),
          onlineLevel: c.onlineLevel,
          processing: c.processing,
          workflowTemplateRef: c.workflowTemplateRef,
          fees: c.fees.map((f) => ({ ...(clean(f.code) ? { code: clean(f.code) } : {}), amount: f.amount, description: f.description.trim().normalize('NFC') })),
          cases: c.cases.map((k) => ({
            name: k.name.trim().normalize('NFC'),
            components: k.components.map((x) => ({
              name: x.name.trim().normalize('NFC'),
              originals: x.originals,
              copies: x.copies,
              ...(clean(x.documentTypeCode) ? { documentTypeCode: clean(x.documentTypeCode) } : {}),
              ...(clean(x.replacingResultCode) ? { replacingResultCode: clean(x.replacingResultCode) } : {}),
              ...(clean(x.formTemplate) ? { formTemplate: clean(x.formTemplate) } : {}),
            })),
          })),
        },
      }),
    onSuccess: onSaved,
  });
  const setFee = (i: number, patch: Partial<Content['fees'][number]>) => setC({ ...c, fees: c.fees.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const setComp = (ci: number, i: number, patch: Partial<Component>) =>
    setC({ ...c, cases: c.cases.map((k, j) => (j === ci ? { ...k, components: k.components.map((x, m) => (m === i ? { ...x, ...patch } : x)) } : k)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('o.adm.editDraft', { n: version.version })}
          </Title>
          {save.error && <ErrorAlert error={save.error} />}
          {save.isSuccess && (
            <Text role="status" c="#1b5e20" fw={600}>
              ✓ {t('o.adm.saved')}
            </Text>
          )}
          <TextInput label={t('o.adm.name')} value={c.name} onChange={(e) => setC({ ...c, name: e.currentTarget.value })} maxLength={1000} />
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('proc.onlineLevel')}
              value={c.onlineLevel}
              onChange={(e) => setC({ ...c, onlineLevel: e.currentTarget.value as Content['onlineLevel'] })}
              data={(['full', 'partial', 'none'] as const).map((l) => ({ value: l, label: t(`online.${l}`) }))}
            />
            <NativeSelect
              label={t('o.adm.workflow')}
              value={c.workflowTemplateRef ?? ''}
              onChange={(e) => setC({ ...c, workflowTemplateRef: e.currentTarget.value || null })}
              data={[{ value: '', label: t('o.adm.workflowDefault') }, ...templateCodes.map(([code, name]) => ({ value: code, label: `${name} (${code})` }))]}
            />
          </Group>
          <Group wrap="wrap">
            <DurationInput label={t('proc.timeCounter')} value={c.processing.counter} onChange={(d) => setC({ ...c, processing: { ...c.processing, counter: d } })} />
            <DurationInput label={t('proc.timeOnline')} value={c.processing.online} onChange={(d) => setC({ ...c, processing: { ...c.processing, online: d } })} />
          </Group>
          <Fieldset legend={t('proc.fees')}>
            <Stack gap="xs">
              {c.fees.map((f, i) => (
                <Group key={i} align="flex-end" wrap="wrap" gap="xs">
                  <TextInput label={t('o.adm.feeCode', { n: i + 1 })} value={f.code ?? ''} onChange={(e) => setFee(i, { code: e.currentTarget.value })} maxLength={100} w={140} />
                  <NumberInput
                    label={t('o.adm.feeAmount', { n: i + 1 })}
                    value={f.amount}
                    onChange={(v) => setFee(i, { amount: typeof v === 'number' ? v : 0 })}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    w={160}
                  />
                  <TextInput label={t('o.adm.feeDescription', { n: i + 1 })} value={f.description} onChange={(e) => setFee(i, { description: e.currentTarget.value })} maxLength={1000} style={{ flex: 1, minWidth: 200 }} />
                  <ActionIcon variant="default" size="lg" aria-label={t('o.adm.removeFee', { n: i + 1 })} onClick={() => setC({ ...c, fees: c.fees.filter((_, j) => j !== i) })}>
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="default" w="fit-content" onClick={() => setC({ ...c, fees: [...c.fees, { code: '', amount: 0, description: '' }] })}>
                {t('o.adm.addFee')}
              </Button>
            </Stack>
          </Fieldset>
          {c.cases.map((k, ci) => (
            <Fieldset key={ci} legend={`${t('proc.case')}: ${k.name}`}>
              <Stack gap="sm">
                {k.components.map((x, i) => (
                  <Paper key={i} withBorder p="xs">
                    <Stack gap={6}>
                      <Group align="flex-end" wrap="nowrap" gap="xs">
                        <TextInput label={t('o.adm.componentName', { n: i + 1 })} value={x.name} onChange={(e) => setComp(ci, i, { name: e.currentTarget.value })} maxLength={1000} style={{ flex: 1 }} />
                        <ActionIcon
                          variant="default"
                          size="lg"
                          aria-label={t('o.adm.removeComponent', { n: i + 1 })}
                          onClick={() => setC({ ...c, cases: c.cases.map((kk, j) => (j === ci ? { ...kk, components: kk.components.filter((_, m) => m !== i) } : kk)) })}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                      <Group wrap="wrap" gap="xs">
                        <TextInput label={t('o.adm.docType')} value={x.documentTypeCode ?? ''} onChange={(e) => setComp(ci, i, { documentTypeCode: e.currentTarget.value })} maxLength={100} w={170} />
                        <TextInput label={t('o.adm.replacingResult')} value={x.replacingResultCode ?? ''} onChange={(e) => setComp(ci, i, { replacingResultCode: e.currentTarget.value })} maxLength={100} w={200} />
                        <NumberInput label={t('proc.originals')} value={x.originals} onChange={(v) => setComp(ci, i, { originals: typeof v === 'number' ? v : 0 })} min={0} max={100} allowDecimal={false} w={100} />
                        <NumberInput label={t('proc.copies')} value={x.copies} onChange={(v) => setComp(ci, i, { copies: typeof v === 'number' ? v : 0 })} min={0} max={100} allowDecimal={false} w={100} />
                      </Group>
                    </Stack>
                  </Paper>
                ))}
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => setC({ ...c, cases: c.cases.map((kk, j) => (j === ci ? { ...kk, components: [...kk.components, { name: '', originals: 1, copies: 0 }] } : kk)) })}
                >
                  {t('o.adm.addComponent')}
                </Button>
              </Stack>
            </Fieldset>
          ))}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('o.adm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
