import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { readEnv } from '../../../../env.ts'
import { guarded } from '../../../../security/rest.ts'

// Bad bodies get a 400 and oversized uploads a 413 before Payload reads them (security/rest.ts).
const { MAX_UPLOAD_MB: maxUploadMb, SERVER_URL: serverUrl } = readEnv()
const settings = { maxUploadMb, serverUrl }

export const GET = guarded(REST_GET(config), settings)
export const POST = guarded(REST_POST(config), settings)
export const DELETE = guarded(REST_DELETE(config), settings)
export const PATCH = guarded(REST_PATCH(config), settings)
export const PUT = guarded(REST_PUT(config), settings)
export const OPTIONS = guarded(REST_OPTIONS(config), settings)
