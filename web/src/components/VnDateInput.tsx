/**
 * A date field in Vietnamese order (issue 13.15): shows and accepts dd/mm/yyyy (also d/m/yyyy, with '-' or '.',
 * and a pasted ISO date), with a Vietnamese calendar (Mantine dates, dayjs locale vi, weeks from Monday); the value
 * stays 'YYYY-MM-DD' ('' when empty) as the API takes it. Never the browser's mm/dd/yyyy.
 */
import 'dayjs/locale/vi';
import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useI18n } from '../i18n/index.tsx';

const pad = (n: number) => String(n).padStart(2, '0');

/** "5/7/2025", "05-07-2025", "5.7.2025" or "2025-07-05" → "2025-07-05"; null when not a real date. */
export function parseVnDate(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function VnDateInput({
  label,
  value,
  onChange,
  error,
  w,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  w?: number | string;
}) {
  const { t, lang } = useI18n();
  return (
    <DatesProvider settings={{ locale: lang === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        description={t('date.hint')}
        placeholder={t('date.placeholder')}
        valueFormat="DD/MM/YYYY"
        dateParser={parseVnDate}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        error={error}
        w={w}
        spellCheck={false}
        autoComplete="off"
      />
    </DatesProvider>
  );
}
