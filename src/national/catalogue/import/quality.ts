/**
 * What every importer does to a row's content before it is checked, and what it says about it: components that
 * name a national document type get its code (and the result code that may replace it) from the name table
 * (document-types.ts); the quality notes list what is missing or suspicious per procedure (no components, a
 * component name still carrying page header words, a legal document number that is not one, a component that
 * names a national paper the table does not know, …). The notes go into the import report (API and CLI).
 */
import { fold } from '../../../lib/fold.ts';
import type { Component, ProcedureContent } from '../catalogue.ts';
import { documentTypeForName, foldComponentName, isOwnPaper } from '../../../federation/document-types.ts';
import { LEGAL_NUMBER_RE } from '../legal-basis.ts';

/** The national portal's table header words run into a value: never part of a clean value. */
export const HEADER_RUN = /Tên giấy tờ(?=\S)|Mẫu đơn, tờ khai(?=\S)|tờ khaiSố lượng|Hình thức nộp(?=\S)|Phí, lệ phíMô tả|Tên văn bản pháp lý|Mã văn bản(?=\p{L})|^Tên giấy tờ/u;
/** A value that only says there is nothing (the page's filler, not data). */
export const BARE_NONE = /^\s*(không có( thông tin)?|không|chưa có thông tin)\s*[.;]?\s*$/iu;

/** Component names that look like a national paper (a certificate, licence, extract …) the table could not map. */
const LOOKS_NATIONAL = /^(giay chung nhan|giay phep|trich luc|the |so ho khau|giay xac nhan|chung chi|quyet dinh cong nhan)/;

export interface MappingCount {
  mapped: number;
  unmapped: string[];
}

/** Give components their national document-type code and replacing result code by name (kept when already set). */
export function mapComponentTypes(content: Partial<ProcedureContent>): MappingCount {
  const out: MappingCount = { mapped: 0, unmapped: [] };
  for (const c of content.cases ?? []) {
    c.components = c.components.map((k): Component => {
      const t = documentTypeForName(k.name);
      if (!t) {
        if (!k.documentTypeCode && !isOwnPaper(k.name) && LOOKS_NATIONAL.test(foldComponentName(k.name))) out.unmapped.push(k.name.slice(0, 120));
        return k;
      }
      out.mapped++;
      return {
        ...k,
        documentTypeCode: k.documentTypeCode ?? t.code,
        ...(t.resultCode && !k.replacingResultCode ? { replacingResultCode: t.resultCode } : {}),
      };
    });
  }
  return out;
}

/** Missing or suspicious fields of one procedure's content. */
export function qualityNotes(content: Partial<ProcedureContent>): string[] {
  const notes: string[] = [];
  const components = (content.cases ?? []).flatMap((c) => c.components);
  if (!components.length) notes.push('components: none');
  for (const k of components) {
    if (HEADER_RUN.test(k.name)) notes.push(`components: header words in '${k.name.slice(0, 60)}'`);
    if (BARE_NONE.test(k.name)) notes.push('components: a name that says "none"');
    if (k.name.length > 600) notes.push(`components: a name of ${k.name.length} characters ('${k.name.slice(0, 40)}…')`);
    if (k.originals === 0 && k.copies === 0 && !k.note?.includes('xuất trình')) notes.push(`components: no count for '${k.name.slice(0, 60)}'`);
  }
  if (!content.processing?.counter && !content.processing?.online) notes.push('time: none for any channel');
  if (!(content.legalBasis ?? []).length) notes.push('legal basis: none');
  for (const l of content.legalBasis ?? []) {
    if (typeof l === 'string') continue;
    if (!LEGAL_NUMBER_RE.test(l.number)) notes.push(`legal basis: '${l.number}' is not a document number`);
    if (!l.type) notes.push(`legal basis: no type for ${l.number}`);
    if (l.name && /^\p{Ll}/u.test(l.name)) notes.push(`legal basis: the name of ${l.number} starts in lower case (cut by the page?) ('${l.name.slice(0, 30)}')`);
  }
  if (!(content.results ?? []).length) notes.push('results: none');
  for (const f of content.fees ?? []) {
    if (BARE_NONE.test(f.description)) notes.push('fee: a case that says "none"');
  }
  return [...new Set(notes)];
}

/** Folded, for comparing names loosely in tests and reports. */
export function foldedName(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}
