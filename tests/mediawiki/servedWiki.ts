/**
 * The served test wiki for a test file: started in beforeAll, deleted in
 * afterAll, skipped with a message where PHP or MediaWiki is missing (and a
 * failure under CI=1, which always has them).
 */
import { afterAll, beforeAll } from 'vitest'
import { findMediaWiki } from './mediawiki'
import { serveWiki, type ServedWiki } from './server'
import { wikiSuiteDecision } from './suiteDecision'

const decision = wikiSuiteDecision(findMediaWiki(), 'the tests against a served MediaWiki')
/** Why the wiki tests are skipped here, or null (they run, or fail in CI). */
export const wikiMissing = decision.action === 'skip' ? decision.message : null
if (wikiMissing !== null) console.warn(wikiMissing)

/** Serves a wiki for the calling test file; the getter throws before beforeAll ran. */
export function useServedWiki(): () => ServedWiki {
  let wiki: ServedWiki | null = null
  beforeAll(async () => {
    if (decision.action === 'skip') return
    if (decision.action === 'fail') throw new Error(decision.message)
    wiki = await serveWiki(decision.installPath)
  }, 240_000)
  afterAll(async () => {
    await wiki?.dispose()
  })
  return () => {
    if (!wiki) throw new Error('The test wiki is not running')
    return wiki
  }
}
