/**
 * Once-only at reception and at a supplement request. Before a dossier is written: the components reused from the
 * owner's warehouse are checked against the resolver (the owner's own, consented, valid for this component), and a
 * paper asked for at the counter that a valid warehouse document covers is refused with 409
 * `component-covered-by-warehouse` — unless the officer marks it as a verification with a reason (audited, counted).
 * The refusal check is a system check: it reads identifying fields only, under a recorded legal basis, logged in
 * the owner's access log with the dossier and purpose `once-only check`.
 */
import { AppError } from '../../errors.ts';
import type {
  NationalPort,
  PortAccess,
  PortComponent,
  PortOwner,
  PortProcedure,
} from '../../federation/national-port.ts';
import { documentTypeForName } from '../../federation/document-types.ts';
import { fold } from '../../lib/fold.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { Verification } from './reuse.repository.ts';
import { checkReused, requesterOf, resolveComponents, typeCodesOf, type ReuseEntry } from '../../federation/reuse-rules.ts';

export { checkReused, requesterOf, type ReuseEntry };

export const ONCE_ONLY_PURPOSE = 'once-only check';
export const ONCE_ONLY_LEGAL_BASIS =
  'Nghị định 107/2021/NĐ-CP; Nghị quyết 66.7/2025/NQ-CP (không yêu cầu cung cấp lại giấy tờ đã số hóa)';

export interface PlannedComponentInput {
  name: string;
  documentTypeCode?: string;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  verification?: { reason: string };
}

export interface PlannedComponent {
  name: string;
  documentTypeCode: string | null;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  source: 'submitted' | 'reused_document' | 'reused_result';
  warehouseDocumentId: string | null;
  warehouseConsentId: string | null;
}

export interface ReceptionPlan {
  components: PlannedComponent[];
  verifications: Verification[];
  /** Undo what was told to the national portal when the reception does not commit (best effort). */
  undo(): Promise<void>;
}

/** The owner a dossier's owner fields stand for in the warehouse (agencies and others own none). */
export function warehouseOwner(ownerType: string, idNumber: string): PortOwner | undefined {
  if (ownerType === 'citizen') return { kind: 'citizen', id: idNumber };
  if (ownerType === 'business') return { kind: 'organisation', id: idNumber };
  return undefined;
}

function systemAccess(
  agencyCode: string | null,
  dossierRef: string,
  dossierCode: string | null,
  onBehalf: Principal | undefined,
): PortAccess {
  const by = onBehalf && onBehalf.kind === 'officer' ? ` (${onBehalf.name})` : '';
  return {
    requester: { kind: 'system', id: 'once-only', name: `Kiểm tra tự động${by}`, agencyCode },
    dossierRef,
    dossierCode,
    purpose: ONCE_ONLY_PURPOSE,
    consentId: null,
    legalBasis: ONCE_ONLY_LEGAL_BASIS,
  };
}

/**
 * A name folded for matching, computed once per distinct name (the catalogue's component names recur on every
 * reception; bounded, cleared when full).
 */
const foldedNames = new Map<string, string>();
function foldedName(s: string): string {
  let f = foldedNames.get(s);
  if (f === undefined) {
    if (foldedNames.size >= 10_000) foldedNames.clear();
    f = fold(s).trim();
    foldedNames.set(s, f);
  }
  return f;
}

/** The procedure component an input line stands for: same document-type code, else the same name (folded). */
export function componentFor(
  components: readonly PortComponent[],
  line: { name: string; documentTypeCode?: string | null },
): PortComponent | undefined {
  if (line.documentTypeCode) {
    const byCode = components.find((c) => c.documentTypeCode === line.documentTypeCode);
    if (byCode) return byCode;
  }
  const n = foldedName(line.name);
  const byName = components.find((c) => foldedName(c.name) === n);
  if (byName) return byName;
  // a paper named in the officer's own words ("Giấy chứng sinh") stands for the component of its national type
  const type = documentTypeForName(line.name);
  return type ? components.find((c) => c.documentTypeCode === type.code) : undefined;
}

