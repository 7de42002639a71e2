import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const RATE_LIMITS = 'rate-limits'

/**
 * One fixed-window counter per key (`<limit name>:<ip or e-mail or user>`), shared by every CMS
 * process on the database and kept across restarts. Written only by cms/src/security/rateLimit.ts
 * with one atomic statement per hit; hidden from the admin, and the API is closed to everyone but
 * admins (who have no reason to use it).
 */
export const RateLimits: CollectionConfig = {
  slug: RATE_LIMITS,
  labels: { singular: t('Limiet', 'Rate limit'), plural: t('Limieten', 'Rate limits') },
  admin: { hidden: true },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    /** Start of the current window, milliseconds since 1970 (UTC). */
    { name: 'windowStart', type: 'number', required: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
