import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import type { ReactNode } from 'react'
import { isStaff } from '../../access/roles.ts'

/**
 * The frame of the editors' own overview pages (Controleren, Gepland): Payload's admin template,
 * a heading and an explanation. Staff only: anyone else reads that only the editors can see it,
 * and `children` is not even called.
 */
export async function AdminOverview({
  view,
  title,
  intro,
  children,
}: {
  view: AdminViewServerProps
  title: string
  intro: ReactNode
  children: () => Promise<ReactNode>
}) {
  const { initPageResult, params, searchParams } = view
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
  const staff = isStaff(req.user)
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1 style={{ marginTop: '2rem' }}>{title}</h1>
        {staff ? (
          <>
            <p style={{ maxWidth: '45rem' }}>{intro}</p>
            {await children()}
          </>
        ) : (
          <p>Alleen de redactie kan dit overzicht zien.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

/** Each user's e-mail address by id, for the "who" column of an overview. */
export async function userNames(payload: Payload): Promise<(id: string | number | undefined, none: string) => string> {
  const { docs } = await payload.find({ collection: 'users', depth: 0, pagination: false, overrideAccess: true, select: { email: true } })
  const emails = new Map(docs.map((u) => [String(u.id), u.email]))
  return (id, none) => (id === undefined ? none : (emails.get(String(id)) ?? `Gebruiker ${id}`))
}

const cell = { padding: '0.4rem 0.75rem 0.4rem 0', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' } as const

export interface Column<Row> {
  header: string
  cell: (row: Row) => ReactNode
}

/** One overview table: a header row, one row per item; `empty` when there are none. */
export function OverviewTable<Row>({
  rows,
  columns,
  rowKey,
  testId,
  caption,
  empty,
}: {
  rows: readonly Row[]
  columns: readonly Column<Row>[]
  rowKey: (row: Row) => string
  testId: string
  caption?: string
  empty: ReactNode
}) {
  if (rows.length === 0) return <>{empty}</>
  return (
    <table data-testid={testId} style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '2rem' }}>
      {caption ? (
        <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.15rem', padding: '0 0 0.5rem' }}>
          {caption} ({rows.length})
        </caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} style={cell}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.header} style={cell}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
