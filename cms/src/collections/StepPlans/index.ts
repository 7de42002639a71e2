import { type Phase, PhaseSchema } from '@hp/content-schemas'
import { offencesField, relation, searchTermsField, sectorsField, sidebar, summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField, richTextField } from '../../fields/richText/editor.ts'
import { keyField, slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const STEP_PLANS = 'step-plans'

const PHASE_LABELS = {
  preventief: t('Preventief (vooraf)', 'Preventive'),
  acuut: t('Acuut (direct erna)', 'Acute'),
  nazorg: t('Nazorg (de weken erna)', 'Aftercare'),
} satisfies Record<Phase, Record<'nl' | 'en', string>>

export const StepPlans = contentCollection({
  slug: STEP_PLANS,
  labels: { singular: t('Stappenplan', 'Step plan'), plural: t('Stappenplannen', 'Step plans') },
  useAsTitle: 'title',
  group: t('Voor Professionals', 'Professionals'),
  fields: [
    titleField(),
    slugField('title'),
    summaryField(),
    sidebar(sectorsField(true)),
    sidebar(offencesField),
    sidebar(searchTermsField),
    {
      name: 'phases',
      type: 'array',
      minRows: 1,
      maxRows: 3,
      label: t('Fasen', 'Phases'),
      labels: { singular: t('Fase', 'Phase'), plural: t('Fasen', 'Phases') },
      admin: {
        description: t('In de volgorde preventief, acuut, nazorg; elke fase hooguit één keer.', 'In order: preventief, acuut, nazorg.'),
      },
      fields: [
        {
          name: 'phase',
          type: 'select',
          required: true,
          label: t('Fase', 'Phase'),
          options: PhaseSchema.options.map((v) => ({ label: PHASE_LABELS[v], value: v })),
        },
        richTextField('intro', 'Inleiding (optioneel)', 'Introduction (optional)'),
        {
          name: 'steps',
          type: 'array',
          minRows: 1,
          label: t('Stappen', 'Steps'),
          labels: { singular: t('Stap', 'Step'), plural: t('Stappen', 'Steps') },
          fields: [titleField(), keyField('Anker (deel van de link)', 'Anchor'), requiredRichTextField('body', 'Uitleg', 'Body')],
        },
      ],
    },
    relation('organisations', 'organisations', 'Organisaties om naar te verwijzen', 'Organisations to refer to'),
  ],
})
