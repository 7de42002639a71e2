import { type ContentPlace, externalLinksOf, READABILITY, readabilityFindings, type SiteContent } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { adminDocUrl, adminGlobalUrl } from '../adminUrls.ts'
import { LINK_CHECKS } from '../collections/LinkChecks/index.ts'
import { readEnv } from '../env.ts'
import { assembleSiteContent, loadPublished, type PublishedSet } from '../export/index.ts'
import { dueItems, dutchDate, REVIEW_OVERVIEW_PATH } from '../review/due.ts'
import { reachSection } from './reach.ts'

/** One thing to look at: which document, which field, what, and where the admin edits it. */
export interface HealthRow {
  document: string
  field: string
  message: string
  link: string
}

export interface HealthSection {
  key: 'reach' | 'links' | 'readability' | 'alt-text' | 'reviews' | 'guarded'
  title: string
  /** What the section checks, and when it last ran where that matters. */
  about: string
  rows: HealthRow[]
}

export interface ContentHealthReport {
  generatedAt: string
  /** Published documents the report looked at. */
  documents: number
  sections: HealthSection[]
  /** The published bundle itself is invalid (the build would fail); the Site-build screen says why. */
  bundleProblems: number
}

/** Alt text that says nothing: a file name, a camera name, one word like "foto", or under 5 characters. */
export function weakAltText(alt: string, filename: string): string | undefined {
  const text = alt.trim()
  const base = filename.replace(/\.[a-z0-9]+$/i, '')
  if (text.length < 5) return 'De alt-tekst is te kort om te zeggen wat de afbeelding laat zien.'
  if (/\.(jpe?g|png|webp|avif|gif|mp4|webm)$/i.test(text) || text === base || /^(img|dsc|pxl|image)[-_ ]?\d+/i.test(text))
    return 'De alt-tekst is een bestandsnaam. Beschrijf wat de afbeelding laat zien.'
  if (/^(foto|afbeelding|plaatje|beeld|image|picture|photo)$/i.test(text)) return 'De alt-tekst zegt niet wat er op de afbeelding staat.'
  return undefined
}

const dutchDateTime = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))

/** The admin link of a place in the bundle, by the ids of the published set. */
function linker(set: PublishedSet, admin: string) {
  const ids = new Map<string, string | number>()
  for (const [collection, docs] of set.docs) for (const d of docs) ids.set(`${collection}/${String(d.slug)}`, d.id as string | number)
  return (place: ContentPlace) =>
    place.collection === 'site-settings'
      ? adminGlobalUrl(admin, 'site-settings')
      : adminDocUrl(admin, place.collection, ids.get(`${place.collection}/${place.slug}`))
}

async function linkSection(payload: Payload, content: SiteContent, link: (p: ContentPlace) => string): Promise<HealthSection> {
  const places = externalLinksOf(content)
  const urls = [...new Set(places.map((p) => p.url))]
  const checks = await payload.find({ collection: LINK_CHECKS, pagination: false, depth: 0, overrideAccess: true })
  const byUrl = new Map(checks.docs.map((c) => [c.url, c]))
  const checked = urls.filter((u) => byUrl.has(u))
  const last = checked
    .map((u) => byUrl.get(u)?.checkedAt ?? '')
    .sort()
    .at(-1)
  const rows = places.flatMap((p): HealthRow[] => {
    const check = byUrl.get(p.url)
    if (!check || check.ok) return []
    return [{ document: p.label, field: p.path, message: `${p.url}: ${check.reason || 'werkt niet.'}`, link: link(p) }]
  })
  const when = last ? `Laatst gecontroleerd op ${dutchDateTime(last)}` : 'Nog niet gecontroleerd'
  return {
    key: 'links',
    title: 'Links naar andere sites die niet werken',
    about: `${urls.length} verschillende links in de gepubliceerde inhoud; ${checked.length} gecontroleerd. ${when}. De controle loopt elke nacht, met een pauze tussen twee vragen aan dezelfde site.`,
    rows,
  }
}

