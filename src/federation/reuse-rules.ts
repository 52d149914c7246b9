/**
 * The once-only resolver (domain-vn.md §5.4): for each component a procedure case requires, the owner's warehouse
 * documents that could stand for it — by the component's document-type code, or by the result code that may replace
 * it — each with why it qualifies (`ok`) or not; and the check of a reused document that reception on a local system
 * and the portal's submission both apply. The documents come from the national port.
 */
import { AppError } from '../errors.ts';
import type { Principal } from '../platform/identity/principal.ts';
import type {
  NationalPort,
  PortAccess,
  PortComponent,
  PortCoverageCandidate,
  PortProcedure,
  PortRequester,
  PortWarehouseDocument,
} from './national-port.ts';

export type ReuseReason = 'ok' | 'revoked' | 'replaced' | 'expired' | 'wrong-scope' | 'unverified';

/** What the resolver needs of a document (a full document and a system-check candidate both have it). */
export type Candidate = Pick<
  PortCoverageCandidate,
  'id' | 'typeCode' | 'status' | 'expired' | 'validityScope' | 'provenance'
>;

export interface ResolvedCandidate<D extends Candidate> {
  document: D;
  matchedBy: 'document-type' | 'result-code';
  reason: ReuseReason;
}

export interface ResolvedComponent<D extends Candidate> {
  /** 1-based position of the component in the procedure case. */
  seq: number;
  name: string;
  documentTypeCode: string | null;
  replacingResultCode: string | null;
  candidates: ResolvedCandidate<D>[];
  /** A candidate is `ok`: the component must not be asked for on paper. */
  covered: boolean;
}

/** The province segment of an electronic agency code (`000.00.06.H56` → `H56`). */
export function provinceOf(agencyCode: string): string {
  return agencyCode.slice(agencyCode.lastIndexOf('.') + 1);
}

/** Does a validity scope ('national' or a province code) cover a dossier resolved by one of these agencies? */
export function scopeCovers(scope: string, agencyCodes: readonly string[]): boolean {
  if (scope === 'national') return true;
  return agencyCodes.some((c) => provinceOf(c) === scope);
}

export function reasonFor(d: Candidate, agencyCodes: readonly string[]): ReuseReason {
  if (d.status === 'revoked') return 'revoked';
  if (d.status === 'replaced') return 'replaced';
  if (d.expired) return 'expired';
  if (!scopeCovers(d.validityScope, agencyCodes)) return 'wrong-scope';
  if (d.provenance === 'uploaded') return 'unverified';
  return 'ok';
}

export function matchOf(
  c: Pick<PortComponent, 'documentTypeCode' | 'replacingResultCode'>,
  typeCode: string,
): ResolvedCandidate<Candidate>['matchedBy'] | undefined {
  if (c.documentTypeCode && c.documentTypeCode === typeCode) return 'document-type';
  if (c.replacingResultCode && c.replacingResultCode === typeCode) return 'result-code';
  return undefined;
}

/** The type codes a case's components can be satisfied by (to ask the warehouse once). */
export function typeCodesOf(components: readonly PortComponent[]): string[] {
  return [
    ...new Set(
      components.flatMap((c) => [c.documentTypeCode, c.replacingResultCode].filter((x): x is string => !!x)),
    ),
  ];
}

export function caseOf(
  proc: PortProcedure,
  caseCode: string | undefined | null,
): PortProcedure['cases'][number] | undefined {
  return caseCode ? proc.cases.find((c) => c.code === caseCode) : proc.cases[0];
}

/**
 * Resolve each component against the documents. `agencyCodes`: the agencies that may resolve the dossier (the
 * chosen one, or the procedure's competent agencies) — a province-scoped document must be valid there.
 */
export function resolveComponents<D extends Candidate>(
  components: readonly PortComponent[],
  documents: readonly D[],
  agencyCodes: readonly string[],
): ResolvedComponent<D>[] {
  return components.map((c, i) => {
    const candidates: ResolvedCandidate<D>[] = [];
    for (const d of documents) {
      const matchedBy = matchOf(c, d.typeCode);
      if (matchedBy) candidates.push({ document: d, matchedBy, reason: reasonFor(d, agencyCodes) });
    }
    candidates.sort((a, b) => Number(b.reason === 'ok') - Number(a.reason === 'ok'));
    return {
      seq: i + 1,
      name: c.name,
      documentTypeCode: c.documentTypeCode,
      replacingResultCode: c.replacingResultCode,
      candidates,
      covered: candidates.some((x) => x.reason === 'ok'),
    };
  });
}

export interface ReuseEntry {
  /** 1-based position of the component in the procedure case, or its document-type code. */
  componentSeq?: number;
  documentTypeCode?: string;
  documentId: string;
}

export function requesterOf(p: Principal | undefined, agencyCode: string | null): PortRequester {
  if (!p) return { kind: 'system', id: 'system', name: 'Hệ thống', agencyCode };
  if (p.kind === 'officer')
    return {
      kind: 'officer',
      id: p.id,
      name: p.name,
      agencyCode: agencyCode ?? p.grants[0]?.agencyCode ?? null,
    };
  return {
    kind: 'owner',
    id: p.kind === 'citizen' ? p.personalId : p.taxCode,
    name: p.name,
    agencyCode: null,
  };
}

/**
 * The reused components, each checked: the component exists in the case, the document is read under `access`
 * (403/404, logged, for another person's), stands for that component and is valid for `agencyCodes` — else 409
 * `reuse-document-not-usable` with the reason. A document named twice is 400.
 */
export async function checkReused(
  port: NationalPort,
  access: PortAccess | undefined,
  procComponents: readonly PortComponent[],
  reuse: readonly ReuseEntry[],
  agencyCodes: readonly string[],
): Promise<{ comp: PortComponent; doc: PortWarehouseDocument; matchedBy: 'document-type' | 'result-code' | undefined }[]> {
  const used = new Set<string>();
  const out: { comp: PortComponent; doc: PortWarehouseDocument; matchedBy: 'document-type' | 'result-code' | undefined }[] = [];
  for (const [i, r] of reuse.entries()) {
    const comp =
      r.componentSeq !== undefined
        ? procComponents[r.componentSeq - 1]
        : procComponents.find(
            (c) => c.documentTypeCode === r.documentTypeCode || c.replacingResultCode === r.documentTypeCode,
          );
    if (!comp)
      throw new AppError('reuse-component-unknown', {
        errors: [{ path: `/reuse/${i}`, message: 'no such component in the procedure case' }],
      });
    if (used.has(r.documentId))
      throw new AppError('validation-failed', {
        errors: [{ path: `/reuse/${i}/documentId`, message: 'used twice' }],
      });
    used.add(r.documentId);
    const doc = await port.fetchDocument(access!, r.documentId, 'metadata'); // 403/404 (logged) for another person's
    const matchedBy = matchOf(comp, doc.typeCode);
    const reason = matchedBy ? reasonFor(doc, agencyCodes) : 'wrong-type';
    if (reason !== 'ok')
      throw new AppError('reuse-document-not-usable', {
        detail: `Document ${doc.id}: ${reason}`,
        data: { documentId: doc.id, component: comp.name, reason },
      });
    out.push({ comp, doc, matchedBy });
  }
  return out;
}
