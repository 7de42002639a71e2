import { PLATFORM_BASE } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { adminDocUrl } from '../adminUrls.ts'
import { readEnv } from '../env.ts'
import type { PublishedSet } from '../export/index.ts'
import { BUILD_STATUS } from '../globals/BuildStatus/index.ts'
import type { HealthRow, HealthSection } from './report.ts'

/** The reach check as the build-status global keeps it (rebuild/status.ts writes it from the builder's report). */
interface StoredReach {
  checkedAt?: string | null
  pages?: number | null
  total?: number | null
  unreached?: { path?: string | null; collection?: string | null; slug?: string | null; document?: string | null }[] | null
}

const inAmsterdam = (iso: string, style: 'dateStyle' | 'timeStyle') =>
  new Intl.DateTimeFormat('nl-NL', { [style]: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
/** `07-12-2026 om 18:35`. */
const dutchDateTime = (iso: string) => `${inAmsterdam(iso, 'dateStyle')} om ${inAmsterdam(iso, 'timeStyle')}`

/**
 * Pages no chain of links from the start pages reaches, as the last successful build found them by
 * following the links of the built site (scripts/src/site/reach.ts). A page of a document links to
 * the document; a document that is no longer published is left out (the next build removes its
 * page). A page of the site itself (a list, an overview) has no document: it links to the page.
 */
export async function reachSection(payload: Payload, set: PublishedSet, admin: string): Promise<HealthSection> {
  const status = (await payload.findGlobal({ slug: BUILD_STATUS as 'site-settings', depth: 0, overrideAccess: true })) as unknown as {
    lastReach?: StoredReach | null
    lastBuildState?: string | null
  }
  const reach = status.lastReach
  const ids = new Map<string, string | number>()
  for (const [collection, docs] of set.docs) for (const d of docs) ids.set(`${collection}/${String(d.slug)}`, d.id as string | number)
  const site = readEnv().SITE_URL
  const rows = (reach?.unreached ?? []).flatMap((u): HealthRow[] => {
    const path = u.path ?? ''
    if (!u.collection) {
      return [
        {
          document: `Pagina ${path}`,
          field: '',
          message: `Geen link op de site leidt naar ${path}. Deze pagina hoort bij geen document: de site zelf moet er een link naartoe krijgen. Meld dit aan de beheerder van de website.`,
          link: new URL(path, site).toString(),
        },
      ]
    }
    const id = ids.get(`${u.collection}/${u.slug ?? ''}`)
    if (id === undefined) return []
    return [
      {
        document: u.document || `${u.collection}/${u.slug ?? ''}`,
        field: '',
        message: `Geen link op de site leidt naar ${path}. Bezoekers vinden de pagina alleen via zoeken. Zet een link ernaartoe in een pagina over hetzelfde onderwerp.`,
        link: adminDocUrl(admin, u.collection, id),
      },
    ]
  })
  const start = `Pagina's waar een bezoeker niet komt door links te volgen vanaf de startpagina's (${PLATFORM_BASE.algemeen}, ${PLATFORM_BASE.helpers} en ${PLATFORM_BASE.professionals}).`
  const when = reach?.checkedAt
    ? `Gecontroleerd bij de laatste geslaagde build, op ${dutchDateTime(reach.checkedAt)}: ${reach.pages ?? 0} pagina's.`
    : 'Nog niet gecontroleerd. Dat gebeurt bij elke geslaagde build van de site.'
  const more =
    reach?.total && reach.total > (reach.unreached?.length ?? 0)
      ? ` Hier staan de eerste ${reach.unreached?.length ?? 0} van ${reach.total}.`
      : ''
  const busy =
    status.lastBuildState === 'queued' || status.lastBuildState === 'building'
      ? ' Er komt een nieuwe build aan; daarna kan deze lijst veranderen.'
      : ''
  return { key: 'reach', title: "Pagina's die geen link bereikt", about: `${start} ${when}${more}${busy}`, rows }
}
