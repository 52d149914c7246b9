/**
 * Catalogue rules: versions move draft → published → retired; a published version never changes; publishing
 * closes the version it replaces; agency administrators manage only procedures of their own agency.
 * Functions take the database (not a transaction) and open their own transaction.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { Db } from '../../db/connect.ts';
import { fold } from '../../lib/fold.ts';
import { isValidAgencyCode } from '../../lib/vn-ids.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import {
  nationalProcedureCode,
  normaliseProcedureName,
  type ProcedureContent,
  type ProcedureContentPatch,
  type ProcedureVersion,
} from './catalogue.ts';
import * as repo from './catalogue.repository.ts';
import { checkEFormDefinition } from '../../federation/eform.ts';
import type { NewProcedureVersionRow } from './catalogue.table.ts';

/** Who changes the catalogue: an officer, or the system itself (seed, CLI import). */
export type Actor = Principal | 'system';

/** Today's date in Vietnam (UTC+7), YYYY-MM-DD. */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Lower-cased NFC words joined by single spaces (punctuation dropped): the form names are matched in. */
export function lowerWords(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Folded words joined by single spaces. */
export function foldWords(s: string): string {
  return lowerWords(fold(s));
}

export function parseProcedureCode(raw: string): string {
  const code = nationalProcedureCode(raw);
  if (!code) throw new AppError('invalid-procedure-code', { detail: `'${raw.slice(0, 60)}' is not a procedure code like 1.001193` });
  return code;
}

/** May this actor manage a procedure whose competent agencies are `agencyCodes`? */
export function canManage(actor: Actor, agencyCodes: readonly string[]): boolean {
  if (actor === 'system') return true;
  if (actor.kind !== 'officer') return false;
  return actor.grants.some(
    (g) => g.role === 'national_operator' || (g.role === 'agency_admin' && agencyCodes.includes(g.agencyCode)),
  );
}

export function assertCanManage(actor: Actor, agencyCodes: readonly string[]): void {
  if (!canManage(actor, agencyCodes)) {
    throw new AppError('forbidden', { detail: 'Only procedures whose competent agencies include your agency' });
  }
}

/** The checks beyond the JSON schema that need no database; returns the content with its name normalised. */
export function normaliseContent(c: ProcedureContent): ProcedureContent {
  const bad = c.agencyCodes.filter((a) => !isValidAgencyCode(a));
  if (bad.length) {
    throw new AppError('invalid-agency-code', {
      detail: `Not agency codes (V1V2V3.Z1Z2.Y1Y2.MX1X2): ${bad.slice(0, 5).join(', ')}`,
      errors: bad.slice(0, 20).map((a) => ({ path: '/agencyCodes', message: `invalid agency code ${a.slice(0, 40)}` })),
    });
  }
  const name = normaliseProcedureName(c.name);
  if (!name) throw new AppError('validation-failed', { errors: [{ path: '/name', message: 'must not be blank' }] });
  if (c.eform) {
    const errors = checkEFormDefinition(c.eform);
    if (errors.length) throw new AppError('validation-failed', { detail: 'The e-form definition is invalid', errors });
  }
  return { ...c, name };
}

/** Checks beyond the JSON schema (normaliseContent, and the sector exists); returns the normalised content. */
export async function validateContent(db: Db, c: ProcedureContent): Promise<ProcedureContent> {
  const content = normaliseContent(c);
  if (!(await repo.findSector(db, c.sectorCode))) {
    throw new AppError('validation-failed', {
      detail: `Unknown sector ${c.sectorCode}`,
      errors: [{ path: '/sectorCode', message: 'unknown sector (see GET /api/v1/sectors)' }],
    });
  }
  return content;
}

/** The canonical content (fixed key order) and its hash. */
export function canonicalContent(c: ProcedureContent): { content: ProcedureContent; hash: string } {
  const content: ProcedureContent = {
    name: c.name,
    sectorCode: c.sectorCode,
    levels: [...c.levels].sort(),
    agencyCodes: [...c.agencyCodes].sort(),
    onlineLevel: c.onlineLevel,
    processing: { counter: c.processing.counter, online: c.processing.online },
    cases: c.cases,
    fees: c.fees,
    results: c.results,
    legalBasis: c.legalBasis,
    workflowTemplateRef: c.workflowTemplateRef,
    // only when present: versions without an e-form keep the hash they had before e-forms existed
    ...(c.eform ? { eform: c.eform } : {}),
  };
  return { content, hash: createHash('sha256').update(JSON.stringify(content)).digest('hex') };
}

export function contentColumns(c: ProcedureContent) {
  const { content, hash } = canonicalContent(c);
  return {
    name: content.name,
    nameLower: lowerWords(content.name),
    nameFold: foldWords(content.name),
    sectorCode: content.sectorCode,
    levels: content.levels,
    agencyCodes: content.agencyCodes,
    onlineLevel: content.onlineLevel,
    processing: JSON.stringify(content.processing),
    cases: JSON.stringify(content.cases),
    fees: JSON.stringify(content.fees),
    results: JSON.stringify(content.results),
    legalBasis: JSON.stringify(content.legalBasis),
    workflowTemplateRef: content.workflowTemplateRef,
    eform: content.eform ? JSON.stringify(content.eform) : null,
    contentHash: hash,
  } satisfies Partial<NewProcedureVersionRow>;
}

export function toVersion(r: repo.VersionWithSector): ProcedureVersion {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    status: r.status,
    name: r.name,
    sectorCode: r.sectorCode,
    sectorName: r.sectorName,
    levels: r.levels,
    agencyCodes: r.agencyCodes,
    onlineLevel: r.onlineLevel,
    processing: r.processing,
    cases: r.cases,
    fees: r.fees,
    results: r.results,
    legalBasis: r.legalBasis,
    workflowTemplateRef: r.workflowTemplateRef,
    eform: r.eform ?? null,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    publishedAt: r.publishedAt,
    retiredAt: r.retiredAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function contentOf(v: ProcedureVersion): ProcedureContent {
  const { name, sectorCode, levels, agencyCodes, onlineLevel, processing, cases, fees, results, legalBasis } = v;
  // the e-form goes on to the next version with the rest (edited there, published with it)
  return { name, sectorCode, levels, agencyCodes, onlineLevel, processing, cases, fees, results, legalBasis, workflowTemplateRef: v.workflowTemplateRef, ...(v.eform ? { eform: v.eform } : {}) };
}

async function getProcedureId(db: Db, rawCode: string): Promise<string> {
  const code = parseProcedureCode(rawCode);
  const p = await repo.findProcedureByCode(db, code);
  if (!p) throw new AppError('procedure-not-found', { detail: `No procedure ${code}` });
  return p.id;
}

async function getVersionOf(db: Db, procedureId: string, versionId: string): Promise<repo.VersionWithSector> {
  const v = await repo.findVersion(db, procedureId, versionId);
  if (!v) throw new AppError('procedure-version-not-found');
  return v;
}

/** The version in force today (public read). 404 for an unknown code, 409 when none is published now. */
export async function getPublishedProcedure(db: Db, rawCode: string, day: string = vnToday()): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  const v = await repo.findVersionInForce(db, id, day);
  if (!v) throw new AppError('procedure-not-published');
  return toVersion(v);
}

/** A version by its id, whatever its status: what a dossier references. */
export async function getProcedureVersion(db: Db, versionId: string): Promise<ProcedureVersion> {
  const v = await repo.findVersionById(db, versionId);
  if (!v) throw new AppError('procedure-version-not-found');
  return toVersion(v);
}

export async function listProcedureVersions(db: Db, rawCode: string): Promise<ProcedureVersion[]> {
  const id = await getProcedureId(db, rawCode);
  return (await repo.listVersions(db, id)).map(toVersion);
}

export async function getVersion(db: Db, rawCode: string, versionId: string): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  return toVersion(await getVersionOf(db, id, versionId));
}

