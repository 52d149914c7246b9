/**
 * The DVCQG-compatible API of the national portal (domain-vn.md §6.1–6.3): session login with `dstcode`, then
 * `DongBoHoSoMC` (create, or update with isUpdating "True"), `CapNhatTienDoHoSoMC` (progress rows, any chunk size),
 * `TraCuuHoSo` and the catalogue services (lists.ts). Writes go into the same national mirror as the signed sync, in one transaction
 * per call: a repeated call changes nothing more (progress rows are keyed by time and content), a stale snapshot
 * or an older progress row does not regress the status (ordered by progress time, `ThoiDiemXuLy`). A system
 * writes only dossiers of the agencies it hosts: the agency part of each `MaHoSo` (and `madonvi` when sent) must be
 * one of the session's system's agencies (`agencyOfNode`), else the call is refused whole (error_code "-7"). Legacy
 * codes (`H21.65-220914-0011`, six-digit sequences: src/lib/dossier-code.ts) are accepted and kept verbatim.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { appendMessageLog } from '../../federation/protocol/message-log.ts';
import { markUnauthenticated } from '../../federation/transport/authenticate.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { hashPassword, verifyPassword, burnPasswordCheck } from '../../platform/identity/password.ts';
import { findNode, recordApplied, recordError } from '../registry/registry.repository.ts';
import { foreignAgency } from '../../platform/reference/agency-node.ts';
import { isAcceptedDossierCode } from '../../lib/dossier-code.ts';
import { canonicalJson } from '../../federation/protocol/envelope.ts';
import {
  CALL_KEYS, canonicalKeys, ITEM_KEYS, DOSSIER_DATE_FIELDS, DOSSIER_EVENT_DATE_FIELDS, isWireDate, MA_HO_SO_SHAPES, mirrorIdOf, PROGRESS_DATE_FIELDS, statusOf, SUCCESS_MESSAGE,
  wireDateIso, wireDateKey, type DvcqgAnswer,
} from './dvcqg.ts';
import * as repo from './dvcqg.repository.ts';
import { danhMucCoQuan, danhMucLinhVuc, danhSachTTHC, layThuTuc } from './lists.ts';

export const SESSION_HOURS = 8;
/** Items per DongBoHoSoMC / CapNhatTienDoHoSoMC call. */
export const MAX_ITEMS = 500;

type Obj = Record<string, unknown>;
const sha = (s: string) => createHash('sha256').update(s).digest();
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function setDvcqgAccount(db: Db, a: { nodeCode: string; username: string; password: string }): Promise<void> {
  if (!(await findNode(db, a.nodeCode))) throw new AppError('federation-node-not-found', { data: { code: a.nodeCode } });
  if (!/^[A-Za-z0-9._@-]{3,100}$/.test(a.username) || a.password.length < 12 || a.password.length > 200)
    throw new AppError('validation-failed', { errors: [{ path: '/username', message: 'username 3–100 of [A-Za-z0-9._@-], password 12–200 characters' }] });
  await repo.upsertAccount(db, { username: a.username, nodeCode: a.nodeCode, passwordHash: await hashPassword(a.password) });
}

export function requireDstcode(v: unknown): string {
  if (typeof v !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(v)) throw new AppError('dvcqg-dstcode-missing');
  return v;
}

export async function dvcqgLogin(db: Db, username: string, password: string, now = new Date()): Promise<string> {
  const account = await repo.findAccount(db, username);
  if (!account) {
    await burnPasswordCheck(password);
    throw new AppError('dvcqg-login-failed');
  }
  if (!(await verifyPassword(password, account.passwordHash))) throw new AppError('dvcqg-login-failed');
  if (account.status !== 'active') throw new AppError('message-sender-suspended', { data: { sender: account.nodeCode } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await repo.insertSession(db, { tokenSha256: sha(token), username, nodeCode: account.nodeCode, expiresAt });
  return token;
}

async function sessionNode(db: Db, session: string, now: Date): Promise<string> {
  const s = await repo.findSession(db, sha(session), now);
  if (!s) throw markUnauthenticated(new AppError('dvcqg-session-invalid'));
  if (s.status !== 'active') throw new AppError('message-sender-suspended', { data: { sender: s.nodeCode } });
  return s.nodeCode;
}

function items(body: Obj): Obj[] {
  const data = body.data;
  const list = Array.isArray(data) ? data : isObj(data) ? [data] : undefined;
  if (!list || list.length === 0 || list.length > MAX_ITEMS)
    throw new AppError('dvcqg-invalid', { errors: [{ path: '/data', message: `an object or a list of 1–${MAX_ITEMS} objects` }] });
  const bad = list.findIndex((x) => !isObj(x));
  if (bad >= 0) throw new AppError('dvcqg-invalid', { errors: [{ path: `/data/${bad}`, message: 'an object' }] });
  // keys in another case are read under the portal's spelling; the rest of the item is kept as sent
  return (list as Obj[]).map((o) => canonicalKeys(o, ITEM_KEYS));
}

function checkDates(o: Obj, fields: readonly string[], path: string, errors: FieldError[], required: string[] = []): void {
  for (const f of fields) {
    const v = o[f];
    if ((v === undefined || v === '' || v === null) && !required.includes(f)) continue;
    if (!isWireDate(v)) errors.push({ path: `${path}/${f}`, message: 'a date yyyyMMddHHmmss' });
  }
}

function checkString(o: Obj, f: string, max: number, path: string, errors: FieldError[]): void {
  const v = o[f];
  if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > max)) errors.push({ path: `${path}/${f}`, message: `a string of at most ${max} characters` });
}

