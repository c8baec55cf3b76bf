/**
 * Files of any size or shape never hold the window (issue 18): each
 * pathological input is generated here, given to Import or Open backup as a
 * person would, and the tasks of the window's thread are watched from the
 * moment the file is chosen until the message or the result shows, and a
 * second after. None may take over 100 ms. A giant page is also made a
 * quarter ("Create quarter from this page"), watched from the click until
 * the store has it.
 *
 * Two measures of the same tasks. The page's PerformanceObserver for long
 * tasks gives wall time: on this 2-core machine, shared with other test runs,
 * a 30 ms task can take 150 ms of wall time while the thread waits for a
 * core, so it is noted, not checked. Chromium's trace of the run gives each
 * task's CPU time on the window's thread (`tdur` of its RunTask), which is
 * the work the app asks of the thread, whatever else the machine does: that
 * is checked.
 *
 * The files are written to disk and chosen by path: Chromium then hands them
 * to the page itself, with no script of Playwright's running on the page's
 * thread (as a buffer handed over in memory would).
 */
import { writeFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { reidentifyPlan, serializeBackup } from '../../src/shared/backup'
import { generateWikiQuarter } from '../../bench/wikiQuarter'
import { MAX_GOALS_PER_QUARTER } from '../../src/shared/quarterSize'
import { test, expect, freshApp, menuAction } from './fixtures'
import { garble, startOnProfile, storeFolder } from './helpers/persistentApp'
import { mainThreadTasks, markTimes, OUTCOME_MARK, startTrace } from './helpers/mainThreadTasks'
import { quarterNames } from './helpers/select'
import { startCpuProfile } from './helpers/cpuProfile'
import { writeHeapSnapshot } from './helpers/heapSnapshot'

/** The bound on any one task of the window's thread while a file is read. */
const LONGEST_TASK_MS = 100

const PAGE_HEAD =
  "'''Test Lab Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Search ==\n{| class=\"wikitable\"\n|-\n"

/** What shows the outcome: an element matching `selector` whose text holds `text`. */
interface Outcome {
  selector: string
  text: string
}

/**
 * What starts the watch: a file chosen (the file input's change event), or
 * a click on the button whose text is `click`.
 */
type Start = { file: true } | { click: string }

/**
 * Watches the page from `start` until `outcome` shows, and a second after:
 * the longest main-thread task (PerformanceObserver, long tasks) and the time
 * to the outcome. The moment the outcome shows is also marked
 * (OUTCOME_MARK), so the trace can tell the tasks before it from those
 * after. All of it runs in the page, so that no locator of Playwright's polls
 * meanwhile: those walk the page on its own thread, and would be counted.
 */
async function watchFrom(page: Page, start: Start, outcome: Outcome): Promise<void> {
  await page.evaluate(
    ({ start, outcome: { selector, text }, mark }) => {
      const watch = { chosenAt: -1, elapsed: -1, longest: 0, frameGap: 0, shown: Promise.resolve() }
      Object.assign(window, { fileWatch: watch })
      // Noted, not checked: the longest wait between two frames, which also sees layout.
      let lastFrame = -1
      const frame = (at: number) => {
        if (watch.chosenAt >= 0 && lastFrame >= 0)
          watch.frameGap = Math.max(watch.frameGap, at - lastFrame)
        lastFrame = at
        requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // The task that ran the change or click event began just before it: counted.
          if (watch.chosenAt < 0 || entry.startTime + entry.duration < watch.chosenAt) continue
          watch.longest = Math.max(watch.longest, entry.duration)
        }
      }).observe({ type: 'longtask' })
      const started = (event: Event) => {
        const target = event.target instanceof Element ? event.target : null
        if (watch.chosenAt >= 0 || !target) return
        const chosen =
          'file' in start
            ? event.type === 'change' &&
              target instanceof HTMLInputElement &&
              target.type === 'file'
            : event.type === 'click' &&
              target.closest('button')?.textContent?.trim() === start.click
        if (chosen) watch.chosenAt = performance.now()
      }
      document.addEventListener('change', started, { capture: true })
      document.addEventListener('click', started, { capture: true })
      watch.shown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const found = [...document.querySelectorAll(selector)].some((element) => {
            const shownText = element.textContent?.trim() ?? ''
            return shownText !== '' && shownText.includes(text)
          })
          if (!found || watch.chosenAt < 0) return
          watch.elapsed = performance.now() - watch.chosenAt
          performance.mark(mark)
          observer.disconnect()
          resolve()
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      })
    },
    { start, outcome, mark: OUTCOME_MARK },
  )
}

