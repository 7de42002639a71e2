import type { TextField } from 'payload'
import type { KeyPickerSource } from '../components/KeyPicker/options.ts'
import { t } from './label.ts'

export const KEY_PICKER = '/components/KeyPicker/KeyPicker.tsx#KeyPicker'

/**
 * A reference to a row of the same document (a tree node, an assessment theme or band): stored
 * as the row's key, chosen in the admin from a list of the rows by their key and title
 * (components/KeyPicker). Nobody types a key by hand.
 */
export const keyReference = (name: string, nl: string, en: string, source: KeyPickerSource, required = true): TextField => ({
  name,
  type: 'text',
  required,
  label: t(nl, en),
  admin: { components: { Field: { path: KEY_PICKER, clientProps: { source } } } },
})
