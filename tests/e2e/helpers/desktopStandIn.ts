/**
 * A stand-in for the desktop app's preload (`window.quarterdeck`), installed
 * before the page's scripts run: every call answers as main would with
 * nothing to do, so the renderer runs its desktop paths in Chromium. A test
 * replaces the calls it watches with an init script of its own, added after
 * this one (init scripts run in the order they were added), or gives the
 * next Open dialog a file with chooseInOpenDialog.
 */
import type { Page } from '@playwright/test'
import type { QuarterdeckApi } from '../../../src/shared/api'

/** Makes the page a desktop window whose main process has nothing to say. */
export async function desktopStandIn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const notHere = () => Promise.reject(new Error('The wiki is not part of this test.'))
    // What main answers a chosen file with: its name and bytes (src/main/ipcHandlers.ts).
    const chosen: { name: string; bytes: number[] }[] = []
    Object.assign(window, { desktopOpenDialogFiles: chosen })
    const api: QuarterdeckApi = {
      saveTextFile: () => Promise.resolve({ saved: false }),
      openTextFile: () => {
        const file = chosen.shift()
        return Promise.resolve(
          file
            ? { opened: true, name: file.name, bytes: new Uint8Array(file.bytes) }
            : { opened: false },
        )
      },
      onMenuCommand: () => () => {},
      dataLocation: () => Promise.resolve('/home/me/.config/Quarterdeck'),
      autoBackup: () => Promise.resolve(null),
      latestAutoBackup: () => Promise.resolve(null),
      autoBackupLocation: () => Promise.resolve('/home/me/.config/Quarterdeck/Automatic backups'),
      keepDamagedStore: () => Promise.resolve(null),
      rememberedQuarterCount: () => Promise.resolve(0),
      rememberQuarterCount: () => Promise.resolve(),
      setThemeSource: () => Promise.resolve(),
      backupAvailable: () => Promise.resolve(),
      openTask: () => Promise.resolve(),
      wikiAccount: () => Promise.resolve(null),
      wikiConnect: notHere,
      wikiDisconnect: notHere,
      wikiRead: notHere,
      wikiSave: notHere,
    }
    Object.assign(window, { quarterdeck: api })
  })
}

/** The stand-in's calls, for a test's own init script to replace some of them. */
export type DesktopStandIn = QuarterdeckApi

/**
 * The next native Open dialog the page shows picks `name` with these bytes:
 * the stand-in answers as main does, with the file's bytes for the page to
 * decode. Without a file given, the dialog is cancelled.
 */
export async function chooseInOpenDialog(
  page: Page,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  await page.evaluate(
    (file) => {
      const files = (window as unknown as { desktopOpenDialogFiles: (typeof file)[] })
        .desktopOpenDialogFiles
      files.push(file)
    },
    { name, bytes: Array.from(bytes) },
  )
}
