import type { AdminViewServerProps } from 'payload'
import { SOON_DUE_DAYS } from '../../collections/shared/review.ts'
import { type DueItem, dueItems, dutchDate } from '../../review/due.ts'
import { AdminOverview, type Column, OverviewTable, userNames } from '../AdminOverview/index.tsx'

/**
 * "Controleren" (/admin/controleren): the content that is overdue for review, and what is due in
 * the next SOON_DUE_DAYS days, each linking to its document. Staff only.
 */
export async function ReviewOverview(view: AdminViewServerProps) {
  const { payload } = view.initPageResult.req
  return (
    <AdminOverview
      view={view}
      title="Controleren"
      intro={
        <>
          Inhoud die gecontroleerd moet worden. Open een document, kijk of alles nog klopt en klik op "Gecontroleerd". Eigenaren krijgen
          elke week een herinnering per e-mail.
        </>
      }
    >
      {async () => {
        const items = await dueItems(payload)
        const who = await userNames(payload)
        const columns: Column<DueItem>[] = [
          { header: 'Document', cell: (i) => <a href={i.adminPath}>{i.title}</a> },
          { header: 'Soort', cell: (i) => i.typeLabel },
          { header: 'Controleren vóór', cell: (i) => (i.reviewBefore ? dutchDate(i.reviewBefore) : 'Geen datum') },
          { header: 'Eigenaar', cell: (i) => who(i.ownerId, 'Niemand') },
        ]
        const table = (rows: DueItem[], caption: string, testId: string) => (
          <OverviewTable
            rows={rows}
            columns={columns}
            rowKey={(i) => `${i.collection}:${i.id}`}
            testId={testId}
            caption={caption}
            empty={<p data-testid={testId}>{caption}: niets.</p>}
          />
        )
        return (
          <>
            {table(
              items.filter((i) => i.overdue),
              'Te laat',
              'review-overdue',
            )}
            {table(
              items.filter((i) => !i.overdue),
              `Binnen ${SOON_DUE_DAYS} dagen`,
              'review-soon',
            )}
          </>
        )
      }}
    </AdminOverview>
  )
}
