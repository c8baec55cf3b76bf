/**
 * Publishing to and pulling from a real MediaWiki in web mode: the wiki is
 * Debian's MediaWiki served by PHP (tests/mediawiki/server.ts), the page
 * reaches it only through its own 127.0.0.1 server's wiki routes, and the
 * test types the wiki's address as a person would.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { connectWiki } from '../../src/main/wiki/wikiClient'
import { exportWikitext, importWikitext } from '../../src/shared/wiki'
import { findMediaWiki } from '../mediawiki/mediawiki'
import { serveWiki, type ServedWiki } from '../mediawiki/server'
import { wikiSuiteDecision } from '../mediawiki/suiteDecision'
import { cardTexts, freshQuarter, quickAdd } from './board.helpers'
import {
  boardIdle,
  card,
  column,
  dragCard,
  expect,
  menuAction,
  openMenu,
  test,
  outsideMessages,
} from './fixtures'

const decision = wikiSuiteDecision(findMediaWiki(), 'publishing to and pulling from MediaWiki')
let wiki: ServedWiki | null = null

test.skip(decision.action === 'skip', decision.action === 'skip' ? decision.message : '')
// A wiki to serve, two publishes, a pull and a merge: slow on a shared 2-core machine.
test.slow()
// One after the other, in one worker: web mode's server keeps one wiki connection for every page,
// and the second test stops its wiki, which would pull the first one's connection from under it.
test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  if (decision.action !== 'run') throw new Error(decision.message)
  wiki = await serveWiki(decision.installPath)
})
test.afterAll(async () => {
  await wiki?.dispose()
})

function served(): ServedWiki {
  if (!wiki) throw new Error('The test wiki is not running')
  return wiki
}

async function connect(page: Page, password: string, name = served().editor.name): Promise<void> {
  // Web mode's server keeps a connection in its memory across pages: the item then names it.
  const menu = await openMenu(page)
  await menu.getByRole('menuitem', { name: /^(Connect a wiki…|Wiki connection…)$/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect a wiki' })
  await dialog.getByLabel('Wiki address (its api.php)').fill(served().apiUrl)
  await dialog.getByLabel('User name (User@app, from Special:BotPasswords)').fill(name)
  await dialog.getByLabel('Bot password', { exact: true }).fill(password)
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
}

/** The colleague's session on the wiki, through the API, and the page `title` as it is now. */
async function colleagueReads(title: string) {
  const session = await connectWiki({
    apiUrl: served().apiUrl,
    username: served().colleague.name,
    password: served().colleague.password,
  })
  if (!session.ok) throw new Error(session.problem.message)
  const latest = await session.value.readLatest(title)
  if (!latest.ok || !latest.value) throw new Error('the page is not on the wiki')
  return { session: session.value, latest: latest.value }
}

/** A colleague marks `goal` blocked and adds a goal of theirs, through the API. */
async function colleagueEdits(title: string, goal: string): Promise<void> {
  const { session, latest } = await colleagueReads(title)
  const imported = importWikitext(latest.content, { pageTitle: title })
  if (!imported.ok) throw new Error(imported.error)
  const doc = imported.doc
  const ship = doc.goals.find((g) => g.text === goal)
  if (!ship) throw new Error(`no goal ${goal} on the page`)
  const theirs = {
    ...doc,
    goals: [
      ...doc.goals.map((g) => (g === ship ? { ...g, status: 'blocked' as const } : g)),
      {
        ...ship,
        id: 'colleague-goal',
        text: 'Goal from a colleague',
        rank: 'zz',
        status: 'todo' as const,
      },
    ],
  }
  const saved = await session.save({
    title,
    text: exportWikitext(theirs),
    summary: 'Status from the team',
    base: { revid: latest.revid, timestamp: latest.timestamp },
    startedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  })
  if (!saved.ok) throw new Error(saved.problem.message)
}

