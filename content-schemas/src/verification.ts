import type { Organisation } from './organisation.ts'

/** The notice on an organisation card until the editors have checked its contact data. */
export const EXAMPLE_DATA_NOTE = 'Voorbeeldgegevens: de redactie controleert deze contactgegevens nog.'

/**
 * What an organisation card says about its data: "Laatst gecontroleerd op 07-12-2026" once the
 * editors have reviewed it, the example-data notice before that, nothing for data that needs no
 * check. `exampleNote` lets a platform word the notice its own way.
 */
export function verificationNote(
  o: Pick<Organisation, 'exampleData' | 'lastVerified'>,
  exampleNote = EXAMPLE_DATA_NOTE,
): string | undefined {
  if (o.lastVerified) {
    const [y, m, d] = o.lastVerified.split('-')
    return `Laatst gecontroleerd op ${d}-${m}-${y}`
  }
  return o.exampleData ? exampleNote : undefined
}
