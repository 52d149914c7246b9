/**
 * What signs a PDF for an agency. `KeyDocumentSigner` holds a private key in memory (a development key, or one
 * read from a PKCS#12 file) and signs PAdES (`adbe.pkcs7.detached`, SHA-256, the certificate chain embedded)
 * through @signpdf. A hardware token (PKCS#11) implements `DocumentSigner` itself later.
 */
import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { children, fromDer, isContext } from './asn1.ts';

export interface SignMeta {
  reason: string;
  location: string;
  contactInfo?: string;
  signingTime?: Date;
}

export interface SignerCertificate {
  /** The signer's certificate, PEM. */
  certPem: string;
  /** Issuer certificates up to the root, PEM. */
  chainPems: string[];
}

export interface DocumentSigner {
  signPdf(pdf: Uint8Array, meta: SignMeta): Promise<Buffer>;
  certificate(): SignerCertificate;
}

/** DER prefix of a DigestInfo for SHA-256 (RFC 8017 §9.2 note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** @signpdf Signer producing a detached CMS with forge, the RSA operation done by node:crypto (fast, native). */
class ForgeCmsSigner extends Signer {
  private readonly originalDer = new Map<forge.pki.Certificate, forge.asn1.Asn1>();

  constructor(
    private readonly key: KeyObject,
    certPems: string[],
  ) {
    super();
    const [leaf, ...chain] = certPems.map((pem) => {
      const der = forge.pem.decode(pem)[0]?.body ?? '';
      const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der));
      this.originalDer.set(cert, fromDer(der));
      return cert;
    });
    if (!leaf) throw new Error('No signer certificate');
    this.cert = leaf;
    this.chain = chain;
  }

  private readonly cert: forge.pki.Certificate;
  private readonly chain: forge.pki.Certificate[];

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    p7.addCertificate(this.cert);
    for (const c of this.chain) p7.addCertificate(c);
    const key = this.key;
    const rsaKey = {
      sign(md: forge.md.MessageDigest): string {
        const digest = Buffer.from(md.digest().getBytes(), 'binary');
        const sig = privateEncrypt(
          { key, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, digest]),
        );
        return sig.toString('binary');
      },
    };
    p7.addSigner({
      key: rsaKey as unknown as forge.pki.rsa.PrivateKey,
      certificate: this.cert,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(this.withOriginalEncodings(p7.toAsn1())).getBytes(), 'binary');
  }

  /**
   * forge re-encodes certificates and the signer's issuer name from its parsed form, which can differ from the
   * original DER (string types of UTF-8 names); NSS (pdfsig) matches issuer+serial byte for byte. Put the
   * original encodings back.
   */
  private withOriginalEncodings(contentInfo: forge.asn1.Asn1): forge.asn1.Asn1 {
    const parse = (c: forge.pki.Certificate) =>
      fromDer(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes());
    const certs = [this.cert, ...this.chain].map((c) => this.originalDer.get(c) ?? parse(c));
    const list = children;
    const signedData = list(list(contentInfo)[1])[0];
    const parts = list(signedData);
    for (const part of parts) {
      if (isContext(part, 0)) part.value = certs;
    }
    const tbs = list(certs[0])[0];
    const tbsParts = list(tbs);
    const hasVersion = isContext(tbsParts[0], 0);
    const issuer = tbsParts[hasVersion ? 3 : 2];
    const signerInfos = parts[parts.length - 1];
    for (const si of list(signerInfos)) {
      const sid = list(si)[1];
      if (issuer && sid && Array.isArray(sid.value)) sid.value[0] = issuer;
    }
    return contentInfo;
  }
}

/** PDF dictionary strings are written as PDFDocEncoding by @signpdf: keep them ASCII (the registry keeps the Vietnamese). */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '?');
}

export class KeyDocumentSigner implements DocumentSigner {
  private readonly cms: ForgeCmsSigner;

  constructor(
    private readonly keyPkcs8Der: Buffer,
    private readonly certs: SignerCertificate,
    private readonly signerName: string,
  ) {
    const key = createPrivateKey({ key: keyPkcs8Der, format: 'der', type: 'pkcs8' });
    this.cms = new ForgeCmsSigner(key, [certs.certPem, ...certs.chainPems]);
  }

  certificate(): SignerCertificate {
    return this.certs;
  }

  async signPdf(pdf: Uint8Array, meta: SignMeta): Promise<Buffer> {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const signingTime = meta.signingTime ?? new Date();
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: ascii(meta.reason),
      location: ascii(meta.location),
      contactInfo: ascii(meta.contactInfo ?? ''),
      name: ascii(this.signerName),
      signingTime,
      signatureLength: 8192,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      appName: 'motcua',
    });
    const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
    return new SignPdf().sign(withPlaceholder, this.cms, signingTime);
  }
}
