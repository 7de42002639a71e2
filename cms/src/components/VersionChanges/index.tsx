import type { Payload, PayloadRequest } from 'payload'
import { dutchDateTime } from '../../audit/record.ts'
import { compareVersions } from '../../versions/compare.ts'
import type { Segment } from '../../versions/describe.ts'

const STATUS: Record<string, string> = { draft: 'concept', published: 'gepubliceerd' }

/** React keys for a list whose items may repeat: the item's own text, numbered from its second time. */
function keyed<T>(items: T[], text: (item: T) => string): { item: T; key: string }[] {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const base = text(item)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { item, key: n === 1 ? base : `${base}#${n}` }
  })
}

function Diff({ segments }: { segments: Segment[] }) {
  return (
    <p style={{ margin: '0.25rem 0 0', lineHeight: 1.6 }}>
      {keyed(segments, (s) => `${s.kind}:${s.text}`).map(({ item: s, key }) =>
        s.kind === 'same' ? (
          <span key={key}>{s.text}</span>
        ) : s.kind === 'removed' ? (
          <del key={key} style={{ background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' }} title="weggehaald">
            {s.text}
          </del>
        ) : (
          <ins key={key} style={{ background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' }} title="toegevoegd">
            {s.text}
          </ins>
        ),
      )}
    </p>
  )
}

/**
 * "Wijzigingen in woorden" in the header of Payload's version view (Versies → a version): what
 * changed against the version it is compared with (the "Vergelijken met" choice, else the one
 * before it), as sentences, with removed words struck through and new words underlined.
 */
export async function VersionChanges({
  payload,
  req,
  collectionSlug,
  params,
  searchParams,
}: {
  payload: Payload
  req?: PayloadRequest
  collectionSlug?: string
  params?: { segments?: string[] }
  searchParams?: Record<string, string | string[] | undefined>
}) {
  const segments = params?.segments ?? []
  const versionId = segments[segments.indexOf('versions') + 1]
  if (!collectionSlug || !versionId || !segments.includes('versions')) return null
  const fromParam = searchParams?.versionFrom
  const comparison = await compareVersions(payload, collectionSlug, versionId, {
    ...(typeof fromParam === 'string' ? { fromId: fromParam } : {}),
    ...(req ? { req } : {}),
  })
  if (!comparison) return null
  const { from, to, changes } = comparison
  const when = (v: { updatedAt: string; status?: string }) => `${dutchDateTime(v.updatedAt)} (${STATUS[v.status ?? ''] ?? 'versie'})`
  return (
    <details data-testid="version-changes" style={{ position: 'relative' }}>
      <summary className="btn btn--style-secondary btn--size-small" style={{ margin: 0, cursor: 'pointer', listStyle: 'none' }}>
        Wijzigingen in woorden ({changes.length})
      </summary>
      <section
        aria-label="Wijzigingen in woorden"
        style={{
          position: 'absolute',
          right: 0,
          zIndex: 50,
          width: 'min(40rem, 90vw)',
          maxHeight: '70vh',
          overflow: 'auto',
          padding: '1rem',
          background: 'var(--theme-elevation-0)',
          border: '1px solid var(--theme-elevation-200)',
          boxShadow: '0 4px 16px rgba(0,0,0,.15)',
          // The admin's header does not wrap its text; sentences here must.
          whiteSpace: 'normal',
          overflowWrap: 'anywhere',
          textAlign: 'left',
        }}
      >
        <p style={{ marginTop: 0 }}>
          {from ? (
            <>
              Van de versie van {when(from)} naar de versie van {when(to)}:
            </>
          ) : (
            <>Dit is de eerste versie ({when(to)}). Alles hieronder is nieuw:</>
          )}
        </p>
        {changes.length === 0 ? (
          <p>Geen verschillen in de inhoud.</p>
        ) : (
          <ul style={{ paddingLeft: '1.25rem', margin: 0 }}>
            {keyed(changes, (c) => c.text).map(({ item: c, key }) => (
              <li key={key} style={{ marginBottom: '0.5rem' }}>
                {c.text}
                {c.diff && <Diff segments={c.diff} />}
              </li>
            ))}
          </ul>
        )}
        <p style={{ marginBottom: 0, fontSize: '0.9em' }}>
          Wilt u terug naar deze versie? "Herstel deze versie" maakt er een concept van als u niet mag publiceren. De live pagina blijft dan
          zoals hij is.
        </p>
      </section>
    </details>
  )
}
