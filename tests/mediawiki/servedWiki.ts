/**
 * The served test wiki for a test file: started in beforeAll, deleted in
 * afterAll, skipped with a message where PHP or MediaWiki is missing (and a
 * failure under CI=1, which always has them).
 */
import { afterAll, beforeAll } from 'vitest'
import { findMediaWiki } from './mediawiki'
import { serveWiki, type ServedWiki } from './server'

const found = findMediaWiki()
/** Why the wiki tests cannot run here, or null. */
export const wikiMissing = 'missing' in found && !process.env.CI ? found.missing : null
if (wikiMissing !== null) {
  console.warn(
    `Skipping the tests against a served MediaWiki: ${wikiMissing}. ` +
      'Install them with `apt-get install --no-install-recommends mediawiki php-sqlite3 php-cli` (CI always runs them).',
  )
}

/** Serves a wiki for the calling test file; the getter throws before beforeAll ran. */
export function useServedWiki(): () => ServedWiki {
  let wiki: ServedWiki | null = null
  beforeAll(async () => {
    if (wikiMissing !== null) return
    if ('missing' in found) throw new Error(found.missing)
    wiki = await serveWiki(found.installPath)
  }, 240_000)
  afterAll(async () => {
    await wiki?.dispose()
  })
  return () => {
    if (!wiki) throw new Error('The test wiki is not running')
    return wiki
  }
}
