import { LIMITS, SiteSettingsSchema } from '@hp/content-schemas'
import type { GlobalConfig } from 'payload'
import { publisherOnly, readContent, readStaff } from '../../access/index.ts'
import { toSiteSettings } from '../../export/site-settings.ts'
import { titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { enforceGlobalFieldLimits } from '../../fields/limits.ts'
import { rememberGlobalLiveStatus, triggerRebuildOnGlobalChange } from '../../hooks/triggerRebuild.ts'
import { validateGlobalOnPublish } from './validate.ts'

export const SITE_SETTINGS = 'site-settings'

const navItems = (name: string, nl: string, en: string) => ({
  name,
  type: 'array' as const,
  label: t(nl, en),
  labels: { singular: t('Link', 'Link'), plural: t('Links', 'Links') },
  fields: [
    titleField('label', 'Linktekst', 'Label'),
    { name: 'href', type: 'text' as const, required: true, maxLength: LIMITS.url, label: t('Pad (begint met /)', 'Path') },
  ],
})

export const SiteSettings: GlobalConfig = {
  slug: SITE_SETTINGS,
  label: t('Site-instellingen', 'Site settings'),
  admin: { group: t('Beheer', 'Admin') },
  access: { read: readContent, readVersions: readStaff, update: publisherOnly },
  versions: { drafts: true, max: 50 },
  hooks: {
    beforeChange: [
      enforceGlobalFieldLimits,
      validateGlobalOnPublish(SITE_SETTINGS, toSiteSettings, SiteSettingsSchema),
      rememberGlobalLiveStatus,
    ],
    afterChange: [triggerRebuildOnGlobalChange],
  },
  fields: [
    titleField('organisationName', 'Naam organisatie', 'Organisation name'),
    {
      name: 'adviceLine',
      type: 'group',
      label: t('Advieslijn', 'Advice line'),
      fields: [
        { name: 'phone', type: 'text', required: true, label: t('Telefoon', 'Phone') },
        { name: 'chatUrl', type: 'text', maxLength: LIMITS.url, label: t('Chat (URL)', 'Chat URL') },
        { name: 'hours', type: 'text', required: true, label: t('Bereikbaar', 'Hours') },
        {
          name: 'exampleData',
          type: 'checkbox',
          defaultValue: true,
          label: t('Voorbeeldgegevens: nog controleren', 'Example data: verify'),
        },
      ],
    },
    {
      name: 'quickExitUrl',
      type: 'text',
      required: true,
      maxLength: LIMITS.url,
      defaultValue: 'https://www.google.nl/',
      label: t('Snel weg: naar deze neutrale site', 'Quick exit target'),
    },
    {
      name: 'navigation',
      type: 'group',
      label: t('Navigatie', 'Navigation'),
      fields: [navItems('helpers', 'Voor de Helpers', 'Helpers'), navItems('professionals', 'Voor Professionals', 'Professionals')],
    },
    {
      name: 'searchSynonyms',
      type: 'array',
      label: t('Zoeken: woorden die hetzelfde betekenen', 'Search: synonyms'),
      labels: { singular: t('Synoniem', 'Synonym'), plural: t('Synoniemen', 'Synonyms') },
      admin: {
        description: t(
          'Voor de hele site. Typt een bezoeker het woord, dan zoekt de site ook op de andere woorden (beroofd → beroving, overval). Woorden die bij één delict horen, zet u bij dat delict onder Zoekwoorden.',
          'Site-wide. When a visitor types the word, search also looks for the other words. Words for one offence belong in its search terms.',
        ),
      },
      fields: [
        { name: 'word', type: 'text', required: true, label: t('Woord dat bezoekers typen', 'Word visitors type') },
        {
          name: 'alternatives',
          type: 'text',
          hasMany: true,
          required: true,
          label: t('Zoek ook op', 'Also search for'),
          admin: { description: t('Enter na elk woord.', 'Press Enter after each.') },
        },
      ],
    },
  ],
}
