import { displayPhone, type OutcomeNode, telHref } from '@hp/content-schemas'
import type { Ref } from 'react'
import type { ToolCopy } from './copy.ts'
import type { ToolOrganisation } from './logic.ts'
import { RichText } from './RichText.tsx'

interface Props {
  node: OutcomeNode
  organisations: ToolOrganisation[]
  copy: ToolCopy
  headingRef: Ref<HTMLHeadingElement>
}

const host = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

/** An outcome: the advice, who to contact and how, and what to say when calling. */
export function Outcome({ node, organisations, copy, headingRef }: Props) {
  const orgs = node.organisations.map((slug) => organisations.find((o) => o.slug === slug)).filter((o) => o !== undefined)
  return (
    <div className="tool-outcome">
      <h1 ref={headingRef} tabIndex={-1} id={`kop-${node.id}`}>
        {node.title}
      </h1>
      <RichText value={node.body} />
      {orgs.length > 0 && (
        <section aria-labelledby="tool-organisaties">
          <h2 id="tool-organisaties">{copy.whereTo}</h2>
          {orgs.map((o) => (
            <section key={o.slug} className="org" aria-labelledby={`tool-org-${o.slug}`}>
              <h3 id={`tool-org-${o.slug}`}>{o.name}</h3>
              <p>{o.description}</p>
              <dl>
                {o.phone && (
                  <>
                    <dt>Telefoon</dt>
                    <dd>
                      <a href={telHref(o.phone)}>{displayPhone(o.phone)}</a>
                    </dd>
                  </>
                )}
                {o.chatUrl && (
                  <>
                    <dt>Chat</dt>
                    <dd>
                      <a href={o.chatUrl} rel="noreferrer">
                        {copy.chatWith} {o.name}
                      </a>
                    </dd>
                  </>
                )}
                {o.url && (
                  <>
                    <dt>Website</dt>
                    <dd>
                      <a href={o.url} rel="noreferrer">
                        {host(o.url)}
                      </a>
                    </dd>
                  </>
                )}
                {o.hours && (
                  <>
                    <dt>Bereikbaar</dt>
                    <dd>{o.hours}</dd>
                  </>
                )}
              </dl>
              {o.exampleData && <p className="example-note">{copy.exampleData}</p>}
            </section>
          ))}
        </section>
      )}
      {node.whatToSay.length > 0 && (
        <section aria-labelledby="tool-wat-zeggen">
          <h2 id="tool-wat-zeggen">{copy.whatToSay}</h2>
          <RichText value={node.whatToSay} headingOffset={1} />
        </section>
      )}
    </div>
  )
}