/**
 * Refuse paper lines a valid warehouse document covers (one port call for all of them). Returns the verifications
 * (lines marked as such that were in fact covered) to audit.
 */
export async function refuseCoveredPaper(
  port: NationalPort,
  o: {
    principal: Principal | undefined;
    owner: PortOwner;
    agencyCodes: readonly string[];
    components: readonly PortComponent[];
    lines: readonly {
      name: string;
      documentTypeCode?: string | null;
      verification?: { reason: string } | undefined;
    }[];
    dossierRef: string;
    dossierCode: string | null;
    stage: Verification['stage'];
  },
): Promise<Verification[]> {
  const asked = o.lines.map((l) => ({ line: l, comp: componentFor(o.components, l) })).filter((x) => x.comp);
  const typeCodes = typeCodesOf(asked.map((x) => x.comp!));
  if (typeCodes.length === 0) return [];
  const agencyCode = o.agencyCodes[0] ?? null;
  const found = await port.checkCoverage(systemAccess(agencyCode, o.dossierRef, o.dossierCode, o.principal), {
    owner: o.owner,
    typeCodes,
  });
  const verifications: Verification[] = [];
  for (const { line, comp } of asked) {
    const ok = resolveComponents([comp!], found, o.agencyCodes)[0]!.candidates.find((c) => c.reason === 'ok');
    if (!ok) continue;
    if (line.verification?.reason.trim()) {
      verifications.push({
        component: line.name,
        documentId: ok.document.id,
        reason: line.verification.reason.normalize('NFC'),
        stage: o.stage,
      });
      continue;
    }
    const d = ok.document;
    throw new AppError('component-covered-by-warehouse', {
      detail: `“${line.name}” is covered by warehouse document ${d.id}; reuse it or mark the request as a verification`,
      data: {
        component: line.name,
        document: { id: d.id, typeCode: d.typeCode, numberSymbol: d.numberSymbol, issuer: d.issuer },
      },
    });
  }
  return verifications;
}


/**
 * Plan the components of a reception: reused lines checked (owner's own, consented, valid here), paper lines checked
 * against the warehouse (counter and post), the consent recorded (online) or bound (counter; an online submission
 * forwarded by the national portal with the consent its owner gave there) to `dossierId`.
 */
