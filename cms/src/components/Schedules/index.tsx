import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isStaff } from '../../access/roles.ts'
import { dutchDateTime } from '../../audit/record.ts'
import { collectionConfigOf } from '../../collections/slugs.ts'
import { plannedChanges } from '../../schedules/upcoming.ts'

import { WHAT } from './Cell.tsx'

const cell = { padding: '0.4rem 0.75rem 0.4rem 0', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' } as const

/** "Gepland" (/admin/gepland): every planned publish, unpublish and newsletter send that has not run yet, earliest first. Staff only. */
export async function SchedulesOverview({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const template = {
    i18n: req.i18n,
    locale: initPageResult.locale,
    params,
    payload: req.payload,
    permissions: initPageResult.permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities: initPageResult.visibleEntities,
  }
  if (!isStaff(req.user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Gepland</h1>
          <p>Alleen de redactie kan dit overzicht zien.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const planned = await plannedChanges(req.payload)
  const { docs: users } = await req.payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  const emails = new Map(users.map((u) => [String(u.id), String((u as { email?: string }).email ?? u.id)]))
  const label = (slug: string) => {
    const singular = collectionConfigOf(req.payload, slug)?.labels?.singular
    return typeof singular === 'string'
      ? singular
      : singular && typeof singular === 'object' && 'nl' in singular
        ? String(singular.nl)
        : slug
  }
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1 style={{ marginTop: '2rem' }}>Gepland</h1>
        <p style={{ maxWidth: '45rem' }}>
          Alles wat op een vast tijdstip online of offline gaat of wordt verstuurd (tijden in Nederlandse tijd). Plannen doet u in een
          document met "Publicatie plannen", en bij een nieuwsbrief met "Versturen plannen"; daar kunt u een planning ook weer weghalen.
        </p>
        {planned.length === 0 ? (
          <p data-testid="schedules-empty">Er is niets gepland.</p>
        ) : (
          <table data-testid="schedules" style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>Wanneer</th>
                <th style={cell}>Wat</th>
                <th style={cell}>Document</th>
                <th style={cell}>Soort</th>
                <th style={cell}>Gepland door</th>
              </tr>
            </thead>
            <tbody>
              {planned.map((p) => (
                <tr key={String(p.jobId)}>
                  <td style={cell}>
                    {dutchDateTime(p.waitUntil)}
                    {p.late ? ' (te laat: nog niet uitgevoerd)' : ''}
                  </td>
                  <td style={cell}>{WHAT[p.type]}</td>
                  <td style={cell}>
                    <a href={p.adminPath}>{p.title}</a>
                  </td>
                  <td style={cell}>{label(p.collection)}</td>
                  <td style={cell}>
                    {p.plannerId === undefined ? 'Onbekend' : (emails.get(String(p.plannerId)) ?? `Gebruiker ${p.plannerId}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
