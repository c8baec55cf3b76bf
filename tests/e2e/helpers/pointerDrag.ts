/**
 * The end of a mouse drag, as a person's next click finds it. dnd-kit's
 * pointer sensor swallows every click for 50 ms after a drop (a page timer),
 * so a click on the click-through of a drop does not open what was dropped
 * on; a test that clicks the next moment on a loaded machine would lose its
 * click. Waiting in the page for a longer timer, queued after dnd-kit's, lets
 * that one run first.
 */
import type { Page } from '@playwright/test'

/** Releases the mouse button and waits until dnd-kit lets clicks through again. */
export async function releaseDrag(page: Page): Promise<void> {
  await page.mouse.up()
  await page.evaluate(() => new Promise((done) => setTimeout(done, 60)))
}
