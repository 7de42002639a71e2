import { platformField, sidebar, summaryField, titleField } from '../../fields/common.ts'
import { keyReference } from '../../fields/keyPicker.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField, richTextField } from '../../fields/richText/editor.ts'
import { keyField, slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const ASSESSMENTS = 'assessments'
const SCAN_AID = '/components/ScanAid/ScanAid.tsx#ScanAid'

export const Assessments = contentCollection({
  slug: ASSESSMENTS,
  labels: { singular: t('Scan of test', 'Assessment'), plural: t('Scans en tests', 'Assessments') },
  useAsTitle: 'title',
  group: t('Tools', 'Tools'),
  description: t(
    'Zelfscans, tests en de quickscan. Antwoorden blijven altijd in de browser van de bezoeker.',
    'Scored in the browser only.',
  ),
  fields: [
    titleField(),
    slugField('title'),
    summaryField(),
    sidebar({
      name: 'kind',
      type: 'select',
      required: true,
      label: t('Soort', 'Kind'),
      options: [
        { label: t('Zelfscan', 'Self-scan'), value: 'zelfscan' },
        { label: t('Test', 'Test'), value: 'test' },
        { label: t('Quickscan', 'Quick scan'), value: 'quickscan' },
      ],
    }),
    sidebar({ ...platformField, required: true }),
    requiredRichTextField('intro', 'Inleiding', 'Introduction'),
    {
      name: 'themes',
      type: 'array',
      minRows: 1,
      label: t("Thema's", 'Themes'),
      labels: { singular: t('Thema', 'Theme'), plural: t("Thema's", 'Themes') },
      fields: [
        keyField('Sleutel', 'Key'),
        titleField(),
        { name: 'threshold', type: 'number', required: true, min: 0, label: t('Aandachtspunt vanaf score', 'Attention from score') },
        richTextField('attentionPoint', 'Aandachtspunt', 'Attention point'),
      ],
    },
    {
      name: 'questions',
      type: 'array',
      minRows: 1,
      label: t('Vragen', 'Questions'),
      labels: { singular: t('Vraag', 'Question'), plural: t('Vragen', 'Questions') },
      admin: { initCollapsed: true },
      fields: [
        keyField('Sleutel', 'Key'),
        keyReference('theme', 'Thema', 'Theme', { list: 'themes', titles: ['title'] }),
        titleField('text', 'Vraag of stelling', 'Question'),
        {
          name: 'options',
          type: 'array',
          minRows: 2,
          label: t('Antwoorden', 'Options'),
          labels: { singular: t('Antwoord', 'Option'), plural: t('Antwoorden', 'Options') },
          fields: [
            titleField('label', 'Antwoord', 'Answer'),
            { name: 'score', type: 'number', required: true, min: 0, max: 100, defaultValue: 0, label: t('Punten', 'Score') },
            keyReference(
              'redFlagBand',
              'Rode vlag: minimaal uitslag',
              'Red flag: at least band',
              { list: 'bands', titles: ['title'] },
              false,
            ),
          ],
        },
      ],
    },
    {
      name: 'bands',
      type: 'array',
      minRows: 1,
      label: t('Uitslagen', 'Result bands'),
      labels: { singular: t('Uitslag', 'Result band'), plural: t('Uitslagen', 'Result bands') },
      admin: { description: t('Op volgorde van oplopende minimumscore; de eerste begint bij 0.', 'Ascending min; first starts at 0.') },
      fields: [
        keyField('Sleutel', 'Key'),
        { name: 'min', type: 'number', required: true, min: 0, label: t('Vanaf score', 'From score') },
        titleField(),
        requiredRichTextField('advice', 'Advies', 'Advice'),
      ],
    },
    // A ui field stores nothing (no column, no migration): score ranges per band and "Probeer de scan".
    { name: 'scanAid', type: 'ui', admin: { components: { Field: SCAN_AID } } },
  ],
})
