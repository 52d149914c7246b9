/** Test helper: what Debian's poppler `pdfsig` says of a PDF (stdout and stderr together). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PDFSIG_VALID = 'Signature Validation: Signature is Valid.';

export function pdfsig(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-pdfsig-'));
  try {
    const file = path.join(dir, 'f.pdf');
    writeFileSync(file, bytes);
    const r = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
