import type { CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, adminOrSelf, adminOrStaffSelf, ROLES } from '../../access/index.ts'
import { RESET_SUBJECT, RESET_TTL_MS, resetEmailHtml, resetUrl } from '../../email/forgotPassword.ts'
import { readEnv } from '../../env.ts'
import { t } from '../../fields/label.ts'

/** The roles as the admin shows them. */
export const ROLE_LABELS = {
  admin: t('Beheerder', 'Administrator'),
  publisher: t('Eindredacteur (mag publiceren)', 'Publisher'),
  editor: t('Redacteur (schrijft concepten)', 'Editor'),
  'site-builder': t('Site-bouwer (API-sleutel)', 'Site builder (API key)'),
} satisfies Record<(typeof ROLES)[number], Record<'nl' | 'en', string>>

import { authRateLimitHooks } from '../../security/authLimits.ts'
import { sameAnswerForEveryFailedLogin } from './hooks/sameAnswerForEveryFailedLogin.ts'
import { refuseSiteBuilderLogin, siteBuilderIsKeyOnly } from './hooks/siteBuilderIsKeyOnly.ts'
import { noEmailVerification } from './noEmailVerification.ts'

export const USERS = 'users'

export const Users: CollectionConfig = {
  slug: USERS,
  labels: { singular: t('Gebruiker', 'User'), plural: t('Gebruikers', 'Users') },
  admin: { useAsTitle: 'email', group: t('Beheer', 'Admin'), defaultColumns: ['email', 'name', 'role', 'lockUntil'] },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // The login cookie only travels over https when the CMS is served over https (SERVER_URL).
    cookies: { secure: readEnv().SERVER_URL.startsWith('https://'), sameSite: 'Lax' },
    // "Wachtwoord vergeten?" in the admin: a Dutch e-mail over SMTP (email/smtpAdapter.ts in payload.config.ts).
    forgotPassword: {
      expiration: RESET_TTL_MS,
      generateEmailSubject: () => RESET_SUBJECT,
      generateEmailHTML: ({ req, token, user } = {}) => {
        if (!req || !token) throw new Error('forgotPassword e-mail needs the request and the token')
        return resetEmailHtml({ url: resetUrl(req.payload.config, token), name: (user as { name?: string | null } | undefined)?.name })
      },
    },
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrStaffSelf,
    delete: adminOnly,
    // Unlocking undoes the lockout: admins only (Payload's default is any logged-in user).
    unlock: adminOnly,
    // Only editors and above can open the admin; the site-builder is an API key, not a person.
    admin: ({ req: { user } }) => Boolean(user && 'role' in user && user.role !== 'site-builder'),
  },
  endpoints: [noEmailVerification],
  hooks: {
    // The per-address limits first: a blocked address is refused before any password hashing, and
    // every refused login (wrong password, unknown, locked, the build key) counts as a failure.
    beforeOperation: [...(authRateLimitHooks.beforeOperation ?? []), sameAnswerForEveryFailedLogin, siteBuilderIsKeyOnly],
    beforeLogin: [refuseSiteBuilderLogin],
    afterError: authRateLimitHooks.afterError ?? [],
  },
  fields: [
    { name: 'name', type: 'text', label: t('Naam', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: t('Rol', 'Role'),
      access: { create: adminOnlyField, update: adminOnlyField },
      options: ROLES.map((r) => ({ label: ROLE_LABELS[r], value: r })),
      admin: {
        description: t(
          'Beheerder: alles, ook gebruikers · Eindredacteur: schrijven en publiceren · Redacteur: concepten schrijven · Site-bouwer: API-sleutel die alleen gepubliceerde inhoud leest.',
          'admin: everything · publisher: write and publish · editor: drafts only · site-builder: API key reading published content.',
        ),
      },
    },
    // Payload's own auth fields, with stricter access: only admins change the login address and
    // give or change API keys (Payload's default: anyone who can open the admin, for their own key).
    { name: 'email', type: 'email', access: { update: adminOnlyField } },
    { name: 'apiKey', type: 'text', access: { create: adminOnlyField, update: adminOnlyField } },
    // The lockout, visible to admins as a column and a filter in the list ("Forceer ontgrendeling" on the account, admins only).
    {
      name: 'lockUntil',
      type: 'date',
      hidden: false,
      label: t('Vergrendeld tot', 'Locked until'),
      access: { read: adminOnlyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: t(
          'Na 5 foute wachtwoorden 10 minuten op slot. Leeg of voorbij: niet vergrendeld.',
          'Locked for 10 minutes after 5 wrong passwords. Empty or past: not locked.',
        ),
      },
    },
  ],
}
