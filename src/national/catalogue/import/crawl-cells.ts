/**
 * The table cells of a national portal page as the crawler flattened them (header words run into values, one
 * row glued to the next), read back into structure:
 *
 * - channels: "Hình thức nộpThời gianPhí, lệ phíMô tả" then per row channel · time ("5 Ngày làm việc", "1",
 *   "Không có thông tin") · fee ("Miễn phí", "Không có thông tin", or "100,000 Việt Nam Đồng(case)" …) · description;
 * - components: sections "<title>Tên giấy tờMẫu đơn, tờ khaiSố lượng" then items "<name><template file><n bản
 *   chính[,m bản sao]>"; the titles "* Giấy tờ phải nộp/xuất trình" group papers, other titles are cases; an item
 *   with no paper to file that reads as a remark ("Trường hợp …") is a note of the paper before it;
 * - legal bases: "Tên văn bản pháp lýMã văn bản" then "<name><number>" pairs.
 */
import { fold } from '../../../lib/fold.ts';
import type { DurationUnit, ProcessingTime } from '../catalogue.ts';
import { documentTypeForName } from '../../../federation/document-types.ts';
import { fromSymbol, type LegalDocument } from '../legal-basis.ts';

export type Channel = 'counter' | 'online' | 'post';
export type FeeCell =
  | { kind: 'free' }
  | { kind: 'unknown' }
  /** `fromText`: the cell said "Miễn phí" but its case text names amounts in đồng (read from the text). */
  | { kind: 'amounts'; items: { amount: number; case?: string }[]; fromText?: boolean };
export interface ChannelRow {
  channel: Channel;
  /** null: the page says "Không có thông tin". */
  time: ProcessingTime | null;
  /** The time had no unit on the page (read as working days). */
  timeUnitMissing: boolean;
  fee: FeeCell;
  description: string;
}

const CHANNEL_WORDS: Record<string, Channel> = { 'Trực tiếp': 'counter', 'Trực tuyến': 'online', 'Dịch vụ bưu chính': 'post' };
const NO_INFO = 'Không có thông tin';
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không có thông tin)/gu;
const TIME = /^(?:Không có thông tin|(\d+(?:[.,]\d+)?)(?:\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm))?\s?)/u;
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)?\s*(?:Việt Nam Đồng|VNĐ|Đồng)/u;

function unitOf(word: string | undefined): { unit: DurationUnit; factor: number } {
  switch (word) {
    case 'Ngày':
      return { unit: 'calendar_day', factor: 1 };
    case 'Giờ':
    case 'Giờ làm việc':
      return { unit: 'working_hour', factor: 1 };
    case 'Tháng':
      return { unit: 'calendar_day', factor: 30 };
    case 'Năm':
      return { unit: 'calendar_day', factor: 365 };
    case 'Ngày làm việc':
    case undefined:
    default:
      return { unit: 'working_day', factor: 1 };
  }
}

/** The text inside balanced parentheses at the start of `s` ("(a (b))rest" → ["a (b)", rest]). */
function leadingParens(s: string): [string, string] | undefined {
  if (!s.startsWith('(')) return undefined;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return [s.slice(1, i).trim(), s.slice(i + 1)];
  }
  return undefined;
}

const TEXT_AMOUNT = /(\d{1,3}(?:\.\d{3})+|\d{4,})\s*(?:đồng|VNĐ|Việt Nam Đồng)/giu;

/** Amounts in đồng named in a fee's case text, each with its clause ("Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần"). */
export function amountsInText(text: string): { amount: number; case: string }[] {
  const out: { amount: number; case: string }[] = [];
  const clauses = text.split(/;|\s[-+]\s|(?<=\.)\s+(?=\p{Lu})|,\s+(?=\p{Lu})/u);
  for (const raw of clauses) {
    const clause = cleanItemText(raw).replace(/[.:]$/u, '');
    for (const m of clause.matchAll(TEXT_AMOUNT)) {
      const amount = Number(m[1]!.replace(/\./g, ''));
      if (amount > 0 && amount <= 1e12 && !out.some((x) => x.amount === amount && x.case === clause)) out.push({ amount, case: clip(clause, 300) });
    }
  }
  return out.slice(0, 20);
}

