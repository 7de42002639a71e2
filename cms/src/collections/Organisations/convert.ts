import type { OrganisationSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { compact, fromStored, required } from '../../export/stored.ts'
import { TIMEZONE } from '../../fields/dates.ts'
import type { Organisation } from '../../payload-types.ts'

/** The calendar day in Amsterdam of a stored time, as 2026-12-07. */
const amsterdamDate = (iso: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE }).format(new Date(iso))

export const toOrganisation = fromStored(
  (doc: Organisation): z.input<typeof OrganisationSchema> =>
    compact({
      slug: required(doc.slug),
      name: doc.name,
      description: doc.description,
      phone: doc.phone,
      chatUrl: doc.chatUrl,
      url: doc.url,
      hours: doc.hours,
      exampleData: doc.exampleData === true,
      lastVerified: typeof doc.lastReviewedAt === 'string' ? amsterdamDate(doc.lastReviewedAt) : undefined,
    }),
)
