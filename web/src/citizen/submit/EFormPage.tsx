/**
 * One page of a declaration e-form (docs/ux.md §2.1 step 6): its questions with Vietnamese labels and hints, dates as
 * three inputs Ngày / Tháng / Năm (a pasted "5/7/1990" is split), optional questions marked in the hint. The wizard
 * checks the page on Continue and lists the problems in the summary above, each linked to its field (`#f-<key>`).
 */
import { Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { EForm, EFormField } from '../../api/eform.ts';

export type DateParts = { d?: string; m?: string; y?: string };

export function EFormPage({
  form,
  page,
  data,
  dates,
  errors,
  onChange,
  onDate,
  labels,
}: {
  form: EForm;
  page: number;
  data: Record<string, string>;
  dates: Record<string, DateParts>;
  errors: Record<string, string | undefined>;
  onChange: (key: string, value: string) => void;
  onDate: (key: string, parts: DateParts) => void;
  labels: { day: string; month: string; year: string; dateHint: string; choose: string };
}) {
  const p = form.layout.pages[page];
  if (!p) return null;
  const field = (f: EFormField) => {
    const id = `f-${f.key}`;
    const error = errors[f.key];
    switch (f.widget) {
      case 'date': {
        const v = dates[f.key] ?? {};
        const set = (part: keyof DateParts, raw: string) => {
          const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(raw);
          onDate(f.key, m ? { d: m[1], m: m[2], y: m[3] } : { ...v, [part]: raw.replace(/\D/g, '') });
        };
        const auto = f.autocomplete === 'bday' ? { d: 'bday-day', m: 'bday-month', y: 'bday-year' } : undefined;
        return (
          <fieldset key={f.key} className="date-input" aria-describedby={`${id}-hint`} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <legend style={{ fontWeight: 600, fontSize: 16, marginBottom: 4 }}>{f.label}</legend>
            <Text size="sm" c="#4a4f55" id={`${id}-hint`}>
              {[f.hint, labels.dateHint].filter(Boolean).join(' ')}
            </Text>
            {error && (
              <Text size="sm" c="#9a1414" fw={600} mt={4}>
                {error}
              </Text>
            )}
            <Group gap="sm" mt={6} wrap="nowrap">
              <TextInput id={id} label={labels.day} value={v.d ?? ''} onChange={(e) => set('d', e.currentTarget.value)} inputMode="numeric" w={70} maxLength={10} autoComplete={auto?.d} error={!!error} />
              <TextInput id={`${id}-m`} label={labels.month} value={v.m ?? ''} onChange={(e) => set('m', e.currentTarget.value)} inputMode="numeric" w={70} maxLength={2} autoComplete={auto?.m} error={!!error} />
              <TextInput id={`${id}-y`} label={labels.year} value={v.y ?? ''} onChange={(e) => set('y', e.currentTarget.value)} inputMode="numeric" w={96} maxLength={4} autoComplete={auto?.y} error={!!error} />
            </Group>
          </fieldset>
        );
      }
      case 'radio':
        return (
          <Radio.Group key={f.key} id={id} label={f.label} description={f.hint} value={data[f.key] ?? ''} onChange={(v) => onChange(f.key, v)} error={error} size="md">
            <Stack gap="xs" mt="xs">
              {(f.options ?? []).map((o, i) => (
                <Radio key={o.value} id={i === 0 ? `${id}-first` : undefined} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Radio.Group>
        );
      case 'select':
        return (
          <Select key={f.key} id={id} label={f.label} description={f.hint} placeholder={labels.choose} data={(f.options ?? []).map((o) => ({ value: o.value, label: o.label }))} value={data[f.key] ?? null} onChange={(v) => onChange(f.key, v ?? '')} error={error} size="md" />
        );
      case 'textarea':
        return <Textarea key={f.key} id={id} label={f.label} description={f.hint} value={data[f.key] ?? ''} onChange={(e) => onChange(f.key, e.currentTarget.value)} error={error} autosize minRows={3} size="md" />;
      case 'personalId':
        return <TextInput key={f.key} id={id} label={f.label} description={f.hint} value={data[f.key] ?? ''} onChange={(e) => onChange(f.key, e.currentTarget.value)} error={error} inputMode="numeric" spellCheck={false} maxLength={20} size="md" style={{ maxWidth: 260 }} />;
      case 'text':
        return (
          <TextInput key={f.key} id={id} label={f.label} description={f.hint} value={data[f.key] ?? ''} onChange={(e) => onChange(f.key, e.currentTarget.value)} error={error} spellCheck={false} autoComplete={f.autocomplete} size="md" />
        );
    }
  };
  return (
    <Stack gap="lg">
      {p.hint && <Text>{p.hint}</Text>}
      {p.fields.map(field)}
    </Stack>
  );
}
