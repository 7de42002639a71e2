import type { Platform, Sector, Theme } from './common.ts'

/*
 * The Dutch names of themes and sectors, one place for the site and the admin. The site addresses
 * helpers with "u" and professionals with "je"; the admin names a theme without addressing anyone.
 */

/** Dutch names of the tip themes, in the order the tips overview shows them. Helpers are addressed with "u". */
export const THEME_NAMES: Record<Theme, string> = {
  reageren: 'Hoe reageert u?',
  herstelproces: 'Herstel na een ingrijpende gebeurtenis',
  'passende-hulp': 'De juiste hulp vinden',
  aangifte: 'Aangifte doen',
  strafproces: 'Het strafproces',
  slachtofferrechten: 'Rechten van slachtoffers',
  schadevergoeding: 'Schadevergoeding',
  'schuld-en-schaamte': 'Schuld en schaamte',
  'victim-blaming': 'Victim blaming',
  'een-kind-helpen': 'Een kind helpen',
  zelfzorg: 'Zorg voor uzelf',
  grenzen: 'Grenzen aangeven',
  stress: 'Stress',
  steungroep: 'Een steungroep',
  'veranderde-relatie': 'Als uw relatie verandert',
}

/** The names that address the reader, as professionals read them ("je"). */
const PROFESSIONALS_THEME_NAMES: Partial<Record<Theme, string>> = {
  reageren: 'Hoe reageer je?',
  zelfzorg: 'Zorg voor jezelf',
  'veranderde-relatie': 'Als je relatie verandert',
}

/** A theme's name on a platform: "u" for helpers, "je" for professionals. */
export const themeName = (theme: Theme, platform: Platform): string =>
  (platform === 'professionals' ? PROFESSIONALS_THEME_NAMES[theme] : undefined) ?? THEME_NAMES[theme]

export const SECTOR_NAMES: Record<Sector, string> = {
  huisartsenzorg: 'Huisartsenzorg',
  onderwijs: 'Onderwijs',
  'sociaal-werk': 'Sociaal werk',
  hr: 'HR en werkgevers',
  sport: 'Sport',
  bewindvoering: 'Bewindvoering',
}

/** The admin's names: the site's, without addressing the reader. */
export const THEME_ADMIN_NAMES: Record<Theme, string> = {
  ...THEME_NAMES,
  reageren: 'Reageren op het slachtoffer',
  'victim-blaming': 'Victim blaming (het slachtoffer de schuld geven)',
  'veranderde-relatie': 'Als de relatie verandert',
}
