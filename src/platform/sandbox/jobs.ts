/**
 * What a worker thread of the sandbox may be asked to do: each job reads untrusted bytes (an uploaded document,
 * scans to compose, a PDF whose signature is to be checked). Arguments and results cross the thread boundary by
 * structured clone; an AppError thrown by a job reaches the caller as the same AppError.
 */
import { composePages } from '../documents/compose-pages.ts';
import { inspectContent } from '../documents/inspect-content.ts';
import { verifyPdf } from '../signing/verify-pdf.ts';

export const jobs = {
  'inspect-content': inspectContent,
  'compose-pages': composePages,
  'verify-pdf': verifyPdf,
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobArgs<K extends JobName> = Parameters<Jobs[K]>;
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;
