import { describe, expect, it } from 'vitest'
import { readS3Env } from './index.ts'

// The S3 variables: off without a bucket, checked with the variable named when set.
describe('S3 settings from the environment', () => {
  it('keeps media in MEDIA_DIR when S3_BUCKET is empty or missing', () => {
    expect(readS3Env({})).toBeUndefined()
    expect(readS3Env({ S3_BUCKET: '', S3_REGION: 'eu-west-1', S3_FORCE_PATH_STYLE: 'true' })).toBeUndefined()
  })

  it('builds the client settings for an S3-compatible service', () => {
    expect(
      readS3Env({
        S3_BUCKET: 'hp-media',
        S3_ENDPOINT: 'https://s3.example.net',
        S3_REGION: 'nl-ams',
        S3_ACCESS_KEY_ID: 'AKIA-TEST',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    ).toEqual({
      bucket: 'hp-media',
      client: {
        endpoint: 'https://s3.example.net',
        region: 'nl-ams',
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKIA-TEST', secretAccessKey: 'secret' },
      },
    })
  })

  it("uses AWS S3's defaults and the SDK's own credentials (e.g. an IAM role) when only the bucket is set", () => {
    expect(readS3Env({ S3_BUCKET: 'hp-media', S3_ENDPOINT: '', S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '' })).toEqual({
      bucket: 'hp-media',
      client: { region: 'us-east-1', forcePathStyle: false },
    })
  })

  it('names each wrong variable, in Dutch and English', () => {
    const attempt = () =>
      readS3Env({ S3_BUCKET: 'Media_Bucket', S3_ENDPOINT: 'not a url', S3_FORCE_PATH_STYLE: 'yes', S3_ACCESS_KEY_ID: 'key' })
    expect(attempt).toThrow(/S3_BUCKET: geen geldige bucketnaam .* \/ not a valid bucket name/)
    expect(attempt).toThrow(/S3_ENDPOINT: geen geldige URL .* \/ not a valid URL/)
    expect(attempt).toThrow(/S3_FORCE_PATH_STYLE: moet true of false zijn \/ must be true or false/)
    expect(() => readS3Env({ S3_BUCKET: 'hp-media', S3_ACCESS_KEY_ID: 'key' })).toThrow(/S3_SECRET_ACCESS_KEY: ontbreekt/)
    expect(() => readS3Env({ S3_BUCKET: 'hp-media', S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(/S3_ACCESS_KEY_ID: ontbreekt/)
  })

  it('refuses S3 details without a bucket, instead of silently keeping media on the local disk', () => {
    expect(() => readS3Env({ S3_ENDPOINT: 'https://s3.example.net' })).toThrow(/S3_BUCKET: ontbreekt terwijl S3_ENDPOINT is ingevuld/)
  })
})
