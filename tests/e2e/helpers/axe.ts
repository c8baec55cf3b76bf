/**
 * axe-core over the page as it is now. A violation is reported with its rule,
 * what it says and where, so the failure message alone tells what to fix.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Runs axe on the page (or only on `scope`: a modal dialog, whose page behind was
 * checked on its own); fails naming each violation and where it is.
 */
export async function expectNoViolations(page: Page, what: string, scope?: string): Promise<void> {
  let axe = new AxeBuilder({ page })
  if (scope) axe = axe.include(scope)
  const results = await axe.analyze()
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
        .join('; ')}`,
  )
  expect(found, `axe violations in ${what}`).toEqual([])
}
