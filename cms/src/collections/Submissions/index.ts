import { SHARE_NAME_MAX, SHARE_TEXT_MAX } from '@hp/content-schemas'
import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { canPublish, publisherOnly } from '../../access/index.ts'
import { makeErvaringEndpoint } from '../../endpoints/makeErvaring.ts'
import { themeField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { findPersonalData, PERSONAL_DATA_KINDS, PERSONAL_DATA_LABELS } from '../../submissions/personalData.ts'

export const SUBMISSIONS = 'submissions'
export const SUBMISSION_STATUSES = ['nieuw', 'gepubliceerd', 'afgewezen'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

const STATUS_LABELS = {
  nieuw: t('Nieuw', 'New'),
  gepubliceerd: t('Gepubliceerd als ervaring', 'Published as experience'),
  afgewezen: t('Afgewezen', 'Rejected'),
} satisfies Record<SubmissionStatus, Record<'nl' | 'en', string>>

const readOnly = { readOnly: true }
const sidebarReadOnly = { readOnly: true, position: 'sidebar' as const }
/** Never through the API, not even for admins: only the intake and the moderation code (Local API) write it. */
const internal = { read: () => false, create: () => false, update: () => false }

/** The flags follow the text: a moderator who removes a name sees its flag go on save. */
const flagPersonalData: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const text = typeof data.text === 'string' ? data.text : typeof originalDoc?.text === 'string' ? originalDoc.text : ''
  data.personalData = findPersonalData(text)
  return data
}

const fields: Field[] = [
  {
    // "Maak ervaring" (no stored data): a draft experience with this text, linked both ways.
    name: 'moderation',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/MakeErvaring/index.tsx#MakeErvaring' } },
  },
  {
    name: 'text',
    type: 'textarea',
    required: true,
    maxLength: SHARE_TEXT_MAX,
    label: t('Tip of ervaring', 'Tip or experience'),
    admin: {
      rows: 12,
      description: t(
        'Zoals de afzender het schreef. Haal namen, plaatsen en andere herkenbare details weg voordat u er een ervaring van maakt.',
        'As the sender wrote it. Remove names, places and other identifying details before making it an experience.',
      ),
    },
  },
  {
    name: 'personalData',
    type: 'array',
    label: t('Mogelijke persoonsgegevens', 'Likely personal data'),
    labels: { singular: t('Melding', 'Flag'), plural: t('Meldingen', 'Flags') },
    admin: {
      readOnly: true,
      description: t(
        'Automatisch gevonden bij binnenkomst en na elke wijziging. Controleer de tekst ook zelf.',
        'Found automatically on intake and after every change. Check the text yourself too.',
      ),
    },
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: t('Soort', 'Kind'),
        options: PERSONAL_DATA_KINDS.map((k) => ({ value: k, label: t(PERSONAL_DATA_LABELS[k], PERSONAL_DATA_LABELS[k]) })),
      },
      { name: 'text', type: 'text', label: t('Tekst', 'Text') },
    ],
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'nieuw',
    index: true,
    label: t('Status', 'Status'),
    options: SUBMISSION_STATUSES.map((v) => ({ value: v, label: STATUS_LABELS[v] })),
    admin: { position: 'sidebar' },
  },
  {
    name: 'ervaring',
    type: 'relationship',
    relationTo: 'ervaringen',
    label: t('Ervaring gemaakt van deze inzending', 'Experience made from this submission'),
    admin: sidebarReadOnly,
  },
  {
    name: 'offence',
    type: 'relationship',
    relationTo: 'offences',
    label: t('Delict (door de afzender gekozen)', 'Offence (chosen by the sender)'),
    admin: { position: 'sidebar' },
  },
  {
    ...themeField,
    required: false,
    label: t('Thema (door de afzender gekozen)', 'Theme (chosen by the sender)'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'name',
    type: 'text',
    maxLength: SHARE_NAME_MAX,
    label: t('Naam afzender (wordt nooit gepubliceerd)', 'Sender name (never published)'),
    admin: sidebarReadOnly,
  },
  {
    name: 'email',
    type: 'email',
    label: t('E-mailadres afzender (wordt nooit gepubliceerd)', 'Sender e-mail (never published)'),
    admin: sidebarReadOnly,
  },
  {
    name: 'notifyOnPublish',
    type: 'checkbox',
    defaultValue: false,
    label: t('Wil een e-mail bij publicatie', 'Wants an e-mail on publication'),
    admin: sidebarReadOnly,
  },
  {
    name: 'notifiedAt',
    type: 'date',
    label: t('E-mail over publicatie verstuurd op', 'Publication e-mail sent at'),
    admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
    access: { create: () => false, update: () => false },
  },
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    label: t('Toestemming gegeven', 'Consent given'),
    admin: readOnly,
  },
  { name: 'consentTextVersion', type: 'text', label: t('Versie toestemmingstekst', 'Consent text version'), admin: readOnly },
  {
    name: 'consentAt',
    type: 'date',
    label: t('Toestemming gegeven op', 'Consent given at'),
    admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  /** sha256 of the normalised text: the same-text limit's key (cms/src/submissions/intake.ts). */
  { name: 'textHash', type: 'text', index: true, admin: { hidden: true }, access: internal },
]

/**
 * Tips and experiences sent in with "Deel uw tip of ervaring" on Voor de Helpers. Personal data
 * and unmoderated text: only publishers and admins read or change them; editors, the site
 * builder and the public get nothing. Nobody creates them through the API: the public endpoint
 * (POST /api/share, cms/src/endpoints/share.ts) is the only way in.
 */
export const Submissions: CollectionConfig = {
  slug: SUBMISSIONS,
  labels: { singular: t('Ingezonden tip of ervaring', 'Submission'), plural: t('Ingezonden tips en ervaringen', 'Submissions') },
  admin: {
    useAsTitle: 'text',
    group: t('Inhoud', 'Content'),
    defaultColumns: ['text', 'status', 'createdAt'],
    hidden: ({ user }) => !canPublish(user),
    description: t(
      'Wat bezoekers via "Deel uw tip of ervaring" insturen. Niets hiervan staat op de site tot u er een ervaring van maakt en die publiceert.',
      'What visitors send in. Nothing appears on the site until you make it an experience and publish it.',
    ),
  },
  access: { read: publisherOnly, create: () => false, update: publisherOnly, delete: publisherOnly },
  hooks: { beforeChange: [flagPersonalData] },
  endpoints: [makeErvaringEndpoint],
  fields,
}
