// The few autocannon 9 APIs the CMS bench uses (the package ships no types; @types/autocannon is not installed).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string
      connections?: number
      duration?: number
      headers?: Record<string, string>
    }
    interface Histogram {
      average: number
      p50: number
      p90: number
      p99: number
      max: number
    }
    interface Result {
      latency: Histogram
      requests: Histogram & { total: number }
      errors: number
      timeouts: number
      non2xx: number
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export default autocannon
}
