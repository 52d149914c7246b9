/**
 * The national catalogue package (`LayThuTuc`, domain-vn.md §4.3). Accepts one package, an array of them,
 * or `{ result | data: [...] }`. Objects in lists may also be plain strings (e.g. CAPTHUCHIEN: ["Cấp Xã"]).
 *
 * MATTHC (full form accepted) → code; TENTTHC → name; LINHVUCTHUCHIEN[0] {MALINHVUC, TENLINHVUC} → sector
 * (code derived from the name when MALINHVUC is missing); CAPTHUCHIEN → levels; COQUANCOTHAMQUYEN
 * {MACOQUAN} or codes → competent agencies; CACHTHUCTHUCHIEN[].KENH (1 or "Trực tiếp" = counter, 2 or
 * "Trực tuyến" = online, 3 = post) with THOIGIAN[0] {THOIGIANGIAIQUYET, DONVITINH, PHILEPHI[{MAPHILEPHI,
 * SOTIEN, DONVI, MOTA}]} → processing time and fees (VND only); MUCDO 4/3/2 → full/partial/none (absent:
 * partial if there is an online channel); THANHPHANHOSO[{TRUONGHOP, GIAYTO[{MAGIAYTO, TENGIAYTO,
 * SOBANCHINH, SOBANSAO, TENMAUDON, MA_KQ_THAYTHE}]}] → cases; KETQUATHUCHIEN → results; CANCUPHAPLY → legal
 * basis; QUYTRINH / MAQUYTRINH → workflow template reference.
 */
import { fold } from '../../../lib/fold.ts';
import type { Fee, Level, OnlineLevel, ProcedureCase, ProcedureContent, ProcessingTime } from '../catalogue.ts';
import { parseDuration } from './common.ts';
import { fromSymbol, legalDocumentOf, LEGAL_NUMBER_RE, type LegalBasisItem } from '../legal-basis.ts';
import { mapLevel, sectorCodeFor, type Candidate } from './import.ts';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}
/** The first non-empty string field among `keys`, or the value itself when it is a string. */
function pick(v: unknown, ...keys: string[]): string {
  if (!isObj(v)) return str(v);
  for (const k of keys) if (str(v[k])) return str(v[k]);
  return '';
}
function count(v: unknown, dflt: number): number {
  const n = Number(str(v) || dflt);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 100) : dflt;
}

type Channel = 'counter' | 'online' | 'post';
function channelOf(k: unknown): Channel | undefined {
  const f = fold(str(k));
  if (f === '1' || f.includes('truc tiep')) return 'counter';
  if (f === '2' || f.includes('truc tuyen')) return 'online';
  if (f === '3' || f.includes('buu chinh')) return 'post';
  return undefined;
}

function feesOf(t: unknown): Fee[] {
  const out: Fee[] = [];
  for (const f of arr(isObj(t) ? t.PHILEPHI : undefined)) {
    if (!isObj(f)) continue;
    const unit = fold(str(f.DONVI));
    if (unit && !/(vnd|dong|^d$)/.test(unit)) continue; // a fee in another currency cannot be held as VND
    const amount = Math.round(Number(str(f.SOTIEN).replace(/[.,\s]/g, '')));
    if (!Number.isSafeInteger(amount) || amount < 0) continue;
    out.push({ ...(str(f.MAPHILEPHI) ? { code: str(f.MAPHILEPHI).slice(0, 100) } : {}), amount, description: str(f.MOTA).slice(0, 2000) });
  }
  return out;
}

function mucDo(v: unknown, hasOnline: boolean): OnlineLevel {
  const f = fold(str(v));
  if (f === '4' || f.includes('toan trinh')) return 'full';
  if (f === '3' || f.includes('mot phan')) return 'partial';
  if (f === '2' || f === '1') return 'none';
  return hasOnline ? 'partial' : 'none';
}

/** DD/MM/YYYY or YYYY-MM-DD (as the portal's clients send NGAYBANHANH) → YYYY-MM-DD. */
function isoDay(v: string): string | undefined {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
}

/** CANCUPHAPLY {SOVANBAN, TENVANBAN, NGAYBANHANH, COQUANBANHANH} → a legal document (a bare string: read as text). */
function legalItem(c: unknown): LegalBasisItem | undefined {
  if (!isObj(c)) return str(c) ? (legalDocumentOf(str(c)) ?? str(c)) : undefined;
  const number = str(c.SOVANBAN);
  const name = str(c.TENVANBAN);
  if (!LEGAL_NUMBER_RE.test(number)) return name || number ? (legalDocumentOf([number, name].filter(Boolean).join(' ')) ?? [number, name].filter(Boolean).join(' ')) : undefined;
  const sym = fromSymbol(number);
  const date = isoDay(str(c.NGAYBANHANH));
  const issuer = str(c.COQUANBANHANH) || sym.issuer;
  const cleanName = name.replace(/\s+/g, ' ').trim();
  return {
    number,
    ...(sym.type ? { type: sym.type } : {}),
    ...(cleanName ? { name: cleanName.slice(0, 1000) } : {}),
    ...(date ? { date } : {}),
    ...(issuer ? { issuer: issuer.slice(0, 200) } : {}),
  };
}

