import { type CollectionBeforeOperationHook, Forbidden } from 'payload'
import { canPublish, isStaff } from '../access/index.ts'

/**
 * An editor's save is always a draft save: it never touches the published document, so an
 * editor can neither publish (refused by access) nor unpublish (a non-draft save of status
 * "draft" would take the page off the site).
 */
export const keepEditorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && isStaff(req.user) && !canPublish(req.user)) {
    if ((args.data as { _status?: string } | undefined)?._status === 'published') throw new Forbidden(req.t)
    return { ...args, draft: true }
  }
  return args
}
