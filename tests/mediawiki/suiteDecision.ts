/**
 * Whether a test suite that needs PHP and MediaWiki runs here. On a
 * developer's machine without them it is skipped, with a sentence saying what
 * is missing and how to install it; in CI, which always installs them
 * (`.ci/run`), a missing piece is a failure, never a silent skip.
 */

/** What `findMediaWiki` reports. */
export type MediaWikiFound = { installPath: string } | { missing: string }

export type SuiteDecision =
  | { action: 'run'; installPath: string }
  | { action: 'skip'; message: string }
  | { action: 'fail'; message: string }

/** True under CI: `CI` set to anything but empty, "0" or "false" (any case). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase()
  return value !== '' && value !== '0' && value !== 'false'
}

/** The decision for the suite named `suite` ("the MediaWiki rendering tests"). */
export function wikiSuiteDecision(
  found: MediaWikiFound,
  suite: string,
  env: NodeJS.ProcessEnv = process.env,
): SuiteDecision {
  if ('installPath' in found) return { action: 'run', installPath: found.installPath }
  if (inCi(env))
    return {
      action: 'fail',
      message: `${suite} cannot run in CI: ${found.missing}. CI must install PHP and MediaWiki.`,
    }
  return {
    action: 'skip',
    message:
      `Skipping ${suite}: ${found.missing}. Install them with ` +
      '`apt-get install --no-install-recommends mediawiki php-sqlite3 php-cli` (CI always runs them).',
  }
}
