/// <reference path="./s3rver.d.ts" />
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from '@20minutes/s3rver'
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

/**
 * A local S3-compatible server (s3rver, files in a temporary folder) with one bucket, for the
 * tests of media on object storage. `env` holds the CMS's S3 variables that point at it.
 *
 * s3rver checks signatures with the bucket path without the trailing slash that the current AWS
 * SDK signs for bucket-level requests (HeadBucket, ListObjects), so it runs with
 * allowMismatchedSignatures; it still refuses an access key it does not know.
 */
export interface S3TestServer {
  endpoint: string
  bucket: string
  env: Record<string, string>
  /** Every object key in the bucket, sorted. */
  keys(): Promise<string[]>
  /** An object's bytes. */
  read(key: string): Promise<Buffer>
  remove(key: string): Promise<void>
  close(): Promise<void>
}

export const S3_TEST_KEY = 'S3RVER'

export async function startS3(bucket = 'hp-media'): Promise<S3TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    allowMismatchedSignatures: true,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3_TEST_KEY, secretAccessKey: S3_TEST_KEY },
  })
  let open = true
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3_TEST_KEY,
      S3_SECRET_ACCESS_KEY: S3_TEST_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async keys() {
      const out: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        out.push(...(page.Contents ?? []).map((o) => o.Key ?? ''))
        token = page.NextContinuationToken
      } while (token)
      return out.sort()
    },
    async read(key) {
      const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await (res.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray())
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    async close() {
      if (!open) return
      open = false
      client.destroy()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
