'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Maak ervaring" on a submission: makes a draft experience with its text (POST
 * /api/submissions/:id/ervaring) and opens it, or opens the one made before. Rejecting is the
 * status field: "Afgewezen".
 */
export const MakeErvaring = () => {
  const { id } = useDocumentInfo()
  const ervaring = useFormFields(([fields]) => fields.ervaring?.value)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const existing = ervaring && typeof ervaring === 'object' ? (ervaring as { id?: string | number }).id : ervaring
  if (existing !== undefined && existing !== null && existing !== '')
    return (
      <div style={{ marginBottom: '1.5rem' }}>
        <a
          className="btn btn--style-secondary btn--size-medium"
          href={`/admin/collections/ervaringen/${encodeURIComponent(String(existing))}`}
        >
          Open de ervaring
        </a>
      </div>
    )
  const make = async () => {
    setBusy(true)
    setStatus('Bezig …')
    try {
      const res = await fetch(`/api/submissions/${encodeURIComponent(String(id))}/ervaring`, { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { adminUrl?: string; error?: string }
      if (res.ok && body.adminUrl) {
        setStatus('De ervaring is gemaakt als concept. U gaat er nu naartoe …')
        window.location.assign(body.adminUrl)
        return
      }
      setStatus(body.error ?? `Dat lukte niet (HTTP ${res.status}). Probeer het opnieuw.`)
    } catch {
      setStatus('Dat lukte niet: geen verbinding met de server. Probeer het opnieuw.')
    }
    setBusy(false)
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <button type="button" className="btn btn--style-primary btn--size-medium" onClick={make} disabled={busy}>
        Maak ervaring
      </button>
      <p style={{ margin: '0.5rem 0 0' }}>
        Maakt een concept-ervaring met deze tekst. Haal daarin namen en plaatsen weg en publiceer hem. Niet geschikt? Zet de status op
        "Afgewezen".
      </p>
      <p role="status" aria-live="polite" style={{ margin: '0.5rem 0 0' }}>
        {status}
      </p>
    </div>
  )
}
