import type { RichText as RichTextValue } from '@hp/content-schemas'
import { linkRichText } from '../shared/linked-rich-text.ts'
import { RichText as LinkedRichText } from '../shared/RichText.tsx'

/**
 * Contract rich text whose document links were resolved to site URLs in props.ts; rendered by the
 * islands' shared renderer. `headingOffset` shifts headings under a subheading.
 */
export function RichText({ value, headingOffset = 0 }: { value: RichTextValue; headingOffset?: number }) {
  // A link still holding a reference (only in unresolved fixtures) goes nowhere rather than breaking.
  return <LinkedRichText value={linkRichText(value, () => '#')} headingOffset={headingOffset} />
}
