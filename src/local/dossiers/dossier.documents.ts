/**
 * The standard forms of a dossier, rendered from its record: 01 receipt, 02 supplement request, 03 refusal,
 * 04 apology, 05 stop notice. Each is built from the action that produced it (who, when, the items or reason it
 * carried); `signedDossierForm` issues it signed and registered, once per producing action.
 */
import { sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import {
  FORM_TEMPLATES,
  renderApology,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
  renderSupplementRequest,
  stampVerification,
} from '../forms/index.ts';
import { signAndRegister, type RegistryContext } from '../../platform/signing/registry.service.ts';
import { findFormDocument, insertFormDocument, lockFormDocument } from '../results/results.repository.ts';
import type { ApplicantInput, FormAgency } from '../forms/forms.ts';
import type { RevokedResultRef } from '../forms/index.ts';
import { unitInSentence } from '../forms/render-common.ts';
import { appointmentWithoutTerm, trackingPageUrl } from './receipt-terms.ts';
import { assertVisible } from './dossier.query.ts';
import { eformOf } from './declaration.service.ts';
import { receiptFactsFrom } from '../../federation/eform.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import { findDossier, listActions, listComponents, listFees } from './dossier.repository.ts';
import type { DossierActionRow, DossierRow } from './dossier.table.ts';

export const dossierForms = ['receipt', 'supplement-request', 'refusal', 'apology', 'stop-notice'] as const;
export type DossierForm = (typeof dossierForms)[number];

const vn = (iso: string): string => formatVn(new Date(iso));
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The agency, its place (province or commune name) and the one-stop unit nearest to it. */
export async function formAgency(db: Db, agencyId: string | null): Promise<FormAgency> {
  if (!agencyId)
    throw new AppError('dossier-transition-not-allowed', {
      detail: 'The dossier has no resolving agency yet',
    });
  const r = await sql<{ agencyName: string; place: string | null; unitName: string | null }>`
    with recursive chain as (
      select id, name, parent_id, admin_unit_id, 0 as depth from agencies where id = ${agencyId}
      union all
      select a.id, a.name, a.parent_id, a.admin_unit_id, c.depth + 1 from agencies a join chain c on a.id = c.parent_id
    )
    select (select name from chain where depth = 0) as "agencyName",
           (select u.name from chain c join admin_units u on u.id = c.admin_unit_id order by c.depth limit 1) as place,
           (select o.name from chain c join one_stop_units o on o.agency_id = c.id and o.valid_to is null
              order by c.depth, o.code limit 1) as "unitName"`.execute(db);
  const row = r.rows[0];
  return {
    agencyName: row?.agencyName ?? '',
    unitName: row?.unitName ?? 'Bộ phận Một cửa',
    place: row?.place ?? 'Việt Nam',
  };
}

function applicantOf(d: DossierRow): ApplicantInput {
  const c = d.ownerContact;
  return {
    name: d.ownerName,
    ...(d.ownerType === 'citizen' ? { personalId: d.ownerIdNumber } : {}),
    ...(c.address ? { address: c.address } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
  };
}

/** The revoked results a withdrawal recorded (dossier.actions.ts), as Form 05 names them. */
function revokedOf(a: DossierActionRow): RevokedResultRef[] {
  const list = Array.isArray(a.data.revokedResults) ? (a.data.revokedResults as Record<string, unknown>[]) : [];
  return list.map((r) => ({
    name: textOf(r.resultTypeName),
    numberSymbol: textOf(r.numberSymbol),
    verificationCode: formatVerificationCode(textOf(r.verificationCode)),
    revokedAt: vn(textOf(r.revokedAt) || a.at),
    reason: textOf(r.reason),
  }));
}

function lastAction(actions: DossierActionRow[], kind: string): DossierActionRow {
  const a = actions.findLast((x) => x.kind === kind);
  if (!a) throw new AppError('not-found', { detail: `The dossier has no ${kind} action, so no such form` });
  return a;
}

export async function renderDossierForm(
  db: Db,
  config: Config,
  principal: Principal | undefined,
  dossierId: string,
  form: DossierForm,
  /** The main facts of the e-form's declaration, for the receipt. */
  extra: { declaredFacts?: { label: string; value: string }[] } = {},
): Promise<Uint8Array> {
  const d = await findDossier(db, dossierId);
  if (!d) throw new AppError('dossier-not-found');
  await assertVisible(db, principal, d);
  const [actions, agency] = await Promise.all([listActions(db, d.id), formAgency(db, d.resolvingAgencyId)]);
  // Where it was received: the receiving unit issues the receipt; the result goes back there unless asked otherwise.
  const receivedBy =
    d.receivedAtAgencyId && d.receivedAtAgencyId !== d.resolvingAgencyId
      ? await formAgency(db, d.receivedAtAgencyId)
      : agency;
  const procedure = { code: d.procedureCode, name: d.procedureName };
  const applicant = applicantOf(d);
  if (!d.code) {
    throw new AppError('not-found', {
      detail: 'The dossier has no code (it was never received); its notices were sent electronically',
    });
  }
  const dossierCode = d.code;
  /** The fields every letter about this dossier shares, dated by the action that produced it. */
  const letter = (a: DossierActionRow) => ({
    agency,
    dossierCode,
    applicant,
    procedure,
    // never received (refused or answered online before reception): the day the papers were presented, which is
    // the first action's instant (the row's created_at is the database's clock, a little later)
    receivedAt: vn(d.receivedAt ?? actions[0]?.at ?? d.createdAt),
    issuedAt: vn(a.at),
  });
  switch (form) {
    case 'receipt': {
      if (!d.code || !d.receivedAt)
        throw new AppError('not-found', { detail: 'The dossier has not been received yet' });
      const [components, fees] = await Promise.all([listComponents(db, d.id), listFees(db, d.id)]);
      const received = lastAction(actions, 'receive');
      const dueAt = d.dueAt ?? (await appointmentWithoutTerm(db, d));
      return renderReceipt({
        agency: receivedBy,
        ...(receivedBy !== agency ? { resolvingAgencyName: agency.agencyName } : {}),
        ...(extra.declaredFacts?.length ? { declaredFacts: extra.declaredFacts } : {}),
        dossierCode: d.code,
        applicant,
        procedure,
        components: components.map((c) => ({
          name: c.name,
          originals: c.originals,
          certifiedCopies: c.certifiedCopies,
          photocopies: c.photocopies,
        })),
        ...(d.terms
          ? {
              processingTime: {
                amount: d.terms.duration,
                unit:
                  d.terms.unit === 'working_day'
                    ? 'working-days'
                    : d.terms.unit === 'working_hour'
                      ? 'working-hours'
                      : 'days',
              },
            }
          : {}),
        receivedAt: vn(d.receivedAt),
        dueAt: dueAt ? vn(dueAt) : null,
        fees: {
          items: fees.map((f) => ({ name: f.name, amount: f.amount })),
          collection: fees.length ? 'prepaid' : 'exempt',
        },
        resultDelivery:
          d.channel === 'online'
            ? { method: 'online' }
            : { method: 'counter', place: unitInSentence(d.returnAtReception ? receivedBy : agency) },
        officer: { name: received.actorName },
        // the web app's tracking page, for people (not the JSON API)
        trackingUrl: trackingPageUrl(config, d.code),
      });
    }
    case 'supplement-request': {
      const a = lastAction(actions, 'request_supplement');
      const items = (a.data.items as { name: string; reason: string }[] | undefined) ?? [];
      return renderSupplementRequest({
        ...letter(a),
        stage: d.status === 1 || !d.receivedAt ? 'reception' : 'appraisal',
        items,
        officer: { name: a.actorName },
      });
    }
    case 'refusal': {
      const a = lastAction(actions, 'refuse');
      const listed = Array.isArray(a.data.reasons) ? a.data.reasons.map(textOf).filter(Boolean) : [];
      return renderRefusal({
        ...letter(a),
        // refused at a counter: the unit that was handed the papers refuses them
        agency: receivedBy,
        reasons: listed.length ? listed : [textOf(a.data.reason)],
        officer: { name: a.actorName },
        channel: d.channel === 'online' ? 'online' : 'counter',
      });
    }
    case 'apology': {
      const a = lastAction(actions, 'apologize');
      return renderApology({
        ...letter(a),
        oldDueAt: vn(String(a.data.previousDueAt)),
        newDueAt: vn(String(a.data.newDueAt)),
        reason: textOf(a.data.reason),
        signer: { positionLines: ['LÃNH ĐẠO CƠ QUAN'], name: a.actorName },
      });
    }
    case 'stop-notice': {
      // Form 05 answers the applicant's request to stop (withdraw): Decree 118/2025 art. 21, law-2025.md §5.
      const a = lastAction(actions, 'withdraw');
      return renderStopNotice({
        ...letter(a),
        requestedAt: vn(a.at),
        channel: d.channel === 'post' ? 'post' : 'counter',
        reason: textOf(a.data.reason),
        signer: { positionLines: ['TRƯỞNG BỘ PHẬN MỘT CỬA'], name: a.actorName },
        resolvingAgencyName: agency.agencyName,
        revokedResults: revokedOf(a),
      });
    }
  }
}

/** The action whose record each form reports (its sequence number names the issued document). */
const FORM_ACTION: Record<DossierForm, string> = {
  receipt: 'receive',
  'supplement-request': 'request_supplement',
  refusal: 'refuse',
  apology: 'apologize',
  'stop-notice': 'withdraw',
};

export interface SignedForm {
  pdf: Buffer;
  verificationCode: string;
}

/**
 * The form as issued: rendered once with its verification code and QR, signed by the resolving agency,
 * registered and stored; every later download of the same form for the same action serves the same bytes.
 * Concurrent first downloads are serialised by a transaction-scoped advisory lock on (dossier, form, action).
 */
export async function signedDossierForm(
  ctx: RegistryContext & { nationalPort?: NationalPort },
  principal: Principal | undefined,
  dossierId: string,
  form: DossierForm,
): Promise<SignedForm> {
  const d = await findDossier(ctx.db, dossierId);
  if (!d) throw new AppError('dossier-not-found');
  await assertVisible(ctx.db, principal, d);
  const action = (await listActions(ctx.db, d.id)).findLast((a) => a.kind === FORM_ACTION[form]);
  const existing = action ? await findFormDocument(ctx.db, d.id, form, action.seq) : undefined;
  if (existing)
    return { pdf: await ctx.blobs.read(existing.blobSha256), verificationCode: existing.verificationCode };
  // the receipt lists what the e-form declares (the version the dossier pins)
  const declaredFacts =
    form === 'receipt' && d.declaration && ctx.nationalPort ? receiptFactsFrom(await eformOf(ctx.nationalPort, d), d.declaration) : [];
  // Validates the form can be produced (404/409 as before) before anything is signed.
  await renderDossierForm(ctx.db, ctx.config, principal, dossierId, form, { declaredFacts });
  if (!action || !d.resolvingAgencyId) throw new AppError('not-found');
  const agencyId = d.resolvingAgencyId;
  return ctx.db.transaction().execute(async (tx) => {
    await lockFormDocument(tx, d.id, form, action.seq);
    const raced = await findFormDocument(tx, d.id, form, action.seq);
    if (raced)
      return { pdf: await ctx.blobs.read(raced.blobSha256), verificationCode: raced.verificationCode };
    const issued = await signAndRegister(
      { ...ctx, db: tx },
      {
        agencyId,
        kind: form === 'receipt' ? 'receipt' : 'form',
        title: `${FORM_TITLES[form]} — ${d.code ?? d.id}`,
        dossierId: d.id,
        ownerIdNumber: d.ownerIdNumber,
        metadata: { form, actionSeq: action.seq, dossierCode: d.code },
        render: async (v) =>
          stampVerification(await renderDossierForm(tx, ctx.config, principal, dossierId, form, { declaredFacts }), v),
      },
    );
    await insertFormDocument(tx, {
      dossierId: d.id,
      form,
      actionSeq: action.seq,
      signedDocumentId: issued.id,
    });
    return { pdf: issued.signedPdf, verificationCode: issued.verificationCode };
  });
}

const FORM_TITLES: Record<DossierForm, string> = {
  receipt: FORM_TEMPLATES['01'].nameVi,
  'supplement-request': FORM_TEMPLATES['02'].nameVi,
  refusal: FORM_TEMPLATES['03'].nameVi,
  apology: FORM_TEMPLATES['04'].nameVi,
  'stop-notice': FORM_TEMPLATES['05'].nameVi,
};
