'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * "Gecontroleerd" in a document's sidebar: one click records who reviewed it and when, and moves
 * "Controleren vóór" on (POST /api/<collection>/<id>/reviewed). Not shown on a new document.
 */
export const ReviewButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !collectionSlug) return null
  const review = async () => {
    setBusy(true)
    setMessage('')
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/reviewed`, { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { message?: string }
      setMessage(res.ok ? 'Gecontroleerd. De datum is opgeschoven.' : (body.message ?? `Dat lukte niet (HTTP ${res.status}).`))
      if (res.ok) router.refresh()
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
