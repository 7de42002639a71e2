import { PLATFORM_SEGMENT, type Platform, PlatformSchema } from '@hp/content-schemas'

/** Both platforms, in the order their pages are built. */
export const PLATFORMS: readonly Platform[] = PlatformSchema.options

/**
 * getStaticPaths of a route under `src/pages/[platform]/`: the paths `paths(platform)` gives for
 * each platform, with the platform's folder (`PLATFORM_SEGMENT`, e.g. `voor-de-helpers`) as the
 * `platform` parameter and the platform itself in the props.
 */
export function perPlatform<Params extends Record<string, string | undefined>, Props extends object>(
  paths: (platform: Platform) => { params: Params; props: Props }[],
): { params: Params & { platform: string }; props: Props & { platform: Platform } }[] {
  return PLATFORMS.flatMap((platform) =>
    paths(platform).map((p) => ({ params: { ...p.params, platform: PLATFORM_SEGMENT[platform] }, props: { ...p.props, platform } })),
  )
}
