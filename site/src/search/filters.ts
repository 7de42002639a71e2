import { PLATFORM_NAME, SECTOR_NAMES, SectorSchema, type SiteContent } from '@hp/content-schemas'
import type { FilterName } from './state.ts'
import { presentSearchTypes } from './types.ts'

/** One filter of the search form: a select whose option values are the pagefind filter values. */
export interface FilterGroup {
  name: FilterName
  /** Visible label of the select. */
  label: string
  /** The first option, meaning "no filter". */
  allLabel: string
  options: string[]
}

/** Offences that indexed pages are tagged with (checklists, tips, videos), in landing-page order. */
function offences(content: SiteContent): string[] {
  const used = new Set([
    ...content.checklists.map((c) => c.offence),
    ...content.tips.flatMap((t) => t.offences),
    ...content.videos.flatMap((v) => v.offences),
  ])
  return [...content.offences]
    .filter((o) => used.has(o.slug))
    .sort((a, b) => a.order - b.order)
    .map((o) => o.name)
}

/** The filters of the search form, built from the published bundle. */
export function filterGroups(content: SiteContent): FilterGroup[] {
  const sectors = new Set(content.stepPlans.flatMap((p) => p.sectors))
  return [
    {
      name: 'platform',
      label: 'Platform',
      allLabel: 'Alle platforms',
      options: [PLATFORM_NAME.helpers, PLATFORM_NAME.professionals, 'Algemeen'],
    },
    { name: 'type', label: 'Soort informatie', allLabel: 'Alle soorten', options: presentSearchTypes(content) },
    { name: 'offence', label: 'Wat is er gebeurd?', allLabel: 'Alles', options: offences(content) },
    {
      name: 'sector',
      label: 'Sector (voor professionals)',
      allLabel: 'Alle sectoren',
      options: SectorSchema.options.filter((s) => sectors.has(s)).map((s) => SECTOR_NAMES[s] ?? s),
    },
  ]
}