/** Waits for the outcome and a second more; then the time to it and the longest task. */
async function watched(
  page: Page,
): Promise<{ elapsed: number; longest: number; frameGap: number }> {
  return page.evaluate(async () => {
    const watch = (
      window as unknown as {
        fileWatch: { shown: Promise<void>; elapsed: number; longest: number; frameGap: number }
      }
    ).fileWatch
    await watch.shown
    // What follows the outcome at once (the rest of a page going into the editor) counts too.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    return { elapsed: watch.elapsed, longest: watch.longest, frameGap: watch.frameGap }
  })
}

/** The CPU time of the longest main-thread task, until the outcome showed and after it. */
interface Measured {
  /** From the start to the outcome and a second after. */
  cpu: number
  /** Of these, the tasks that began before the outcome showed. */
  untilOutcome: number
}

/**
 * Traces the window's thread while `act` starts what `start` names and until
 * `outcome` shows and a second after; returns the CPU time of its longest
 * task (noted on the test with the time it took and the long-task
 * observer's wall time), and that of the tasks that began before the outcome.
 */
async function measure(
  page: Page,
  testInfo: TestInfo,
  label: string,
  start: Start,
  act: () => Promise<void>,
  outcome: Outcome,
): Promise<Measured> {
  await watchFrom(page, start, outcome)
  const stopProfile = await startCpuProfile(page, label)
  const stopTrace = await startTrace(page)
  await act()
  const { elapsed, longest, frameGap } = await watched(page)
  const trace = await stopTrace()
  await stopProfile()
  const tasks = mainThreadTasks(trace)
  // No mark: the trace ended before the outcome (Chromium's trace buffer was full).
  const shownAt = markTimes(trace, OUTCOME_MARK).at(-1)
  if (shownAt === undefined) throw new Error(`${label}: the trace holds no mark of the outcome`)
  const longestOf = (list: typeof tasks) => list.reduce((most, task) => Math.max(most, task.cpu), 0)
  const cpu = longestOf(tasks)
  const untilOutcome = longestOf(tasks.filter((task) => task.at < shownAt))
  // Where the longest task came from, for a run that fails: CI runs have failed on a task of
  // 120-140 ms that the page's own long-task observer never saw, for files refused in 1 ms of
  // the app's work.
  const longestTask = tasks.find((task) => task.cpu === cpu)
  const origin = longestTask?.postedFrom ? `, posted from ${longestTask.postedFrom}` : ''
  const description = `${label}: ${Math.round(elapsed)} ms to the result; longest task ${Math.round(untilOutcome)} ms of CPU until it showed, ${Math.round(cpu)} ms with the second after${origin} (${Math.round(longest)} ms of wall time as the page's long-task observer saw it); longest frame gap ${Math.round(frameGap)} ms`
  testInfo.annotations.push({ type: 'main thread', description })
  console.log(description)
  return { cpu, untilOutcome }
}

/**
 * Chooses the file `name` holding `content` in the dialog that `open` brings
 * up and returns the CPU time of the longest main-thread task until `outcome`
 * shows and a second after. The file is written to disk and chosen by path.
 */
async function chooseAndMeasure(
  page: Page,
  testInfo: TestInfo,
  file: { name: string; content: string | Buffer },
  open: () => Promise<void>,
  outcome: Outcome,
): Promise<number> {
  const path = testInfo.outputPath(file.name)
  writeFileSync(path, file.content)
  const choosing = page.waitForEvent('filechooser')
  await open()
  const chooser = await choosing
  const { cpu } = await measure(
    page,
    testInfo,
    file.name,
    { file: true },
    () => chooser.setFiles(path),
    outcome,
  )
  return cpu
}

async function importFile(page: Page, testInfo: TestInfo, name: string, content: string | Buffer) {
  await page.getByRole('tab', { name: 'Import', exact: true }).click()
  const button = page.getByRole('button', { name: 'Open .wiki/.txt file…' })
  return chooseAndMeasure(page, testInfo, { name, content }, () => button.click(), {
    selector: 'section[aria-label="Page read"], .exchange-error',
    text: '',
  })
}

