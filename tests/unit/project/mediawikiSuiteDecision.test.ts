/**
 * The MediaWiki suites (rendering, the served wiki, publish and pull) are
 * skipped with a sentence only where PHP or MediaWiki is missing on a
 * developer's machine; in CI a missing piece fails them.
 */
import { describe, expect, it } from 'vitest'
import { inCi, wikiSuiteDecision } from '../../mediawiki/suiteDecision'

const SUITE = 'the MediaWiki rendering tests'
const NO_PHP = { missing: 'PHP is not installed (no `php` command)' }

describe('whether the MediaWiki suites run', () => {
  it('runs wherever PHP and MediaWiki are found, in CI or not', () => {
    for (const env of [{}, { CI: '1' }, { CI: 'true' }])
      expect(wikiSuiteDecision({ installPath: '/usr/share/mediawiki' }, SUITE, env)).toEqual({
        action: 'run',
        installPath: '/usr/share/mediawiki',
      })
  })

  it('is skipped off CI with a sentence naming what is missing and how to install it', () => {
    for (const env of [{}, { CI: '' }, { CI: '0' }, { CI: 'false' }, { CI: 'FALSE' }]) {
      const decision = wikiSuiteDecision(NO_PHP, SUITE, env)
      expect(decision.action).toBe('skip')
      expect('message' in decision && decision.message).toBe(
        'Skipping the MediaWiki rendering tests: PHP is not installed (no `php` command). ' +
          'Install them with `apt-get install --no-install-recommends mediawiki php-sqlite3 php-cli` ' +
          '(CI always runs them).',
      )
    }
  })

  it('fails in CI when anything is missing, never skipping', () => {
    for (const env of [{ CI: '1' }, { CI: 'true' }, { CI: 'yes' }]) {
      const decision = wikiSuiteDecision(
        { missing: 'MediaWiki is not installed at /x' },
        SUITE,
        env,
      )
      expect(decision).toEqual({
        action: 'fail',
        message:
          'the MediaWiki rendering tests cannot run in CI: MediaWiki is not installed at /x. ' +
          'CI must install PHP and MediaWiki.',
      })
    }
  })

  it('reads CI as set unless it is empty, "0" or "false"', () => {
    expect(inCi({})).toBe(false)
    expect(inCi({ CI: ' false ' })).toBe(false)
    expect(inCi({ CI: '1' })).toBe(true)
    expect(inCi({ CI: 'true' })).toBe(true)
  })
})
