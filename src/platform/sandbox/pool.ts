/**
 * Untrusted files are read off the thread that answers HTTP: a small pool of worker threads, each with a limited
 * JavaScript heap (`resourceLimits`), runs one job at a time under a deadline. A job past its deadline, or a worker
 * past its heap, is stopped — the worker is terminated and replaced — and the job is refused with
 * `document-too-complex` (422). At most QUEUE_MAX jobs wait for a worker; past that `documents-busy` (503 with
 * Retry-After). Idle workers do not keep the process alive.
 */
import 'sharp'; // libvips is loaded by the main thread first, so a worker's exit never unloads it under the others
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import type { JobArgs, JobName, JobResult } from './jobs.ts';
import type { JobReply, JobRequest } from './worker.ts';

export interface Budget {
  /** Time the job may run once a worker has taken it, in ms. */
  timeoutMs: number;
  /** JavaScript heap of the worker, in MB (workers are pooled per heap size). */
  heapMb: number;
}

/** Worker threads per heap size: at least two, so one slow file does not hold every upload up. */
const POOL_SIZE = Math.max(2, Math.min(4, availableParallelism() - 1));
const QUEUE_MAX = 64;
const ENTRY = new URL('./worker.mjs', import.meta.url);

interface Job {
  id: number;
  name: JobName;
  args: unknown[];
  timeoutMs: number;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

let nextId = 1;

class Pool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly readyWaiters: Array<() => void> = [];

  constructor(private readonly heapMb: number) {}

  /** Start a worker ahead of the first file (its modules take a moment to load); resolves once one is ready. */
  warm(): Promise<void> {
    if ([...this.slots].some((s) => s.ready)) return Promise.resolve();
    if (!this.slots.size) this.spawn();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  run(job: Job): void {
    if (this.queue.length >= QUEUE_MAX) {
      job.reject(new AppError('documents-busy', { data: { retryAfter: 5 } }));
      return;
    }
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.queue.length) {
      const idle = [...this.slots].find((s) => s.ready && !s.job);
      if (idle) {
        this.dispatch(idle, this.queue.shift()!);
        continue;
      }
      if (this.slots.size >= POOL_SIZE || [...this.slots].some((s) => !s.ready)) return;
      this.spawn();
    }
  }

  private spawn(): void {
    const worker = new Worker(ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(this.heapMb / 8)), stackSizeMb: 4 },
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.unref();
    worker.on('message', (msg: JobReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        for (const w of this.readyWaiters.splice(0)) w();
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.release(slot);
      if (msg.ok) job.resolve(msg.value);
      else if (msg.appError) job.reject(new AppError(msg.appError.code, { detail: msg.appError.detail, data: msg.appError.data }));
      else job.reject(new Error(`document worker: ${msg.message ?? 'failed'}`));
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.drop(slot, memory ? tooComplex('memory', { heapMb: this.heapMb }) : err);
    });
    worker.on('exit', () => this.drop(slot, new Error('document worker stopped')));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref(); // a caller is waiting: keep the process alive until it is answered
    slot.timer = setTimeout(() => this.drop(slot, tooComplex('time', { timeoutMs: job.timeoutMs })), job.timeoutMs);
    const req: JobRequest = { id: job.id, name: job.name, args: job.args };
    slot.worker.postMessage(req);
  }

  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
  }

  /** Take a worker out of the pool for good (deadline, heap, crash): its job is refused, a new worker replaces it. */
  private drop(slot: Slot, err: unknown): void {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    this.release(slot);
    void slot.worker.terminate();
    if (job) job.reject(err);
    else if (!slot.ready) {
      // A worker that cannot even start would fail every job the same way: say so to those waiting.
      for (const waiting of this.queue.splice(0)) waiting.reject(err);
      for (const w of this.readyWaiters.splice(0)) w();
    }
    this.pump();
  }
}

function tooComplex(budget: 'time' | 'memory', data: Record<string, unknown>): AppError {
  return new AppError('document-too-complex', { data: { budget, ...data } });
}

const pools = new Map<number, Pool>();

function poolFor(heapMb: number): Pool {
  let pool = pools.get(heapMb);
  if (!pool) pools.set(heapMb, (pool = new Pool(heapMb)));
  return pool;
}

/** Load a worker thread now, so that the first upload after start does not wait for it. */
export function prewarmSandbox(heapMb: number): Promise<void> {
  return poolFor(heapMb).warm();
}

/**
 * Run job `name` of jobs.ts in a worker thread within `budget`. Rejects with the job's own AppError, or
 * `document-too-complex` (deadline or heap exceeded), or `documents-busy` (too many jobs waiting).
 */
export function runJob<K extends JobName>(name: K, args: JobArgs<K>, budget: Budget): Promise<JobResult<K>> {
  const p = poolFor(budget.heapMb);
  return new Promise<JobResult<K>>((resolve, reject) => {
    p.run({ id: nextId++, name, args, timeoutMs: budget.timeoutMs, resolve, reject });
  });
}
