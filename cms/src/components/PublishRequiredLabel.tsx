'use client'
import { FieldLabel } from '@payloadcms/ui'
import type { FieldLabelClientProps } from 'payload'

/**
 * The label of a field that publishing requires but a draft may leave empty (e.g. a rich-text
 * body): the admin shows the required mark, while Payload's own "required" check, which would also
 * refuse drafts' empty values in the API types, stays off. The publish check enforces it.
 */
export const PublishRequiredLabel = ({ field, path, label }: FieldLabelClientProps) => {
  const f = field as { label?: FieldLabelClientProps['label']; localized?: boolean } | undefined
  return <FieldLabel label={label ?? f?.label} localized={f?.localized} path={path} required />
}
