/**
 * Test support: run Debian's poppler tools (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm) on rendered
 * bytes written to a temporary file, so tests check what a real PDF reader sees.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfReport {
  text: string;
  fonts: string;
  info: Record<string, string>;
  images: string;
  pages: number;
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
}

/** Inspect PDF bytes with poppler. */
export function inspectPdf(bytes: Uint8Array): PdfReport {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-forms-'));
  try {
    const file = path.join(dir, 'form.pdf');
    writeFileSync(file, bytes);
    const info: Record<string, string> = {};
    for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m) info[m[1]!] = m[2]!;
    }
    return {
      text: run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).normalize('NFC'),
      fonts: run('pdffonts', [file]),
      info,
      images: run('pdfimages', ['-list', file]),
      pages: Number(info.Pages),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapse runs of white space, so wrapped or justified text can be searched for phrases. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
