import { BUILD_STATES, type BuildState, MAX_BUILD_PROBLEMS, MAX_UNREACHED_PAGES, REBUILD_ACTIONS } from '@hp/content-schemas'
import type { Field, GlobalConfig } from 'payload'
import { staffOnly } from '../../access/index.ts'
import { DATE_TIME_FORMAT } from '../../fields/dates.ts'
import { t } from '../../fields/label.ts'

export const BUILD_STATUS = 'build-status'

const STATE_LABELS: Record<BuildState, Record<'nl' | 'en', string>> = {
  queued: t('In de wachtrij', 'Queued'),
  building: t('Bezig met bouwen', 'Building'),
  succeeded: t('Gelukt: de site is bijgewerkt', 'Succeeded: the site is up to date'),
  failed: t('Mislukt: de site is niet veranderd', 'Failed: the live site was not changed'),
}
const ACTION_LABELS = {
  publish: t('Gepubliceerd', 'Published'),
  unpublish: t('Publicatie ingetrokken', 'Unpublished'),
  delete: t('Verwijderd', 'Deleted'),
} satisfies Record<(typeof REBUILD_ACTIONS)[number], Record<'nl' | 'en', string>>

const moment = (name: string, nl: string, en: string): Field => ({
  name,
  type: 'date',
  label: t(nl, en),
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: `${DATE_TIME_FORMAT}:ss` } },
})

/**
 * The state of the last site rebuild, shown read-only in the admin. Nobody can edit it: the
 * rebuild trigger (after a publish) and POST /api/build-status (the site builder) write it.
 */
export const BuildStatus: GlobalConfig = {
  slug: BUILD_STATUS,
  label: t('Site-build', 'Site build'),
  admin: {
    group: t('Beheer', 'Admin'),
    description: t(
      'Na publiceren, publicatie intrekken of verwijderen wordt de site na een paar seconden opnieuw gebouwd. Hier ziet u hoe dat ging. Alleen-lezen.',
      'After publishing, unpublishing or deleting, the site is rebuilt a few seconds later. This shows how that went. Read-only.',
    ),
  },
  access: {
    read: staffOnly,
    // No user may write the build state, admins included; see endpoints/buildStatus.ts.
    update: () => false,
  },
  fields: [
    {
      type: 'collapsible',
      label: t('Laatste build', 'Last build'),
      fields: [
        {
          name: 'lastBuildState',
          type: 'select',
          label: t('Status', 'State'),
          options: BUILD_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
          admin: { readOnly: true },
        },
        moment('lastBuildStartedAt', 'Begonnen', 'Started'),
        moment('lastBuildFinishedAt', 'Klaar', 'Finished'),
        {
          // The problems below as the admin reads them: in Dutch, each with a link to its document.
          name: 'lastBuildProblemsView',
          type: 'ui',
          admin: { components: { Field: '/components/BuildProblems/index.tsx#BuildProblems' } },
        },
        {
          // Filled from the builder's report (POST /api/build-status); shown by the view above.
          name: 'lastBuildProblems',
          type: 'array',
          label: t('Problemen', 'Problems'),
          maxRows: MAX_BUILD_PROBLEMS,
          admin: { readOnly: true, hidden: true },
          fields: [
            { name: 'collection', type: 'text', label: t('Soort inhoud', 'Collection') },
            { name: 'document', type: 'text', label: t('Document', 'Document') },
            { name: 'field', type: 'text', label: t('Veld', 'Field') },
            { name: 'message', type: 'textarea', label: t('Wat er mis is', 'What is wrong') },
            { name: 'link', type: 'text', label: t('Link in de admin', 'Admin link') },
          ],
        },
        {
          name: 'lastBuildMessage',
          type: 'textarea',
          label: t('Melding (eerste regels van de fout)', 'Message (first lines of the error)'),
          admin: { readOnly: true, rows: 8 },
        },
      ],
    },
    {
      // The reach check of the last successful build (scripts/src/site/reach.ts); Inhoudscontrole shows it.
      name: 'lastReach',
      type: 'group',
      label: t('Bereikbaarheid bij de laatste geslaagde build', 'Reachability at the last successful build'),
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'checkedAt', type: 'date', label: t('Gecontroleerd', 'Checked') },
        { name: 'pages', type: 'number', label: t("Pagina's gecontroleerd", 'Pages checked') },
        { name: 'total', type: 'number', label: t('Niet bereikbaar', 'Not reached') },
        {
          name: 'unreached',
          type: 'array',
          label: t("Niet bereikbare pagina's", 'Pages not reached'),
          maxRows: MAX_UNREACHED_PAGES,
          fields: [
            { name: 'path', type: 'text', label: t('Adres', 'Path') },
            { name: 'collection', type: 'text', label: t('Soort inhoud', 'Collection') },
            { name: 'slug', type: 'text', label: t('Slug', 'Slug') },
            { name: 'document', type: 'text', label: t('Document', 'Document') },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: t('Laatste aanvraag voor een nieuwe build', 'Last rebuild request'),
      fields: [
        moment('lastTriggeredAt', 'Aangevraagd', 'Requested'),
        {
          name: 'lastTriggerResult',
          type: 'select',
          label: t('Resultaat', 'Result'),
          options: [
            { value: 'ok', label: t('Aangenomen door de build-dienst', 'Accepted by the build service') },
            { value: 'failed', label: t('Mislukt', 'Failed') },
          ],
          admin: { readOnly: true },
        },
        { name: 'lastTriggerHttpStatus', type: 'number', label: t('HTTP-status', 'HTTP status'), admin: { readOnly: true } },
        { name: 'lastTriggerError', type: 'text', label: t('Fout', 'Error'), admin: { readOnly: true } },
        {
          name: 'triggeredBy',
          type: 'group',
          label: t('Aanleiding', 'Triggered by'),
          admin: { readOnly: true },
          fields: [
            { name: 'collection', type: 'text', label: t('Soort inhoud', 'Collection'), admin: { readOnly: true } },
            { name: 'slug', type: 'text', label: t('Document (slug)', 'Document (slug)'), admin: { readOnly: true } },
            {
              name: 'action',
              type: 'select',
              label: t('Wat er gebeurde', 'What happened'),
              options: REBUILD_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
              admin: { readOnly: true },
            },
            { name: 'user', type: 'text', label: t('Door', 'By'), admin: { readOnly: true } },
            {
              name: 'changes',
              type: 'number',
              label: t('Wijzigingen in deze aanvraag', 'Changes in this request'),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
  ],
}
