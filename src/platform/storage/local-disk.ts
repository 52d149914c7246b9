/**
 * The default BlobStore: files on local disk under `<dir>/ab/cd/<sha256>`. Content is streamed into a temporary
 * file in `<dir>/tmp` while it is hashed and counted, fsynced, then renamed into place — a crash or a refused
 * upload leaves no blob behind (at most a temporary file, swept at a later start once it is stale). Several
 * processes may share one directory (two servers on one disk, the test suite's parallel workers): a start only
 * removes temporary files older than STALE_TMP_MS, never another process's upload in flight. Citizen documents
 * are readable by the service user only: folders 0700, files 0600 (what an older version left more open is
 * tightened at the first start, `prepare`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../errors.ts';
import { SHA256_HEX, type BlobStore, type PutOptions, type StoredBlob } from './blob-store.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictTree } from './private-files.ts';

function toChunks(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array)
    return (async function* () {
      yield content;
    })();
  return content;
}

/** A temporary file untouched for this long belongs to an upload that died (uploads write continuously). */
export const STALE_TMP_MS = 6 * 60 * 60 * 1000;

export class LocalDiskBlobStore implements BlobStore {
  private readonly tmpDir: string;
  private ready: Promise<void> | undefined;

  constructor(private readonly dir: string) {
    this.tmpDir = path.join(dir, 'tmp');
  }

  /** Creates the folders (0700), tightens older files and folders, sweeps stale temporary files. Idempotent. */
  prepare(): Promise<void> {
    return this.init();
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      // the parents keep the default mode (DATA_DIR must stay reachable for the embedded PostgreSQL's user)
      await mkdir(path.dirname(path.resolve(this.dir)), { recursive: true });
      await mkdir(this.dir, { mode: PRIVATE_DIR_MODE }).catch((err: unknown) => {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      });
      await restrictTree(this.dir);
      await mkdir(this.tmpDir, { recursive: true, mode: PRIVATE_DIR_MODE });
      // Temporary files of uploads cut short by a crash (an upload in flight is younger than this).
      const staleBefore = Date.now() - STALE_TMP_MS;
      for (const f of await readdir(this.tmpDir)) {
        const file = path.join(this.tmpDir, f);
        const st = await stat(file).catch(() => undefined);
        if (st && st.mtimeMs < staleBefore) await rm(file, { force: true });
      }
    })();
    return this.ready;
  }

  private pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new AppError('not-found', { detail: 'No such file' });
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Uint8Array | AsyncIterable<Uint8Array>, opts: PutOptions = {}): Promise<StoredBlob> {
    await this.init();
    const tmp = path.join(this.tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const fh = await open(tmp, 'wx', PRIVATE_FILE_MODE);
    try {
      for await (const chunk of toChunks(content)) {
        size += chunk.byteLength;
        if (opts.maxBytes !== undefined && size > opts.maxBytes)
          throw new AppError('file-too-large', { data: { maxBytes: opts.maxBytes } });
        hash.update(chunk);
        await fh.write(chunk);
      }
      await fh.sync();
    } catch (err) {
      await fh.close();
      await rm(tmp, { force: true });
      throw err;
    }
    await fh.close();
    const sha256 = hash.digest('hex');
    const final = this.pathOf(sha256);
    await mkdir(path.dirname(final), { recursive: true, mode: PRIVATE_DIR_MODE });
    await rename(tmp, final); // same content, same name: replacing an existing copy is harmless
    return { sha256, size };
  }

  async has(sha256: string): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    return access(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  async open(sha256: string): Promise<Readable> {
    if (!(await this.has(sha256))) throw new AppError('not-found', { detail: 'No such file' });
    return createReadStream(this.pathOf(sha256));
  }

  async read(sha256: string): Promise<Buffer> {
    if (!(await this.has(sha256))) throw new AppError('not-found', { detail: 'No such file' });
    return readFile(this.pathOf(sha256));
  }
}
