'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { type Stats, sendState } from './sendState.ts'

const api = (id: string | number, action: string) => `/api/newsletter/issues/${encodeURIComponent(String(id))}/${action}`

async function call(url: string, init?: RequestInit): Promise<{ ok: boolean; message: string }> {
  const res = await fetch(url, { credentials: 'include', ...init })
  const body = (await res.json().catch(() => ({}))) as { message?: string; error?: string }
  return { ok: res.ok, message: body.message ?? body.error ?? `HTTP ${res.status}` }
}

/**
 * "Verzending" on a newsletter issue: recipients / sent / failed / pending (refreshed while a send
 * runs), preview as e-mail, a test to one address, and "Verstuur" (publishers and admins).
 */
export const NewsletterSendPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  const mayPublish = role === 'admin' || role === 'publisher'
  const [stats, setStats] = useState<Stats>()
  const [to, setTo] = useState('')
  const [status, setStatus] = useState('')
  const [confirming, setConfirming] = useState(false)
  /** The server's answer to "Verstuur" once it accepted the send; the status then follows the counts. */
  const [sendAnswer, setSendAnswer] = useState('')

  /** "Versturen plannen": offered only while something runs the jobs queue; what is planned. */
  const [plan, setPlan] = useState<{
    available: boolean
    planned: { atText: string } | null
    failed: { atText: string; reason: string } | null
  }>()
  const [planAt, setPlanAt] = useState('')
  const [planStatus, setPlanStatus] = useState('')

  const refresh = useCallback(async () => {
    if (!id) return
    const res = await fetch(api(id, 'stats'), { credentials: 'include' })
    if (res.ok) setStats((await res.json()) as Stats)
  }, [id])
  const refreshPlan = useCallback(async () => {
    if (!id) return
    const res = await fetch(api(id, 'schedule'), { credentials: 'include' })
    if (res.ok) setPlan((await res.json()) as typeof plan)
  }, [id])
  useEffect(() => {
    void refreshPlan()
  }, [refreshPlan])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [refresh])

  if (!id) return <p>Sla de nieuwsbrief eerst op. Daarna kunt u een voorbeeld bekijken en versturen.</p>

  const testSend = async () => {
    setSendAnswer('')
    setStatus('Bezig …')
    const r = await call(api(id, 'test'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ to }) })
    setStatus(r.message)
  }
  const send = async () => {
    setConfirming(false)
    setSendAnswer('')
    setStatus('Bezig …')
    const r = await call(api(id, 'send'), { method: 'POST' })
    setStatus(r.message)
    if (r.ok) setSendAnswer(r.message)
    void refresh()
  }

  const schedule = async (method: 'POST' | 'DELETE') => {
    setPlanStatus('Bezig …')
    const r = await call(api(id, 'schedule'), {
      method,
      ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ at: planAt }) } : {}),
    })
    setPlanStatus(r.message)
    if (r.ok) setPlanAt('')
    void refreshPlan()
  }

  return (
    <section
      aria-labelledby="nl-send-title"
      style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}
    >
      <h3 id="nl-send-title">Verzending</h3>
      {stats && (
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '0.25rem 1rem' }}>
          <dt>Ontvangers</dt>
          <dd>{stats.recipients}</dd>
          <dt>Verstuurd</dt>
          <dd>{stats.sent}</dd>
          <dt>Mislukt</dt>
          <dd>{stats.failed}</dd>
          <dt>Nog te versturen</dt>
          <dd>{stats.pending}</dd>
          <dt>Overgeslagen (afgemeld)</dt>
          <dd>{stats.skipped}</dd>
        </dl>
      )}
      <p>
        <a href={api(id, 'preview')} target="_blank" rel="noopener">
          Voorbeeld als e-mail (HTML)
        </a>{' '}
        ·{' '}
        <a href={`${api(id, 'preview')}?format=text`} target="_blank" rel="noopener">
          als platte tekst
        </a>
      </p>
      <p>
        <label htmlFor="nl-test-to">Testbericht naar</label>{' '}
        <input id="nl-test-to" type="email" value={to} onChange={(e) => setTo(e.target.value)} autoComplete="email" />{' '}
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void testSend()} disabled={!to}>
          Stuur test
        </button>
      </p>
      {mayPublish &&
        (confirming ? (
          <p>
            Verstuur deze nieuwsbrief naar alle bevestigde abonnees?{' '}
            <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void send()}>
              Ja, verstuur
            </button>{' '}
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(false)}>
              Annuleer
            </button>
          </p>
        ) : (
          <p>
            <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => setConfirming(true)}>
              Verstuur
            </button>{' '}
            Alleen een gepubliceerde nieuwsbrief kan worden verstuurd. Nogmaals versturen stuurt niemand iets dubbel.
          </p>
        ))}
      <p role="status" aria-live="polite">
        {sendAnswer ? sendState(sendAnswer, stats) : status}
      </p>
      {plan?.available && (
        <div data-testid="nl-schedule">
          <h4>Versturen plannen</h4>
          {plan.failed && !plan.planned && (
            <p role="alert">
              De geplande verzending van {plan.failed.atText} is niet gelukt. {plan.failed.reason}
            </p>
          )}
          {plan.planned ? (
            <p>
              Gepland: deze nieuwsbrief wordt verstuurd op {plan.planned.atText} (Nederlandse tijd).{' '}
              {mayPublish && (
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void schedule('DELETE')}>
                  Annuleer planning
                </button>
              )}
            </p>
          ) : mayPublish ? (
            <p>
              <label htmlFor="nl-plan-at">Versturen op (dd-mm-jjjj uu:mm, Nederlandse tijd)</label>{' '}
              <input
                id="nl-plan-at"
                type="text"
                inputMode="numeric"
                placeholder="24-12-2026 09:00"
                value={planAt}
                onChange={(e) => setPlanAt(e.target.value)}
              />{' '}
              <button
                type="button"
                className="btn btn--style-primary btn--size-small"
                onClick={() => void schedule('POST')}
                disabled={!planAt}
              >
                Plan verzending
              </button>
            </p>
          ) : (
            <p>Er is geen verzending gepland. Een publisher of beheerder kan die plannen.</p>
          )}
          <p role="status" aria-live="polite">
            {planStatus}
          </p>
        </div>
      )}
    </section>
  )
}
