/**
 * In the desktop app, the application menu's "Save Backup…" follows the same
 * rule as the header menu's: enabled only while there is a quarter to back up.
 * The page tells main (api.backupAvailable); main's side is checked in
 * tests/unit/main/mainProcess.test.ts.
 */
import { column, expect, freshApp, test } from './fixtures'
import { desktopStandIn, type DesktopStandIn } from './helpers/desktopStandIn'

test('the page tells the desktop app when there is a quarter to back up, and when not', async ({
  page,
}) => {
  // The desktop app's preload, recording what the page tells main.
  await desktopStandIn(page)
  await page.addInitScript(() => {
    const reported: boolean[] = []
    Object.assign(window, { backupAvailableReports: reported })
    const api = (window as unknown as { quarterdeck: DesktopStandIn }).quarterdeck
    api.backupAvailable = (available) => {
      reported.push(available)
      return Promise.resolve()
    }
  })
  const reports = () =>
    page.evaluate(
      () => (window as unknown as { backupAvailableReports: boolean[] }).backupAvailableReports,
    )
  await freshApp(page)
  await expect(page.getByRole('button', { name: 'Load example quarter' })).toBeVisible()
  await expect.poll(reports).toEqual([false])

  await page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(column(page, 'Done')).toBeVisible()
  await expect.poll(reports).toEqual([false, true])
})
