/**
 * End-to-end tests: the web build in Debian's Chromium (Playwright downloads
 * no browser here). `npm run test:e2e` builds out/web first; the server below
 * only serves it.
 */
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium'

// Not the user's 5199, so tests never touch their goals. Random unless E2E_PORT is set, so
// several suites can run at once on one machine; set in the environment so that the
// test workers, which load this file again, agree on it.
process.env.E2E_PORT ??= String(5300 + Math.floor(Math.random() * 600))

/** Specs that measure the window's thread, and so run alone (see `projects`). */
const MEASURED_ALONE = /pathological-inputs\.spec\.ts$/

/** Port of the test server. */
export const E2E_PORT = Number(process.env.E2E_PORT)

export default defineConfig({
  testDir: 'tests/e2e',
  // Per run, so concurrent runs in one checkout do not delete each other's traces.
  outputDir: `test-results/port-${E2E_PORT}`,
  fullyParallel: true,
  workers: 2,
  // In CI a test that fails is run once more: the run fails only if it fails twice, and one
  // that passed on its second try is listed as "flaky" so it gets fixed (a 2-core CI machine
  // makes timing-sensitive drags flake; each one found so far was a real race worth fixing).
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Generous: a 2-core machine shared with builds can be slow; a hang still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    // Each test gets a fresh browser context, hence a fresh, empty IndexedDB.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'app', testIgnore: MEASURED_ALONE },
    // The pathological inputs check the CPU time of each task of the window's thread. With a test
    // of another file in the second worker, this 2-core machine's thread times stretched (a 19.5 MB
    // backup read twice at 40 ms, and once at 786 ms on a CI run): they run after the rest, one at
    // a time, with nothing beside them.
    {
      name: 'measured-alone',
      testMatch: MEASURED_ALONE,
      fullyParallel: false,
      dependencies: ['app'],
    },
  ],
  webServer: {
    command: `node scripts/web.mjs --no-build --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
