/**
 * A huge wiki page is read in a Web Worker (issue 18): the window keeps
 * painting and answering while it is read, a progress bar moves, and Cancel
 * leaves everything as it was. A big backup is merged there too, with a
 * progress bar and a Cancel of its own. The page is generated here: one team whose
 * table has 200,000 rows of two cells (400,000 `|` cells, about 7 MB).
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { generateWikiQuarter } from '../../bench/wikiQuarter'
import { serializeBackup } from '../../src/shared/backup'
import { MAX_GOALS_PER_QUARTER } from '../../src/shared/quarterSize'
import { test, expect, exampleQuarter, freshApp, menuAction } from './fixtures'
import { editorText, expectEditorText } from './helpers/wikitextEditor'
import { holdNextReading } from './helpers/bigBackup'
import { holdStoreWrites } from './helpers/holdWrites'
import { quarterNames } from './helpers/select'

const HEAD = `'''Test Lab Goals, FY2019–20, Q2 (October - December 2019)'''

== Search ==
{| class="wikitable"
! Goal !! Status
`

function hugePage(rows: number): Buffer {
  const lines: string[] = []
  for (let i = 0; i < rows; i++) lines.push(`|-\n| Goal number ${i} || {{Done}}`)
  return Buffer.from(`${HEAD}${lines.join('\n')}\n|}\n`, 'utf8')
}

/** Counts animation frames and records the longest main-thread task from now on. */
async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { frames: 0, longest: 0 }
    Object.assign(window, { watch })
    const tick = () => {
      watch.frames++
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longest = Math.max(watch.longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
}

const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { watch: { frames: number; longest: number } }).watch)

/** Gives `buffer` as the file `name` to the Import view's "Open .wiki/.txt file…". */
async function openPageFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open .wiki/.txt file…' }).click()
  await (await choosing).setFiles({ name, mimeType: 'text/plain', buffer })
}

test('a 200,000-row page is read with the window responsive, and Cancel leaves all as it was', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const textbox = page.getByRole('textbox', { name: 'Wikitext to import' })
  await textbox.fill('Something typed before')
  await watchMainThread(page)

  await openPageFile(page, 'huge.wiki', hugePage(200_000))
  // Handing the 7 MB file to the page is Playwright's work on the page's thread: not counted.
  await page.evaluate(() =>
    Object.assign((window as unknown as { watch: object }).watch, { longest: 0 }),
  )

  const progress = page.getByRole('progressbar', { name: 'Reading the page' })
  await expect(progress).toBeVisible()
  // The bar moves while the page is read.
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThan(0)

  // The window paints on: frames keep coming while the worker reads.
  const before = (await watched(page)).frames
  await page.waitForTimeout(500)
  const after = await watched(page)
  expect(after.frames - before).toBeGreaterThan(5)
  await expect(progress).toBeVisible()

  // And it answers: Cancel stops the reading at once.
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toHaveCount(0)
  await expectEditorText(textbox, 'Something typed before')
  await expect(page.getByRole('region', { name: 'Page read' })).toHaveCount(0)
  await expect(page.locator('.exchange-error')).toBeEmpty()
  await expect.poll(() => quarterNames(page)).toHaveLength(1)
  // Reading on the window's thread took seconds in one task; in the worker no task comes near.
  const { longest } = await watched(page)
  expect(longest).toBeLessThan(500)
  testInfo.annotations.push({
    type: 'main thread while reading',
    description: `${after.frames - before} frames in 500 ms; longest task ${Math.round(longest)} ms`,
  })

  // The same view reads a page as before afterwards.
  await textbox.fill(`${HEAD}|-\n| Improve the ranking || {{Done}}\n|}\n`)
  await page.getByRole('button', { name: 'Read page' }).click()
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('1 goal')
})

test('the preview of a page of thousands of goals shows the first of each team and says how many more', async ({
  page,
}) => {
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await openPageFile(page, 'big.wiki', hugePage(3_000))
  const preview = page.getByRole('region', { name: 'Page read' })
  await expect(preview).toContainText('3000 goals')
  const search = preview.getByRole('region', { name: 'Goals of Search' })
  await expect(search.getByRole('heading')).toHaveText('Search (3000 goals)')
  await expect(search.getByRole('listitem')).toHaveCount(51)
  await expect(search.getByRole('listitem').first()).toHaveText('Goal number 0 — Done')
  await expect(search.getByRole('listitem').last()).toHaveText('… and 2950 more goals')
})

