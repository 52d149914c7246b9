/**
 * The message loop of a sandbox worker thread: one job at a time, by name (jobs.ts). Says `ready` once its modules
 * are loaded, so that a job's deadline counts only the job. An AppError goes back as its code, detail and data.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { jobs, type JobName } from './jobs.ts';

export interface JobRequest {
  id: number;
  name: JobName;
  args: unknown[];
}

export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; appError?: { code: AppError['code']; detail?: string; data?: Record<string, unknown> }; message?: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');

/** A large result owning its whole buffer moves to the caller instead of being copied. */
function transferOf(value: unknown): ArrayBuffer[] {
  if (value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer) {
    return [value.buffer];
  }
  return [];
}

port.on('message', (req: JobRequest) => {
  void (async () => {
    let reply: JobReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const fn = jobs[req.name] as (...args: unknown[]) => Promise<unknown>;
      const value = await fn(...req.args);
      reply = { id: req.id, ok: true, value };
      transfer = transferOf(value);
    } catch (err) {
      reply =
        err instanceof AppError
          ? { id: req.id, ok: false, appError: { code: err.code, ...(err.detail ? { detail: err.detail } : {}), ...(err.data ? { data: err.data } : {}) } }
          : { id: req.id, ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply, transfer);
  })();
});

port.postMessage({ ready: true });
