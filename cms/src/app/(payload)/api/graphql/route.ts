import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { readEnv } from '../../../../env.ts'
import { guarded } from '../../../../security/rest.ts'

const { MAX_UPLOAD_MB: maxUploadMb, SERVER_URL: serverUrl } = readEnv()
const settings = { maxUploadMb, serverUrl }

export const POST = guarded(GRAPHQL_POST(config), settings)
export const OPTIONS = guarded(REST_OPTIONS(config), settings)