test('creating the quarter of a page of thousands of goals shows its bar through the build and the write, then its board', async ({
  page,
}) => {
  await freshApp(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await openPageFile(page, 'big.wiki', hugePage(5_000))
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText('5000 goals')
  await recordMessageProgress(page, 'progress[aria-label="Creating the quarter"]')
  await page.getByRole('button', { name: 'Create quarter from this page' }).click()
  await expect(page.getByRole('region', { name: 'Done' }).getByLabel('5000 goals')).toBeVisible({
    timeout: 60_000,
  })
  const values = await progressValues(page)
  expect([...values].sort((a, b) => a - b)).toEqual(values)
  // Building the command is the first tenth; the write tells the rest as it goes.
  expect(values.filter((value) => value > 0.1 && value < 1).length).toBeGreaterThan(2)
  expect(await progressWithoutValue(page)).toEqual([])
})

test('a 200,000-row page opened over typed text is in the editor whole, is refused as more goals than a quarter holds, and one Undo brings the typing back', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const textbox = page.getByRole('textbox', { name: 'Wikitext to import' })
  await textbox.fill('Something typed before')
  const huge = hugePage(200_000)
  await openPageFile(page, 'huge.wiki', huge)
  await expect(page.locator('.exchange-error')).toContainText(
    'a quarter holds at most 50,000 goals, and this one would hold 200,000',
    { timeout: 60_000 },
  )
  await expect(page.getByRole('button', { name: 'Create quarter from this page' })).toHaveCount(0)
  // The editor takes a big page in slices (WikitextEditor.tsx): all of it arrives, in order.
  const page7mb = huge.toString('utf8')
  await expect.poll(async () => (await editorText(textbox)) === page7mb).toBe(true)

  await textbox.focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expectEditorText(textbox, 'Something typed before')
  await expect(page.locator('.exchange-error')).toBeEmpty()
  expect(await quarterNames(page)).toHaveLength(1)
})

test('creating the quarter of a page of the most goals a quarter holds shows how far the save has come, and Cancel saves nothing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await exampleQuarter(page)
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  await openPageFile(page, 'full.wiki', hugePage(MAX_GOALS_PER_QUARTER))
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText(
    `${MAX_GOALS_PER_QUARTER} goals`,
    { timeout: 60_000 },
  )
  const create = page.getByRole('button', { name: 'Create quarter from this page' })
  await create.click()
  const creating = page.getByRole('progressbar', { name: 'Creating the quarter' })
  await expect
    .poll(async () => Number(await creating.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(creating).toHaveCount(0)
  await expect(create).toBeEnabled()
  expect(await quarterNames(page)).toHaveLength(1)
})

/** Chooses a file of `content` named `name` in the dialog that `item` of the menu opens. */
async function chooseFromMenu(page: Page, item: string, name: string, content: string) {
  const choosing = page.waitForEvent('filechooser')
  await menuAction(page, item)
  await (
    await choosing
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

/**
 * Records every value the progress bars of messages (or those `selector`
 * matches) take from now on, in order, and the names of the bars seen
 * without a value.
 */
async function recordMessageProgress(page: Page, selector = '.toasts progress'): Promise<void> {
  await page.evaluate((selector) => {
    const values: number[] = []
    const withoutValue: string[] = []
    Object.assign(window, { progressValues: values, progressWithoutValue: withoutValue })
    const note = (bar: Element) => {
      if (!(bar instanceof HTMLProgressElement)) return
      if (bar.hasAttribute('value')) values.push(bar.value)
      else withoutValue.push(bar.getAttribute('aria-label') ?? '')
    }
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes') note(change.target as Element)
        for (const node of change.addedNodes) {
          if (!(node instanceof Element)) continue
          if (node.matches(selector)) note(node)
          node.querySelectorAll(selector).forEach(note)
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    })
  }, selector)
}

const progressValues = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressValues: number[] }).progressValues)

const progressWithoutValue = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { progressWithoutValue: string[] }).progressWithoutValue,
  )

