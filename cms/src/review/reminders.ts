import type { CollectionConfig, Payload, TaskConfig } from 'payload'
import { adminOnly, isAdmin } from '../access/index.ts'
import { t } from '../fields/label.ts'
import type { ReviewReminder, User } from '../payload-types.ts'
import { type DueItem, dueItems, dutchDate, isoWeek, REVIEW_OVERVIEW_PATH } from './due.ts'

export const REVIEW_REMINDERS = 'review-reminders'
export const REMINDER_TASK = 'sendReviewReminders'

const never = () => false

/**
 * One row per owner per week that got the reminder mail: the unique key makes a second run in the
 * same week (a retry, a restart, a second CMS process) send nothing. Written only by the task.
 */
export const ReviewReminders: CollectionConfig = {
  slug: REVIEW_REMINDERS,
  labels: { singular: t('Controleherinnering', 'Review reminder'), plural: t('Controleherinneringen', 'Review reminders') },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['week', 'owner', 'itemCount', 'createdAt'],
    group: t('Beheer', 'Administration'),
    hidden: ({ user }) => !isAdmin(user),
  },
  access: { read: adminOnly, create: never, update: never, delete: never },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: t('Sleutel', 'Key') },
    { name: 'week', type: 'text', required: true, label: t('Week', 'Week') },
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, label: t('Eigenaar', 'Owner') },
    { name: 'itemCount', type: 'number', label: t('Aantal items', 'Items') },
  ],
}

export interface ReminderMail {
  subject: string
  text: string
  html: string
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The reminder in plain Dutch: what is overdue, what is due soon, with a link to each document. */
export function reminderMail(items: DueItem[], serverUrl: string): ReminderMail {
  const line = (i: DueItem) =>
    `${i.typeLabel} "${i.title}": ${i.reviewBefore ? `controleren vóór ${dutchDate(i.reviewBefore)}` : 'nog geen controledatum'}`
  const overdue = items.filter((i) => i.overdue)
  const soon = items.filter((i) => !i.overdue)
  const groups: [string, DueItem[]][] = [
    ['Te laat', overdue],
    ['Binnenkort', soon],
  ]
  const subject = `Controleren: ${items.length} ${items.length === 1 ? 'item' : 'items'}${overdue.length ? `, ${overdue.length} te laat` : ''}`
  const text = [
    'Goedemorgen,',
    '',
    'U bent eigenaar van inhoud die gecontroleerd moet worden. Kijk of alles nog klopt en klik dan op "Gecontroleerd".',
    ...groups
      .filter(([, list]) => list.length)
      .flatMap(([head, list]) => ['', `${head}:`, ...list.map((i) => `- ${line(i)}\n  ${serverUrl}${i.adminPath}`)]),
    '',
    `Alles op een rij: ${serverUrl}/admin${REVIEW_OVERVIEW_PATH}`,
    '',
    'U krijgt deze e-mail hooguit één keer per week.',
  ].join('\n')
  const html = [
    '<p>Goedemorgen,</p>',
    '<p>U bent eigenaar van inhoud die gecontroleerd moet worden. Kijk of alles nog klopt en klik dan op "Gecontroleerd".</p>',
    ...groups
      .filter(([, list]) => list.length)
      .map(
        ([head, list]) =>
          `<h2>${head}</h2><ul>${list.map((i) => `<li><a href="${esc(serverUrl + i.adminPath)}">${esc(line(i))}</a></li>`).join('')}</ul>`,
      ),
    `<p><a href="${esc(`${serverUrl}/admin${REVIEW_OVERVIEW_PATH}`)}">Alles op een rij</a></p>`,
    '<p>U krijgt deze e-mail hooguit één keer per week.</p>',
  ].join('\n')
  return { subject, text, html }
}

const isUniqueViolation = (error: unknown): boolean =>
  /unique|duplicate|E11000|already/i.test(
    `${(error as { message?: string })?.message} ${String((error as { cause?: unknown })?.cause ?? '')}`,
  ) || (error as { name?: string })?.name === 'ValidationError'

/**
 * Mails every owner of overdue or soon-due content, at most once per ISO week (Amsterdam): the
 * week's row is claimed before the mail goes out, and released when the mail fails so the next
 * run tries again. Returns the addresses mailed.
 */
export async function sendReviewReminders(payload: Payload, { now = new Date(), serverUrl }: { now?: Date; serverUrl: string }) {
  const week = isoWeek(now)
  const byOwner = new Map<string | number, DueItem[]>()
  for (const item of await dueItems(payload, now)) {
    if (item.ownerId === undefined || item.ownerId === null) continue
    byOwner.set(item.ownerId, [...(byOwner.get(item.ownerId) ?? []), item])
  }
  const sent: string[] = []
  const failures: unknown[] = []
  for (const [ownerId, items] of byOwner) {
    const owner = await payload.db.findOne<Pick<User, 'id' | 'email'>>({
      collection: 'users',
      where: { id: { equals: ownerId } },
    })
    if (!owner?.email) continue
    const key = `${owner.id}:${week}`
    let claim: ReviewReminder
    try {
      claim = await payload.create({
        collection: REVIEW_REMINDERS,
        data: { key, week, owner: owner.id, itemCount: items.length },
        overrideAccess: true,
      })
    } catch (error) {
      if (isUniqueViolation(error)) continue
      throw error
    }
    try {
      await payload.sendEmail({ to: owner.email, ...reminderMail(items, serverUrl) })
      sent.push(owner.email)
    } catch (error) {
      await payload.delete({ collection: REVIEW_REMINDERS, id: claim.id, overrideAccess: true })
      failures.push(error)
    }
  }
  if (failures.length) throw new Error(`Controleherinnering niet verstuurd aan ${failures.length} eigenaar(s): ${String(failures[0])}`)
  return sent
}

/**
 * The jobs-queue task: every morning at 8.00 on the default queue (the CMS's autoRun). Daily, so a
 * morning the server was down is made up the next day; the week's rows keep it to one mail a week.
 */
export const reviewReminderTask = (serverUrl: string): TaskConfig =>
  ({
    slug: REMINDER_TASK,
    retries: 2,
    schedule: [{ cron: '0 0 8 * * *', queue: 'default' }],
    outputSchema: [{ name: 'sent', type: 'number' }],
    handler: async ({ req }) => ({ output: { sent: (await sendReviewReminders(req.payload, { serverUrl })).length } }),
  }) as TaskConfig
