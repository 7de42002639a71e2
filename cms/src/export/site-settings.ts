import type { SiteSettingsSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { compact, type Loose, rows } from './loose.ts'

export function toSiteSettings(doc: Loose): z.input<typeof SiteSettingsSchema> {
  const line: Loose = doc.adviceLine ?? {}
  const nav: Loose = doc.navigation ?? {}
  const items = (v: unknown) => rows(v).map((i) => ({ label: i.label, href: i.href }))
  return {
    organisationName: doc.organisationName,
    adviceLine: compact({ phone: line.phone, chatUrl: line.chatUrl, hours: line.hours, exampleData: line.exampleData === true }),
    quickExitUrl: doc.quickExitUrl,
    navigation: { helpers: items(nav.helpers), professionals: items(nav.professionals) },
    searchSynonyms: rows(doc.searchSynonyms).map((r) => ({
      word: r.word,
      alternatives: Array.isArray(r.alternatives) ? r.alternatives : [],
    })),
  }
}
