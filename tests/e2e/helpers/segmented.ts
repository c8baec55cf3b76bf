/**
 * Segmented choices as a person uses them (src/renderer/components/SegmentedChoice.tsx,
 * React Aria radios): the radio input is visually hidden inside its segment, so a
 * person clicks the segment, the label that holds it.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** Clicks the segment named `name` in `scope` and waits until it is the chosen one. */
export async function chooseSegment(scope: Page | Locator, name: string): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true })
  // The segment is the label around the radio.
  await radio.locator('xpath=ancestor::label[1]').click()
  await expect(radio).toBeChecked()
}
