import type { Payload } from 'payload'
import { dutchDateTime } from '../../audit/record.ts'
import { plannedChanges } from '../../schedules/upcoming.ts'

export const WHAT = { publish: 'Publiceren', unpublish: 'Offline halen', send: 'Versturen' } as const

/** The "Gepland" column of every content list: the next planned publish or unpublish of the row's document. */
export async function ScheduleCell({
  payload,
  rowData,
  collectionSlug,
}: {
  payload: Payload
  rowData?: { id?: string | number }
  collectionSlug: string
}) {
  if (rowData?.id === undefined) return null
  const [next, ...more] = await plannedChanges(payload, { collection: collectionSlug, id: rowData.id })
  if (!next) return <span>—</span>
  return (
    <span data-testid="schedule-cell">
      {WHAT[next.type]} {dutchDateTime(next.waitUntil)}
      {next.late ? ' (te laat)' : ''}
      {more.length ? ` (+${more.length})` : ''}
    </span>
  )
}
