'use client'
import { Button, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Gecontroleerd" in a document's sidebar: one click records who reviewed it and when, and moves
 * "Controleren vóór" on (POST /api/<collection>/<id>/reviewed). Not shown on a new document.
 */
export const ReviewButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { dispatchFields, setModified } = useForm()
  const modified = useFormModified()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !collectionSlug) return null
  const review = async () => {
    setBusy(true)
    setMessage('')
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/reviewed`, { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { message?: string; review?: Record<string, unknown> }
      setMessage(res.ok ? 'Gecontroleerd. De datum is opgeschoven.' : (body.message ?? `Dat lukte niet (HTTP ${res.status}).`))
      if (res.ok && body.review) {
        // The form shows the new dates at once, and a later save does not put the old ones back.
        for (const [path, value] of Object.entries(body.review)) dispatchFields({ type: 'UPDATE', path, value, initialValue: value })
        if (!modified) setModified(false)
      }
    } catch {
      setMessage('Dat lukte niet: geen verbinding met de server.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div data-testid="review-action" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={review} margin={false}>
        Gecontroleerd
      </Button>
      <p role="status" style={{ margin: '0.5rem 0 0', minHeight: '1.2em' }}>
        {message}
      </p>
    </div>
  )
}
