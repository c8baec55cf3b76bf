/**
 * Starts Debian's Chromium for the board benchmark, as close to an Electron window as headless
 * Chromium gets: without the address-bar popup Chromium builds for each of its own windows.
 */
import { chromium, type Browser } from 'playwright-core'
import {
  ADDRESS_BAR_POPUP_FEATURES,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  disableFeaturesSwitch,
} from '../tests/chromium'

const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Exposes performance.memory and lets CDP force a garbage collection.
  '--enable-precise-memory-info',
]

/**
 * Chromium for the benchmark. Playwright passes its own `--disable-features` list, and Chromium
 * obeys only the last such switch; so a first browser is started only to read that list from
 * chrome://version, and the benchmark's browser gets one switch with both. With `withAddressBar`,
 * Chromium keeps its popup, for numbers comparable with runs before 2026-11-27.
 */
export async function launchBenchBrowser(withAddressBar: boolean): Promise<Browser> {
  if (withAddressBar) return launch(BENCH_ARGS)
  const probe = await launch(BENCH_ARGS)
  let commandLine: string
  try {
    const page = await probe.newPage()
    await page.goto('chrome://version')
    commandLine = await page.locator('#command_line').innerText()
  } finally {
    await probe.close()
  }
  return launch([...BENCH_ARGS, disableFeaturesSwitch(commandLine, ADDRESS_BAR_POPUP_FEATURES)])
}

function launch(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args })
}

/**
 * The pages Chromium opens for its own window beside a new page of the app (its address-bar
 * popup, say): they take CPU from the app's start, and an Electron window has none of them.
 */
export async function chromiumUiPagesOfANewWindow(browser: Browser): Promise<string[]> {
  const context = await browser.newContext()
  const cdp = await browser.newBrowserCDPSession()
  try {
    await context.newPage()
    // An empty filter lists every kind of target, browser_ui ones too (the default hides them).
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] })
    return targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url)
  } finally {
    await cdp.detach()
    await context.close()
  }
}
