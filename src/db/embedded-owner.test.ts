/**
 * Who holds an embedded PostgreSQL data folder: a live owner (shared, never stopped) or an orphan (stopped and
 * replaced). Real processes stand in for the postmaster: a child of this process (owned by it) and one re-parented
 * after its parent exited (an orphan, as after kill -9 of the node).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive, claimOwnership, holderOf, parentPid, releaseOwnership } from './embedded-owner.ts';
import { startEmbeddedPostgres } from './embedded.ts';

const root = mkdtempSync(path.join(tmpdir(), 'motcua-owner-'));
const started: number[] = [];
afterAll(() => {
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
/** A data folder whose postmaster.pid names `pid` on `port`. */
function folder(pid: number, port = 5999): string {
  const dir = path.join(root, `pg${n++}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n${port}\n/tmp\n127.0.0.1\n0\nready\n`);
  return dir;
}

/** A long-running child of this process. */
function child(): number {
  const c = spawn('sleep', ['60'], { stdio: 'ignore' });
  started.push(c.pid!);
  return c.pid!;
}

/** A process whose parent has exited (re-parented, like PostgreSQL after kill -9 of its node). */
function orphan(): { pid: number; formerParent: number } {
  const out = execFileSync('sh', ['-c', 'sleep 60 >/dev/null 2>&1 & echo $! $$'], { encoding: 'utf8' }).trim().split(' ');
  const [pid, formerParent] = out.map(Number) as [number, number];
  started.push(pid);
  return { pid, formerParent };
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('holder of an embedded PostgreSQL data folder', () => {
  it('no postmaster, or a dead one: nobody', () => {
    const done = spawnSync('true').pid;
    expect(holderOf(path.join(root, 'missing'))).toEqual({ kind: 'none' });
    expect(holderOf(folder(done))).toEqual({ kind: 'none' });
  });

  it('a postmaster whose parent is its recorded, live owner is live (with its port and state)', () => {
    const pid = child();
    expect(parentPid(pid)).toBe(process.pid);
    const dir = folder(pid, 6123);
    claimOwnership(dir);
    expect(holderOf(dir)).toEqual({ kind: 'live', pid, ownerPid: process.pid, port: 6123, state: 'ready' });
    releaseOwnership(dir);
    // an older version wrote no owner file: its parent, alive, is taken as the owner
    expect(holderOf(dir)).toMatchObject({ kind: 'live', ownerPid: process.pid });
  });

  it('a postmaster whose recorded owner is gone, or is not its parent, is an orphan', () => {
    const o = orphan();
    const dir = folder(o.pid);
    writeFileSync(`${dir}.owner`, `${o.formerParent}\n`);
    expect(alive(o.formerParent)).toBe(false);
    expect(holderOf(dir)).toEqual({ kind: 'orphan', pid: o.pid });
    claimOwnership(dir); // a live process recorded, but the postmaster is not its child (a reused pid)
    expect(holderOf(dir)).toEqual({ kind: 'orphan', pid: o.pid });
    releaseOwnership(dir);
  });

  it('a live owner\u2019s server that does not answer is refused with a clear message, and left running', { timeout: 60_000 }, async () => {
    const pid = child();
    const dir = folder(pid, await closedPort());
    writeFileSync(`${dir}.password`, 'secret');
    claimOwnership(dir);
    await expect(startEmbeddedPostgres({ dir, port: 5999 })).rejects.toThrow(
      new RegExp(`run by the live process ${process.pid} \\(PostgreSQL pid ${pid}, port \\d+, ready\\) and cannot be shared: it does not answer`),
    );
    expect(alive(pid)).toBe(true);
    releaseOwnership(dir);
  });
});