export async function planReception(
  port: NationalPort,
  o: {
    principal: Principal | undefined;
    proc: PortProcedure;
    caseCode: string | null;
    owner: { type: string; idNumber: string };
    agencyCodes: readonly string[];
    channel: 'counter' | 'post' | 'online';
    components: readonly PlannedComponentInput[];
    reuse?: readonly ReuseEntry[] | undefined;
    consentId?: string | undefined;
    dossierId: string;
  },
): Promise<ReceptionPlan> {
  const cas = o.caseCode ? o.proc.cases.find((c) => c.code === o.caseCode) : o.proc.cases[0];
  const procComponents = cas?.components ?? [];
  const owner = warehouseOwner(o.owner.type, o.owner.idNumber);
  const online = o.channel === 'online';
  const lines: PlannedComponent[] = o.components.map((c) => ({
    name: c.name.normalize('NFC'),
    documentTypeCode: c.documentTypeCode ?? null,
    originals: c.originals,
    certifiedCopies: c.certifiedCopies,
    photocopies: c.photocopies,
    source: 'submitted',
    warehouseDocumentId: null,
    warehouseConsentId: null,
  }));
  const reuse = o.reuse ?? [];
  if (reuse.length && !owner)
    throw new AppError('reuse-document-not-usable', {
      detail: 'This owner has no warehouse',
      data: { reason: 'no-warehouse' },
    });
  if (reuse.length && !online && !o.consentId)
    throw new AppError('warehouse-access-refused', {
      detail: 'Record the person’s consent at the counter first',
      data: { reason: 'no-consent' },
    });

  // the consent the reads rely on: the owner themselves online; the consent the owner gave on the national portal
  // for a submission forwarded from there (this system reads as itself, under it); the counter consent otherwise
  const forwarded = online && !!o.consentId;
  let access: PortAccess | undefined;
  let counterRef: { dossierRef: string; dossierCode: string | null } | undefined;
  if (reuse.length && owner) {
    if (online && !forwarded) {
      access = {
        requester: requesterOf(o.principal, null),
        dossierRef: null,
        dossierCode: null,
        purpose: 'online submission',
        consentId: null,
        legalBasis: null,
      };
    } else {
      const consent = await port.findConsent(o.consentId!);
      const mismatch = forwarded
        ? consent?.channel !== 'online' || !o.agencyCodes.includes(consent.agencyCode)
        : consent?.channel !== 'counter';
      if (!consent || consent.owner.id !== owner.id || mismatch) throw new AppError('warehouse-consent-not-found');
      if (consent.withdrawnAt) throw new AppError('warehouse-consent-withdrawn');
      counterRef = { dossierRef: consent.dossierRef, dossierCode: consent.dossierCode };
      access = {
        requester: forwarded ? requesterOf(undefined, consent.agencyCode) : requesterOf(o.principal, o.agencyCodes[0] ?? null),
        dossierRef: consent.dossierRef,
        dossierCode: null,
        purpose: forwarded ? 'online submission' : 'reception',
        consentId: consent.id,
        legalBasis: null,
      };
    }
  }
  const used = new Set<string>();
  for (const { comp, doc, matchedBy } of await checkReused(port, access, procComponents, reuse, o.agencyCodes)) {
    used.add(doc.id);
    const source =
      matchedBy === 'result-code' || doc.provenance === 'issued' ? 'reused_result' : 'reused_document';
    const existing = lines.find((l) => componentFor([comp], l) && l.source === 'submitted');
    const target = existing ?? {
      name: comp.name,
      documentTypeCode: comp.documentTypeCode,
      originals: 0,
      certifiedCopies: 0,
      photocopies: 0,
      source,
      warehouseDocumentId: null,
      warehouseConsentId: null,
    };
    Object.assign(target, {
      source,
      warehouseDocumentId: doc.id,
      documentTypeCode: target.documentTypeCode ?? comp.documentTypeCode,
    });
    if (!existing) lines.push(target);
  }

  // paper lines at the counter or by post: refused when the warehouse covers them
  let verifications: Verification[] = [];
  if (!online && owner) {
    const paper = o.components.filter((_, i) => lines[i]!.source === 'submitted');
    verifications = await refuseCoveredPaper(port, {
      principal: o.principal,
      owner,
      agencyCodes: o.agencyCodes,
      components: procComponents,
      lines: paper,
      dossierRef: o.dossierId,
      dossierCode: null,
      stage: 'reception',
    });
  }

  // record (online) or bind (counter) the consent to this dossier
  let consentId: string | null = null;
  let undo = async () => {};
  if (used.size && owner) {
    if (online && !forwarded) {
      consentId = (
        await port.recordConsent({
          owner,
          channel: 'online',
          dossierRef: o.dossierId,
          dossierCode: null,
          agencyCode: o.agencyCodes[0] ?? '',
          purpose: `Giải quyết thủ tục ${o.proc.code}`,
          documentIds: [...used],
          recordedBy: requesterOf(o.principal, null),
        })
      ).consentId;
      const id = consentId;
      undo = async () => port.withdrawConsent({ consentId: id, requester: requesterOf(o.principal, null) });
    } else {
      // Bound before the dossier's transaction (reads under it name the dossier); if that transaction fails,
      // undo() binds it back to the reception (or portal submission) it was recorded for, so it never names a dossier that does not
      // exist. (A process killed between the two leaves it naming an id no dossier will ever have: it then
      // grants nothing, and the officer records a new consent.)
      const id = o.consentId!;
      const requester = requesterOf(forwarded ? undefined : o.principal, o.agencyCodes[0] ?? null);
      const previous = counterRef!;
      consentId = id;
      await port.bindConsent({ consentId: id, requester, dossierRef: o.dossierId, dossierCode: null });
      undo = async () => port.bindConsent({ consentId: id, requester, ...previous });
    }
  }
  for (const l of lines) if (l.warehouseDocumentId) l.warehouseConsentId = consentId;
  return { components: lines, verifications, undo: () => undo().catch(() => undefined) };
}
