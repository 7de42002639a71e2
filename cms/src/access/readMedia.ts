import type { Access } from 'payload'
import { isSiteBuilder, isStaff } from './roles.ts'

/**
 * Media metadata and files: staff and the site builder. The public site copies the images it
 * publishes into its own build, so anonymous visitors never need the CMS.
 */
export const readMedia: Access = ({ req: { user } }) => isStaff(user) || isSiteBuilder(user)
