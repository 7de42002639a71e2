'use client'
import { SelectField, useField, useFormFields } from '@payloadcms/ui'
import type { SelectFieldClientProps, TextFieldClientProps } from 'payload'
import { useMemo } from 'react'
import { type FormValues, type KeyOption, type KeyPickerSource, keyOptions } from './options.ts'

/**
 * A key typed elsewhere in the same document (a tree node, an assessment theme or band), chosen
 * from a list that names each row: "Uitkomst · bel-112: Bel 112". The value stays the key, so
 * the stored data and the site are unchanged. The list follows the form as the editor types.
 */
export function KeyPicker(props: TextFieldClientProps & { source: KeyPickerSource }) {
  const { source, path } = props
  const { value } = useField<string>({ potentiallyStalePath: path })
  // A string, so the picker only renders again when its choices change, not on every keystroke.
  const json = useFormFields(([fields]) => JSON.stringify(keyOptions(fields as FormValues, source, value)))
  const options = useMemo(() => JSON.parse(json) as KeyOption[], [json])
  const field = { ...props.field, type: 'select', options, hasMany: false } as unknown as SelectFieldClientProps['field']
  return <SelectField {...(props as unknown as SelectFieldClientProps)} field={field} />
}
