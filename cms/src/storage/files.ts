import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { readS3Env, type S3Settings } from './index.ts'

/**
 * The media files of an upload collection where the CMS keeps them: its folder (staticDir) or, with
 * S3_BUCKET set, the bucket (object key = file name, as the storage plugin stores them). For backup
 * and restore, which copy files out and back in.
 */
export interface MediaFileStore {
  /** Copies a stored file to `target` on disk. */
  copyOut(file: string, target: string): Promise<void>
  /** Stores the file at `source` under the name `file`. */
  copyIn(source: string, file: string, contentType?: string): Promise<void>
  close(): void
}

export function mediaFileStore(staticDir: string, s3: S3Settings | undefined = readS3Env()): MediaFileStore {
  if (!s3) {
    return {
      copyOut: (file, target) => copyFile(path.join(staticDir, file), target),
      async copyIn(source, file) {
        await mkdir(staticDir, { recursive: true })
        await copyFile(source, path.join(staticDir, file))
      },
      close() {},
    }
  }
  const client = new S3Client(s3.client)
  return {
    async copyOut(file, target) {
      const res = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: file }))
      await pipeline(res.Body as Readable, createWriteStream(target))
    },
    async copyIn(source, file, contentType) {
      // A buffer, not a stream: the SDK then signs the body's hash, which every S3-compatible service
      // accepts (a stream is sent in aws-chunked encoding, which some do not). Files are at most MAX_UPLOAD_MB.
      const body = await readFile(source)
      await client.send(
        new PutObjectCommand({ Bucket: s3.bucket, Key: file, Body: body, ...(contentType ? { ContentType: contentType } : {}) }),
      )
    },
    close: () => client.destroy(),
  }
}