const messages = (page: Page) => page.getByRole('region', { name: /^Messages/ })

async function openBackupFile(
  page: Page,
  testInfo: TestInfo,
  name: string,
  content: string | Buffer,
  said: 'Opened' | 'Could not open',
) {
  return chooseAndMeasure(
    page,
    testInfo,
    { name, content },
    () => menuAction(page, 'Open backup…'),
    {
      selector: '[role="status"], [role="alert"]',
      text: `${said}`,
    },
  )
}

const cellsPerLine = (cells: number) =>
  PAGE_HEAD + Array.from({ length: cells }, (_, k) => `| cell ${k}`).join('\n')
const cellsOnOneLine = (cells: number) =>
  `${PAGE_HEAD}| ${Array.from({ length: cells }, (_, k) => `cell ${k}`).join(' || ')}`
const headersPerLine = (cells: number) =>
  PAGE_HEAD + Array.from({ length: cells }, (_, k) => `! h${k}`).join('\n')
const headersOnOneLine = (cells: number) =>
  `${PAGE_HEAD}! ${Array.from({ length: cells }, (_, k) => `h${k}`).join(' !! ')}`
const rowsOfGoals = (rows: number) =>
  PAGE_HEAD +
  Array.from({ length: rows }, (_, k) => `|-\n| Goal number ${k} || {{Done}}`).join('\n')

test.describe('pages given to Import', () => {
  // The file, what it is, and what the preview then says.
  for (const [name, content, found] of [
    ['cells-per-line.wiki', () => cellsPerLine(200_000), '1 goal,'],
    // One goal of 2 million characters: the preview shows its start and how much more.
    ['cells-on-one-line.wiki', () => cellsOnOneLine(200_000), 'more characters'],
    ['headers-per-line.wiki', () => headersPerLine(100_000), 'Table header row skipped'],
    ['headers-on-one-line.wiki', () => headersOnOneLine(100_000), 'Table header row skipped'],
  ] as const) {
    test(`${name} is read with no task over ${LONGEST_TASK_MS} ms`, async ({ page }, testInfo) => {
      test.setTimeout(180_000)
      await freshApp(page)
      const longest = await importFile(page, testInfo, name, content())
      await expect(page.getByRole('region', { name: 'Page read' })).toContainText(found)
      expect(longest).toBeLessThan(LONGEST_TASK_MS)
    })
  }
})

/**
 * A page of more goals than a quarter holds (MAX_GOALS_PER_QUARTER) is read
 * and refused in one sentence, with no quarter made: at 100,000-200,000 goals
 * making it a quarter held the window 100-200 ms in V8's garbage collection
 * alone, and a 20 MB page can hold over half a million.
 */
test(`a page of 200000 goals is refused with no task over ${LONGEST_TASK_MS} ms`, async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await freshApp(page)
  const longest = await importFile(page, testInfo, 'goals-200000.wiki', rowsOfGoals(200_000))
  await expect(page.getByRole('alert')).toContainText(
    'a quarter holds at most 50,000 goals, and this one would hold 200,000',
  )
  await expect(page.getByRole('button', { name: 'Create quarter from this page' })).toHaveCount(0)
  expect(longest).toBeLessThan(LONGEST_TASK_MS)
})

/**
 * The most goals a quarter holds (MAX_GOALS_PER_QUARTER), made a quarter
 * from a page, and its board opened: watched from the click until the board
 * shows every goal (the Done column's count) and a second after. The store
 * checks each slice of rows as it lands, big commands are checked and applied
 * in turns, the new quarter is shown from the command's rows (not read back),
 * and the board's lookups are made in turns before it shows. Before the
 * store stopped reading each add's result (db/keysFromValues.ts), garbage
 * collections during the write paused the window for 64-230 ms: 126 and 230
 * ms failed CI on 2026-12-03; after, 39-60 ms here (GC no longer the longest).
 */
const GOALS_CREATED = MAX_GOALS_PER_QUARTER

