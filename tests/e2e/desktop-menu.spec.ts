/**
 * In the desktop app, the application menu's "Save Backup…" follows the same
 * rule as the header menu's: enabled only while there is a quarter to back up.
 * The page tells main (api.backupAvailable); main's side is checked in
 * tests/unit/main/mainProcess.test.ts.
 */
import { column, expect, freshApp, test } from './fixtures'

test('the page tells the desktop app when there is a quarter to back up, and when not', async ({
  page,
}) => {
  // A stand-in for the preload: records what the page tells main.
  await page.addInitScript(() => {
    const reported: boolean[] = []
    Object.assign(window, {
      backupAvailableReports: reported,
      quarterdeck: {
        saveTextFile: () => Promise.resolve({ saved: false }),
        openTextFile: () => Promise.resolve({ opened: false }),
        onMenuCommand: () => () => {},
        dataLocation: () => Promise.resolve('/home/me/.config/Quarterdeck'),
        autoBackup: () => Promise.resolve(),
        latestAutoBackup: () => Promise.resolve(null),
        autoBackupLocation: () => Promise.resolve('/home/me/.config/Quarterdeck/Automatic backups'),
        keepDamagedStore: () => Promise.resolve(null),
        rememberedQuarterCount: () => Promise.resolve(0),
        rememberQuarterCount: () => Promise.resolve(),
        setThemeSource: () => Promise.resolve(),
        backupAvailable: (available: boolean) => {
          reported.push(available)
          return Promise.resolve()
        },
      },
    })
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
