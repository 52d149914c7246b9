/** Declaration e-forms as the catalogue publishes them (src/federation/eform.ts), and the checks the wizard runs on Continue. */
export interface EFormField {
  key: string;
  label: string;
  hint?: string;
  widget: 'text' | 'textarea' | 'date' | 'radio' | 'select' | 'personalId';
  options?: { value: string; label: string }[];
  autocomplete?: string;
}

export interface EForm {
  version: number;
  title: string;
  schema: { required?: string[]; properties: Record<string, { pattern?: string; maxLength?: number; enum?: string[]; format?: string }> };
  layout: { pages: { title: string; hint?: string; fields: EFormField[] }[] };
  applicants?: ('self' | 'other' | 'organisation')[];
}

/** A date typed as day, month, year: the ISO date, or undefined when it is not a real date. */
export function isoDate(parts: { d?: string; m?: string; y?: string } | undefined): string | undefined {
  const d = Number(parts?.d);
  const m = Number(parts?.m);
  const y = Number(parts?.y);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1900 || y > 2100) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** dd/mm/yyyy of an ISO date. */
export const showDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

export type FieldProblem = 'required' | 'date' | 'format' | 'choice' | 'long';

/** The problems of one page's answers (the server checks again on submit). */
export function pageProblems(form: EForm, page: number, data: Record<string, string>, dates: Record<string, { d?: string; m?: string; y?: string }>): { key: string; problem: FieldProblem }[] {
  const out: { key: string; problem: FieldProblem }[] = [];
  const required = new Set(form.schema.required ?? []);
  for (const f of form.layout.pages[page]?.fields ?? []) {
    const rule = form.schema.properties[f.key] ?? {};
    const v = (data[f.key] ?? '').trim();
    if (f.widget === 'date') {
      const p = dates[f.key];
      const typed = !!(p?.d || p?.m || p?.y);
      if (!typed) {
        if (required.has(f.key)) out.push({ key: f.key, problem: 'required' });
      } else if (!isoDate(p)) out.push({ key: f.key, problem: 'date' });
      continue;
    }
    if (!v) {
      if (required.has(f.key)) out.push({ key: f.key, problem: 'required' });
      continue;
    }
    if (rule.enum && !rule.enum.includes(v)) out.push({ key: f.key, problem: 'choice' });
    else if (rule.maxLength && v.length > rule.maxLength) out.push({ key: f.key, problem: 'long' });
    else if (rule.pattern && !new RegExp(rule.pattern).test(f.widget === 'personalId' ? v.replace(/[\s.-]/g, '') : v)) out.push({ key: f.key, problem: 'format' });
  }
  return out;
}

/** The answers as sent: trimmed, dates as ISO, personal IDs without spaces, empty answers left out. */
export function declarationOf(form: EForm, data: Record<string, string>, dates: Record<string, { d?: string; m?: string; y?: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of form.layout.pages.flatMap((p) => p.fields)) {
    const v = f.widget === 'date' ? isoDate(dates[f.key]) : f.widget === 'personalId' ? data[f.key]?.replace(/[\s.-]/g, '') : data[f.key]?.normalize('NFC').trim();
    if (v) out[f.key] = v;
  }
  return out;
}
