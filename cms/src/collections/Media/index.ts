import { LIMITS } from '@hp/content-schemas'
import type { CollectionConfig } from 'payload'
import { deleteContent, readMedia, staffOnly } from '../../access/index.ts'
import { readEnv } from '../../env.ts'
import { t } from '../../fields/label.ts'
import { checkMediaChange, checkMediaDelete } from '../../hooks/publishCheck.ts'
import { MEDIA_MIME_TYPES, verifyUploadedFile } from './verifyFile.ts'

export const MEDIA = 'media'

export const Media: CollectionConfig = {
  slug: MEDIA,
  labels: { singular: t('Media', 'Media'), plural: t('Media', 'Media') },
  admin: { group: t('Inhoud', 'Content'), useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'] },
  access: { read: readMedia, create: staffOnly, update: staffOnly, delete: deleteContent },
  hooks: {
    // The file's type is checked from its content before Payload stores it (verifyFile.ts).
    beforeOperation: [verifyUploadedFile],
    // A replaced file or a deleted medium must still fit every published page (hooks/publishCheck.ts).
    beforeChange: [checkMediaChange],
    beforeDelete: [checkMediaDelete],
  },
  upload: {
    staticDir: readEnv().MEDIA_DIR,
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    crop: true,
    // Responsive derivatives for the CMS; the static site makes its own AVIF/WebP from the original.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'medium', width: 800 },
      { name: 'large', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    // Files are served with the type Payload detects from their content (file-type), as it did at
    // upload; with nosniff the browser never reads a crafted file (a PNG with HTML behind it) as a page.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: LIMITS.title,
      label: t('Alternatieve tekst', 'Alt text'),
      admin: {
        description: t(
          'Beschrijf wat er te zien is, voor wie de afbeelding niet ziet. Bij een video: waar de video over gaat.',
          'Describe what is shown, for people who cannot see it.',
        ),
      },
    },
    { name: 'credit', type: 'text', maxLength: LIMITS.line, label: t('Bron / fotograaf', 'Credit') },
  ],
}
