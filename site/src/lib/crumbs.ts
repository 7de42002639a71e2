/** One step in the breadcrumb trail. */
export interface Crumb {
  label: string
  href: string
}

/** The first crumb of the general pages: the neutral home page, in Dutch. */
export const HOME_CRUMB: Crumb = { label: 'Startpagina', href: '/' }
