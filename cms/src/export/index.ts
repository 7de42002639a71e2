import {
  AssessmentSchema,
  assertReferences,
  ChecklistSchema,
  type CollectionKey,
  ContractError,
  collectionDocLabel,
  formatIssues,
  type LinkableCollection,
  NewsletterIssueSchema,
  OffenceSchema,
  OrganisationSchema,
  PageSchema,
  parseDocument,
  ReferralTreeSchema,
  SITE_CONTENT_VERSION,
  SignalSchema,
  type SiteContent,
  SiteContentSchema,
  SiteSettingsSchema,
  StepPlanSchema,
  safeParseContract,
  TipSchema,
  VideoSchema,
} from '@hp/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'
import { RichTextConversionError, richTextProblem } from '../fields/richText/toContract.ts'
import { toAssessment } from './assessment.ts'
import { toChecklist } from './checklist.ts'
import { type ExportContext, exportContext, type MediaDoc } from './context.ts'
import type { Loose } from './loose.ts'
import { toNewsletterIssue } from './newsletter-issue.ts'
import { toOffence } from './offence.ts'
import { toOrganisation } from './organisation.ts'
import { toPage } from './page.ts'
import { toReferralTree } from './referral-tree.ts'
import { toSignal } from './signal.ts'
import { toSiteSettings } from './site-settings.ts'
import { toStepPlan } from './step-plan.ts'
import { toTip } from './tip.ts'
import { toVideo } from './video.ts'

interface Part {
  key: CollectionKey
  collection: LinkableCollection
  convert: (doc: Loose, ctx: ExportContext) => unknown
  schema: z.ZodType
}

const PARTS: Part[] = [
  { key: 'offences', collection: 'offences', convert: toOffence, schema: OffenceSchema },
  { key: 'checklists', collection: 'checklists', convert: toChecklist, schema: ChecklistSchema },
  { key: 'tips', collection: 'tips', convert: toTip, schema: TipSchema },
  { key: 'videos', collection: 'videos', convert: toVideo, schema: VideoSchema },
  { key: 'stepPlans', collection: 'step-plans', convert: toStepPlan, schema: StepPlanSchema },
  { key: 'signals', collection: 'signals', convert: toSignal, schema: SignalSchema },
  { key: 'organisations', collection: 'organisations', convert: toOrganisation, schema: OrganisationSchema },
  { key: 'referralTrees', collection: 'referral-trees', convert: toReferralTree, schema: ReferralTreeSchema },
  { key: 'assessments', collection: 'assessments', convert: toAssessment, schema: AssessmentSchema },
  { key: 'newsletterIssues', collection: 'newsletter-issues', convert: toNewsletterIssue, schema: NewsletterIssueSchema },
  { key: 'pages', collection: 'pages', convert: toPage, schema: PageSchema },
]

/** Who asks: a request's user (endpoints: access is enforced), or the trusted CLI on this machine. */
export type ExportAccess = { req: PayloadRequest } | { trustedCli: true }

/**
 * Builds the SiteContent bundle from published documents only and validates it against the
 * contract. Throws ContractError listing every problem (document and field) when invalid.
 */
export async function buildSiteContent(payload: Payload, access: ExportAccess, serverUrl: string): Promise<SiteContent> {
  const opts = 'req' in access ? { overrideAccess: false, req: access.req, user: access.req.user } : { overrideAccess: true }
  const published = { _status: { equals: 'published' } } as const
  const raw = new Map<string, Loose[]>()
  for (const part of PARTS) {
    const res = await payload.find({
      collection: part.collection as 'tips',
      where: published,
      pagination: false,
      depth: 0,
      draft: false,
      ...opts,
    })
    raw.set(part.collection, res.docs as Loose[])
  }
  const media = await payload.find({ collection: 'media', pagination: false, depth: 0, ...opts })
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, draft: false, ...opts })) as Loose

  const index = new Map([...raw].map(([c, docs]) => [c, new Map(docs.map((d) => [String(d.id), String(d.slug)]))]))
  const ctx = exportContext(index, new Map((media.docs as MediaDoc[]).map((m) => [String(m.id), m])), serverUrl)
  const problems: string[] = []
  const out: Record<string, unknown[]> = {}
  for (const part of PARTS) {
    out[part.key] = (raw.get(part.collection) ?? []).flatMap((doc, i) => {
      // Named as the admin names the collection, so an editor finds the document: `Stappenplan "nazorg"`.
      const label = collectionDocLabel(part.collection, doc, i)
      try {
        const result = safeParseContract(part.schema, part.convert(doc, ctx))
        if (result.success) return [result.data]
        problems.push(...formatIssues(label, result.error.issues))
      } catch (error) {
        if (error instanceof RichTextConversionError) problems.push(`${label}: ${richTextProblem(error)}`)
        else problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`)
      }
      return []
    })
  }
  const settingsResult = safeParseContract(SiteSettingsSchema, toSiteSettings(settings))
  if (!settingsResult.success) problems.push(...formatIssues('Site-instellingen', settingsResult.error.issues))
  if (problems.length > 0) throw new ContractError(problems)

  // Old slugs of published documents become redirects on the site.
  const slugChanges = PARTS.flatMap((part) =>
    (raw.get(part.collection) ?? []).flatMap((doc) =>
      (Array.isArray(doc.previousSlugs) ? (doc.previousSlugs as string[]) : []).map((from) => ({
        collection: part.collection,
        from,
        to: doc.slug,
      })),
    ),
  )
  const bundle = {
    version: SITE_CONTENT_VERSION,
    generatedAt: new Date().toISOString(),
    settings: settingsResult.data,
    ...out,
    slugChanges,
  }
  const content = parseDocument(SiteContentSchema, bundle, 'Site-inhoud')
  assertReferences(content)
  return content
}
