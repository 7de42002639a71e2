import { readFile } from 'node:fs/promises'
import { ContractError, type SiteContent, validateSiteContent } from '@hp/content-schemas'

export interface ContentSource {
  /** A SiteContent JSON file (offline builds and tests). */
  file?: string
  /** The CMS to export from, with the site-builder API key. */
  cmsUrl?: string
  apiKey?: string
}

/** Reads the bundle from a file or the CMS and validates it; throws ContractError listing every problem. */
export async function loadContent(source: ContentSource): Promise<SiteContent> {
  // The same check the CMS runs before it accepts a publish (cms/src/hooks/publishCheck.ts).
  return validateSiteContent(await loadRawContent(source))
}

/** Reads the bundle from a file or the CMS, not yet validated (the build validates it, holding back documents it cannot use). */
export async function loadRawContent(source: ContentSource): Promise<unknown> {
  let raw: unknown
  if (source.file) {
    raw = JSON.parse(await readFile(source.file, 'utf8'))
  } else {
    if (!source.cmsUrl || !source.apiKey) throw new Error('Set CONTENT_FILE, or CMS_URL and SITE_BUILDER_API_KEY, to build the site.')
    const url = new URL('/api/site-content', source.cmsUrl)
    let res: Response
    try {
      res = await fetch(url, { headers: { Authorization: `users API-Key ${source.apiKey}` } })
    } catch (error) {
      throw new Error(`Cannot reach the CMS at ${url}: is it running? (npm start starts it)`, { cause: error })
    }
    const body = (await res.json().catch(() => ({}))) as { problems?: string[]; error?: string }
    if (res.status === 422 && body.problems) throw new ContractError(body.problems)
    if (!res.ok) throw new Error(`The CMS answered ${res.status} for ${url}: ${body.error ?? 'no details'}`)
    raw = body
  }
  return raw
}
