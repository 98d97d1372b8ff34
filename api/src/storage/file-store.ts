import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../config';

/** A stored file, streamed. */
export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * Where evidence and mediators' photos are kept, by their SHA-256 (the same file twice is one
 * object): a folder on this machine (the embedded default) or an S3-compatible object store
 * (Tencent COS, MinIO…) that every API instance reads and writes. Uploads arrive in a local
 * temporary file first, whose checks are done before it is put here.
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  /** Puts the finished temporary file under `key`; a key already there is left as it is. */
  put(key: string, tmpPath: string, contentType: string, size: number): Promise<void>;
  /** The file under `key`, or null when there is none. */
  get(key: string): Promise<StoredFile | null>;
}

/** content-addressed folders: `<dir>/ab/abcdef…` (the layout evidence has always had). */
export class LocalFileStore implements FileStore {
  readonly kind = 'local' as const;
  constructor(private readonly dir: string) {}

  pathOf(key: string) {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, tmpPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    if (!(await stat(target).then(() => true, () => false))) await rename(tmpPath, target);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(file), size: info.size };
  }
}

/** An S3 bucket (COS, MinIO, AWS), objects under `<prefix>/<key>`. */
export class S3FileStore implements FileStore {
  readonly kind = 's3' as const;
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  private keyOf(key: string) {
    return `${this.prefix}/${key}`;
  }

  async put(key: string, tmpPath: string, contentType: string, size: number): Promise<void> {
    const Key = this.keyOf(key);
    const there = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key })).then(() => true, (error: unknown) => {
      if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    });
    if (there) return;
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: createReadStream(tmpPath), ContentType: contentType, ContentLength: size }));
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return { stream: object.Body as Readable, size: Number(object.ContentLength ?? 0) };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }
}

/** The stores the configuration names: evidence and photos, each in its own folder or bucket prefix. */
export function fileStores(config: Config): { evidence: FileStore; photos: FileStore } {
  const s3 = config.objectStore;
  if (!s3) return { evidence: new LocalFileStore(config.evidenceDir), photos: new LocalFileStore(config.photosDir) };
  const client = new S3Client({
    endpoint: s3.endpoint ?? undefined,
    // A store that stops answering fails the request instead of holding its connection for good.
    requestHandler: { requestTimeout: 30_000, connectionTimeout: 5_000 },
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    // The SDK's default checksums send bodies as aws-chunked, which S3-compatible stores (COS,
    // MinIO's older releases, s3rver) may keep verbatim: checksums only where S3 requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { evidence: new S3FileStore(client, s3.bucket, 'evidence'), photos: new S3FileStore(client, s3.bucket, 'photos') };
}
