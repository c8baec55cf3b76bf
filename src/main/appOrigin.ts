/**
 * The app's stable origin. IndexedDB belongs to an origin, so the renderer is
 * always served from app://quarterdeck/ whatever folder the build lives in.
 */

/** The custom scheme the renderer is served from. */
export const APP_SCHEME = 'app'
/** The fixed host of that scheme. */
export const APP_HOST = 'quarterdeck'
/** The origin of the packaged renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page every window loads outside development. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The origin of a URL as "scheme://host[:port]", or null when it has none.
 * WHATWG URL reports "null" as the origin of custom schemes, so it is rebuilt
 * from the parts here.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!parsed.host) return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/** True when the URL belongs to one of the trusted origins. */
export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && trustedOrigins.includes(origin)
}

/**
 * The origins allowed to load pages, call IPC and hold permissions: the app
 * origin, plus the dev server while developing.
 */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN]
  const dev = devServerUrl ? originOf(devServerUrl) : null
  if (dev) origins.push(dev)
  return origins
}
