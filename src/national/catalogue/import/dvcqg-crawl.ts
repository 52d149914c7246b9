/**
 * The crawl of the national portal (shared/data/tthc-dvcqg-2026/tthc_details_2642.jsonl.gz, SOURCE.md there):
 * one JSON object per line with Vietnamese field names.
 *
 * Mapping: ma_thu_tuc → code; ten_thu_tuc → name; linh_vuc → sector (code derived from the name);
 * cap_thuc_hien → levels ("Cơ quan khác" alone gives no level and the row is rejected); the ministry
 * (bo_nganh_folder, else the `KQ.Gxx` result-code prefix) → the competent agency `000.00.00.Gxx`. The flattened
 * page cells are read back by crawl-cells.ts (not the crawler's best-effort `parsed` block): cach_thuc_thuc_hien
 * → time per channel and the fees (amount and case) of the counter channel (else online, else post);
 * thanh_phan_ho_so → cases and components (name, originals, copies, form template, note); can_cu_phap_ly →
 * legal documents (number, type, name, date, issuer); ket_qua_xu_ly (parsed.ket_qua) → results. A "Trực
 * tuyến" channel gives online level `partial` (the crawl does not say toàn trình), otherwise `none`.
 * What is missing or suspicious goes to the row's quality notes.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Fee, Level, ProcedureCase, ProcedureContent } from '../catalogue.ts';
import { parseChannels, parseComponents, parseLegalBasis, type ChannelRow, type ParsedCase } from './crawl-cells.ts';
import { mapLevel, sectorCodeFor, type Candidate } from './import.ts';

export const MINISTRY_BY_FOLDER: Record<string, string> = {
  'bo-cong-an': '000.00.00.G01',
  'bo-tu-phap': '000.00.00.G15',
  'bo-tai-chinh': '000.00.00.G12',
  'bo-xay-dung': '000.00.00.G17',
  'bo-nong-nghiep-mt': '000.00.00.G10',
  'ngan-hang-nha-nuoc': '000.00.00.G19',
};

export interface CrawlRecord {
  ma_thu_tuc?: string;
  ten_thu_tuc?: string;
  cap_thuc_hien?: string;
  linh_vuc?: string;
  can_cu_phap_ly?: string;
  cach_thuc_thuc_hien?: string;
  thanh_phan_ho_so?: string;
  bo_nganh_folder?: string;
  parsed?: { ket_qua?: { ten?: string; ma?: string | null }[] };
}

const CHANNEL_NAME = { counter: 'trực tiếp', online: 'trực tuyến', post: 'bưu chính' } as const;

function feesOf(row: ChannelRow | undefined): Fee[] {
  if (row?.fee.kind !== 'amounts') return [];
  return row.fee.items
    .filter((f) => f.amount > 0)
    .map((f) => ({ amount: f.amount, description: f.case ?? 'Phí, lệ phí' }));
}

/** Quality notes of the channel cells. */
function channelNotes(rows: ChannelRow[]): string[] {
  const notes: string[] = [];
  if (!rows.length) notes.push('no submission channel on the page');
  for (const r of rows) {
    const ch = CHANNEL_NAME[r.channel];
    if (!r.time) notes.push(`time: not stated for ${ch}`);
    else if (r.timeUnitMissing) notes.push(`time: no unit for ${ch} (read as working days)`);
    if (r.fee.kind === 'unknown') notes.push(`fee: not stated for ${ch}`);
    if (r.fee.kind === 'amounts' && r.fee.items.some((f) => f.amount <= 0)) notes.push(`fee: an amount without a number for ${ch}`);
    if (r.fee.kind === 'amounts' && r.fee.fromText) notes.push(`fee: marked "Miễn phí" for ${ch} but its text names amounts (read from the text)`);
  }
  return [...new Set(notes)];
}