export function packageToCandidate(p: unknown, row: number): Candidate {
  if (!isObj(p)) return { row, reasons: ['not an object'] };
  const reasons: string[] = [];
  const code = str(p.MATTHC) || str(p.MaTTHC) || str(p.MATHUTUC);
  const sectorRaw = arr(p.LINHVUCTHUCHIEN)[0];
  const sectorName = pick(sectorRaw, 'TENLINHVUC', 'TEN');
  const sectorCode = pick(sectorRaw, 'MALINHVUC', 'MA') || (sectorName ? sectorCodeFor(sectorName) : '');
  const levels = [...new Set(arr(p.CAPTHUCHIEN).map((c) => mapLevel(pick(c, 'TENCAP', 'CAPTHUCHIEN', 'MACAP'))))].filter(
    (l): l is Level => !!l,
  );
  const agencyCodes = [...new Set(arr(p.COQUANCOTHAMQUYEN).map((a) => pick(a, 'MACOQUAN', 'MADONVI', 'MA')).filter(Boolean))];
  const processing: { counter: ProcessingTime | null; online: ProcessingTime | null } = { counter: null, online: null };
  let fees: Fee[] = [];
  for (const ct of arr(p.CACHTHUCTHUCHIEN)) {
    if (!isObj(ct)) continue;
    const ch = channelOf(ct.KENH);
    const t = arr(ct.THOIGIAN)[0];
    const time = isObj(t) ? parseDuration(t.THOIGIANGIAIQUYET, t.DONVITINH) : null;
    if (ch === 'counter' || (ch === 'post' && !processing.counter)) processing.counter = time;
    if (ch === 'online') processing.online = time;
    if (!fees.length || ch === 'counter') fees = feesOf(t).length ? feesOf(t) : fees;
  }
  const cases: ProcedureCase[] = arr(p.THANHPHANHOSO)
    .filter(isObj)
    .map((c) => ({
      name: str(c.TRUONGHOP) || 'Trường hợp chung',
      components: arr(c.GIAYTO)
        .filter(isObj)
        .filter((g) => str(g.TENGIAYTO))
        .map((g) => ({
          ...(str(g.MAGIAYTO) ? { documentTypeCode: str(g.MAGIAYTO) } : {}),
          name: str(g.TENGIAYTO),
          originals: count(g.SOBANCHINH, 1),
          copies: count(g.SOBANSAO, 0),
          ...(str(g.TENMAUDON) ? { formTemplate: str(g.TENMAUDON) } : {}),
          ...(str(g.MA_KQ_THAYTHE) ? { replacingResultCode: str(g.MA_KQ_THAYTHE) } : {}),
        })),
    }));
  if (!str(p.TENTTHC)) reasons.push('missing TENTTHC');
  if (!code) reasons.push('missing MATTHC');
  if (!levels.length) reasons.push('missing or unknown CAPTHUCHIEN');
  const content: ProcedureContent = {
    name: str(p.TENTTHC),
    sectorCode,
    levels,
    agencyCodes,
    onlineLevel: mucDo(p.MUCDO, processing.online !== null || arr(p.CACHTHUCTHUCHIEN).some((c) => isObj(c) && channelOf(c.KENH) === 'online')),
    processing,
    cases,
    fees,
    results: arr(p.KETQUATHUCHIEN)
      .filter(isObj)
      .filter((k) => str(k.MAKETQUA) && str(k.TENKETQUA))
      .map((k) => ({ code: str(k.MAKETQUA), name: str(k.TENKETQUA) })),
    legalBasis: arr(p.CANCUPHAPLY).map(legalItem).filter((x): x is LegalBasisItem => !!x),
    workflowTemplateRef: str(p.MAQUYTRINH) || str(p.QUYTRINH) || null,
  };
  return {
    row,
    code: code || undefined,
    sector: sectorCode && sectorName ? { code: sectorCode, name: sectorName, ministryCode: null } : undefined,
    content,
    reasons,
  };
}

/** Candidates from a parsed LayThuTuc JSON document. */
export function parseLayThuTuc(doc: unknown): Candidate[] {
  const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.result) ? doc.result : isObj(doc) && Array.isArray(doc.data) ? doc.data : [doc];
  return list.map((p, i) => packageToCandidate(p, i + 1));
}
