import type { FormMessages } from '../NewsletterSignup/enhance.ts'

/** What the share form's script says (helpers: "u"); the script itself is the sign-up's. */
export const SHARE_MESSAGES: FormMessages = {
  busy: 'Bezig met versturen…',
  unreachable: 'Het versturen lukte niet. Controleer uw internetverbinding en probeer het opnieuw. Wat u schreef, staat er nog.',
  failed: 'Het versturen lukte niet door een fout bij ons. Probeer het later opnieuw. Wat u schreef, staat er nog.',
  check: 'Controleer het formulier.',
}
