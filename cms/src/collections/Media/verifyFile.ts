import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

/** What the media library takes, as its content shows (not its name or the browser's claim). */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'video/mp4', 'video/webm']
const NAMES = 'JPEG, PNG, WebP, AVIF, MP4 of WebM'

/**
 * Reads the type of an uploaded file from its first bytes (file-type) and refuses what is not an
 * image or video of an allowed type, whatever its name or declared type says. The detected type
 * replaces the declared one, so the stored mimeType is the verified one. Temporary files are read
 * from disk (only their start), never loaded whole.
 */
export const verifyUploadedFile: CollectionBeforeOperationHook = async ({ args, req }) => {
  const file = req.file
  if (!file) return args
  const onDisk = Boolean(file.tempFilePath) && (!file.data || file.data.length === 0)
  const detected = onDisk && file.tempFilePath ? await fileTypeFromFile(file.tempFilePath) : await fileTypeFromBuffer(file.data)
  if (!detected || !MEDIA_MIME_TYPES.includes(detected.mime)) {
    throw new ValidationError({
      errors: [
        {
          path: 'file',
          message: `"${file.name}" is geen afbeelding of video die de CMS aanneemt (de inhoud is ${detected ? detected.mime : 'niet herkend'}). Upload een ${NAMES}-bestand.`,
        },
      ],
    })
  }
  file.mimetype = detected.mime
  return args
}
