/**
 * The stored facts of a dossier that the outgoing DVCQG `DongBoHoSoMC` reports beyond the sync snapshot
 * (dvcqg-fields.ts): the procedure's sector, the owner's e-ID account, the return method, online payment, the
 * components with their digitised copies, the electronic results and the fees.
 */
import type { Db } from '../../db/connect.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import { inActionMonths } from '../dossiers/action-months.ts';

export interface DvcqgFacts {
  dossier: Pick<DossierRow, 'id' | 'channel' | 'ownerType' | 'ownerIdNumber'> & { sourceRef: string | null };
  sector: { code: string; name: string } | null;
  /** The account that submitted online, as the e-ID vouched for it at its last login. */
  account: { loa: number; eidSubject: string | null } | null;
  /** How the result was returned ('counter' | 'post' | 'online'), from the return_result action; null before. */
  returnMethod: string | null;
  paidOnline: boolean;
  components: {
    seq: number;
    name: string;
    typeCode: string | null;
    source: 'submitted' | 'digitised' | 'reused_document' | 'reused_result';
    /** The registered digitised copy of the component (its verification code), when there is one. */
    copy: { id: string; verificationCode: string } | null;
  }[];
  results: { id: string; typeCode: string; typeName: string; abstract: string; verificationCode: string }[];
  fees: { code: string | null; name: string; amount: number }[];
}

export async function loadDvcqgFacts(db: Db, dossierId: string): Promise<DvcqgFacts | undefined> {
  const d = await db
    .selectFrom('dossiers')
    .select(['id', 'channel', 'ownerType', 'ownerIdNumber', 'accountId', 'procedureVersionId', 'sourceRef'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
  if (!d) return undefined;
  const [sector, account, returned, paidRequest, paidFee, components, results, fees] = await Promise.all([
    db
      .selectFrom('procedureVersions as pv')
      .innerJoin('sectors as s', 's.code', 'pv.sectorCode')
      .select(['s.code', 's.name'])
      .where('pv.id', '=', d.procedureVersionId)
      .executeTakeFirst(),
    d.accountId ? db.selectFrom('accounts').select(['loa', 'eidSubject']).where('id', '=', d.accountId).executeTakeFirst() : undefined,
    db
      .selectFrom('dossierActions')
      .select('data')
      .where('dossierId', '=', d.id)
      .where(inActionMonths(d.id))
      .where('kind', '=', 'return_result')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('paymentRequests').select('id').where('dossierId', '=', d.id).where('state', '=', 'paid').limit(1).executeTakeFirst(),
    db.selectFrom('dossierFeePayments').select('id').where('dossierId', '=', d.id).where('method', '=', 'online').limit(1).executeTakeFirst(),
    db
      .selectFrom('dossierComponents as c')
      .leftJoin('digitisations as g', (j) => j.onRef('g.dossierId', '=', 'c.dossierId').onRef('g.componentSeq', '=', 'c.seq'))
      .leftJoin('signedDocuments as sd', 'sd.sha256', 'g.pdfSha256')
      .select(['c.seq', 'c.name', 'c.documentTypeCode', 'c.source', 'sd.id as copyId', 'sd.verificationCode'])
      .where('c.dossierId', '=', d.id)
      .orderBy('c.seq')
      .execute(),
    db
      .selectFrom('dossierResults as r')
      .innerJoin('signedDocuments as sd', 'sd.id', 'r.signedDocumentId')
      .select(['r.id', 'r.resultTypeCode', 'r.resultTypeName', 'r.abstract', 'sd.verificationCode'])
      .where('r.dossierId', '=', d.id)
      .where('r.status', '=', 'valid')
      .orderBy('r.createdAt')
      .execute(),
    db.selectFrom('dossierFees').select(['code', 'name', 'amount']).where('dossierId', '=', d.id).orderBy('seq').execute(),
  ]);
  const method = (returned?.data as { method?: unknown } | undefined)?.method;
  return {
    dossier: { id: d.id, channel: d.channel, ownerType: d.ownerType, ownerIdNumber: d.ownerIdNumber, sourceRef: d.sourceRef ?? null },
    sector: sector ?? null,
    account: account ? { loa: Number(account.loa), eidSubject: account.eidSubject } : null,
    returnMethod: typeof method === 'string' ? method : null,
    paidOnline: paidRequest !== undefined || paidFee !== undefined,
    components: components.map((c) => ({
      seq: c.seq,
      name: c.name,
      typeCode: c.documentTypeCode,
      source: c.source,
      copy: c.copyId && c.verificationCode ? { id: c.copyId, verificationCode: c.verificationCode } : null,
    })),
    results: results.map((r) => ({ id: r.id, typeCode: r.resultTypeCode, typeName: r.resultTypeName, abstract: r.abstract, verificationCode: r.verificationCode })),
    fees: fees.map((f) => ({ code: f.code, name: f.name, amount: Number(f.amount) })),
  };
}
