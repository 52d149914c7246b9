/**
 * The digest both sides of the daily reconciliation compute over one agency's dossiers of one day: SHA-256 (hex)
 * over the sorted lines `dossierId:TrangThaiHoSo:lastSeq` joined by '\n'. The local dossier id (not MaHoSo) keys a
 * line, because an online dossier has no MaHoSo until it is received.
 */
import { sha256Hex } from './envelope.ts';

export interface ReconcileEntry {
  dossierId: string;
  trangThai: number;
  lastSeq: number;
}

export function reconcileDigest(entries: readonly ReconcileEntry[]): string {
  return sha256Hex(
    entries
      .map((e) => `${e.dossierId.toLowerCase()}:${e.trangThai}:${e.lastSeq}`)
      .sort()
      .join('\n'),
  );
}
