/**
 * Hostile documents for tests, built on the spot: a PDF whose object stream is a flate stream that expands ~1000:1
 * (1 GiB of zeros in about 1 MB), and a tiny multi-page TIFF whose pages are all huge (every page points at the
 * same deflated strip of a blank 1-bit page), and a PDF of many small objects, all reachable from its one page.
 */
import { once } from 'node:events';
import { deflateSync, createDeflate } from 'node:zlib';

/** zlib data of `bytes` zero bytes, compressed as a stream (the zeros never sit in memory at once). */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const z = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(Math.min(bytes, 4 * 1024 * 1024));
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!z.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await once(z, 'drain');
  }
  z.end();
  await once(z, 'end');
  return Buffer.concat(out);
}

/** A PDF with one page and an object stream (/Type /ObjStm, /FlateDecode) that inflates to `inflatedBytes`. */
export async function pdfFlateBomb(inflatedBytes: number): Promise<Buffer> {
  const stream = await deflatedZeros(inflatedBytes);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    at += buf.length;
  };
  const obj = (n: number, body: string | Buffer[]) => {
    offsets[n] = at;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${n} 0 obj\n`);
      body.forEach(push);
      push('\nendobj\n');
    }
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  obj(4, [Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]);
  const xref = at;
  push(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/**
 * A little-endian TIFF of `pages` pages of `side`×`side` 1-bit pixels, every page's single strip the same deflated
 * blank page: a few tens of KB that decode to pages × side² pixels.
 */
export function tiffPixelBomb(pages: number, side: number): Buffer {
  const strip = deflateSync(Buffer.alloc(Math.ceil(side / 8) * side), { level: 9 });
  const entries = (stripAt: number): Array<[number, number, number]> => [
    [256, 4, side], // ImageWidth, LONG
    [257, 4, side], // ImageLength
    [258, 3, 1], // BitsPerSample, SHORT
    [259, 3, 8], // Compression: Deflate
    [262, 3, 0], // PhotometricInterpretation: WhiteIsZero
    [273, 4, stripAt], // StripOffsets
    [277, 3, 1], // SamplesPerPixel
    [278, 4, side], // RowsPerStrip
    [279, 4, strip.length], // StripByteCounts
  ];
  const ifdSize = 2 + entries(0).length * 12 + 4;
  const stripAt = 8;
  const firstIfd = stripAt + strip.length + (strip.length % 2);
  const out = Buffer.alloc(firstIfd + pages * ifdSize);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(firstIfd, 4);
  strip.copy(out, stripAt);
  for (let p = 0; p < pages; p++) {
    let o = firstIfd + p * ifdSize;
    const list = entries(stripAt);
    out.writeUInt16LE(list.length, o);
    o += 2;
    for (const [tag, type, value] of list) {
      out.writeUInt16LE(tag, o);
      out.writeUInt16LE(type, o + 2);
      out.writeUInt32LE(1, o + 4);
      if (type === 3) out.writeUInt16LE(value, o + 8);
      else out.writeUInt32LE(value, o + 8);
      o += 12;
    }
    out.writeUInt32LE(p + 1 < pages ? firstIfd + (p + 1) * ifdSize : 0, o);
  }
  return out;
}

/** A one-page PDF of `n` small objects, all referenced from the page (so copying the page copies them all). */
export function manyObjectsPdf(n: number): Buffer {
  const refs: string[] = [];
  for (let i = 4; i < n; i++) refs.push(`${i} 0 R`);
  const parts = ['%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'];
  parts.push(`3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /PieceInfo << /Motcua << /Private [${refs.join(' ')}] >> >> >> endobj\n`);
  for (let i = 4; i < n; i++) parts.push(`${i} 0 obj [${i} 1 2 3 4 5 6 7 8 9 (abcdefgh) /Name${i}] endobj\n`);
  parts.push(`trailer << /Size ${n} /Root 1 0 R >>\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}