function readabilitySection(content: SiteContent, link: (p: ContentPlace) => string): HealthSection {
  return {
    key: 'readability',
    title: 'Tekst boven B1',
    about: `Zinnen van meer dan ${READABILITY.maxSentenceWords} woorden en alinea's van meer dan ${READABILITY.maxParagraphSentences} zinnen.`,
    rows: readabilityFindings(content).map((f) => ({
      document: f.label,
      field: f.path,
      message:
        f.kind === 'long-sentence'
          ? `Zin van ${f.count} woorden: "${f.excerpt}" Maak er twee zinnen van.`
          : `Alinea van ${f.count} zinnen: "${f.excerpt}" Verdeel de alinea.`,
      link: link(f),
    })),
  }
}

function altSection(set: PublishedSet, admin: string): HealthSection {
  const rows = set.media.flatMap((m): HealthRow[] => {
    if (!String(m.mimeType ?? '').startsWith('image/')) return []
    const problem = weakAltText(String(m.alt ?? ''), String(m.filename ?? ''))
    return problem
      ? [{ document: `Afbeelding "${String(m.filename)}"`, field: 'alt', message: problem, link: adminDocUrl(admin, 'media', m.id) }]
      : []
  })
  return { key: 'alt-text', title: 'Afbeeldingen met een zwakke alt-tekst', about: 'Alle afbeeldingen in de mediabibliotheek.', rows }
}

/** Documents whose "Controleren vóór" date has passed (the same list as the Controleren overview). */
async function reviewSection(payload: Payload, admin: string): Promise<HealthSection> {
  const overdue = (await dueItems(payload)).filter((d) => d.overdue)
  return {
    key: 'reviews',
    title: 'Controledatum verlopen',
    about: `Documenten waarvan de datum "Controleren vóór" voorbij is. Open het document, controleer het en klik op "Gecontroleerd". Alles wat binnenkort aan de beurt is: ${admin}${REVIEW_OVERVIEW_PATH}.`,
    rows: overdue.map((d) => ({
      document: `${d.typeLabel} "${d.title}"`,
      field: 'reviewBefore',
      message: d.reviewBefore ? `Had gecontroleerd moeten zijn vóór ${dutchDate(d.reviewBefore)}.` : 'Heeft nog geen controledatum.',
      link: adminDocUrl(admin, d.collection, d.id),
    })),
  }
}

/** What the publish check already refuses: listed so an editor sees it is covered, always empty. */
const GUARDED: HealthSection = {
  key: 'guarded',
  title: 'Altijd in orde op de gepubliceerde site',
  about:
    'Links naar niet-gepubliceerde of verwijderde inhoud, afbeeldingen zonder alt-tekst en video\u2019s zonder ondertitels of uitgeschreven tekst kunnen niet live staan: publiceren, intrekken of verwijderen dat zoiets zou veroorzaken, wordt geweigerd met een melding die zegt wat er mis is.',
  rows: [],
}

/** The content-health overview, computed from what is published now and the last link check. */
export async function contentHealthReport(payload: Payload): Promise<ContentHealthReport> {
  const admin = payload.config.routes.admin
  const set = await loadPublished(payload, { trustedCli: true })
  const { content, problems } = assembleSiteContent(set, readEnv().SERVER_URL)
  const documents = [...set.docs.values()].reduce((n, docs) => n + docs.length, 0)
  const sections: HealthSection[] = []
  if (content) {
    const link = linker(set, admin)
    sections.push(await linkSection(payload, content, link), readabilitySection(content, link))
  }
  sections.unshift(await reachSection(payload, set, admin))
  sections.push(altSection(set, admin), await reviewSection(payload, admin), GUARDED)
  return { generatedAt: new Date().toISOString(), documents, sections, bundleProblems: content ? 0 : problems.length }
}
