/**
 * To find which functions a long task ran: with QD_PROFILE_DIR set, a
 * measured span of a test is also recorded by V8's CPU profiler (a sample
 * every 200 µs) and written to `<dir>/<label>.cpuprofile`, which Chromium's
 * DevTools open, and `node bench/longTasks.mjs profile FILE` sums by task.
 * The profiler slows the page: the tasks measured then run longer.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

const PROFILE_DIR = process.env.QD_PROFILE_DIR

/** Starts profiling `page` when QD_PROFILE_DIR is set; the function returned stops and writes it. */
export async function startCpuProfile(page: Page, label: string): Promise<() => Promise<void>> {
  if (!PROFILE_DIR) return async () => {}
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await session.send('Profiler.start')
  return async () => {
    const { profile } = await session.send('Profiler.stop')
    await session.detach()
    const name = label.replace(/[^\w.-]+/g, '-')
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile))
  }
}
