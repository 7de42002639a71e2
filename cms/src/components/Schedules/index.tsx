import type { AdminViewServerProps } from 'payload'
import { dutchDateTime } from '../../audit/record.ts'
import { collectionConfigOf } from '../../collections/slugs.ts'
import { type PlannedChange, plannedChanges } from '../../schedules/upcoming.ts'
import { AdminOverview, OverviewTable, userNames } from '../AdminOverview/index.tsx'
import { WHAT } from './Cell.tsx'

/** "Gepland" (/admin/gepland): every planned publish, unpublish and newsletter send that has not run yet, earliest first. Staff only. */
export async function SchedulesOverview(view: AdminViewServerProps) {
  const { payload } = view.initPageResult.req
  const label = (slug: string) => {
    const singular = collectionConfigOf(payload, slug)?.labels?.singular
    return typeof singular === 'string'
      ? singular
      : singular && typeof singular === 'object' && 'nl' in singular
        ? String(singular.nl)
        : slug
  }
  return (
    <AdminOverview
      view={view}
      title="Gepland"
      intro={
        <>
          Alles wat op een vast tijdstip online of offline gaat of wordt verstuurd (tijden in Nederlandse tijd). Plannen doet u in een
          document met "Publicatie plannen", en bij een nieuwsbrief met "Versturen plannen"; daar kunt u een planning ook weer weghalen.
        </>
      }
    >
      {async () => {
        const planned = await plannedChanges(payload)
        const who = await userNames(payload)
        return (
          <OverviewTable<PlannedChange>
            rows={planned}
            rowKey={(p) => String(p.jobId)}
            testId="schedules"
            empty={<p data-testid="schedules-empty">Er is niets gepland.</p>}
            columns={[
              { header: 'Wanneer', cell: (p) => `${dutchDateTime(p.waitUntil)}${p.late ? ' (te laat: nog niet uitgevoerd)' : ''}` },
              { header: 'Wat', cell: (p) => WHAT[p.type] },
              { header: 'Document', cell: (p) => <a href={p.adminPath}>{p.title}</a> },
              { header: 'Soort', cell: (p) => label(p.collection) },
              { header: 'Gepland door', cell: (p) => who(p.plannerId, 'Onbekend') },
            ]}
          />
        )
      }}
    </AdminOverview>
  )
}
