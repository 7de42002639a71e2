import { CONTENT_TYPES, type ContentTypeSlug, type ContentTypes, LIMITS } from '@hp/content-schemas'
import type { CollectionConfig, Field } from 'payload'
import type { z } from 'zod'
import { deleteContent, isStaff, readContent, readStaff, writeContent } from '../../access/index.ts'
import { auditAfterChange, auditAfterDelete, auditBeforeChange } from '../../audit/record.ts'
import { previewOpenPath } from '../../endpoints/preview.ts'
import { schedulingRuns } from '../../env.ts'
import { TIME_FORMAT } from '../../fields/dates.ts'
import { t } from '../../fields/label.ts'
import { enforceFieldLimits } from '../../fields/limits.ts'
import { guardRestore, keepLiveAfterRestore } from '../../hooks/guardRestore.ts'
import { keepEditorsToDrafts } from '../../hooks/keepEditorsToDrafts.ts'
import {
  checkDeleteFromBundle,
  checkPublishedBundle,
  dependantsOf,
  type FieldProblem,
  rememberDraftFlag,
} from '../../hooks/publishCheck.ts'
import { rememberOldSlug } from '../../hooks/rememberOldSlug.ts'
import { rememberLiveStatus, triggerRebuild, triggerRebuildOnDelete } from '../../hooks/triggerRebuild.ts'
import { reviewedEndpoint } from '../../review/endpoint.ts'
import { reviewDefaults, reviewFields } from './review.ts'

/** The "Gepland" column in every content list: the document's next planned publish or unpublish (nothing in the edit view). */
const scheduledColumn: Field = {
  name: 'scheduled',
  type: 'ui',
  label: t('Gepland', 'Scheduled'),
  admin: { components: { Cell: '/components/Schedules/Cell.tsx#ScheduleCell' } },
}

interface ContentCollectionArgs<T extends ContentTypeSlug> {
  /** The content type (its record in the content-type registry gives the contract the publish check uses). */
  slug: T
  labels: CollectionConfig['labels']
  useAsTitle: string
  defaultColumns?: string[]
  group: Record<'nl' | 'en', string>
  fields: Field[]
  extraChecks?: (parsed: z.infer<ContentTypes[T]['schema']>) => FieldProblem[]
  description?: Record<'nl' | 'en', string>
}

/**
 * A published content type: drafts and versions, the role-based access of every content
 * collection, and the whole-bundle check on every write that changes what is published
 * (hooks/publishCheck.ts). Every content type also gets an owner and review dates with the
 * "Gecontroleerd" action (review.ts), and the audit log of what was published, unpublished,
 * deleted and restored (audit/record.ts).
 */
export function contentCollection<T extends ContentTypeSlug>(args: ContentCollectionArgs<T>): CollectionConfig {
  return {
    slug: args.slug,
    labels: args.labels,
    admin: {
      useAsTitle: args.useAsTitle,
      defaultColumns: [...(args.defaultColumns ?? [args.useAsTitle, '_status', 'updatedAt']), ...(schedulingRuns() ? ['scheduled'] : [])],
      group: args.group,
      // "Voorbeeld": the page as the site will show it, built from the latest draft (endpoints/preview.ts).
      preview: (doc) => (doc?.id === undefined ? null : previewOpenPath(args.slug, doc.id as string | number)),
      ...(args.description ? { description: args.description } : {}),
      // Before an unpublish: which published documents use this one (and can go offline with it).
      components: {
        edit: { UnpublishButton: '/components/Dependants/index.tsx#UnpublishWithDependants' },
        // Versies → a version: Payload's field-by-field compare plus "Wijzigingen in woorden" (versions/describe.ts).
        views: { edit: { version: { actions: ['/components/VersionChanges/index.tsx#VersionChanges'] } } },
      },
    },
    endpoints: [
      {
        // GET /api/<collection>/<id>/dependants: what depends on this document (staff only), with the publish check's logic.
        path: '/:id/dependants',
        method: 'get',
        handler: async (req) => {
          if (!isStaff(req.user)) return Response.json({ error: 'Log in als redacteur, publicist of beheerder.' }, { status: 403 })
          const id = String(req.routeParams?.id ?? '')
          if (!/^\d+$/.test(id)) return Response.json({ error: 'Onbekend document.' }, { status: 404 })
          return Response.json(await dependantsOf(req, args.slug, id), { headers: { 'Cache-Control': 'no-store' } })
        },
      },
      // POST /api/<collection>/<id>/reviewed: "Gecontroleerd" (review/endpoint.ts).
      reviewedEndpoint(args.slug),
    ],
    access: {
      read: readContent,
      readVersions: readStaff,
      create: writeContent,
      update: writeContent,
      delete: deleteContent,
    },
    // "Publicatie plannen" only when something runs the jobs queue to carry the plan out (env.ts);
    // its time list in 24-hour Dutch time (Payload's default is "6:50 PM").
    versions: { drafts: { schedulePublish: schedulingRuns() && { timeFormat: TIME_FORMAT } }, maxPerDoc: 50 },
    hooks: {
      beforeOperation: [keepEditorsToDrafts, rememberDraftFlag],
      // The publish check runs last: it sees the write as it will be stored (old slugs included).
      beforeChange: [
        guardRestore,
        reviewDefaults,
        enforceFieldLimits,
        auditBeforeChange,
        rememberLiveStatus,
        rememberOldSlug,
        checkPublishedBundle<z.ZodType>(
          args.slug,
          CONTENT_TYPES[args.slug].schema,
          // The registry's schema of this slug is the one `extraChecks` is typed with.
          args.extraChecks as ((parsed: unknown) => FieldProblem[]) | undefined,
        ),
      ],
      beforeDelete: [checkDeleteFromBundle(args.slug)],
      afterChange: [keepLiveAfterRestore, triggerRebuild, auditAfterChange],
      afterDelete: [triggerRebuildOnDelete, auditAfterDelete],
    },
    fields: [
      ...args.fields,
      ...reviewFields(args.slug),
      ...(schedulingRuns() ? [scheduledColumn] : []),
      {
        name: 'usedIn',
        type: 'ui',
        label: t('Gebruikt in', 'Used in'),
        admin: { position: 'sidebar', components: { Field: '/components/Dependants/index.tsx#UsedInPanel' } },
      },
      {
        name: 'previousSlugs',
        type: 'text',
        hasMany: true,
        maxLength: LIMITS.slug,
        label: t('Oude slugs (worden doorgestuurd)', 'Old slugs (redirected)'),
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: t(
            'Vorige adressen van deze pagina. De website stuurt bezoekers van die adressen door naar het nieuwe adres.',
            'Previous addresses; the site redirects them to the current one.',
          ),
        },
      },
    ],
  }
}
