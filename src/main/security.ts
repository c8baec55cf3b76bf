/**
 * Navigation, pop-up and permission rules for every web contents: the app
 * stays on its own origin and gets only the permissions it uses.
 */
import type { WebContents } from 'electron'
import { isTaskId, PHABRICATOR_ORIGIN } from '../shared/taskLinks'
import { isTrustedUrl } from './appOrigin'

/**
 * Permissions a trusted page may have: writing to the clipboard (Export's
 * "Copy") and persistent storage (so the browser never evicts the goals).
 */
export const ALLOWED_PERMISSIONS: readonly string[] = [
  'clipboard-sanitized-write',
  'persistent-storage',
]

/** True when a page at requestingUrl may be granted the permission. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  trustedOrigins: readonly string[],
): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isTrustedUrl(requestingUrl, trustedOrigins)
}

/**
 * True for the only links the app hands to the user's browser: a task's page
 * on Phabricator (https://phabricator.wikimedia.org/T123), the links the app
 * draws. Any other address a page might reach (a link in imported wikitext,
 * say) opens nothing, however it is spelt.
 */
export function isExternalLinkAllowed(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.origin === PHABRICATOR_ORIGIN &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.search === '' &&
    parsed.hash === '' &&
    isTaskId(parsed.pathname.slice(1))
  )
}

/** What a web contents needs from its surroundings to apply the rules. */
export interface HardeningOptions {
  trustedOrigins: readonly string[]
  openExternal: (url: string) => void
}

/**
 * Denies navigation away from the app, every window.open (a task link goes to
 * the system browser instead) and embedding <webview>.
 */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const { trustedOrigins, openExternal } = options
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, trustedOrigins)) return
    event.preventDefault()
    // A clicked task link opens in the browser rather than replacing the board.
    if (isExternalLinkAllowed(event.url)) openExternal(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, trustedOrigins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url)
    return { action: 'deny' }
  })
}