function readFee(s: string): [FeeCell, string] {
  if (s.startsWith('Miễn phí')) {
    const rest = s.slice('Miễn phí'.length);
    const p = leadingParens(rest);
    const named = p ? amountsInText(p[0]) : [];
    if (named.length) return [{ kind: 'amounts', items: named, fromText: true }, p![1]];
    return [{ kind: 'free' }, p ? p[1] : rest];
  }
  const items: { amount: number; case?: string }[] = [];
  let rest = s;
  for (;;) {
    const m = AMOUNT.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    const p = leadingParens(rest);
    if (p) rest = p[1];
    const raw = m[1] ? Number(m[1].replace(/,/g, '')) : 0;
    // "(/trang)": the case is only the unit the amount is counted by
    const caseText = p?.[0] && p[0].startsWith('/') ? `đồng${p[0]}` : p?.[0];
    // the page shows "135 VNĐ" where the case text says "135.000 đồng": the amount was entered in thousands
    const thousands = raw > 0 && raw < 1000 && caseText && new RegExp(`(^|[^\\d.,])${raw}[.,]000(?![\\d])`).test(caseText) ? raw * 1000 : raw;
    items.push({ amount: thousands, ...(caseText ? { case: caseText } : {}) });
  }
  if (items.length) return [{ kind: 'amounts', items }, rest];
  if (s.startsWith(NO_INFO)) return [{ kind: 'unknown' }, s.slice(NO_INFO.length)];
  return [{ kind: 'unknown' }, s];
}

export function parseChannels(raw: string): ChannelRow[] {
  const s = raw.normalize('NFC').replace(/^Hình thức nộpThời gianPhí, lệ phíMô tả/u, '');
  const starts = [...s.matchAll(ROW_START)];
  return starts.map((m, i) => {
    let body = s.slice(m.index + m[0].length, starts[i + 1]?.index ?? s.length);
    const t = TIME.exec(body)!;
    body = body.slice(t[0].length);
    let time: ProcessingTime | null = null;
    if (t[1]) {
      const u = unitOf(t[2]);
      const n = Number(t[1].replace(',', '.')) * u.factor;
      time = Number.isFinite(n) && n <= 10_000 ? { duration: n, unit: u.unit } : null;
    }
    const [fee, rest] = readFee(body);
    return { channel: CHANNEL_WORDS[m[1]!]!, time, timeUnitMissing: !!t[1] && !t[2], fee, description: rest.trim() };
  });
}

// ---- components ----

export interface ParsedComponent {
  name: string;
  originals: number;
  copies: number;
  formTemplate?: string;
  note?: string;
  /** Under "Giấy tờ phải xuất trình": shown at the counter, not filed. */
  presentOnly: boolean;
  /** A remark of the page, not a paper (placed as a note when the section is read). */
  remark?: boolean;
}
export interface ParsedCase {
  name: string;
  components: ParsedComponent[];
  /** Remarks of the page on the whole case ("Lưu ý" sections). */
  note?: string;
}

const HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const GENERAL = 'Trường hợp chung';
const COUNT = /(\d+)\s*bản (chính|sao|chụp)(?:\s*,\s*(\d+)\s*bản (sao|chụp))?/gu;
const TEMPLATE_EXT = /\.(docx?|xlsx?|pdf|rar|zip|odt)$/iu;

/** Split "name + template file name" glued together: the file starts after the last glued boundary. */
export function splitTemplate(text: string): { name: string; formTemplate?: string } {
  const t = text.trim();
  if (!TEMPLATE_EXT.test(t)) return { name: t };
  // the file starts at a glued "Mẫu …"/"Phụ lục …" word, else at the last glued boundary, else at the last word
  let cut = -1;
  const glued = /(?<=[^\s(])(?=(?:Mẫu|Mau|mau|MẪU|Phụ lục|Phu luc|PHỤ LỤC|Mus|Tờ khai|TK)[\s\d._-])/gu.exec(t);
  if (glued && glued.index < t.length - 5) cut = glued.index;
  if (cut <= 0) {
    const re = /(?<=\p{Ll})(?=\p{Lu})|(?<=[;)\]])(?=\S)|(?<=[.:])(?=\p{Lu})/gu;
    for (const m of t.matchAll(re)) if (m.index > 0 && m.index < t.length - 5) cut = m.index!;
  }
  if (cut <= 0) {
    // no boundary: the file name is the last word
    const sp = t.lastIndexOf(' ');
    cut = sp > 0 ? sp + 1 : 0;
  }
  const name = t.slice(0, cut).replace(/\s*\d{1,3}-$/u, '').trim();
  const file = t.slice(cut).trim();
  return name ? { name, formTemplate: file.slice(0, 500) } : { name: t };
}

/** At most `n` characters, cut at a word boundary with an ellipsis (never mid-word). */
export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > n / 2 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}

/** Leading list markers and enumerators ("- ", "2) ", "1.4. ") and trailing separators off a component's name. */
export function cleanItemText(s: string): string {
  return s
    .replace(/[\s\p{Cf}\p{Co}]+/gu, ' ')
    .trim()
    .replace(/^([-+*•–.,;:…)\]]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)/]\s+)+/u, '')
    .replace(/[\s;,]+$/u, '')
    .trim();
}