function snapshotsOf(node: string, list: Obj[]): repo.SnapshotRow[] {
  const errors: FieldError[] = [];
  const rows = list.map((o, i) => {
    const p = `/data/${i}`;
    if (!isAcceptedDossierCode(o.MaHoSo)) errors.push({ path: `${p}/MaHoSo`, message: MA_HO_SO_SHAPES });
    const status = statusOf(o.TrangThaiHoSo);
    if (status === undefined) errors.push({ path: `${p}/TrangThaiHoSo`, message: 'a status 1–10' });
    if (o.KenhThucHien !== undefined && !['1', '2', '3', 1, 2, 3].includes(o.KenhThucHien as string)) errors.push({ path: `${p}/KenhThucHien`, message: '1, 2 or 3' });
    checkDates(o, DOSSIER_DATE_FIELDS, p, errors);
    for (const [f, max] of [['MaTTHC', 100], ['TenTTHC', 2000], ['ChuHoSo', 300], ['SoGiayToChuHoSo', 50], ['TrichYeuHoSo', 4000], ['DonViXuLy', 500]] as const)
      checkString(o, f, max, p, errors);
    const code = String(o.MaHoSo);
    return { id: mirrorIdOf(node, code), code, status: status ?? 1, key: Math.max(0, ...DOSSIER_EVENT_DATE_FIELDS.map((f) => (isWireDate(o[f]) ? wireDateKey(o[f]) : 0))), payload: o };
  });
  if (errors.length) throw new AppError('dvcqg-invalid', { errors: errors.slice(0, 50) });
  return rows;
}

function progressOf(node: string, list: Obj[]): (Omit<repo.ProgressRow, 'pos'> & { code: string; at: string })[] {
  const errors: FieldError[] = [];
  const rows = list.map((o, i) => {
    const p = `/data/${i}`;
    if (!isAcceptedDossierCode(o.MaHoSo)) errors.push({ path: `${p}/MaHoSo`, message: MA_HO_SO_SHAPES });
    const status = statusOf(o.TrangThai);
    if (status === undefined) errors.push({ path: `${p}/TrangThai`, message: 'a status 1–10' });
    checkDates(o, PROGRESS_DATE_FIELDS, p, errors, ['ThoiDiemXuLy']);
    checkString(o, 'NguoiXuLy', 50, p, errors);
    for (const f of ['ChucDanh', 'PhongBanXuLy', 'NoiDungXuLy']) checkString(o, f, 2000, p, errors);
    const code = String(o.MaHoSo);
    const at = String(o.ThoiDiemXuLy);
    // Rows are told apart by their time and a hash of their content: the same row sent twice is kept once.
    const idx = createHash('sha256').update(canonicalJson(o)).digest().readUInt16BE(0) & 0x7fff;
    return { id: mirrorIdOf(node, code), code, at, key: isWireDate(at) ? wireDateKey(at) : 0, idx, status: status ?? 1, payload: o };
  });
  if (errors.length) throw new AppError('dvcqg-invalid', { errors: errors.slice(0, 50) });
  return rows;
}

/** DVCQG writes are kept in the same tamper-evident message log as signed messages. */
async function logCall(trx: Parameters<typeof appendMessageLog>[0], node: string, service: string, codes: string[]): Promise<void> {
  const header = { id: randomUUID(), type: `dvcqg.${service}`, sender: node, maHoSo: codes.slice(0, 20).join(','), items: codes.length };
  await appendMessageLog(trx, [{ direction: 'received', peer: node, header, outcome: 'applied' }]);
}

/** Refuses a write naming an agency the session's system does not host: `madonvi` (its code or one of its agencies), each MaHoSo. */
async function assertOwnAgencies(db: Db, node: string, body: Obj, codes: string[]): Promise<void> {
  const unit = typeof body.madonvi === 'string' && body.madonvi !== '' && body.madonvi !== node ? body.madonvi : null;
  const claims = [{ agencyCode: unit }, ...codes.map((dossierCode) => ({ dossierCode }))];
  const foreign = await foreignAgency(db, node, claims);
  if (!foreign) return;
  const path = foreign.index === 0 ? '/madonvi' : `/data/${foreign.index - 1}/MaHoSo`;
  // the session is the system's own login: its refusal is logged in the chain and counted against it
  await db.transaction().execute(async (trx) => {
    const header = { id: randomUUID(), type: `dvcqg.${String(body.service)}`, sender: node, maHoSo: codes.slice(0, 20).join(','), items: codes.length };
    await appendMessageLog(trx, [{ direction: 'rejected', peer: node, header, outcome: 'message-agency-of-another-node' }]);
    await recordError(trx, node, 'message-agency-of-another-node');
  });
  throw new AppError('message-agency-of-another-node', {
    detail: `${foreign.code}: không phải cơ quan của hệ thống ${node}`,
    errors: [{ path, message: `not an agency of ${node}` }],
    data: { refusedCode: foreign.code, sender: node },
  });
}

