/**
 * Which BlobStore a node uses: an S3-compatible bucket when S3_BUCKET is set (a node run as several processes or on
 * several hosts), else local disk under STORAGE_DIR or DATA_DIR/blobs (the embedded, single-host default).
 */
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { BlobStore } from './blob-store.ts';
import { LocalDiskBlobStore } from './local-disk.ts';
import { S3BlobStore } from './s3.ts';

export type StorageConfig = Pick<
  Config,
  'DATA_DIR' | 'STORAGE_DIR' | 'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE' | 'S3_PREFIX'
>;

/** The node's store, prepared (local folders 0700 and swept; the S3 bucket checked reachable). */
export async function openBlobStore(config: StorageConfig): Promise<BlobStore> {
  if (config.S3_BUCKET) {
    const s3 = new S3BlobStore({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      prefix: config.S3_PREFIX,
    });
    await s3.prepare();
    return s3;
  }
  const disk = new LocalDiskBlobStore(config.STORAGE_DIR || path.join(config.DATA_DIR, 'blobs'));
  await disk.prepare(); // folders 0700, files 0600: what an older version left more open is tightened now
  return disk;
}