const REMARK = /^(trường hợp|lưu ý|ghi chú|chú ý|nếu |số lượng hồ sơ|\(\*|\*)/iu;

function sectionKind(title: string): 'submit' | 'present' | 'case' | 'remarks' | 'none' {
  const f = fold(title).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!f) return 'none';
  if (/^(luu y|ghi chu|chu y)\b/.test(f)) return 'remarks';
  if (/giay to phai xuat trinh/.test(f)) return 'present';
  if (/giay to phai nop|thanh phan ho so( gom| bao gom)?$|^ho so gom$|^ho so bao gom$/.test(f)) return 'submit';
  return 'case';
}

/** Attach each remark to the paper it names (by document type), else the paper before it, else the next one, else the case. */
function placeRemarks(c: ParsedCase): void {
  const papers = c.components.filter((k) => !k.remark);
  const typeOf = new Map(papers.map((k) => [k, documentTypeForName(k.name)?.code]));
  c.components.forEach((k, i) => {
    if (!k.remark) return;
    const about = documentTypeForName(k.name.replace(REMARK, ''))?.code;
    const target =
      (about ? papers.find((p) => typeOf.get(p) === about) : undefined) ??
      c.components.slice(0, i).reverse().find((p) => !p.remark) ??
      c.components.slice(i + 1).find((p) => !p.remark);
    if (target) target.note = clip([target.note, k.name].filter(Boolean).join(' '), 2000);
    else c.note = clip([c.note, k.name].filter(Boolean).join(' '), 4000);
  });
  c.components = papers;
}

export function parseComponents(raw: string): ParsedCase[] {
  // some pages open with the header row written with tabs (and two more columns): "Tên giấy tờ\tMẫu đơn, tờ khai\t…"
  const s = raw.normalize('NFC').replace(/^Tên giấy tờ\s+Mẫu đơn, tờ khai\s+Số lượng(?:\s+Biểu mẫu điện tử)?(?:\s+Kết quả thay thế)?\s*/u, '');
  const parts = s.split(HEADER);
  const cases: ParsedCase[] = [];
  let current: ParsedCase | undefined;
  let presentOnly = false;
  // parts[0] is the first title; each later part holds items then (after its last count) the next title
  let title = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const kind = sectionKind(title);
    if (kind === 'remarks' && current) {
      const text = parts[i]!.replace(COUNT, '\n').split('\n').map(cleanItemText).filter(Boolean);
      const isLast = i === parts.length - 1;
      // the remarks run to the next section's title, which stays after the last count
      const body = parts[i]!;
      const lastCount = [...body.matchAll(COUNT)].at(-1);
      if (!isLast && lastCount) {
        text.pop();
        title = body.slice(lastCount.index + lastCount[0].length);
      }
      current.note = clip([current.note, ...text].filter(Boolean).join(' '), 4000);
      continue;
    }
    if (kind === 'none' && current && current.name !== GENERAL) current = undefined;
    if (kind === 'case' || !current) {
      const name = (kind === 'case' ? cleanItemText(title).replace(/:$/, '').trim() : '') || GENERAL;
      const existing = cases.find((c) => c.name === name);
      current = existing ?? { name: clip(name, 1000), components: [] };
      if (!existing) cases.push(current);
      presentOnly = false;
    }
    if (kind === 'present') presentOnly = true;
    if (kind === 'submit' || kind === 'none') presentOnly = false;
    const body = parts[i]!;
    let last = 0;
    for (const m of body.matchAll(COUNT)) {
      const text = body.slice(last, m.index);
      last = m.index + m[0].length;
      const n1 = Number(m[1]);
      const n2 = m[3] ? Number(m[3]) : 0;
      const originals = m[2] === 'chính' ? n1 : 0;
      const copies = (m[2] === 'chính' ? 0 : n1) + n2;
      const { name: rawName, formTemplate } = splitTemplate(text);
      const name = cleanItemText(rawName);
      // "Không có." where a paper should be: the page lists none (the quality report says "components: none")
      if (!name || /^(không có|không)( thông tin)?\.?$/iu.test(name)) continue;
      if (originals === 0 && copies === 0 && REMARK.test(name) && !formTemplate) {
        // placed once the section is read: on the paper it names, else the paper before it, else the next one
        current.components.push({ name: clip(name, 2000), originals, copies, presentOnly, remark: true });
        continue;
      }
      current.components.push({ name: clip(name, 2000), originals: Math.min(originals, 100), copies: Math.min(copies, 100), ...(formTemplate ? { formTemplate } : {}), presentOnly });
    }
    const tail = body.slice(last);
    if (i < parts.length - 1) title = tail;
    else if (cleanItemText(tail)) {
      // text after the last count with no count of its own: a remark on the case, or a last paper without a number
      const { name, formTemplate } = splitTemplate(tail);
      const n = cleanItemText(name);
      if (n && !formTemplate && (REMARK.test(n) || n.length > 300)) current.note = clip([current.note, n].filter(Boolean).join(' '), 4000);
      else if (n) current.components.push({ name: clip(n, 2000), originals: 0, copies: 0, ...(formTemplate ? { formTemplate } : {}), presentOnly });
    }
  }
  for (const c of cases) placeRemarks(c);
  // the general case first: it is the one a dossier takes when no case is chosen
  cases.sort((a, b) => Number(b.name === GENERAL) - Number(a.name === GENERAL));
  return cases.filter((c) => c.components.length);
}