const ok = (extra: Obj = {}): DvcqgAnswer => ({ error_code: '0', message: SUCCESS_MESSAGE, ...extra });

async function syncDossiers(db: Db, node: string, body: Obj): Promise<DvcqgAnswer> {
  const rows = snapshotsOf(node, items(body));
  await assertOwnAgencies(db, node, body, rows.map((r) => r.code));
  const updating = body.isUpdating === true || (typeof body.isUpdating === 'string' && body.isUpdating.toLowerCase() === 'true');
  await db.transaction().execute(async (trx) => {
    if (!updating) {
      const existing = await repo.insertSnapshots(trx, node, rows);
      if (existing.length) throw new AppError('dvcqg-exists', { detail: `Hồ sơ ${existing.join(', ')} đã tồn tại`, data: { MaHoSo: existing } });
    } else await repo.upsertSnapshots(trx, node, rows);
    await recordApplied(trx, node, rows.length, null);
    await logCall(trx, node, 'DongBoHoSoMC', rows.map((r) => r.code));
  });
  return ok();
}

async function syncProgress(db: Db, node: string, body: Obj, now: Date): Promise<DvcqgAnswer> {
  const rows = progressOf(node, items(body))
    .sort((a, b) => a.key - b.key)
    .map((r, pos) => ({ ...r, pos }));
  await assertOwnAgencies(db, node, body, rows.map((r) => r.code));
  await db.transaction().execute(async (trx) => {
    const known = await repo.existingIds(trx, node, [...new Set(rows.map((r) => r.id))]);
    const missing = [...new Set(rows.filter((r) => !known.has(r.id)).map((r) => r.code))];
    if (missing.length) throw new AppError('dvcqg-not-found', { detail: `Chưa đồng bộ hồ sơ ${missing.join(', ')}`, data: { MaHoSo: missing } });
    await repo.insertProgress(trx, node, rows);
    const oldest = Math.min(...rows.map((r) => Date.parse(wireDateIso(r.at) ?? '')).filter(Number.isFinite));
    await recordApplied(trx, node, rows.length, Number.isFinite(oldest) ? Math.max(0, now.getTime() - oldest) : null);
    await logCall(trx, node, 'CapNhatTienDoHoSoMC', [...new Set(rows.map((r) => r.code))]);
  });
  return ok();
}

async function lookupDossier(db: Db, node: string, body: Obj): Promise<DvcqgAnswer> {
  const code = body.MaHoSo;
  if (!isAcceptedDossierCode(code)) throw new AppError('dvcqg-invalid', { errors: [{ path: '/MaHoSo', message: MA_HO_SO_SHAPES }] });
  const d = await repo.findMirrored(db, node, code);
  return ok({ result: d ? [{ ...d.payload, MaHoSo: code, TrangThaiHoSo: String(d.trangThai) }] : [] });
}

const shortString = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;

/**
 * One integration call. Keys are read whatever their case (`maTTHC`, `mahoso`, `Session`…) and unknown keys
 * (`donViXuLy` at the top level, …) are ignored (issue 15 §4).
 */
export async function dvcqgCall(db: Db, raw: Obj, now = new Date()): Promise<DvcqgAnswer> {
  const body = canonicalKeys(raw, CALL_KEYS);
  if (!shortString(body.session, 200)) throw markUnauthenticated(new AppError('dvcqg-session-invalid'));
  const node = await sessionNode(db, String(body.session), now);
  if (!shortString(body.service, 100)) throw new AppError('dvcqg-invalid', { errors: [{ path: '/service', message: 'the name of a service' }] });
  for (const k of ['madonvi', 'MaHoSo', 'MaTTHC'] as const)
    if (body[k] !== undefined && body[k] !== null && body[k] !== '' && !shortString(body[k], 100)) throw new AppError('dvcqg-invalid', { errors: [{ path: `/${k}`, message: 'a string of at most 100 characters' }] });
  switch (body.service) {
    case 'DongBoHoSoMC':
      return syncDossiers(db, node, body);
    case 'CapNhatTienDoHoSoMC':
      return syncProgress(db, node, body, now);
    case 'TraCuuHoSo':
      return lookupDossier(db, node, body);
    case 'LayThuTuc':
      return layThuTuc(db, body);
    case 'LayDanhSachTTHC':
      return danhSachTTHC(db);
    case 'LayDanhMucCoQuan':
      return danhMucCoQuan(db);
    case 'LayDanhMucLinhVuc':
      return danhMucLinhVuc(db);
    default:
      throw new AppError('dvcqg-service-unknown', { data: { service: String(body.service).slice(0, 100) } });
  }
}