test(`a ${GOALS_CREATED}-goal page becomes a quarter and its board opens with no task over ${LONGEST_TASK_MS} ms`, async ({
  page,
}, testInfo) => {
  // Written in slices of 100 rows: about a minute and a half on the shared 2-core machine.
  test.setTimeout(480_000)
  await freshApp(page)
  await importFile(page, testInfo, `goals-${GOALS_CREATED}.wiki`, rowsOfGoals(GOALS_CREATED))
  await expect(page.getByRole('region', { name: 'Page read' })).toContainText(
    `${GOALS_CREATED} goals`,
  )
  const create = 'Create quarter from this page'
  // Stored, then the view turns to the new quarter's board, which reads it back from the store.
  const { cpu } = await measure(
    page,
    testInfo,
    `${create} (goals-${GOALS_CREATED}.wiki) and its board`,
    { click: create },
    () => page.getByRole('button', { name: create }).click(),
    {
      selector: `section[aria-label="Done"] .column-count[aria-label="${GOALS_CREATED} goals"]`,
      text: String(GOALS_CREATED),
    },
  )
  await expect(
    page.getByRole('region', { name: 'Done' }).getByLabel(`${GOALS_CREATED} goals`),
  ).toBeVisible()
  await writeHeapSnapshot(page, `board of goals-${GOALS_CREATED}`)
  expect(cpu).toBeLessThan(LONGEST_TASK_MS)
})

test('a Latin-1 page and a binary file given to Import', async ({ page }, testInfo) => {
  await freshApp(page)
  const latin1 = Buffer.from(
    `${PAGE_HEAD}| Am\u00e9liorer la qualit\u00e9 || {{Done}}\n|}\n`,
    'latin1',
  )
  expect(await importFile(page, testInfo, 'qualite.wiki', latin1)).toBeLessThan(LONGEST_TASK_MS)
  await expect(page.getByRole('alert')).toContainText('is not UTF-8 text')
  const binary = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.alloc(1024 * 1024, 7),
  ])
  expect(await importFile(page, testInfo, 'photo.png', binary)).toBeLessThan(LONGEST_TASK_MS)
  await expect(page.getByRole('alert')).toContainText('photo.png is not a wiki page')
})

/**
 * Goals of the big quarter merged: its colleague's copy, every goal's note
 * longer, is 18.7 MB, near the size limit. Before the merge ran in the
 * worker, 2,000 goals held the window for 64 ms. On the build of 2026-12-03
 * this size held it for 100-351 ms in most runs, in tasks that moved the
 * file's text between the window and the workers and in the put of the
 * merged backup's base row as a string; now the worker decodes the file's
 * bytes itself and the base row holds a Blob.
 */
const MERGED_GOALS = Number(process.env.MERGED_GOALS ?? 28_000)

function bigBackup(megabytes: number): string {
  const quarter = generateWikiQuarter({ teams: 20, goalsPerTeam: 100, groupsPerTeam: 3 })
  const one = serializeBackup([quarter], 0).length
  const copies = Math.max(1, Math.floor((megabytes * 1024 * 1024) / one))
  let next = 0
  const newId = () => `copy-${next++}`
  const docs = Array.from({ length: copies }, (_, k) => {
    const copy = reidentifyPlan(quarter, newId)
    return { ...copy, plan: { ...copy.plan, fiscalYear: 2000 + k } }
  })
  return serializeBackup(docs, 0)
}

