import type { OrganisationSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { compact, type Loose } from './loose.ts'

export function toOrganisation(doc: Loose): z.input<typeof OrganisationSchema> {
  return compact({
    slug: doc.slug,
    name: doc.name,
    description: doc.description,
    phone: doc.phone,
    chatUrl: doc.chatUrl,
    url: doc.url,
    hours: doc.hours,
    exampleData: doc.exampleData === true,
  })
}
