/**
 * Where the snapshot of the board's first screen is kept between starts:
 * localStorage, read synchronously by the entry script. One snapshot per
 * origin (the remembered quarter's); a build only reads its own.
 */

const SNAPSHOT_KEY = 'quarterdeck.firstScreen'

/** The attribute that carries an element's inline style in a snapshot's markup. */
export const SNAPSHOT_STYLE = 'data-snapshot-style'

// The entry script's own URL (this module is part of the entry chunk): it
// carries a hash of the script's content, which names the app's chunk by its
// hash, so it changes with any change to the markup. A snapshot from another
// build is never painted. (The development server serves modules unbundled,
// under URLs that do not change with the code: there, a snapshot taken before
// an edit can show until React renders.)
const BUILD = import.meta.url

/** A stored first screen. */
export interface FirstScreenSnapshot {
  /** The quarter shown. */
  planId: string
  /** firstScreenKey of the rows it shows. */
  key: string
  /** The app's markup, inert (see captureFirstScreen). */
  html: string
}

interface Stored extends FirstScreenSnapshot {
  build: string
}

/** This build's stored snapshot, or null. */
export function readSnapshot(): FirstScreenSnapshot | null {
  try {
    const text = window.localStorage.getItem(SNAPSHOT_KEY)
    if (!text) return null
    const stored = JSON.parse(text) as Partial<Stored>
    if (
      stored.build !== BUILD ||
      typeof stored.planId !== 'string' ||
      typeof stored.key !== 'string' ||
      typeof stored.html !== 'string'
    ) {
      return null
    }
    return { planId: stored.planId, key: stored.key, html: stored.html }
  } catch {
    // Storage disabled or the value unreadable: start without a snapshot.
    return null
  }
}

/** Stores `snapshot`, replacing the one before. */
export function writeSnapshot(snapshot: FirstScreenSnapshot): void {
  const stored: Stored = { ...snapshot, build: BUILD }
  try {
    window.localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(stored))
  } catch {
    // Storage full or disabled: the next start paints from the store, as before.
  }
}