test.describe('files given to Open backup', () => {
  test('a valid backup just under the size limit', async ({ page }, testInfo) => {
    test.setTimeout(240_000)
    await freshApp(page)
    const longest = await openBackupFile(page, testInfo, 'big.json', bigBackup(19.5), 'Opened')
    await expect.poll(() => quarterNames(page)).toHaveLength(14)
    expect(longest).toBeLessThan(LONGEST_TASK_MS)
  })

  /**
   * A colleague's copy of a quarter of `goals` goals, every goal changed,
   * merged three ways: the copy descends from the backup this quarter was
   * opened from, and every change was made on their side only, so all are
   * taken without asking. The file is read and merged in the reading worker;
   * the window only builds the save in turns and writes it.
   */
  for (const goals of [2_000, MERGED_GOALS]) {
    test(`a colleague's copy of a ${goals}-goal quarter, every goal changed, given to Merge backup`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(goals > 2_000 ? 480_000 : 240_000)
      await freshApp(page)
      const quarter = generateWikiQuarter({
        teams: 20,
        goalsPerTeam: goals / 20,
        groupsPerTeam: 3,
      })
      const savedAt = '2026-01-01T00:00:00.000Z'
      const shared = serializeBackup([quarter], Date.parse(savedAt), new Map(), {
        backupId: 'shared-backup',
      })
      await openBackupFile(page, testInfo, 'shared.json', shared, 'Opened')
      const theirs = {
        ...quarter,
        goals: quarter.goals.map((goal) => ({ ...goal, note: `${goal.note} Checked again.` })),
      }
      const file = serializeBackup([theirs], Date.parse(savedAt) + 86_400_000, new Map(), {
        backupId: 'their-copy',
        backupBases: new Map([
          [quarter.plan.id, { backupId: 'shared-backup', savedAt, earlier: [] }],
        ]),
      })
      const longest = await chooseAndMeasure(
        page,
        testInfo,
        { name: 'theirs.json', content: file },
        () => menuAction(page, 'Merge backup…'),
        // The message may be gone by the time the trace is read: the watch waits for its words.
        {
          selector: '[role="status"], [role="alert"]',
          text: `Merged theirs.json: ${goals} changes from the backup applied`,
        },
      )
      expect(longest).toBeLessThan(LONGEST_TASK_MS)
    })
  }

  test('a 52 MB backup', async ({ page }, testInfo) => {
    await freshApp(page)
    const longest = await openBackupFile(
      page,
      testInfo,
      'huge.json',
      bigBackup(52),
      'Could not open',
    )
    await expect(messages(page)).toContainText(
      /"huge\.json" is 5\d\.\d MB; Quarterdeck opens files up to 20\.0 MB\./,
    )
    expect(longest).toBeLessThan(LONGEST_TASK_MS)
  })

  test('a backup nested 100,000 levels deep', async ({ page }, testInfo) => {
    await freshApp(page)
    const depth = 100_000
    const nested = `{"format":"quarterdeck","version":1,"plans":[${'['.repeat(depth)}${']'.repeat(depth)}]}`
    const longest = await openBackupFile(page, testInfo, 'nested.json', nested, 'Could not open')
    await expect(messages(page)).toContainText('nests lists or objects more than 64 levels deep')
    expect(longest).toBeLessThan(LONGEST_TASK_MS)
  })

  test('a Latin-1 backup and a binary file', async ({ page }, testInfo) => {
    await freshApp(page)
    const latin1 = Buffer.from('{"format":"quarterdeck","note":"Qualit\u00e9"}', 'latin1')
    expect(
      await openBackupFile(page, testInfo, 'latin1.json', latin1, 'Could not open'),
    ).toBeLessThan(LONGEST_TASK_MS)
    await expect(messages(page)).toContainText('latin1.json is not UTF-8 text')
    const binary = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(1024 * 1024, 7),
    ])
    expect(
      await openBackupFile(page, testInfo, 'photo.png', binary, 'Could not open'),
    ).toBeLessThan(LONGEST_TASK_MS)
    await expect(messages(page)).toContainText('photo.png is not a Quarterdeck backup')
  })
})

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures used from this pattern: none
test('a valid backup just under the size limit replaces a store whose files are damaged', async ({}, testInfo) => {
  test.setTimeout(300_000)
  const profile = testInfo.outputPath('profile')
  const baseURL = String(testInfo.project.use.baseURL)
  const before = await startOnProfile(profile, baseURL)
  await before.page.getByRole('button', { name: 'Load example quarter' }).click()
  await expect(before.page.locator('.board[aria-busy="false"]')).toBeVisible()
  await before.context.close()
  garble(storeFolder(profile))

  // The damaged-store page stores the backup as the desktop app restores an automatic one.
  const app = await startOnProfile(profile, baseURL)
  const replace = app.page.getByRole('button', { name: 'Replace it with a backup file…' })
  const longest = await chooseAndMeasure(
    app.page,
    testInfo,
    { name: 'big.json', content: bigBackup(19.5) },
    () => replace.click(),
    { selector: '.column-count', text: '' },
  )
  await expect.poll(() => quarterNames(app.page)).toHaveLength(14)
  await app.context.close()
  expect(longest).toBeLessThan(LONGEST_TASK_MS)
})
