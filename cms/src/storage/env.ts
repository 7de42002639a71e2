import { z } from 'zod'

// The S3 variables (zod only: cms/src/env.ts takes them in, and the container copies this file).

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

/** The S3 variables, as a plain shape so the CMS's environment schema can take them in (see checkS3Env). */
export const S3_ENV_SHAPE = {
  /** Bucket for media; empty: media stay in MEDIA_DIR. */
  S3_BUCKET: optional(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'geen geldige bucketnaam (3-63 tekens: kleine letters, cijfers, punt, streepje) / not a valid bucket name',
      ),
  ),
  /** Endpoint of an S3-compatible service, e.g. https://s3.nl-ams.scw.cloud; empty: AWS S3 itself. */
  S3_ENDPOINT: optional(z.url({ error: 'geen geldige URL (bijv. https://s3.example.net) / not a valid URL' })),
  /** Region of the bucket; S3-compatible services often accept any value. */
  S3_REGION: optional(z.string()).transform((v) => v ?? 'us-east-1'),
  /** Access key; empty together with the secret: the AWS SDK's own credential chain (e.g. an IAM role). */
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  /** `true`: https://endpoint/bucket/key (MinIO and most self-hosted services); `false`: https://bucket.endpoint/key. */
  S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false'], { error: 'moet true of false zijn / must be true or false' })).transform(
    (v) => v ?? 'false',
  ),
}

export type S3Env = z.infer<z.ZodObject<typeof S3_ENV_SHAPE>>

/** The rules across variables; for the CMS schema's superRefine. */
export function checkS3Env(env: S3Env, ctx: z.RefinementCtx): void {
  const keys = [env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY]
  if (env.S3_BUCKET && keys.filter(Boolean).length === 1) {
    const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
    ctx.addIssue({
      code: 'custom',
      path: [missing],
      message: `ontbreekt: vul S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY allebei in, of laat ze allebei leeg / missing: set both keys or neither`,
    })
  }
  if (!env.S3_BUCKET) {
    const stray = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).find((name) => env[name])
    if (stray) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: `ontbreekt terwijl ${stray} is ingevuld: zonder S3_BUCKET blijven media in MEDIA_DIR / missing while ${stray} is set`,
      })
    }
  }
}

export const S3EnvSchema = z.object(S3_ENV_SHAPE).superRefine(checkS3Env)
