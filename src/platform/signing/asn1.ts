/** Small typed helpers over node-forge's ASN.1 (its typings miss the parse options and compare enums loosely). */
import forge from 'node-forge';

export type Asn1 = forge.asn1.Asn1;

/** Parse DER bytes (binary string); trailing bytes allowed, BIT STRINGs left undecoded so re-encoding is exact. */
export function fromDer(bytes: string): Asn1 {
  const parse = forge.asn1.fromDer as unknown as (
    b: forge.util.ByteStringBuffer,
    o: { parseAllBytes: boolean; decodeBitStrings: boolean },
  ) => Asn1;
  return parse(forge.util.createBuffer(bytes), { parseAllBytes: false, decodeBitStrings: false });
}

export function children(n: Asn1 | undefined): Asn1[] {
  return Array.isArray(n?.value) ? n.value : [];
}

export function isContext(n: Asn1 | undefined, tag: number): boolean {
  return Number(n?.tagClass) === Number(forge.asn1.Class.CONTEXT_SPECIFIC) && Number(n?.type) === tag;
}

export function isUniversal(n: Asn1 | undefined, type: forge.asn1.Type): boolean {
  return Number(n?.tagClass) === Number(forge.asn1.Class.UNIVERSAL) && Number(n?.type) === Number(type);
}

export function bytesOf(n: Asn1 | undefined): string {
  return typeof n?.value === 'string' ? n.value : '';
}

export function toDerBuffer(n: Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(n).getBytes(), 'binary');
}
