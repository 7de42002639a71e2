import type { StoredBuildProblem } from '../../rebuild/status.ts'

interface Props {
  /** The build-status global as saved (Payload passes it to a server field component). */
  data?: { lastBuildState?: string | null; lastBuildProblems?: Partial<StoredBuildProblem>[] | null }
}

const box = {
  margin: '0 0 1.5rem',
  padding: '1rem 1.25rem',
  border: '1px solid var(--theme-error-500)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-error-50)',
} as const

/**
 * On the Site-build screen after a failed build: what stopped it, in Dutch, with a link to each
 * document, so whoever reads it can open the document and fix it. After a build that went live
 * without some documents (held back, see scripts/src/site/hold-back.ts): which ones. Shows nothing otherwise.
 */
const heldBox = { ...box, border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-50)' } as const

const ProblemList = ({ problems }: { problems: Partial<StoredBuildProblem>[] }) => (
  <ul style={{ margin: '0.5rem 0', paddingLeft: '1.25rem' }}>
    {problems.map((p, i) => {
      const name = p.document || 'Onbekend document'
      return (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for this render and may repeat a document.
        <li key={i} style={{ margin: '0.25rem 0' }}>
          {p.link ? <a href={p.link}>{name}</a> : <strong>{name}</strong>}
          {p.field ? (
            <>
              , veld <code>{p.field}</code>
            </>
          ) : null}
          : {p.message}
        </li>
      )
    })}
  </ul>
)

export const BuildProblems = ({ data }: Props) => {
  const problems = (data?.lastBuildProblems ?? []).filter((p) => p.message)
  // A build that went live but held documents back (they would have stopped it): the rest of the site is up to date.
  if (data?.lastBuildState === 'succeeded' && problems.length > 0)
    return (
      <section role="status" data-testid="build-problems" style={heldBox}>
        <p style={{ margin: 0, fontWeight: 600 }}>De site is bijgewerkt, behalve deze documenten:</p>
        <ProblemList problems={problems} />
        <p style={{ margin: 0 }}>Los het probleem op en publiceer het document opnieuw. Tot dan blijft de vorige versie op de site.</p>
      </section>
    )
  if (data?.lastBuildState !== 'failed') return null
  const after = 'De live site is niet veranderd. Na de volgende publicatie wordt de site opnieuw gebouwd.'
  if (problems.length === 0)
    return (
      <section role="alert" data-testid="build-problems" style={box}>
        <p style={{ margin: 0, fontWeight: 600 }}>De site kon niet worden bijgewerkt.</p>
        <p style={{ margin: '0.5rem 0 0' }}>
          Dit lag niet aan een document, maar aan het bouwen zelf (bijvoorbeeld een volle schijf). {after} Mislukt het weer? Geef dan de
          melding hieronder door aan de beheerder.
        </p>
      </section>
    )
  return (
    <section role="alert" data-testid="build-problems" style={box}>
      <p style={{ margin: 0, fontWeight: 600 }}>De site kon niet worden bijgewerkt. Dit moet eerst worden opgelost:</p>
      <ProblemList problems={problems} />
      <p style={{ margin: 0 }}>{after}</p>
    </section>
  )
}
