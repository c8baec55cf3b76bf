/**
 * The app in a Chromium of its own on a profile folder the test chooses, so
 * the test can stop and start the browser over the same stored goals, or
 * damage the profile's files in between (real-disk-full.spec.ts,
 * damaged-store-folder.spec.ts). Other specs get a fresh profile per test
 * from Playwright's fixtures.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium'
import { expect, watchPageProblems, type PageProblems } from '../fixtures'

/** A running browser on a profile, its page with the app, and what the page threw. */
export interface PersistentApp {
  context: BrowserContext
  page: Page
  problems: PageProblems
}

/** Starts Chromium on the profile in `profile` and opens the app served at `baseURL`. */
export async function startOnProfile(profile: string, baseURL: string): Promise<PersistentApp> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1400, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems = await watchPageProblems(page)
  await page.goto('/')
  await expect(page.locator('#root')).not.toBeEmpty()
  return { context, page, problems }
}
