import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** A slug may be used once per platform; a second "home" on the same platform is refused. */
export const uniquePerPlatform: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const slug = data?.slug ?? originalDoc?.slug
  const platform = data?.platform ?? originalDoc?.platform
  if (!slug || !platform) return data
  const clash = await req.payload.find({
    collection: 'pages',
    where: {
      and: [
        { slug: { equals: slug } },
        { platform: { equals: platform } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
  })
  if (clash.docs.length > 0) {
    throw new ValidationError({
      collection: 'pages',
      req,
      errors: [{ path: 'slug', message: `Er is al een pagina met slug "${slug}" op dit platform.` }],
    })
  }
  return data
}
