'use client'
import { useRowLabel } from '@payloadcms/ui'
import { type Row, rowText } from './rowText.ts'

const number = (rowNumber: number | undefined) => String((rowNumber ?? 0) + 1).padStart(2, '0')

/** Shows a collapsed array row by its content ("03 · slachtoffer: Is de dader nog in de buurt?") instead of "Row 03". */
export const TitleRowLabel = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  const text = rowText(data)
  return <span>{text ? `${number(rowNumber)} · ${text}` : `Rij ${(rowNumber ?? 0) + 1} (nog leeg)`}</span>
}

/** The same for a block row, with the kind of block first ("02 · Vraag · start: Wat is er gebeurd?"). */
export const BlockRowLabel = ({ singular }: { singular?: string }) => {
  const { data, rowNumber } = useRowLabel<Row>()
  const text = rowText(data)
  return (
    <span>
      {number(rowNumber)} · {singular ?? 'Blok'} · {text || '(nog leeg)'}
    </span>
  )
}