function casesOf(parsed: ParsedCase[]): ProcedureCase[] {
  return parsed.slice(0, 50).map((c) => ({
    name: c.name,
    ...(c.note ? { note: c.note } : {}),
    components: c.components.slice(0, 200).map((k) => {
      const note = [k.presentOnly ? 'Giấy tờ phải xuất trình' : '', k.note ?? ''].filter(Boolean).join('. ');
      return {
        name: k.name,
        originals: k.originals,
        copies: k.copies,
        ...(k.formTemplate ? { formTemplate: k.formTemplate } : {}),
        ...(note ? { note: note.slice(0, 2000) } : {}),
      };
    }),
  }));
}

export function crawlRecordToCandidate(rec: CrawlRecord, row: number): Candidate {
  const reasons: string[] = [];
  const name = (rec.ten_thu_tuc ?? '').trim();
  if (!name) reasons.push('missing name (ten_thu_tuc)');
  const levels = [
    ...new Set((rec.cap_thuc_hien ?? '').split(',').map(mapLevel).filter((l): l is Level => !!l)),
  ];
  if (!levels.length) reasons.push(`no implementing level in '${rec.cap_thuc_hien ?? ''}' (only "Cơ quan khác")`);
  const results = (rec.parsed?.ket_qua ?? [])
    .filter((k) => k.ma && k.ten)
    .map((k) => ({ code: k.ma!.trim().slice(0, 100), name: k.ten!.trim().slice(0, 1000) }));
  const kqMinistry = /^KQ[.-](G\d{2})\./.exec(results[0]?.code ?? '')?.[1];
  const ministry = MINISTRY_BY_FOLDER[rec.bo_nganh_folder ?? ''] ?? (kqMinistry ? `000.00.00.${kqMinistry}` : undefined);
  if (!ministry) reasons.push(`unknown competent ministry (folder '${rec.bo_nganh_folder ?? ''}', no KQ.Gxx result code)`);
  const sectorName = (rec.linh_vuc ?? '').trim();
  if (!sectorName) reasons.push('missing sector (linh_vuc)');
  const channels = parseChannels(rec.cach_thuc_thuc_hien ?? '');
  const counter = channels.find((w) => w.channel === 'counter' && w.time) ?? channels.find((w) => w.channel === 'counter');
  const post = channels.find((w) => w.channel === 'post');
  const online = channels.find((w) => w.channel === 'online');
  const feeRow = [counter, online, post].find((r) => r && r.fee.kind !== 'unknown');
  const content: ProcedureContent = {
    name,
    sectorCode: sectorCodeFor(sectorName),
    levels,
    agencyCodes: ministry ? [ministry] : [],
    onlineLevel: online ? 'partial' : 'none',
    processing: { counter: (counter ?? post)?.time ?? null, online: online?.time ?? null },
    cases: casesOf(parseComponents(rec.thanh_phan_ho_so ?? '')),
    fees: feesOf(feeRow),
    results: results.slice(0, 50),
    legalBasis: parseLegalBasis(rec.can_cu_phap_ly ?? ''),
    workflowTemplateRef: null,
  };
  const quality = channelNotes(channels);
  if (!feeRow) quality.push('fee: no channel states whether there is a fee');
  return {
    row,
    code: rec.ma_thu_tuc?.trim(),
    sector: sectorName ? { code: sectorCodeFor(sectorName), name: sectorName, ministryCode: ministry ?? null } : undefined,
    content,
    reasons,
    quality,
    feeStatus: feeRow ? (feeRow.fee.kind === 'free' ? 'free' : 'amounts') : 'unknown',
  };
}

/** Candidates from JSON Lines text (one record per line; blank lines skipped; row = line number). */
export function parseCrawlJsonl(text: string): Candidate[] {
  const out: Candidate[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(crawlRecordToCandidate(JSON.parse(line) as CrawlRecord, i + 1));
    } catch {
      out.push({ row: i + 1, reasons: ['line is not valid JSON'] });
    }
  });
  return out;
}

/** Read a crawl file (`.jsonl` or `.jsonl.gz`). */
export function readCrawlFile(file: string): Candidate[] {
  const buf = readFileSync(file);
  const text = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return parseCrawlJsonl(text);
}
