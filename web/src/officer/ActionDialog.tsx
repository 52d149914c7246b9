/**
 * One dialog per dossier action with only the fields that action needs, validated here before the server decides.
 * Sends the version the officer saw (optimistic concurrency): on 409 the dossier is reloaded and the officer told.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AssigneePicker } from './AssigneePicker.tsx';
import { useSupplementItems } from './SupplementItems.tsx';
import { useReturnFields } from './ReturnFields.tsx';
import type { FeesView, OfficerDossier } from './types.ts';
import { VnDateInput } from '../components/VnDateInput.tsx';

export interface StepChoice {
  key: string;
  name: string;
  /** The role that performs the step and the code of its agency (resolved from the template): the assignee list. */
  role?: string;
  agencyCode?: string | null;
}

/** Actions that move the dossier to a workflow step, optionally naming who takes it. */
const stepMoves = new Set(['forward', 'return_to_step', 'approve']);

const needsReason = new Set(['refuse', 'withdraw', 'stop', 'recall', 'apologize', 'return_to_step']);

/** The due date plus `days` calendar days, as the value of a date input (Vietnam day). */
function plusDays(iso: string | null, days: number): string {
  const d = new Date((iso ? Date.parse(iso) : Date.now()) + days * 86_400_000 + 7 * 3600_000);
  // A weekend is never working time: propose the Monday (the server refuses a holiday with the nearest choices).
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The nearest working-time choices a `due-date-not-working-time` refusal offers (YYYY-MM-DDTHH:MM+07:00 instants). */
function workingTimeChoices(e: unknown): string[] {
  if (!(e instanceof ApiError) || e.code !== 'due-date-not-working-time') return [];
  return [e.problem.previousWorkingEnd, e.problem.nextWorkingStart].filter((v): v is string => typeof v === 'string');
}

export function ActionDialog({
  dossier,
  action,
  nextSteps,
  earlierSteps,
  fees,
  onClose,
  onDone,
  onConflict,
}: {
  dossier: OfficerDossier;
  action: string;
  nextSteps: StepChoice[];
  earlierSteps: StepChoice[];
  /** The dossier's fee state (the return needs the fees settled or waived). */
  fees?: FeesView | undefined;
  onClose: () => void;
  onDone: (d: OfficerDossier) => void;
  onConflict: () => void;
}) {
  const { t } = useI18n();
  const steps = action === 'return_to_step' ? earlierSteps : nextSteps;
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [stepChoice, setToStep] = useState(steps[0]?.key ?? '');
  // The steps may arrive after the dialog opened (the control log reloads after each action): keep a valid choice.
  const toStep = steps.some((s) => s.key === stepChoice) ? stepChoice : (steps[0]?.key ?? '');
  const [newDay, setNewDay] = useState(plusDays(dossier.dueAt, 3));
  const [newTime, setNewTime] = useState('16:00');
  const ret = useReturnFields(fees);
  const [assigneeId, setAssigneeId] = useState('');
  const supplement = useSupplementItems(dossier);
  const [invalid, setInvalid] = useState<string | null>(null);
  const step = steps.find((s) => s.key === toStep);

  const run = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { action, expectedVersion: dossier.version };
      if (reason.trim()) body.reason = reason.trim().normalize('NFC');
      if (note.trim()) body.note = note.trim().normalize('NFC');
      if (stepMoves.has(action) && toStep) body.toStep = toStep;
      if (stepMoves.has(action) && toStep && assigneeId) body.assigneeId = assigneeId;
      if (action === 'apologize') body.newDueAt = `${newDay}T${newTime}:00+07:00`;
      if (action === 'return_result') Object.assign(body, ret.body());
      if (action === 'request_supplement') body.items = supplement.items();
      return api<OfficerDossier>(`/api/v1/dossiers/${dossier.id}/actions`, { method: 'POST', body });
    },
    onSuccess: onDone,
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'dossier-version-conflict') onConflict();
      else if (action === 'request_supplement') supplement.onError(e);
      else if (action === 'return_result') ret.onError(e);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let bad: string | null = null;
    if (needsReason.has(action) && !reason.trim()) bad = t('o.act.reasonRequired');
    if (action === 'apologize' && (!/^\d{4}-\d{2}-\d{2}$/.test(newDay) || !/^\d{2}:\d{2}$/.test(newTime))) bad = t('o.act.newDueRequired');
    if (action === 'apologize' && dossier.dueAt && Date.parse(`${newDay}T${newTime}:00+07:00`) <= Date.parse(dossier.dueAt)) bad = t('o.act.newDueAfter');
    if ((action === 'forward' || action === 'return_to_step') && steps.length > 0 && !toStep) bad = t('o.act.stepRequired');
    if (action === 'request_supplement') bad = supplement.problem() ?? bad;
    if (action === 'return_result') bad = ret.problem() ?? bad;
    setInvalid(bad);
    if (!bad) run.mutate();
  };

  const conflict = run.error instanceof ApiError && run.error.code === 'dossier-version-conflict';
  return (
    <Modal opened onClose={onClose} title={t(`action.${action}` as MessageKey)} size="lg" closeButtonProps={{ 'aria-label': t('o.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {invalid && (
            <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${invalid}`}>
              {null}
            </Alert>
          )}
          {conflict ? (
            <Alert color="orange" variant="outline" role="alert" title={t('o.act.conflictTitle')}>
              {t('o.act.conflict')}
            </Alert>
          ) : (
            run.error && <ErrorAlert error={run.error} />
          )}
          <Text size="sm">{t(`o.act.help.${action}` as MessageKey)}</Text>
          {stepMoves.has(action) && steps.length > 0 && (
            <NativeSelect
              label={t('o.act.toStep')}
              value={toStep}
              onChange={(e) => {
                setToStep(e.currentTarget.value);
                setAssigneeId('');
              }}
              data={steps.map((s) => ({ value: s.key, label: s.name }))}
            />
          )}
          {stepMoves.has(action) && step?.role && step.agencyCode && (
            <AssigneePicker key={step.key} agencyCode={step.agencyCode} role={step.role} value={assigneeId} onChange={setAssigneeId} />
          )}
          {action === 'apologize' && (
            <Group grow align="flex-start">
              <VnDateInput label={t('o.act.newDueDay')} value={newDay} onChange={setNewDay} />
              <TextInput type="time" label={t('o.act.newDueTime')} value={newTime} onChange={(e) => setNewTime(e.currentTarget.value)} />
            </Group>
          )}
          {action === 'apologize' && workingTimeChoices(run.error).length > 0 && (
            <Group gap="xs">
              <Text size="sm">{t('o.act.newDueChoices')}</Text>
              {workingTimeChoices(run.error).map((c) => (
                <Button key={c} size="xs" variant="light" onClick={() => { setNewDay(c.slice(0, 10)); setNewTime(c.slice(11, 16)); }}>
                  {`${c.slice(11, 16)} ${c.slice(8, 10)}/${c.slice(5, 7)}/${c.slice(0, 4)}`}
                </Button>
              ))}
            </Group>
          )}
          {action === 'return_result' && ret.view}
          {action === 'request_supplement' && supplement.view}
          {needsReason.has(action) ? (
            <Textarea label={t('o.act.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={2} />
          ) : (
            <Textarea label={`${action === 'forward' ? t('o.act.opinion') : t('o.act.note')} ${t('o.optional')}`} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} autosize minRows={2} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('o.cancel')}
            </Button>
            <Button type="submit" loading={run.isPending}>
              {t('o.act.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
