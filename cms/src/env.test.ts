import { describe, expect, it } from 'vitest'
import { readEnv } from './env.ts'

const secret = 'x'.repeat(32)
const problems = (source: Record<string, string>) => {
  try {
    readEnv(source)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('readEnv accepted the environment')
}

describe('the CMS environment at boot', () => {
  it('names a missing secret in Dutch and English', () => {
    const message = problems({})
    expect(message).toMatch(/^Ongeldige CMS-instellingen \/ Invalid CMS environment/)
    expect(message).toMatch(/- PAYLOAD_SECRET: ontbreekt.* \/ is missing/)
  })

  it('names each bad variable with what is wrong, in both languages', () => {
    const message = problems({
      PAYLOAD_SECRET: secret,
      SERVER_URL: 'cms.example.org',
      SMTP_PORT: '70000',
      JOBS_AUTORUN: 'nee',
    })
    expect(message).toMatch(/- SERVER_URL: is geen geldige URL .* \/ is not a valid URL/)
    expect(message).toMatch(/- SMTP_PORT: is te groot, maximaal 65535 \/ is too big, at most 65535/)
    expect(message).toMatch(/- JOBS_AUTORUN: moet een van deze waarden zijn: true, false \/ must be one of: true, false/)
  })

  it('S3_BUCKET switches object storage on; the keys come both or not at all (then the SDK own credential chain)', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).S3_BUCKET).toBeUndefined()
    expect(readEnv({ PAYLOAD_SECRET: secret, S3_BUCKET: 'media' }).S3_BUCKET).toBe('media')
    const message = problems({ PAYLOAD_SECRET: secret, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })
    expect(message).toMatch(/- S3_SECRET_ACCESS_KEY: ontbreekt: vul S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY allebei in/)
    expect(problems({ PAYLOAD_SECRET: secret, S3_ENDPOINT: 'https://s3.example.net' })).toMatch(
      /- S3_BUCKET: ontbreekt terwijl S3_ENDPOINT/,
    )
    const env = readEnv({ PAYLOAD_SECRET: secret, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'geheim' })
    expect(env.S3_BUCKET).toBe('media')
    expect(env.S3_FORCE_PATH_STYLE).toBe('false')
  })

  it('never repeats a secret value in its message', () => {
    const message = problems({ PAYLOAD_SECRET: 'kort-geheim', SMTP_PASS: 'wachtwoord', SERVER_URL: 'niet-een-url' })
    expect(message).not.toContain('kort-geheim')
    expect(message).not.toContain('niet-een-url')
  })

  it('lets the web process leave the jobs to a worker', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).JOBS_AUTORUN).toBe('true')
    expect(readEnv({ PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'false' }).JOBS_AUTORUN).toBe('false')
  })
})
