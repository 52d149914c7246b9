// Entry of a sandbox worker thread (src/platform/sandbox/pool.ts): Node 20 does not hand the main thread's
// TypeScript loader to worker threads, so the thread registers tsx itself before loading worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