test('connect, publish, a colleague edits the wiki, publish is refused, pull with a conflict chosen, publish again', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])

  // A wrong password is one sentence, and nothing is connected.
  await connect(page, 'x'.repeat(32))
  const connectDialog = page.getByRole('dialog', { name: 'Connect a wiki' })
  await expect(outsideMessages(connectDialog.getByRole('alert'))).toHaveText(
    /refused the user name or bot password; check them on Special:BotPasswords\.$/,
  )
  await connectDialog.getByRole('button', { name: 'Cancel', exact: true }).click()
  await connect(page, served().editor.password)
  await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toContainText(
    'as Editor.',
  )

  // Publish: a new page, the whole page shown as added.
  await menuAction(page, 'Publish to the wiki…')
  const publish = page.getByRole('dialog', { name: 'Publish to the wiki' })
  await expect(publish).toContainText(': a new page.')
  const title = /“(.+)” on /.exec((await publish.locator('p').first().textContent()) ?? '')?.[1]
  if (!title) throw new Error('the dialog names no page')
  const diff = publish.getByRole('textbox', { name: 'Changes to the wiki’s page' })
  await expect(diff.locator('.cm-diff-added').filter({ hasText: 'Ship search' })).toHaveCount(1)
  await expect(diff.locator('.cm-diff-removed')).toHaveCount(0)
  await expect(publish).toContainText(/\d+ lines added\./)
  await publish.getByLabel('Edit summary').fill('First goals')
  await publish.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(publish).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText(
    `Published “${title}” as revision`,
  )

  // Meanwhile: the colleague blocks "Ship search" on the wiki; here it goes in progress.
  await colleagueEdits(title, 'Ship search')
  await dragCard(page, card(page, 'Ship search'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await quickAdd(page, 'Done', ['Goal done here'])
  await boardIdle(page)

  // Publishing now is refused, nothing saved, and Pull is offered. The diff shows the
  // colleague's goal as removed (only the wiki has it) and the goal done here as added,
  // each line saying so to a screen reader, in the wikitext view's highlighting.
  await menuAction(page, 'Publish to the wiki…')
  await expect(outsideMessages(publish.getByRole('alert'))).toContainText(
    'pull first, then publish',
  )
  await expect(publish).toContainText(/\d+ lines? added, \d+ removed\./)
  // The refusal wraps inside the dialog rather than running off its edge.
  expect(await publish.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
  const removedLine = diff.locator('.cm-diff-removed').filter({ hasText: 'Goal from a colleague' })
  await expect(removedLine).toHaveCount(1)
  await expect(removedLine.locator('.cm-diff-sr')).toHaveText('Removed: ')
  await expect(removedLine.locator('.cm-diff-sign [aria-hidden="true"]')).toHaveText('−')
  const addedLine = diff.locator('.cm-diff-added').filter({ hasText: 'Goal done here' })
  await expect(addedLine.locator('.cm-diff-sr')).toHaveText('Added: ')
  // Highlighted as wikitext: some of the page's own text is drawn in a markup colour.
  const highlighted = await diff
    .locator('.cm-line span:not(.cm-diff-sign, .cm-diff-sign *)')
    .evaluateAll((spans) =>
      spans.some(
        (span) =>
          getComputedStyle(span).color !== getComputedStyle(span.closest('.cm-line')!).color,
      ),
    )
  expect(highlighted).toBe(true)
  // The diff (added, removed and folded lines, signs and highlighting) passes axe in both
  // themes, its colours included; axe reads into the view's open shadow root.
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const axe = await new AxeBuilder({ page }).include('.dialog-backdrop').analyze()
    expect(axe.violations.map((v) => `${theme}: ${v.id} ${v.help}`)).toEqual([])
  }
  // The tints: removed and added lines do not look alike, nor like unchanged ones.
  const tint = (line: ReturnType<typeof diff.locator>) =>
    line.first().evaluate((el) => getComputedStyle(el).backgroundColor)
  const [removedTint, addedTint] = [await tint(removedLine), await tint(addedLine)]
  expect(new Set([removedTint, addedTint, await tint(diff.locator('.cm-diff-same'))]).size).toBe(3)
  await expect(publish.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0)
  await publish.getByRole('button', { name: 'Pull from the wiki' }).click()

  // The conflict side by side; the colleague's goal merges without asking.
  const conflicts = page.getByRole('dialog', { name: 'Pull from the wiki' })
  const status = conflicts.getByRole('group', { name: /Goal “Ship search” \(Analytics\): Status/ })
  await expect(status.getByRole('radio', { name: /This computer.*In progress/ })).toBeChecked()
  await status.getByRole('radio', { name: /The wiki.*Blocked/ }).check()
  await conflicts.getByRole('button', { name: 'Merge', exact: true }).click()
  const report = page.getByRole('dialog', { name: 'Pulled from the wiki' })
  await expect(report).toContainText('1 conflict decided')
  await expect(report.getByRole('heading', { name: 'Import report' })).toBeVisible()
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(card(column(page, 'Blocked'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs', 'Goal from a colleague'])
  await expect.poll(() => cardTexts(page, 'Done')).toEqual(['Goal done here'])

  // One Undo takes the whole pull back, the quarter's base with it: publishing is refused again.
  await boardIdle(page)
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+z')
  await expect(card(column(page, 'In progress'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs'])
  await menuAction(page, 'Publish to the wiki…')
  await expect(outsideMessages(publish.getByRole('alert'))).toContainText(
    'pull first, then publish',
  )
  await publish.getByRole('button', { name: 'Cancel', exact: true }).click()
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+y')
  await expect(card(column(page, 'Blocked'), 'Ship search')).toBeVisible()
  await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Write docs', 'Goal from a colleague'])

  // Publishing the merge now succeeds, and the wiki holds it.
  await menuAction(page, 'Publish to the wiki…')
  await expect(publish.getByLabel('Edit summary')).toBeVisible()
  await publish.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(publish).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText(
    `Published “${title}” as revision`,
  )
  const reader = await connectWiki({ apiUrl: served().apiUrl, username: '', password: '' })
  if (!reader.ok) throw new Error(reader.problem.message)
  const onWiki = await reader.value.readLatest(title)
  const content = onWiki.ok ? (onWiki.value?.content ?? '') : ''
  expect(content).toContain('Goal from a colleague')
  expect(content).toContain('Goal done here')

  // The pull cannot be taken back now that its result is published, and Undo says so.
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('alert').filter({ hasText: 'not undone' })).toContainText(
    'was published to the wiki since',
  )
  await expect(card(column(page, 'Blocked'), 'Ship search')).toBeVisible()
})

test('with the wiki unreachable, publish and pull each say so in a sentence and nothing changes', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])
  await connect(page, served().editor.password)
  await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible()

  await served().stop()
  try {
    await menuAction(page, 'Pull from the wiki')
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be reached' })).toContainText(
      'Nothing was changed.',
    )
    await menuAction(page, 'Publish to the wiki…')
    const publish = page.getByRole('dialog', { name: 'Publish to the wiki' })
    // The pull's message is still shown, now inside the dialog (messages move into the open
    // dialog): the dialog's own sentence is the one about publishing.
    await expect(
      outsideMessages(publish.getByRole('alert').filter({ hasText: 'Nothing was published' })),
    ).toContainText(
      'cannot be reached; check the address and the network connection. Nothing was published.',
    )
    await publish.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Ship search', 'Write docs'])
  } finally {
    await served().start()
  }
})

test('a user without edit rights, and a protected page, each get a sentence; nothing is published or changed', async ({
  page,
}) => {
  await freshQuarter(page)
  await quickAdd(page, 'To do', ['Ship search', 'Write docs'])

  // A reader: the login is good, but editing is not theirs; Connect says so and keeps nothing.
  await connect(page, served().reader.password, served().reader.name)
  const connectDialog = page.getByRole('dialog', { name: 'Connect a wiki' })
  await expect(outsideMessages(connectDialog.getByRole('alert'))).toHaveText(
    /^Reader@\S+ may not edit pages on 127\.0\.0\.1:\d+; give the bot password the grants /,
  )
  await connectDialog.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(connectDialog).toBeHidden()

  // A page of its own (the other tests publish the quarter's usual one).
  await menuAction(page, 'Quarter settings')
  const settings = page.getByRole('dialog', { name: 'Quarter settings' })
  await settings.getByLabel('Page title pattern').fill('Protection test/{fy} {quarter}')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toBeHidden()

  // An editor publishes; then an administrator protects the page, and the next publish is refused.
  await connect(page, served().editor.password)
  await expect(page.getByRole('status').filter({ hasText: 'as Editor.' })).toBeVisible()
  await menuAction(page, 'Publish to the wiki…')
  const publish = page.getByRole('dialog', { name: 'Publish to the wiki' })
  await expect(publish).toContainText(': a new page.')
  const title = /“(.+)” on /.exec((await publish.locator('p').first().textContent()) ?? '')?.[1]
  if (!title) throw new Error('the dialog names no page')
  await publish.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(publish).toBeHidden()
  served().protect(title)
  await quickAdd(page, 'To do', ['Goal after the protection'])
  await boardIdle(page)
  // Protecting a page gives it a new revision (the same text): publishing asks to pull first.
  await menuAction(page, 'Publish to the wiki…')
  await expect(outsideMessages(publish.getByRole('alert'))).toContainText(
    'pull first, then publish',
  )
  await publish.getByRole('button', { name: 'Pull from the wiki' }).click()
  const report = page.getByRole('dialog', { name: 'Pulled from the wiki' })
  await expect(report).toBeVisible()
  await report.getByRole('button', { name: 'Close' }).click()
  await menuAction(page, 'Publish to the wiki…')
  await expect(publish.getByRole('button', { name: 'Publish', exact: true })).toBeVisible()
  await publish.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(outsideMessages(publish.getByRole('alert'))).toContainText(
    `The page "${title}" is protected on 127.0.0.1:`,
  )
  await expect(outsideMessages(publish.getByRole('alert'))).toHaveText(/ Nothing was published\.$/)
  await publish.getByRole('button', { name: 'Cancel', exact: true }).click()

  // Nothing local changed, and the wiki's page is as it was before the protection.
  await expect
    .poll(() => cardTexts(page, 'To do'))
    .toEqual(['Ship search', 'Write docs', 'Goal after the protection'])
  const { latest } = await colleagueReads(title)
  expect(latest.content).toContain('Ship search')
  expect(latest.content).not.toContain('Goal after the protection')
})
