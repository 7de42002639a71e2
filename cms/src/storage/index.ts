import { HeadBucketCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { type S3Env, S3EnvSchema } from './env.ts'

/*
 * Where media files live. Without S3_BUCKET: the local folder MEDIA_DIR (the default, `npm start`).
 * With S3_BUCKET: an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Scaleway, ...) through
 * @payloadcms/storage-s3; the originals and the image sizes that sharp makes all go there.
 *
 * Either way a file's URL is the CMS's own `/api/media/file/<name>`: the CMS streams the file from
 * the folder or the bucket after the same access check (staff and the site builder). So the bucket
 * stays private, the export's URLs look the same, and the site build downloads them unchanged.
 */

// @payloadcms/storage-s3 and @payloadcms/plugin-cloud-storage are published up to 3.90.1, one patch
// behind the other Payload packages (3.90.2), and declare payload 3.90.1 (the root package.json
// overrides that to the installed payload). Payload's development-only version check would reject the
// pair on every start; versions.test.ts checks the installed versions instead. Remove this line when
// the storage packages are pinned at payload's own version.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export * from './env.ts'

/** S3 settings when media go to a bucket; undefined when they stay in MEDIA_DIR. */
export interface S3Settings {
  bucket: string
  client: S3ClientConfig
}

export function s3Settings(env: S3Env): S3Settings | undefined {
  if (!env.S3_BUCKET) return undefined
  return {
    bucket: env.S3_BUCKET,
    client: {
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
        : {}),
    },
  }
}

/** Reads and checks the S3 variables; throws naming each wrong variable. */
export function readS3Env(source: Record<string, string | undefined> = process.env): S3Settings | undefined {
  const result = S3EnvSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new Error(`Invalid CMS environment:\n${lines.join('\n')}\nSee cms/.env.example for every variable.`)
  }
  return s3Settings(result.data)
}

/**
 * The storage plugin for the media collection. It is always registered: without a bucket it only
 * adds its two bookkeeping fields (prefix, _objectKey), so the database schema (and its migrations)
 * is the same with either storage.
 */
export function mediaStorage(s3: S3Settings | undefined): Plugin {
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? '',
    config: s3?.client ?? {},
    // Files go through the CMS's file route with its access check, never a public bucket URL.
    collections: { media: true },
    // No ACL on the objects: many buckets refuse ACLs (AWS's default "bucket owner enforced", R2);
    // a bucket without a public policy keeps them private.
  })
}

/** The bucket exists and the credentials may use it (HeadBucket); for /api/ready. */
export async function checkBucket(s3: S3Settings): Promise<void> {
  const client = new S3Client({ ...s3.client, maxAttempts: 1 })
  try {
    await client.send(new HeadBucketCommand({ Bucket: s3.bucket }))
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    // For the server log only; /api/ready itself says no more than which check failed.
    const { name, message } = error as Error
    throw new Error(`bucket check failed${status ? ` (HTTP ${status})` : ''}: ${name}${message && message !== name ? ` ${message}` : ''}`)
  } finally {
    client.destroy()
  }
}