/** Create a procedure with its first version, a draft. */
export async function createProcedure(db: Db, actor: Actor, rawCode: string, input: ProcedureContent): Promise<ProcedureVersion> {
  const code = parseProcedureCode(rawCode);
  const content = await validateContent(db, input);
  assertCanManage(actor, content.agencyCodes);
  const versionId = await db.transaction().execute(async (trx) => {
    const p = await repo.insertProcedure(trx, code);
    if (!p.created) throw new AppError('procedure-exists', { detail: `Procedure ${code} already exists` });
    return repo.insertVersion(trx, { procedureId: p.id, code, version: 1, status: 'draft', ...contentColumns(content) });
  });
  return getProcedureVersion(db, versionId);
}

/** A new draft copied from the latest version. Only one draft at a time. */
export async function createDraftVersion(db: Db, actor: Actor, rawCode: string): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  const versionId = await db.transaction().execute(async (trx) => {
    await repo.lockProcedure(trx, id);
    const latest = await repo.findLatestVersion(trx, id);
    if (!latest) throw new AppError('procedure-version-not-found');
    assertCanManage(actor, latest.agencyCodes);
    if (await repo.findDraft(trx, id)) {
      throw new AppError('procedure-transition-not-allowed', { detail: 'A draft version already exists; edit it instead' });
    }
    return repo.insertVersion(trx, {
      procedureId: id,
      code: latest.code,
      version: latest.version + 1,
      status: 'draft',
      ...contentColumns(contentOf(toVersion(latest))),
    });
  });
  return getProcedureVersion(db, versionId);
}

export async function editDraft(
  db: Db,
  actor: Actor,
  rawCode: string,
  versionId: string,
  patch: ProcedureContentPatch,
): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  await db.transaction().execute(async (trx) => {
    await repo.lockProcedure(trx, id);
    const v = toVersion(await getVersionOf(trx, id, versionId));
    assertCanManage(actor, v.agencyCodes);
    if (v.status !== 'draft') throw new AppError('procedure-version-immutable', { data: { status: v.status } });
    const merged = await validateContent(trx, { ...contentOf(v), ...patch });
    assertCanManage(actor, merged.agencyCodes);
    await repo.updateVersion(trx, versionId, contentColumns(merged));
  });
  return getProcedureVersion(db, versionId);
}

