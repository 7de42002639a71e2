import { LIMITS } from '@hp/content-schemas'
import {
  imageField,
  offencesField,
  onlyMedia,
  platformsField,
  searchTermsField,
  sidebar,
  summaryField,
  titleField,
} from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField } from '../../fields/richText/editor.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const VIDEOS = 'videos'

const isExternal = (_: unknown, sibling: { type?: string }) => sibling?.type === 'external'

export const Videos = contentCollection({
  slug: VIDEOS,
  labels: { singular: t('Video', 'Video'), plural: t("Video's", 'Videos') },
  useAsTitle: 'title',
  group: t('Inhoud', 'Content'),
  description: t('Ondertiteling en transcript zijn verplicht.', 'Captions and transcript are required.'),
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
        { label: t('Ervaringsverhaal', 'Personal story'), value: 'ervaringsverhaal' },
        { label: t('Voorbeeldscenario', 'Example scenario'), value: 'voorbeeldscenario' },
        { label: t('Animatie', 'Animation'), value: 'animatie' },
        { label: t('Uitleg', 'Explainer'), value: 'uitleg' },
      ],
    }),
    sidebar(platformsField),
    sidebar(offencesField),
    sidebar(searchTermsField),
    sidebar({ name: 'durationSeconds', type: 'number', required: true, min: 1, label: t('Duur (seconden)', 'Duration (seconds)') }),
    {
      name: 'source',
      type: 'group',
      label: t('Bron', 'Source'),
      fields: [
        {
          name: 'type',
          type: 'radio',
          required: true,
          defaultValue: 'file',
          label: t('Waar speelt de video?', 'Where does it play?'),
          options: [
            { label: t('Eigen bestand (aanbevolen)', 'Own file (recommended)'), value: 'file' },
            { label: t('Externe speler, pas na klik', 'External player, after a click'), value: 'external' },
          ],
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          label: t('Videobestand', 'Video file'),
          ...onlyMedia('video'),
          admin: { condition: (_, s) => !isExternal(_, s) },
        },
        {
          name: 'provider',
          type: 'select',
          label: t('Aanbieder', 'Provider'),
          options: [
            { label: t('YouTube', 'YouTube'), value: 'youtube' },
            { label: t('Vimeo', 'Vimeo'), value: 'vimeo' },
          ],
          admin: { condition: isExternal },
        },
        {
          name: 'url',
          type: 'text',
          maxLength: LIMITS.url,
          label: t('URL bij de aanbieder', 'Provider URL'),
          admin: { condition: isExternal },
        },
      ],
    },
    imageField('poster', 'Voorbeeldafbeelding', 'Poster image'),
    {
      name: 'captions',
      type: 'textarea',
      maxLength: LIMITS.captions,
      label: t('Ondertiteling (WebVTT)', 'Captions (WebVTT)'),
      admin: {
        description: t('Begint met WEBVTT, daarna blokken als "00:00.000 --> 00:04.000" met tekst.', 'Starts with WEBVTT, then cues.'),
      },
    },
    requiredRichTextField('transcript', 'Transcript', 'Transcript'),
  ],
})
