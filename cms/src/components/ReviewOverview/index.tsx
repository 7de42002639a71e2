import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isStaff } from '../../access/roles.ts'
import { SOON_DUE_DAYS } from '../../collections/shared/review.ts'
import { type DueItem, dueItems, dutchDate } from '../../review/due.ts'

const cell = { padding: '0.4rem 0.75rem 0.4rem 0', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' } as const

function Table({ items, caption, testId, owners }: { items: DueItem[]; caption: string; testId: string; owners: Map<string, string> }) {
  if (items.length === 0) return <p data-testid={testId}>{caption}: niets.</p>
  return (
    <table data-testid={testId} style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '2rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.15rem', padding: '0 0 0.5rem' }}>
        {caption} ({items.length})
      </caption>
      <thead>
        <tr>
          <th style={cell}>Document</th>
          <th style={cell}>Soort</th>
          <th style={cell}>Controleren vóór</th>
          <th style={cell}>Eigenaar</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={`${i.collection}:${i.id}`}>
            <td style={cell}>
              <a href={i.adminPath}>{i.title}</a>
            </td>
            <td style={cell}>{i.typeLabel}</td>
            <td style={cell}>{i.reviewBefore ? dutchDate(i.reviewBefore) : 'Geen datum'}</td>
            <td style={cell}>{i.ownerId === undefined ? 'Niemand' : (owners.get(String(i.ownerId)) ?? `Gebruiker ${i.ownerId}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * "Controleren" (/admin/controleren): the content that is overdue for review, and what is due in
 * the next SOON_DUE_DAYS days, each linking to its document. Staff only.
 */
export async function ReviewOverview({ initPageResult, params, searchParams }: AdminViewServerProps) {
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
          <h1>Controleren</h1>
          <p>Alleen de redactie kan dit overzicht zien.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const items = await dueItems(req.payload)
  const { docs: users } = await req.payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  const owners = new Map(users.map((u) => [String(u.id), String((u as { email?: string }).email ?? u.id)]))
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1 style={{ marginTop: '2rem' }}>Controleren</h1>
        <p style={{ maxWidth: '45rem' }}>
          Inhoud die gecontroleerd moet worden. Open een document, kijk of alles nog klopt en klik op "Gecontroleerd". Eigenaren krijgen
          elke week een herinnering per e-mail.
        </p>
        <Table items={items.filter((i) => i.overdue)} caption="Te laat" testId="review-overdue" owners={owners} />
        <Table items={items.filter((i) => !i.overdue)} caption={`Binnen ${SOON_DUE_DAYS} dagen`} testId="review-soon" owners={owners} />
      </Gutter>
    </DefaultTemplate>
  )
}
