/** Test helpers: a port and blob store on a test app's database, and a deposit of a small signed-looking PDF. */
import path from 'node:path';
import type { Db } from '../../db/connect.ts';
import { inProcessNationalPort } from '../port/in-process.ts';
import type { NationalPort, PortDepositInput } from '../../federation/national-port.ts';
import { LocalDiskBlobStore } from '../../platform/storage/local-disk.ts';

export function portFor(db: Db, dataDir: string): { port: NationalPort; blobs: LocalDiskBlobStore } {
  const blobs = new LocalDiskBlobStore(path.join(dataDir, 'blobs'));
  return { port: inProcessNationalPort(db, blobs), blobs };
}

export const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** A birth certificate digitised at a Thanh Hóa counter: the deposit's metadata for `ownerId` and its stored file. */
export function sampleDeposit(
  ownerId: string,
  file: { sha256: string; size: number },
): Omit<PortDepositInput, 'idempotencyKey'> {
  return {
    owner: { kind: 'citizen', id: ownerId },
    typeCode: 'GCS',
    name: 'Giấy chứng sinh',
    numberSymbol: '123/GCS',
    abstract: 'Giấy chứng sinh của cháu Nguyễn Văn Bình',
    issuer: { code: '000.00.06.H56', name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' },
    signer: 'Lê Văn Cường',
    issueDate: '2025-03-01',
    validUntil: null,
    permanent: true,
    validityScope: 'national',
    provenance: 'digitised',
    signatureStatus: 'signed_valid',
    origin: { dossierCode: '000.00.06.H56-250301-0001', procedureCode: '1.001193', sectorCode: 'HT' },
    verificationCode: null,
    file: { ...file, mime: 'application/pdf' },
    depositor: { kind: 'officer', id: 'officer-1', name: 'Lê Thị Mai', agencyCode: '000.00.06.H56' },
  };
}

/** Deposit a document as if an agency digitised it at reception of a first dossier. */
export async function depositDigitised(
  port: NationalPort,
  blobs: LocalDiskBlobStore,
  ownerId: string,
  over: Partial<PortDepositInput> = {},
): Promise<string> {
  const file = await blobs.put(
    PDF(
      `${ownerId} ${over.typeCode ?? 'GCS'} ${over.numberSymbol ?? '123/GCS'} ${over.validUntil ?? ''} ${over.validityScope ?? ''}`,
    ),
  );
  const r = await port.depositDocument({ ...sampleDeposit(ownerId, file), ...over });
  return r.documentId;
}
