import type { Payload } from 'payload'
import { contentHealthReport } from '../../content-health/report.ts'
import { CheckLinksButton } from './CheckLinksButton.tsx'

interface Props {
  /** Payload passes itself to a server field component. */
  payload: Payload
}

const cell = { padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' } as const

/** The Inhoudscontrole screen: one section per check, each row linking to its document. */
export const ContentHealthOverview = async ({ payload }: Props) => {
  const report = await contentHealthReport(payload)
  return (
    <div data-testid="content-health">
      <p>
        {report.documents} gepubliceerde documenten bekeken.
        {report.bundleProblems > 0
          ? ` De gepubliceerde inhoud heeft ${report.bundleProblems} problemen waardoor de site niet bouwt: zie Site-build.`
          : ''}
      </p>
      {report.sections.map((section) => (
        <section key={section.key} data-health-section={section.key} style={{ margin: '0 0 2rem' }}>
          <h2 style={{ fontSize: '1.25rem', margin: '0 0 0.25rem' }}>
            {section.title} ({section.rows.length})
          </h2>
          <p style={{ margin: '0 0 0.5rem' }}>{section.about}</p>
          {section.key === 'links' ? <CheckLinksButton /> : null}
          {section.rows.length === 0 ? (
            <p style={{ margin: 0 }}>Niets gevonden.</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={{ ...cell, textAlign: 'left' }} scope="col">
                    Document
                  </th>
                  <th style={{ ...cell, textAlign: 'left' }} scope="col">
                    Veld
                  </th>
                  <th style={{ ...cell, textAlign: 'left' }} scope="col">
                    Wat er aan de hand is
                  </th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a document and field can appear twice; the list is fixed for this render.
                  <tr key={i}>
                    <td style={cell}>
                      <a href={row.link}>{row.document}</a>
                    </td>
                    <td style={cell}>{row.field ? <code>{row.field}</code> : null}</td>
                    <td style={cell}>{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  )
}
