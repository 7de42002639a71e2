import type { SiteSettingsSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { SiteSetting } from '../payload-types.ts'
import { compact, fromStored, required, rows } from './stored.ts'

type NavItems = NonNullable<SiteSetting['navigation']>['helpers']

export const toSiteSettings = fromStored((doc: SiteSetting): z.input<typeof SiteSettingsSchema> => {
  // A global never saved yet has no groups at all.
  const line: Partial<SiteSetting['adviceLine']> = doc.adviceLine ?? {}
  const nav: NonNullable<SiteSetting['navigation']> = doc.navigation ?? {}
  const items = (v: NavItems) => rows(v).map((i) => ({ label: i.label, href: i.href }))
  return {
    organisationName: doc.organisationName,
    adviceLine: compact({
      phone: required(line.phone),
      chatUrl: line.chatUrl,
      hours: required(line.hours),
      exampleData: line.exampleData === true,
    }),
    quickExitUrl: doc.quickExitUrl,
    navigation: { helpers: items(nav.helpers), professionals: items(nav.professionals) },
    searchSynonyms: rows(doc.searchSynonyms).map((r) => ({
      word: r.word,
      alternatives: Array.isArray(r.alternatives) ? r.alternatives : [],
    })),
  }
})
