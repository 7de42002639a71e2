'use client'
import { useRowLabel } from '@payloadcms/ui'

type Row = { title?: string; label?: string; question?: string; text?: string; phase?: string; key?: string }

/** Shows a row's own title (or label, question, phase) instead of "Row 01", so editors find their place. */
export const TitleRowLabel = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  const text = data?.title || data?.label || data?.question || data?.text || data?.phase || data?.key
  return <span>{text ? `${String((rowNumber ?? 0) + 1).padStart(2, '0')} · ${text}` : `Rij ${(rowNumber ?? 0) + 1}`}</span>
}
