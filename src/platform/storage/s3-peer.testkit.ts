/**
 * A real S3 protocol peer for tests: s3rver 3.7 (npm, MIT; Koa over a folder) speaks the S3 REST API, path-style,
 * with its default account S3RVER / S3RVER (it refuses an unknown access key id; it does not recompute AWS
 * Signature V4, so a wrong secret goes unnoticed: a real store's job, not the tests'). Chosen because it is pure
 * JavaScript (no binary to download: MinIO is a Go binary outside the npm registry), starts in milliseconds in the
 * test process or as a child, and runs on Node 20.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface S3Peer {
  /** The settings a node needs to use it (config keys). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startS3Peer(bucket = 'motcua-test'): Promise<S3Peer> {
  const directory = mkdtempSync(path.join(tmpdir(), 'motcua-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const addr = await server.run();
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${addr.port}`,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
