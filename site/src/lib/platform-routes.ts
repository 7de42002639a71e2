import { PLATFORM_SEGMENT, type Platform, PlatformSchema } from '@hp/content-schemas'

/** Both platforms, in the order their pages are built. */
export const PLATFORMS: readonly Platform[] = PlatformSchema.options

interface StaticPath {
  params: Record<string, string | undefined>
  props: object
}

/**
 * getStaticPaths of a route under `src/pages/[platform]/`: the paths `paths(platform)` gives for
 * each platform, with the platform's folder (`PLATFORM_SEGMENT`, e.g. `voor-de-helpers`) as the
 * `platform` parameter and the platform itself in the props.
 */
export function perPlatform<P extends StaticPath>(paths: (platform: Platform) => P[]) {
  return PLATFORMS.flatMap((platform) =>
    paths(platform).map((p) => ({ params: { ...p.params, platform: PLATFORM_SEGMENT[platform] }, props: { ...p.props, platform } })),
  )
}
