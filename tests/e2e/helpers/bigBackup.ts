/**
 * A backup big enough (15,000 goals, about 9 MB) that restoring it takes
 * longer than the moment before a job's message shows (store/jobMessage.ts),
 * and the parts of that message a test looks at.
 */
import type { Locator, Page } from '@playwright/test'
import { generateWikiQuarter } from '../../../bench/wikiQuarter'
import { serializeBackup } from '../../../src/shared/backup'
import { messages } from '../fixtures'

/** The text of a backup of one quarter of 15,000 goals. */
export function bigBackup(): string {
  const quarter = generateWikiQuarter({ teams: 20, goalsPerTeam: 750, groupsPerTeam: 3 })
  return serializeBackup([quarter], Date.parse('2026-01-01T00:00:00.000Z'))
}

/** The message "Restoring `fileName`…": its progress bar, named by its words, and its Cancel. */
export function restoringMessage(page: Page, fileName: string): { bar: Locator; cancel: Locator } {
  return {
    bar: messages(page).getByRole('progressbar', { name: `Restoring ${fileName}` }),
    cancel: messages(page).getByRole('button', { name: 'Cancel' }),
  }
}

/**
 * Notes from now on, at every change of the page, whether the messages held
 * a progress bar, and a Cancel, while the app itself (the damaged store
 * replaced) was shown.
 */
export async function watchMessagesOverApp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { bar: false, cancel: false }
    Object.assign(window, { seenOverApp: seen })
    new MutationObserver(() => {
      if (!document.querySelector('.app')) return
      const toasts = document.querySelector('.toasts')
      seen.bar ||= toasts?.querySelector('progress') != null
      seen.cancel ||= [...(toasts?.querySelectorAll('button') ?? [])].some(
        (button) => button.textContent === 'Cancel',
      )
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
}

/** What watchMessagesOverApp saw. */
export function seenOverApp(page: Page): Promise<{ bar: boolean; cancel: boolean }> {
  return page.evaluate(
    () => (window as unknown as { seenOverApp: { bar: boolean; cancel: boolean } }).seenOverApp,
  )
}

/**
 * Holds the next reading of a backup until it is cancelled: its worker reads
 * on, but its replies do not reach the page, so the app waits as it would on
 * a slow machine, with Cancel on offer for as long as the test wants (a fast
 * one reads the big backup before a click lands). With `delayMs`, its
 * replies arrive that much later instead, in order: a reading that takes at
 * least that long. Other readings (a wiki page's decoding) and later ones are
 * left alone.
 */
export async function holdNextReading(page: Page, delayMs?: number): Promise<void> {
  await page.evaluate((delayMs) => {
    const Native = window.Worker
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        let listener: ((event: MessageEvent) => void) | null = null
        let held = false
        Object.defineProperty(this, 'onmessage', {
          set: (next: typeof listener) => (listener = next),
        })
        this.addEventListener('message', (event) => {
          if (!held) listener?.call(this, event)
          else if (delayMs !== null) setTimeout(() => listener?.call(this, event), delayMs)
        })
        const post = this.postMessage.bind(this)
        this.postMessage = ((message: { kind?: string }, transfer: Transferable[]) => {
          const backup = message.kind === 'backup' || message.kind === 'backup-file'
          if (backup && window.Worker !== Native) {
            held = true
            window.Worker = Native
          }
          post(message, transfer)
        }) as Worker['postMessage']
      }
    }
  }, delayMs ?? null)
}