/** Publish a draft from `effectiveFrom` (default today); the version in force until then ends that day. */
export async function publishVersion(
  db: Db,
  actor: Actor,
  rawCode: string,
  versionId: string,
  opts: { effectiveFrom?: string | undefined } = {},
): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  const from = opts.effectiveFrom ?? vnToday();
  await db.transaction().execute(async (trx) => {
    await repo.lockProcedure(trx, id);
    const v = await getVersionOf(trx, id, versionId);
    assertCanManage(actor, v.agencyCodes);
    if (v.status !== 'draft') {
      throw new AppError('procedure-transition-not-allowed', {
        detail: `Version ${v.version} is ${v.status}; only a draft can be published`,
        data: { status: v.status, allowed: v.status === 'published' ? ['retire'] : [] },
      });
    }
    await closePublished(trx, id, from);
    await repo.updateVersion(trx, versionId, { status: 'published', effectiveFrom: from, publishedAt: new Date().toISOString() });
  });
  return getProcedureVersion(db, versionId);
}

/**
 * Publishing from `from` closes the published versions still open then; a version that took effect the same
 * day is superseded at once (empty period), but one taking effect later blocks: this is that error.
 */
export function laterVersionError(open: readonly { version: number; effectiveFrom: string | null }[], from: string): AppError | undefined {
  const later = open.find((v) => v.effectiveFrom && v.effectiveFrom > from);
  return later
    ? new AppError('procedure-transition-not-allowed', { detail: `Version ${later.version} takes effect on ${later.effectiveFrom}; publish from a later date` })
    : undefined;
}

async function closePublished(trx: Db, procedureId: string, from: string): Promise<void> {
  const open = await repo.findPublishedOpenAfter(trx, procedureId, from);
  const err = laterVersionError(open, from);
  if (err) throw err;
  for (const prev of open) await repo.updateVersion(trx, prev.id, { effectiveTo: from });
}

/** Retire a published version: it stops being in force today (or never starts, if it was future-dated). */
export async function retireVersion(db: Db, actor: Actor, rawCode: string, versionId: string): Promise<ProcedureVersion> {
  const id = await getProcedureId(db, rawCode);
  const today = vnToday();
  await db.transaction().execute(async (trx) => {
    await repo.lockProcedure(trx, id);
    const v = await getVersionOf(trx, id, versionId);
    assertCanManage(actor, v.agencyCodes);
    if (v.status !== 'published') {
      throw new AppError('procedure-transition-not-allowed', {
        detail: `Version ${v.version} is ${v.status}; only a published version can be retired`,
        data: { status: v.status, allowed: v.status === 'draft' ? ['publish'] : [] },
      });
    }
    const from = v.effectiveFrom ?? today;
    const end = v.effectiveTo && v.effectiveTo < today ? v.effectiveTo : from > today ? from : today;
    await repo.updateVersion(trx, versionId, { status: 'retired', retiredAt: new Date().toISOString(), effectiveTo: end });
  });
  return getProcedureVersion(db, versionId);
}

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

/**
 * Make `content` the published version of `code` (imports and the seed). Unchanged content is a no-op, so
 * re-running an import creates nothing. A pending draft is left alone. Runs in its own transaction.
 */
export async function upsertPublished(
  db: Db,
  actor: Actor,
  rawCode: string,
  input: ProcedureContent,
  opts: { effectiveFrom?: string } = {},
): Promise<UpsertOutcome> {
  const code = parseProcedureCode(rawCode);
  const content = await validateContent(db, input);
  assertCanManage(actor, content.agencyCodes);
  const from = opts.effectiveFrom ?? vnToday();
  return db.transaction().execute((trx) => writePublished(trx, actor, code, content, from));
}

/**
 * The write of `upsertPublished` inside the caller's transaction: `code` is a national code and `content`
 * has passed `validateContent` and the actor's scope. Throws AppError when the current version belongs to
 * another agency or a later version is already scheduled; the caller's transaction (or savepoint) then undoes
 * whatever this call wrote.
 */
export async function writePublished(
  trx: Db,
  actor: Actor,
  code: string,
  content: ProcedureContent,
  from: string,
): Promise<UpsertOutcome> {
  const cols = contentColumns(content);
  const p = await repo.insertProcedure(trx, code);
  await repo.lockProcedure(trx, p.id);
  if (!p.created) {
    const current = await repo.findVersionInForce(trx, p.id, from);
    if (current?.contentHash === cols.contentHash) return 'unchanged';
    if (current) assertCanManage(actor, current.agencyCodes);
    await closePublished(trx, p.id, from);
  }
  const version = (await repo.maxVersion(trx, p.id)) + 1;
  await repo.insertVersion(trx, {
    procedureId: p.id,
    code,
    version,
    status: 'published',
    effectiveFrom: from,
    publishedAt: new Date().toISOString(),
    ...cols,
  });
  return p.created ? 'imported' : 'updated';
}
