/**
 * The §5.2 metadata as an XMP packet (namespace `motcua:`, plus dc:title/description and pdf:Keywords) and back.
 * Writing and reading are symmetric and only read what this module writes.
 */
import { decodePDFRawStream, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { Value } from 'typebox/value';
import { digitisationKeys, DigitisationMetadataSchema, type DigitisationMetadata } from './metadata.ts';

export const MOTCUA_XMP_NS = 'urn:motcua:digitisation:1.0#';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unesc(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Field values as the strings stored in XMP and the Info dictionary. */
export function metadataEntries(m: DigitisationMetadata): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [field, key] of Object.entries(digitisationKeys)) {
    const v = m[field as keyof DigitisationMetadata];
    if (v === undefined) continue;
    out.push([key, Array.isArray(v) ? v.join('; ') : String(v)]);
  }
  return out;
}

export function buildXmp(m: DigitisationMetadata): string {
  const props = metadataEntries(m)
    .map(([k, v]) => `      <motcua:${k}>${esc(v)}</motcua:${k}>`)
    .join('\n');
  const keywords = [m.documentTypeCode, m.number, ...(m.keywords ?? [])].filter(Boolean).join('; ');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:motcua="${MOTCUA_XMP_NS}">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(m.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(m.abstract)}</rdf:li></rdf:Alt></dc:description>
      <pdf:Keywords>${esc(keywords)}</pdf:Keywords>
      <pdf:Producer>motcua</pdf:Producer>
      <xmp:CreatorTool>motcua</xmp:CreatorTool>
      <xmp:CreateDate>${esc(m.digitisedAt)}</xmp:CreateDate>
${props}
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Attach the packet as the document's /Metadata stream (uncompressed, as XMP readers expect). */
export function attachXmp(doc: PDFDocument, m: DigitisationMetadata): void {
  const xml = new TextEncoder().encode(buildXmp(m));
  const stream = doc.context.stream(xml, { Type: 'Metadata', Subtype: 'XML', Length: xml.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** The XMP packet of a document, or undefined. */
export function xmpOf(doc: PDFDocument): string | undefined {
  const ref = doc.catalog.get(PDFName.of('Metadata'));
  const stream = ref ? doc.context.lookup(ref) : undefined;
  if (!(stream instanceof PDFRawStream)) return undefined;
  return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

const numberFields = new Set(['state']);
const booleanFields = new Set(['permanent']);

/** Parse the motcua: properties of a packet back into metadata; undefined when absent or not valid. */
export function parseXmp(xml: string): DigitisationMetadata | undefined {
  const out: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(digitisationKeys)) {
    const m = new RegExp(`<motcua:${key}>([\\s\\S]*?)</motcua:${key}>`).exec(xml);
    if (!m) continue;
    const v = unesc(m[1]!);
    if (numberFields.has(field)) out[field] = Number(v);
    else if (booleanFields.has(field)) out[field] = v === 'true';
    else if (field === 'keywords') out[field] = v ? v.split('; ') : [];
    else out[field] = v;
  }
  return Value.Check(DigitisationMetadataSchema, out) ? out : undefined;
}
