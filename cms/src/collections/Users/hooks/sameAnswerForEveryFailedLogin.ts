import crypto from 'node:crypto'
import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import { isSiteBuilder } from '../../../access/roles.ts'

// Payload's password hashes: 'pbkdf2-sha256-v1:<hex>' (PBKDF2-SHA256, 600,000 rounds, 32 bytes),
// or a legacy hash (25,000 rounds, 512 bytes). A refused login spends the same work as a check.
const CURRENT_HASH_PREFIX = 'pbkdf2-sha256-v1:'
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

function spendPasswordCheckTime(password: string, salt: unknown, hash: unknown): Promise<void> {
  const legacy = typeof hash === 'string' && !hash.startsWith(CURRENT_HASH_PREFIX)
  const [iterations, keyLength] = legacy ? [25_000, 512] : [600_000, 32]
  const useSalt = typeof salt === 'string' && salt ? salt : DUMMY_SALT
  return new Promise((resolve, reject) => {
    crypto.pbkdf2(password, useSalt, iterations, keyLength, 'sha256', (error) => (error ? reject(error) : resolve()))
  })
}

interface StoredUser {
  role?: string
  lockUntil?: string | null
  hash?: string
  salt?: string
}

/**
 * Login (beforeOperation): an unknown address, a locked account and the site-builder (an API key,
 * never a password login) all get exactly the answer of a wrong password (401, "email or password
 * incorrect"), after the same password-hashing work, so a caller cannot tell whether an account
 * exists or is locked. A known, unlocked staff account goes on to Payload's own check, which counts
 * the failure against the account (maxLoginAttempts) and locks it.
 */
export const sameAnswerForEveryFailedLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // A missing address or password: Payload's own "required" answer, which reveals nothing.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const user = (await req.payload.db.findOne({
    collection: args.collection.config.slug,
    req,
    where: { email: { equals: email } },
  })) as StoredUser | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked && !isSiteBuilder(user)) return args
  await spendPasswordCheckTime(password, user?.salt, user?.hash)
  throw new AuthenticationError(req.t)
}
