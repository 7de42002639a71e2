import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** A small image from the seed media, for upload tests. */
export const SEED_IMAGE = path.resolve(here, '../../src/seed/media/steun-aan-tafel.jpg')
