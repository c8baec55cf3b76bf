/**
 * The app in a Chromium of its own on a profile folder the test chooses, so
 * the test can stop and start the browser over the same stored goals, or
 * damage the profile's files in between (real-disk-full.spec.ts,
 * damaged-store-folder.spec.ts). Other specs get a fresh profile per test
 * from Playwright's fixtures.
 */
import { randomBytes } from 'node:crypto'
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** The origin's IndexedDB LevelDB folder in `profile`. */
export function storeFolder(profile: string): string {
  const root = join(profile, 'Default', 'IndexedDB')
  const found = readdirSync(root).find((name) => name.endsWith('.indexeddb.leveldb'))
  if (!found) throw new Error(`no IndexedDB folder in ${root}`)
  return join(root, found)
}

/** Overwrites every file of `folder` with random bytes of the same length. */
export function garble(folder: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (name === 'LOCK' || !statSync(path).isFile()) continue
    writeFileSync(path, randomBytes(Math.max(64, statSync(path).size)))
  }
}