// ---- legal bases ----

const SEG = '(?:TTg|[A-ZĐ]{0,6}QH\\d{2}|CP|BTC|BTP|BCA|BQP|BXD|BGTVT|BNNMT|BNNPTNT|BTNMT|BKHĐT|BYT|BCT|BNV|BLĐTBXH|BTTTT|BKHCN|NHNN|BHXH|UBND|HĐND|VPCP|TANDTC|VKSNDTC|NĐ|TTLT|TT|QĐ|NQLT|NQ|CT|[A-ZĐ]{2,10}(?![a-zà-ỹđ]))';
const NUMBER_RE = new RegExp(`\\d{1,5}(?:\\.\\d{1,3})?\\/(?:\\d{4}\\/)?${SEG}(?:-${SEG})*`, 'gu');
const DATE_RE = /ngày\s+(\d{1,2})\s*(?:\/|-|tháng)\s*(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})/iu;
const TYPE_WORDS = ['Thông tư liên tịch', 'Nghị quyết liên tịch', 'Nghị định', 'Thông tư', 'Quyết định', 'Nghị quyết', 'Luật', 'Pháp lệnh', 'Chỉ thị', 'Văn bản hợp nhất'];

function isoDate(d: string, m: string, y: string): string | undefined {
  const dd = Number(d);
  const mm = Number(m);
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return undefined;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function parseLegalBasis(raw: string): LegalDocument[] {
  const s = raw.normalize('NFC').replace(/^Tên văn bản pháp lýMã văn bản/u, '');
  if (!s.trim() || s.trim() === NO_INFO) return [];
  const matches = [...s.matchAll(NUMBER_RE)];
  // a number cell is glued to the next name (or ends the text); numbers inside a name are followed by a space or mark
  const cells = matches.filter((m) => {
    const after = s[m.index + m[0].length];
    return after === undefined || /[\p{L}\d]/u.test(after);
  });
  const out: LegalDocument[] = [];
  let from = 0;
  cells.forEach((m, i) => {
    const next = cells[i + 1];
    // "Luật 60/2014/QH1360/2014/QH13": the first number belongs to the name of the second
    if (next && next.index === m.index + m[0].length) return;
    // "…Luật Doanh nghiệp 202076/2025/QH15": a year ends the name, the number is what follows it
    const yearCut = /^(?:19|20)\d{2}(?=\d)/.exec(m[0])?.[0].length;
    const number = yearCut && /^\d{1,3}\//.test(m[0].slice(yearCut)) ? m[0].slice(yearCut) : m[0];
    let name = s.slice(from, m.index + (m[0].length - number.length)).replace(/\s+/g, ' ').trim();
    from = m.index + m[0].length;
    // a number cell written as "Thông tư số 03/2023/TT-BTP": its words belong to the cell, not the name
    name = name.replace(/(?:\s|^)(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Luật)( số)?$/u, '').trim();
    if (out.some((d) => d.number === number)) return;
    const sym = fromSymbol(number);
    const typeWord = TYPE_WORDS.find((w) => name.startsWith(w));
    const date = DATE_RE.exec(name);
    const issuer = /của\s+((?:Bộ trưởng\s+)?(?:Bộ|Chính phủ|Thủ tướng Chính phủ|Quốc hội|Ủy ban|Ngân hàng|Hội đồng)[^,.;()]{0,80}?)(?=\s+(?:quy định|hướng dẫn|ban hành|về|sửa đổi|quy|$)|[,.;()]|$)/u.exec(name)?.[1]?.trim();
    const type = sym.type ?? typeWord;
    const iso = date ? isoDate(date[1]!, date[2]!, date[3]!) : undefined;
    out.push({
      number,
      ...(type ? { type } : {}),
      ...(name ? { name: name.slice(0, 1000) } : {}),
      ...(iso ? { date: iso } : {}),
      ...((sym.issuer ?? issuer) ? { issuer: (sym.issuer ?? issuer)!.slice(0, 200) } : {}),
    });
  });
  return out.slice(0, 100);
}
