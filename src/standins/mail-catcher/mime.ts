/**
 * MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập. Just enough MIME reading to show a caught message: unfolded headers,
 * RFC 2047 encoded words (B and Q), the first text/plain part of a multipart message, base64 and quoted-printable
 * bodies, any charset TextDecoder knows. The raw message is kept beside it.
 */

export interface ParsedMail {
  from: string;
  subject: string;
  text: string;
}

/** Strings here are "binary" (latin1): one char per byte, so bytes survive until a charset decodes them. */
function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase() || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function qpBytes(s: string, header: boolean): Buffer {
  const src = header ? s.replace(/_/g, ' ') : s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const hex = src.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(src.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/** Decode RFC 2047 words; whitespace between two adjacent encoded words is dropped. */
export function decodeWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  const decoded = joined.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, cs: string, enc: string, data: string) => {
    const charset = cs.split('*')[0] ?? 'utf-8';
    const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data, true);
    return decodeBytes(bytes, charset);
  });
  // unencoded 8-bit header bytes are taken as UTF-8
  const latin1Only = [...decoded].every((c) => c.charCodeAt(0) <= 0xff);
  return latin1Only && /[\u0080-\u00ff]/.test(decoded)
    ? decodeBytes(Buffer.from(decoded, 'latin1'), 'utf-8')
    : decoded;
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) {
      const k = line.slice(0, i).trim().toLowerCase();
      if (!headers.has(k)) headers.set(k, line.slice(i + 1).trim());
    }
  }
  return { headers, body };
}

function param(headerValue: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(headerValue);
  return m ? (m[1] ?? m[2]) : undefined;
}

function decodeBody(body: string, headers: Map<string, string>): string {
  const type = headers.get('content-type') ?? 'text/plain; charset=us-ascii';
  const cte = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset = param(type, 'charset') ?? 'utf-8';
  const bytes =
    cte === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : cte === 'quoted-printable'
        ? qpBytes(body, false)
        : Buffer.from(body, 'latin1');
  return decodeBytes(bytes, charset);
}

function textOf(body: string, headers: Map<string, string>, depth: number): string | undefined {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = param(headers.get('content-type') ?? '', 'boundary');
    if (!boundary) return undefined;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith('--')) break;
      const p = splitHead(part.replace(/^\r?\n/, ''));
      const t = textOf(p.body.replace(/\r?\n$/, ''), p.headers, depth + 1);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  return type.startsWith('text/plain') ? decodeBody(body, headers) : undefined;
}

/** Parse a raw message given as a binary (latin1) string. */
export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw);
  return {
    from: decodeWords(headers.get('from') ?? ''),
    subject: decodeWords(headers.get('subject') ?? '').normalize('NFC'),
    text: (textOf(body, headers, 0) ?? '').replace(/\r\n/g, '\n').replace(/\n$/, '').normalize('NFC'),
  };
}
