/** Bilingual label: the admin is Dutch by default, English selectable. */
export const t = (nl: string, en: string): Record<'nl' | 'en', string> => ({ nl, en })
