import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { adminOnly, isAdmin, ROLES } from '../../access/index.ts'
import { RESET_SUBJECT, RESET_TTL_MS, resetEmailHtml, resetUrl } from '../../email/forgotPassword.ts'
import { readEnv } from '../../env.ts'
import { t } from '../../fields/label.ts'

export const USERS = 'users'

const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}
const adminField: FieldAccess = ({ req: { user } }) => isAdmin(user)

export const Users: CollectionConfig = {
  slug: USERS,
  labels: { singular: t('Gebruiker', 'User'), plural: t('Gebruikers', 'Users') },
  admin: { useAsTitle: 'email', group: t('Beheer', 'Admin'), defaultColumns: ['email', 'name', 'role'] },
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
    read: selfOrAdmin,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
    // Only editors and above can open the admin; the site-builder is an API key, not a person.
    admin: ({ req: { user } }) => Boolean(user && 'role' in user && user.role !== 'site-builder'),
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
      access: { create: adminField, update: adminField },
      options: ROLES.map((r) => ({ label: r, value: r })),
      admin: {
        description: t(
          'admin: alles en gebruikers · publisher: schrijven en publiceren · editor: concepten schrijven · site-builder: API-sleutel die alleen gepubliceerde inhoud leest.',
          'admin: everything · publisher: write and publish · editor: drafts only · site-builder: API key reading published content.',
        ),
      },
    },
  ],
}
