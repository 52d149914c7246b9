/**
 * The crawl of the national portal in /work/shared/data/tthc-dvcqg-2026/tthc_details_2642.jsonl.gz
 * (SOURCE.md there): one JSON object per line with Vietnamese field names and a best-effort `parsed` block.
 *
 * Mapping: ma_thu_tuc → code; ten_thu_tuc → name; linh_vuc → sector (code derived from the name);
 * cap_thuc_hien → levels ("Cơ quan khác" alone gives no level and the row is rejected); the ministry
 * (bo_nganh_folder, else the `KQ.Gxx` result-code prefix) → the competent agency `000.00.00.Gxx`;
 * parsed.cach_thuc "Trực tiếp"/"Trực tuyến" → counter/online time (missing unit = working days) and VND fees;
 * a "Trực tuyến" channel → online level `partial` (the crawl does not say toàn trình), otherwise `none`;
 * parsed.thanh_phan_ho_so → the components of one general case; parsed.ket_qua → results; can_cu_phap_ly →
 * the legal document numbers found in it.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Level, ProcedureContent } from '../catalogue.ts';
import { parseDuration, parseLegalRefs, parseVndFees } from './common.ts';
import { mapLevel, sectorCodeFor, type Candidate } from './import.ts';

const MINISTRY_BY_FOLDER: Record<string, string> = {
  'bo-cong-an': '000.00.00.G01',
  'bo-tu-phap': '000.00.00.G15',
  'bo-tai-chinh': '000.00.00.G12',
  'bo-xay-dung': '000.00.00.G17',
  'bo-nong-nghiep-mt': '000.00.00.G10',
  'ngan-hang-nha-nuoc': '000.00.00.G19',
};

interface CrawlRecord {
  ma_thu_tuc?: string;
  ten_thu_tuc?: string;
  cap_thuc_hien?: string;
  linh_vuc?: string;
  can_cu_phap_ly?: string;
  bo_nganh_folder?: string;
  parsed?: {
    ket_qua?: { ten?: string; ma?: string | null }[];
    cach_thuc?: { hinh_thuc?: string; thoi_han?: string | null; don_vi_thoi_han?: string | null; phi_le_phi_va_mo_ta_raw?: string }[];
    thanh_phan_ho_so?: { ten_giay_to?: string; ban_chinh?: number; ban_sao?: number }[];
  };
}

function clampCount(n: unknown): number {
  const v = Number(n);
  return Number.isInteger(v) && v >= 0 ? Math.min(v, 100) : 0;
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
  const ways = rec.parsed?.cach_thuc ?? [];
  const counter = ways.find((w) => w.hinh_thuc === 'Trực tiếp') ?? ways.find((w) => w.hinh_thuc === 'Dịch vụ bưu chính');
  const online = ways.find((w) => w.hinh_thuc === 'Trực tuyến');
  const content: ProcedureContent = {
    name,
    sectorCode: sectorCodeFor(sectorName),
    levels,
    agencyCodes: ministry ? [ministry] : [],
    onlineLevel: online ? 'partial' : 'none',
    processing: {
      counter: counter ? parseDuration(counter.thoi_han, counter.don_vi_thoi_han) : null,
      online: online ? parseDuration(online.thoi_han, online.don_vi_thoi_han) : null,
    },
    cases: [
      {
        name: 'Trường hợp chung',
        components: (rec.parsed?.thanh_phan_ho_so ?? [])
          .filter((c) => c.ten_giay_to?.trim())
          .slice(0, 200)
          .map((c) => ({ name: c.ten_giay_to!.trim().slice(0, 2000), originals: clampCount(c.ban_chinh), copies: clampCount(c.ban_sao) })),
      },
    ],
    fees: parseVndFees((counter ?? online)?.phi_le_phi_va_mo_ta_raw ?? ''),
    results: results.slice(0, 50),
    legalBasis: parseLegalRefs(rec.can_cu_phap_ly ?? ''),
    workflowTemplateRef: null,
  };
  return {
    row,
    code: rec.ma_thu_tuc?.trim(),
    sector: sectorName ? { code: sectorCodeFor(sectorName), name: sectorName, ministryCode: ministry ?? null } : undefined,
    content,
    reasons,
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
