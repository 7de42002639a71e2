/** The platforms a service with this setting is shown on (`ServicePlatform` in external-service.ts). */
export const servicePlatforms = (p: 'helpers' | 'professionals' | 'both') =>
  p === 'both' ? (['helpers', 'professionals'] as const) : ([p] as const)
