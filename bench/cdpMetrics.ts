/**
 * The DevTools Protocol readings the board benchmarks share: the page's
 * main-thread CPU time and a JavaScript CPU profile.
 */
import { writeFile } from 'node:fs/promises'
import type { CDPSession, Page } from 'playwright-core'

/** A CDP session on `page` with its Performance metrics on. */
export async function metricsSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  return cdp
}

/**
 * The CPU time the page's main thread has used so far (Chromium's ThreadTime
 * metric), in ms: the difference between two readings is work done, whatever
 * else ran on the machine meanwhile.
 */
export async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value
  if (seconds === undefined) throw new Error('CDP reported no ThreadTime')
  return seconds * 1000
}

/** Starts a JavaScript CPU profile of `page` sampled every 100 µs; `stop` writes it to `path`. */
export async function startCpuProfile(
  page: Page,
): Promise<{ stop: (path: string) => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  return {
    stop: async (path) => {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(path, JSON.stringify(profile))
      await cdp.detach()
    },
  }
}
