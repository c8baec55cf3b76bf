/**
 * Navigation, pop-up and permission rules for every web contents: the app
 * stays on its own origin and gets only the permissions it uses.
 */
import type { WebContents } from 'electron'
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

/** True for links worth handing to the user's browser: https only. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/** What a web contents needs from its surroundings to apply the rules. */
export interface HardeningOptions {
  trustedOrigins: readonly string[]
  openExternal: (url: string) => void
}

/**
 * Denies navigation away from the app, every window.open (https links go to
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
