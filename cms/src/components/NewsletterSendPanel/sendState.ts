export type Stats = { recipients: number; sent: number; failed: number; pending: number; skipped: number }

/**
 * What the panel says after "Verstuur": the server's answer until the first deliveries exist, then
 * the progress, and "Klaar" once nothing is left to send (not "wordt verstuurd" forever).
 */
export function sendState(answer: string, stats: Stats | undefined): string {
  if (!stats || stats.recipients === 0) return answer
  const done = stats.sent + stats.failed + stats.skipped
  if (stats.pending > 0) return `Bezig met versturen: ${done} van ${stats.recipients} klaar.`
  const failed = stats.failed > 0 ? ` ${stats.failed} mislukt: die kunt u later opnieuw versturen.` : ''
  const skipped = stats.skipped > 0 ? ` ${stats.skipped} overgeslagen (afgemeld).` : ''
  return `Klaar: verstuurd naar ${stats.sent} van ${stats.recipients} ontvangers.${failed}${skipped}`
}
