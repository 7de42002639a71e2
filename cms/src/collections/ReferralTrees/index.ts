import { LIMITS, validateTree } from '@hp/content-schemas'
import { platformField, relation, sidebar, summaryField, titleField } from '../../fields/common.ts'
import { keyReference } from '../../fields/keyPicker.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField, richTextField } from '../../fields/richText/editor.ts'
import { keyField, slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'
import { reservedIdProblems, treeProblemsByField } from './treeProblems.ts'

export const REFERRAL_TREES = 'referral-trees'
/** How the pickers of "Eerste vraag" and "Gaat naar" name a node's kind. */
const NODE_KINDS = { question: 'Vraag', outcome: 'Uitkomst' }
const TREE_DIAGRAM = '/components/TreeDiagram/TreeDiagram.tsx#TreeDiagram'

export const ReferralTrees = contentCollection({
  slug: REFERRAL_TREES,
  labels: { singular: t('Doorverwijstool', 'Referral tree'), plural: t('Doorverwijstools', 'Referral trees') },
  useAsTitle: 'title',
  group: t('Tools', 'Tools'),
  description: t(
    'Vragen met antwoorden die leiden naar een volgende vraag of een uitkomst. Bij publiceren wordt gecontroleerd of elke route klopt.',
    'Questions whose answers lead to a next question or an outcome; checked as a graph on publish.',
  ),
  extraChecks: (tree) => [...treeProblemsByField(tree, validateTree(tree)), ...reservedIdProblems(tree)],
  fields: [
    titleField(),
    slugField('title'),
    summaryField(),
    sidebar({ ...platformField, required: true }),
    requiredRichTextField('intro', 'Tekst op de startpagina', 'Start page text'),
    keyReference('start', 'Eerste vraag', 'First question', {
      list: 'nodes',
      titles: ['question'],
      kinds: NODE_KINDS,
      onlyKinds: ['question'],
    }),
    // A ui field stores nothing (no column, no migration): the editor sees the tree drawn from the form's live state.
    { name: 'diagram', type: 'ui', admin: { components: { Field: TREE_DIAGRAM } } },
    {
      name: 'nodes',
      type: 'blocks',
      minRows: 2,
      label: t('Vragen en uitkomsten', 'Questions and outcomes'),
      labels: { singular: t('Vraag of uitkomst', 'Question or outcome'), plural: t('Vragen en uitkomsten', 'Questions and outcomes') },
      blocks: [
        {
          slug: 'question',
          interfaceName: 'TreeQuestionBlock',
          labels: { singular: t('Vraag', 'Question'), plural: t('Vragen', 'Questions') },
          fields: [
            keyField('Sleutel (deel van de URL)', 'Key (part of the URL)'),
            titleField('question', 'Vraag', 'Question'),
            { name: 'hint', type: 'textarea', maxLength: LIMITS.shortText, label: t('Toelichting', 'Hint') },
            {
              name: 'options',
              type: 'array',
              minRows: 2,
              label: t('Antwoorden', 'Options'),
              labels: { singular: t('Antwoord', 'Option'), plural: t('Antwoorden', 'Options') },
              fields: [
                titleField('label', 'Antwoord', 'Answer'),
                keyReference('next', 'Gaat naar', 'Goes to', { list: 'nodes', titles: ['question', 'title'], kinds: NODE_KINDS }),
              ],
            },
          ],
        },
        {
          slug: 'outcome',
          interfaceName: 'TreeOutcomeBlock',
          labels: { singular: t('Uitkomst', 'Outcome'), plural: t('Uitkomsten', 'Outcomes') },
          fields: [
            keyField('Sleutel (deel van de URL)', 'Key (part of the URL)'),
            titleField(),
            requiredRichTextField('body', 'Advies', 'Advice'),
            relation('organisations', 'organisations', 'Organisaties', 'Organisations'),
            richTextField('whatToSay', 'Wat zegt u als u belt?', 'What to say'),
          ],
        },
      ],
    },
  ],
})
