import { type CollectionBeforeOperationHook, Forbidden } from 'payload'
import { canPublish, isStaff } from '../access/index.ts'
import { EDITOR_RESTORE } from './guardRestore.ts'

/**
 * An editor's save is always a draft save: it never touches the published document, so an
 * editor can neither publish (refused by access) nor unpublish (a non-draft save of status
 * "draft" would take the page off the site). An editor's version restore is let through access
 * (whatever the restored version's status) because guardRestore turns it into a draft.
 */
export const keepEditorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isStaff(req.user) || canPublish(req.user)) return args
  if (operation === 'create' || operation === 'update') {
    if ((args.data as { _status?: string } | undefined)?._status === 'published') throw new Forbidden(req.t)
    return { ...args, draft: true }
  }
  if (operation === 'restoreVersion') req.context[EDITOR_RESTORE] = true
  return args
}
