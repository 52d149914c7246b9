/** Bodies of the counter-routing messages (relayed by the portal, which adds `origin`: the sending system). */
import { AppError } from '../../errors.ts';

/** One step of the competent system's dossier as reported back to the receiving counter. */
export interface ProgressStep {
  seq: number;
  kind: string;
  at: string;
  actorName: string;
  /** The step's reason or note (why refused, stopped, returned to a step…). */
  note?: string;
  /** A supplement request's papers, so the receiving counter can tell the person what to bring. */
  items?: { name: string; reason: string }[];
}

/** Scanned papers travel inside the message (base64): at most this many bytes in all, after decoding. */
export const MAX_ROUTED_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROUTED_FILES = 20;

export interface RoutedFile {
  componentSeq: number;
  fileName: string;
  dataBase64: string;
}

/** `dossier.route`: a counter dossier received at `receivedAt` for an agency hosted by the recipient. */
export interface RouteBody {
  routeId: string;
  origin?: string;
  receivedAt: { agencyCode: string | null; agencyName: string | null };
  returnAtReception: boolean;
  officer: { id: string; name: string };
  input: {
    procedureCode: string;
    caseCode?: string;
    resolvingAgencyCode: string;
    owner: Record<string, unknown>;
    submitter?: { name: string; idNumber: string; authorisation: string };
    components: { name: string; documentTypeCode?: string; originals: number; certifiedCopies: number; photocopies: number }[];
  };
  files: RoutedFile[];
}

/** `dossier.progress`: the competent system's dossier as it is now. */
export interface ProgressBody {
  routeId: string;
  code: string | null;
  status: number;
  version: number;
  dueAt: string | null;
  history: ProgressStep[];
  /** The dossier's fees as the competent system counts them: the receiving counter hands a result over only settled. */
  fees?: { total: number; paid: boolean };
}

/** `dossier.return`: the result was handed over at the receiving counter. */
export interface ReturnBody {
  routeId: string;
  receiver: { name: string; idNumber?: string };
  officer: { id: string; name: string };
  at: string;
  /** The fees waived at the receiving counter, with the reason (recorded with the competent system's return). */
  feeExemption?: { reason: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const malformed = (detail: string) => new AppError('message-malformed', { detail });
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function parseRoute(body: unknown): RouteBody {
  const b = (body ?? {}) as Partial<RouteBody>;
  const i = b.input;
  const ok =
    str(b.routeId, 36) && UUID.test(b.routeId) && str(b.origin, 20) &&
    !!b.officer && str(b.officer.id, 100) && str(b.officer.name, 200) &&
    typeof b.returnAtReception === 'boolean' && !!b.receivedAt &&
    !!i && str(i.procedureCode, 8) && str(i.resolvingAgencyCode, 13) && !!i.owner && typeof i.owner === 'object' &&
    Array.isArray(i.components) && i.components.length <= 100 &&
    Array.isArray(b.files) && b.files.length <= MAX_ROUTED_FILES &&
    b.files.every((f) => Number.isInteger(f.componentSeq) && str(f.fileName, 200) && typeof f.dataBase64 === 'string');
  if (!ok) throw malformed('body: {routeId, origin, receivedAt, returnAtReception, officer, input, files}');
  return b as RouteBody;
}

export function parseProgress(body: unknown): ProgressBody {
  const b = (body ?? {}) as Partial<ProgressBody>;
  const ok = str(b.routeId, 36) && Number.isInteger(b.status) && Number.isInteger(b.version) && Array.isArray(b.history) &&
    (b.fees === undefined || (!!b.fees && Number.isSafeInteger(b.fees.total) && typeof b.fees.paid === 'boolean'));
  if (!ok) throw malformed('body: {routeId, code, status, version, dueAt, history}');
  return b as ProgressBody;
}

export function parseReturn(body: unknown): ReturnBody {
  const b = (body ?? {}) as Partial<ReturnBody>;
  const ok = str(b.routeId, 36) && !!b.receiver && str(b.receiver.name, 200) && !!b.officer && str(b.officer.name, 200) && str(b.at, 40) &&
    (b.feeExemption === undefined || (!!b.feeExemption && str(b.feeExemption.reason, 1000)));
  if (!ok) throw malformed('body: {routeId, receiver, officer, at, feeExemption?}');
  return b as ReturnBody;
}
