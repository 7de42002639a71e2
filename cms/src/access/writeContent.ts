import type { Access } from 'payload'
import { EDITOR_RESTORE } from '../hooks/guardRestore.ts'
import { canPublish, isStaff } from './roles.ts'

/**
 * Staff create and update; only publishers and admins may set a document to published. An
 * editor's version restore passes (keepEditorsToDrafts marks it): the restore hooks make it a
 * draft and keep the live document as it is, so it never publishes or unpublishes.
 */
export const writeContent: Access = ({ req: { user, context }, data }) => {
  if (!isStaff(user)) return false
  if (canPublish(user)) return true
  if (context?.[EDITOR_RESTORE] === true) return true
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
