/**
 * Citizen documents and keys under DATA_DIR are readable by the service user only: folders 0700, files 0600.
 * New ones are created with these modes; `restrictTree` tightens what older versions left (0755 / 0644) at
 * start-up. DATA_DIR itself is left alone: the embedded PostgreSQL (DATA_DIR/pg) runs as the unprivileged
 * `postgres` user when the service runs as root and must be able to reach its folder.
 */
import { chmodSync } from 'node:fs';
import { chmod, lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

function tolerated(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EROFS'; // gone meanwhile (another process), or a read-only mount
}

/** chmod, ignoring a path that vanished (another process) or a read-only mount. */
export function restrictSync(file: string, mode: number): void {
  try {
    chmodSync(file, mode);
  } catch (err) {
    if (!tolerated(err)) throw err;
  }
}

async function restrict(file: string, mode: number): Promise<void> {
  await chmod(file, mode).catch((err: unknown) => {
    if (!tolerated(err)) throw err;
  });
}

/**
 * Folders of `dir` 0700 and files 0600, recursively (symbolic links are not followed). When `dir` is already
 * 0700 the tree is taken as done (the root is tightened last, so an interrupted pass is redone at the next start):
 * a store of millions of files is walked once, at the first start after the upgrade.
 */
export async function restrictTree(dir: string): Promise<void> {
  const st = await lstat(dir).catch(() => undefined);
  if (!st?.isDirectory() || (st.mode & 0o777) === PRIVATE_DIR_MODE) return;
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch((err: unknown) => {
      if (tolerated(err)) return [];
      throw err;
    });
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        await restrict(p, PRIVATE_DIR_MODE);
        await walk(p);
      } else if (e.isFile()) await restrict(p, PRIVATE_FILE_MODE);
    }
  };
  await walk(dir);
  await restrict(dir, PRIVATE_DIR_MODE);
}
