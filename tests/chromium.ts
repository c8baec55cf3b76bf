/**
 * How the browser tests and the board benchmark start Debian's Chromium: one
 * place for the binary and the flags a machine without network or GPU needs.
 */

/** Chromium flags for a headless browser on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The Chromium binary: CHROMIUM_PATH, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * The features behind Chromium's address-bar popup. Headless Chromium still builds that popup for
 * every new window: two WebUI pages of some 300 scripts, in a renderer of their own, loading while
 * the page under test starts. On 2 cores they take about as much CPU as the page itself. Electron's
 * windows have no address bar, so the benchmark turns them off to measure what a user's start costs.
 */
export const ADDRESS_BAR_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

const DISABLE_FEATURES = '--disable-features='

/**
 * One `--disable-features` switch naming the features `commandLine` already disables, then
 * `features`. Chromium obeys only the last `--disable-features` on its command line, so a switch
 * naming `features` alone would quietly re-enable every feature Playwright turns off.
 */
export function disableFeaturesSwitch(commandLine: string, features: readonly string[]): string {
  const switches = commandLine.split(/\s+/).filter((arg) => arg.startsWith(DISABLE_FEATURES))
  const obeyed = switches.at(-1)?.slice(DISABLE_FEATURES.length).split(',') ?? []
  const names = [...obeyed, ...features].filter((name) => name !== '')
  return DISABLE_FEATURES + [...new Set(names)].join(',')
}