test('a big backup is merged in the worker: "Merging…" shows a progress bar and Cancel, and Cancel changes nothing', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await freshApp(page)
  const quarter = generateWikiQuarter({ teams: 20, goalsPerTeam: 750, groupsPerTeam: 3 })
  const savedAt = '2026-01-01T00:00:00.000Z'
  const shared = serializeBackup([quarter], Date.parse(savedAt), new Map(), {
    backupId: 'shared-backup',
  })
  const messages = page.getByRole('region', { name: /^Messages/ })
  await chooseFromMenu(page, 'Open backup…', 'shared.json', shared)
  await expect(messages).toContainText('Opened shared.json', { timeout: 120_000 })
  const theirs = {
    ...quarter,
    goals: quarter.goals.map((goal) => ({ ...goal, note: `${goal.note} Checked again.` })),
  }
  const file = serializeBackup([theirs], Date.parse(savedAt) + 86_400_000, new Map(), {
    backupId: 'their-copy',
    backupBases: new Map([[quarter.plan.id, { backupId: 'shared-backup', savedAt, earlier: [] }]]),
  })

  await chooseFromMenu(page, 'Merge backup…', 'theirs.json', file)
  // Waited for at every frame (a retrying expect looks less often, and can miss it).
  const cancel = messages.getByRole('button', { name: 'Cancel' })
  await cancel.waitFor({ timeout: 60_000 })
  await expect(messages).toContainText('Merging theirs.json…')
  // The bar, named as the message says, moves while the worker reads and merges.
  const bar = messages.getByRole('progressbar', { name: 'Merging theirs.json' })
  await expect(bar).toBeVisible()
  await expect
    .poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000 })
    .toBeGreaterThan(0)
  await cancel.click()
  await expect(messages).toContainText('Did not merge theirs.json. Nothing was changed.')
  await expect(bar).toHaveCount(0)

  // Nothing of theirs came in: a backup saved now holds none of their notes.
  const downloading = page.waitForEvent('download')
  await menuAction(page, 'Save backup…')
  const saved = await readFile(await (await downloading).path(), 'utf8')
  expect(saved).toContain(quarter.goals[0]!.text)
  expect(saved).not.toContain('Checked again.')

  // The same file merges whole afterwards, its bar only going forward, through to the save.
  await recordMessageProgress(page)
  await chooseFromMenu(page, 'Merge backup…', 'theirs.json', file)
  await expect(messages).toContainText(
    'Merged theirs.json: 15000 changes from the backup applied',
    {
      timeout: 120_000,
    },
  )
  await expect(messages.getByRole('progressbar')).toHaveCount(0)
  // The page draws the bar at most once a frame, so it shows fewer values than the job tells.
  const values = await progressValues(page)
  expect(values.length).toBeGreaterThan(3)
  expect(values.length).toBeLessThanOrEqual(250)
  expect([...values].sort((a, b) => a - b)).toEqual(values)
  // Past finding what the merge holds (0.6): it ran on through applying it, building the save
  // and writing it, which tells how far it has come too, almost to the end.
  expect(values.at(-1)).toBeGreaterThan(0.9)
})

test('a big backup opens with a progress bar and Cancel, and Cancel changes nothing', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await exampleQuarter(page)
  const quarter = generateWikiQuarter({ teams: 20, goalsPerTeam: 750, groupsPerTeam: 3 })
  const file = serializeBackup([quarter], Date.parse('2026-01-01T00:00:00.000Z'))
  const messages = page.getByRole('region', { name: /^Messages/ })
  const before = await quarterNames(page)

  // The store held, the job waits after reading the file (it asks which quarters exist) with its
  // Cancel on offer, however fast this machine reads: Cancel goes once the quarter is stored.
  const release = await holdStoreWrites(page)
  await chooseFromMenu(page, 'Open backup…', 'big.json', file)
  const cancel = messages.getByRole('button', { name: 'Cancel' })
  await cancel.waitFor({ timeout: 60_000 })
  await expect(messages).toContainText('Opening big.json…')
  await expect(messages.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible()
  await cancel.click()
  await release()
  await expect(messages).toContainText('Did not open big.json. Nothing was changed.')
  await expect(messages.getByRole('progressbar')).toHaveCount(0)
  expect(await quarterNames(page)).toEqual(before)

  // Opened whole: while the file is read the reader cannot tell how far it is (a bar without a
  // value); then the bar runs forward through the save's build and its write, and is gone at
  // the end. The reading is made to last a second, so its bar shows however fast this machine.
  await recordMessageProgress(page)
  await holdNextReading(page, 1_000)
  await chooseFromMenu(page, 'Open backup…', 'big.json', file)
  await expect(messages.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible({
    timeout: 60_000,
  })
  await expect(messages).toContainText('Opened big.json: added', { timeout: 120_000 })
  await expect(messages.getByRole('progressbar')).toHaveCount(0)
  expect(await progressWithoutValue(page)).toContain('Opening big.json')
  // The save's turns come faster than frames: the bar shows a few of them, going forward, the
  // last ones while the quarter is written.
  const values = await progressValues(page)
  expect(values.length).toBeGreaterThan(0)
  expect([...values].sort((a, b) => a - b)).toEqual(values)
  expect(values.at(-1)).toBeGreaterThan(0.9)
  await expect.poll(() => quarterNames(page)).toHaveLength(before.length + 1)
})
