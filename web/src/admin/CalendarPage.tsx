/**
 * The legal working calendar as a year view: days off and make-up working days are marked (colour, symbol and
 * words); the national operator marks or clears a day in a dialog (PUT/DELETE /api/v1/admin/calendar/days/{date}).
 */
import './calendar.css';
import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout, useOfficer } from '../officer/OfficerLayout.tsx';
import { AdminNav } from './AdminNav.tsx';

interface Day {
  date: string;
  kind: 'day_off' | 'working_day';
  occasion: string;
  source: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function Month({ year, month, entries, onPick }: { year: number; month: number; entries: Map<string, Day>; onPick: (date: string) => void }) {
  const { t, lang } = useI18n();
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday first
  const weekdays = lang === 'vi' ? ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] : ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
  const title = t('o.cal.month', { m: month + 1, y: year });
  return (
    <Paper withBorder p="xs">
      <Title order={2} size="h5" mb={4}>
        {title}
      </Title>
      <div className="cal-grid" role="group" aria-label={title}>
        {weekdays.map((w) => (
          <span key={w} className="cal-head" aria-hidden="true">
            {w}
          </span>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <span key={`x${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const date = `${year}-${pad(month + 1)}-${pad(i + 1)}`;
          const e = entries.get(date);
          const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
          const weekend = dow === 0 || dow === 6;
          const cls = e ? (e.kind === 'day_off' ? 'cal-off' : 'cal-work') : weekend ? 'cal-weekend' : '';
          const what = e ? `${e.kind === 'day_off' ? t('o.cal.dayOff') : t('o.cal.makeUp')}: ${e.occasion}` : weekend ? t('o.cal.weekend') : t('o.cal.workday');
          return (
            <button key={date} type="button" className={`cal-day ${cls}`} aria-label={`${i + 1}/${month + 1}/${year}, ${what}`} title={what} onClick={() => onPick(date)}>
              {i + 1}
              {e && <span aria-hidden="true">{e.kind === 'day_off' ? '✕' : '✓'}</span>}
            </button>
          );
        })}
      </div>
    </Paper>
  );
}

export default function CalendarPage() {
  const { t } = useI18n();
  const officer = useOfficer();
  const qc = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [picked, setPicked] = useState<string | null>(null);
  const [kind, setKind] = useState<Day['kind']>('day_off');
  const [occasion, setOccasion] = useState('');
  const [source, setSource] = useState('');
  const [missing, setMissing] = useState(false);
  const mayEdit = !!officer?.grants.some((g) => g.role === 'national_operator');
  const cal = useQuery({ queryKey: ['adm-cal', year], queryFn: () => api<{ days: Day[] }>(`/api/v1/calendar/years/${year}`) });
  const entries = new Map((cal.data?.days ?? []).map((d) => [d.date, d]));
  usePageTitle(t('o.adm.calendar'), !!cal.error);
  const open = (date: string) => {
    const e = entries.get(date);
    setPicked(date);
    setKind(e?.kind ?? 'day_off');
    setOccasion(e?.occasion ?? '');
    setSource(e?.source ?? '');
    setMissing(false);
    save.reset();
    remove.reset();
  };
  const done = async () => {
    setPicked(null);
    await qc.invalidateQueries({ queryKey: ['adm-cal', year] });
  };
  const save = useMutation({
    mutationFn: () => api<Day>(`/api/v1/admin/calendar/days/${picked}`, { method: 'PUT', body: { kind, occasion: occasion.trim().normalize('NFC'), source: source.trim().normalize('NFC') } }),
    onSuccess: done,
  });
  const remove = useMutation({ mutationFn: () => api(`/api/v1/admin/calendar/days/${picked}`, { method: 'DELETE' }), onSuccess: done });
  const current = picked ? entries.get(picked) : undefined;
  const [y, m, d] = picked ? picked.split('-') : [];
  return (
    <OfficerLayout>
      <Stack>
        <AdminNav />
        <Title order={1} size="h2">
          {t('o.adm.calendar')}
        </Title>
        <Group align="flex-end">
          <NativeSelect label={t('o.cal.year')} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} data={[thisYear - 1, thisYear, thisYear + 1].map(String)} />
          <Text size="sm">
            <span className="cal-day cal-off cal-legend" aria-hidden="true">✕</span> {t('o.cal.dayOff')} · <span className="cal-day cal-work cal-legend" aria-hidden="true">✓</span> {t('o.cal.makeUp')} ·{' '}
            <span className="cal-day cal-weekend cal-legend" aria-hidden="true" /> {t('o.cal.weekend')}
          </Text>
        </Group>
        {!mayEdit && <Text>{t('o.cal.readOnly')}</Text>}
        {cal.error && <ErrorAlert error={cal.error} />}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }}>
          {Array.from({ length: 12 }, (_, i) => (
            <Month key={i} year={year} month={i} entries={entries} onPick={open} />
          ))}
        </SimpleGrid>
      </Stack>
      <Modal opened={!!picked} onClose={() => setPicked(null)} title={picked ? t('o.cal.dayTitle', { d: `${d}/${m}/${y}` }) : ''} closeButtonProps={{ 'aria-label': t('o.close') }}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const bad = !occasion.trim() || !source.trim();
            setMissing(bad);
            if (!bad) save.mutate();
          }}
        >
          <Stack>
            {current && (
              <Text>
                {current.kind === 'day_off' ? t('o.cal.dayOff') : t('o.cal.makeUp')}: {current.occasion} ({current.source})
              </Text>
            )}
            {mayEdit ? (
              <>
                {(save.error || remove.error) && <ErrorAlert error={save.error ?? remove.error} />}
                <Radio.Group label={t('o.cal.kind')} value={kind} onChange={(v) => setKind(v)}>
                  <Stack gap={6} mt={6}>
                    <Radio value="day_off" label={t('o.cal.dayOff')} />
                    <Radio value="working_day" label={t('o.cal.makeUp')} />
                  </Stack>
                </Radio.Group>
                <TextInput label={t('o.cal.occasion')} value={occasion} onChange={(e) => setOccasion(e.currentTarget.value)} maxLength={300} error={missing && !occasion.trim() ? t('o.cal.occasionRequired') : undefined} />
                <TextInput label={t('o.cal.source')} description={t('o.cal.sourceHint')} value={source} onChange={(e) => setSource(e.currentTarget.value)} maxLength={500} error={missing && !source.trim() ? t('o.cal.sourceRequired') : undefined} />
                <Group justify="flex-end">
                  {current && (
                    <Button variant="default" onClick={() => remove.mutate()} loading={remove.isPending}>
                      {t('o.cal.clear')}
                    </Button>
                  )}
                  <Button type="submit" loading={save.isPending}>
                    {t('o.cal.save')}
                  </Button>
                </Group>
              </>
            ) : (
              !current && <Text>{t('o.cal.ordinary')}</Text>
            )}
          </Stack>
        </form>
      </Modal>
    </OfficerLayout>
  );
}
