import { linkableSlugs } from '@hp/content-schemas'
import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { t } from '../label.ts'

/** Collections an internal link may point to: the content types whose registry record says `linkable`. */
export const LINKABLE = linkableSlugs()

/** The editor offers exactly the contract's rich-text subset: paragraphs, h2–h4, lists, bold/italic, quotes, links. */
export const contractEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: [...LINKABLE] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})

/** A rich-text field using the contract editor. Required-ness is checked on publish by the contract. */
export const richTextField = (name: string, nl: string, en: string, extra: Partial<RichTextField> = {}): RichTextField => ({
  name,
  type: 'richText',
  label: t(nl, en),
  editor: contractEditor,
  ...extra,
})

/** The label component that shows the required mark on a field only publishing requires (drafts may leave it empty). */
export const PUBLISH_REQUIRED_LABEL = '/components/PublishRequiredLabel.tsx#PublishRequiredLabel'

/** A rich-text field the contract requires (`RequiredRichTextSchema`): empty in a draft, marked required, checked at publish. */
export const requiredRichTextField = (name: string, nl: string, en: string): RichTextField =>
  richTextField(name, nl, en, { admin: { components: { Label: PUBLISH_REQUIRED_LABEL } } })
