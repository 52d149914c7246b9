/**
 * A hostile PDF for the public signature check: a well-formed /ByteRange around a CMS SignedData that carries
 * thousands of copies of one certificate (and no signer), each of which the checker parses — seconds of CPU for
 * a few MB that anyone may post.
 */
import forge from 'node-forge';
import { createDevCa } from './pki.ts';

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len: number[] = [];
  if (n < 128) len.push(n);
  else {
    for (let x = n; x > 0; x = Math.floor(x / 256)) len.unshift(x & 255);
    len.unshift(0x80 | len.length);
  }
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
}

const oid = (s: string) => tlv(0x06, Buffer.from(forge.asn1.oidToDer(s).getBytes(), 'binary'));

/** A PDF "signed" with a CMS holding `copies` copies of a certificate (about 2 KB of the PDF per copy). */
export async function pdfWithCertificateFlood(copies: number): Promise<Buffer> {
  const ca = await createDevCa('BOMB');
  const der = Buffer.from(ca.certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const certs = tlv(0xa0, Buffer.concat(Array.from({ length: copies }, () => der)));
  const signedData = tlv(
    0x30,
    Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x31, Buffer.alloc(0)), tlv(0x30, oid('1.2.840.113549.1.7.1')), certs, tlv(0x31, Buffer.alloc(0))]),
  );
  const hex = tlv(0x30, Buffer.concat([oid('1.2.840.113549.1.7.2'), tlv(0xa0, signedData)])).toString('hex');
  const pad = (n: number) => String(n).padStart(10, '0');
  const head = (b: number, c: number, d: number) =>
    `%PDF-1.7\n1 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 ${pad(b)} ${pad(c)} ${pad(d)}] /Contents `;
  const tail = ' >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const b = head(0, 0, 0).length;
  const c = b + hex.length + 2;
  return Buffer.from(`${head(b, c, tail.length)}<${hex}>${tail}`, 'latin1');
}
