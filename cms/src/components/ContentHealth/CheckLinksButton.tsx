'use client'
import { useState } from 'react'

/** "Controleer links nu": queues the link check; the overview shows the answers after a reload. */
export const CheckLinksButton = () => {
  const [state, setState] = useState<'idle' | 'busy' | 'queued' | 'failed'>('idle')
  const start = async () => {
    setState('busy')
    const res = await fetch('/api/content-health/check-links', { method: 'POST', credentials: 'include' }).catch(() => undefined)
    setState(res?.ok ? 'queued' : 'failed')
  }
  return (
    <p style={{ margin: '0 0 0.5rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={start} disabled={state === 'busy'}>
        Controleer links nu
      </button>{' '}
      <span role="status">
        {state === 'queued'
          ? 'De controle loopt. Laad deze pagina over een paar minuten opnieuw.'
          : state === 'failed'
            ? 'Dat lukte niet. Probeer het later opnieuw.'
            : ''}
      </span>
    </p>
  )
}
