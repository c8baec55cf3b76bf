/**
 * Status updates as a team records them: a first update from the board,
 * cards moved, a second update with what changed since highlighted, items
 * edited, removed and added before saving; past updates edited and deleted
 * (and undone); the page's Status block; the goal's history and the
 * quarter's activity.
 */
import { card, column, dragCard, exampleQuarter, expect, freshApp, test } from './fixtures'
import { createQuarter, quickAdd } from './board.helpers'
import { exportedPage, fillInPlace, showView, teamNav, teamPage } from './team.helpers'

// Many steps: generous on a shared 2-core machine; a hang still fails.
test.describe.configure({ timeout: 240_000 })

test('records updates after moving cards, with the changes since the last one highlighted', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Kerberos service', 'Zookeeper cluster', 'Superset upgrade'])

  // The first update: every goal, by status, today's date; nothing to compare with.
  await showView(page, 'Team')
  const analytics = teamPage(page, 'Analytics')
  await analytics.getByRole('button', { name: 'Record status update' }).click()
  const first = page.getByRole('dialog', { name: 'Record status update: Analytics' })
  await expect(first.getByLabel('Date', { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await first.getByLabel('Date', { exact: true }).fill('2019-10-28')
  await expect(first).toContainText('First update of this team')
  await expect(first.locator('.update-item.changed')).toHaveCount(0)
  await expect(first.getByLabel('Item 1 text')).toHaveValue('Kerberos service')
  await first.getByRole('button', { name: 'Save update' }).click()
  await expect(first).toBeHidden()
  await expect(analytics.getByRole('listitem', { name: 'October 28, 2019 status' })).toContainText(
    'Zookeeper cluster',
  )

  // On the board: one goal done, one in progress, one new.
  await showView(page, 'Board')
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'Done'))
  await expect(card(column(page, 'Done'), 'Kerberos service')).toBeVisible()
  await dragCard(page, card(page, 'Zookeeper cluster'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Zookeeper cluster')).toBeVisible()
  await quickAdd(page, 'To do', ['Hadoop client on dump hosts'])

  await showView(page, 'Team')
  await analytics.getByRole('button', { name: 'Record status update' }).click()
  const second = page.getByRole('dialog', { name: 'Record status update: Analytics' })
  await second.getByLabel('Date', { exact: true }).fill('2019-12-12')
  await expect(second).toContainText('what changed since the October 28, 2019 update')
  // Board order: To do, In progress, Done.
  const item = (n: number) => second.getByLabel(`Item ${n} text`)
  await expect(item(1)).toHaveValue('Superset upgrade')
  await expect(item(2)).toHaveValue('Hadoop client on dump hosts')
  await expect(item(3)).toHaveValue('Zookeeper cluster')
  await expect(item(4)).toHaveValue('Kerberos service')
  await expect(second.getByRole('listitem', { name: 'Analytics item 1' })).not.toHaveClass(
    /changed/,
  )
  await expect(second.getByRole('listitem', { name: 'Analytics item 2, New' })).toHaveClass(
    /changed-new/,
  )
  await expect(
    second.getByRole('listitem', { name: 'Analytics item 3, Moved from To do' }),
  ).toHaveClass(/changed-moved/)
  await expect(second.getByRole('listitem', { name: 'Analytics item 4, Done since' })).toHaveClass(
    /changed-done/,
  )

  // Edit one, remove one, add a free item.
  await item(4).fill('Kerberos service in production')
  await second.getByRole('button', { name: 'Remove item 1' }).click()
  await second.getByRole('button', { name: 'Add item to Analytics' }).click()
  await second.getByLabel('Item 4 text').fill('Hired a data engineer')
  await second.getByRole('button', { name: 'Save update' }).click()
  await expect(second).toBeHidden()
  const december = analytics.getByRole('listitem', { name: 'December 12, 2019 status' })
  await expect(december).toContainText('Kerberos service in production')
  await expect(december).toContainText('Hired a data engineer')
  await expect(december).not.toContainText('Superset upgrade')

  // The page's Status block: both updates, dated, grouped by status.
  let wikitext = await exportedPage(page)
  expect(wikitext).toContain("'''Status'''\n* October 28, 2019 status:\n** {{To do}}")
  expect(wikitext).toMatch(
    /\* December 12, 2019 status:\n\*\* \{\{To do\}\}\n\*\*\* Hadoop client on dump hosts\n\*\* \{\{In progress\}\}\n\*\*\* Zookeeper cluster\n\*\* \{\{Done\}\}\n\*\*\* Kerberos service in production\n\*\* Hired a data engineer/,
  )

  // Edit the first update's date, delete the second, undo the delete.
  await showView(page, 'Team')
  await analytics.getByRole('button', { name: 'Edit October 28, 2019 status' }).click()
  const editing = page.getByRole('dialog', { name: 'Edit status update: Analytics' })
  await editing.getByLabel('Date', { exact: true }).fill('2019-10-29')
  await editing.getByRole('button', { name: 'Save update' }).click()
  await expect(analytics.getByRole('listitem', { name: 'October 29, 2019 status' })).toBeVisible()
  await analytics.getByRole('button', { name: 'Delete December 12, 2019 status' }).click()
  await expect(december).toHaveCount(0)
  await page
    .getByRole('status')
    .filter({ hasText: 'Status update deleted' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(december).toBeVisible()
  wikitext = await exportedPage(page)
  expect(wikitext).toContain('* October 29, 2019 status:')
  expect(wikitext).toContain('* December 12, 2019 status:')
})

test('the goal editor shows the goal’s history; the activity view lists changes since a date', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Kerberos service', 'Zookeeper cluster'])
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Kerberos service')).toBeVisible()
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'Done'))
  await expect(card(column(page, 'Done'), 'Kerberos service')).toBeVisible()

  await card(page, 'Kerberos service').click()
  const editor = page.getByRole('dialog', { name: 'Edit goal' })
  await editor.getByText('Status history (3)').click()
  const history = editor.getByRole('list', { name: 'Status history' }).getByRole('listitem')
  await expect(history).toHaveText([
    /added as To do$/,
    /To do → In progress$/,
    /In progress → Done$/,
  ])
  await editor.getByRole('button', { name: 'Cancel', exact: true }).click()

  await showView(page, 'Activity')
  const activity = page.getByRole('region', { name: 'Activity' })
  await expect(activity.getByRole('listitem')).toHaveText([
    /Kerberos service \(Analytics\) In progress → Done$/,
    /Kerberos service \(Analytics\) To do → In progress$/,
    /Zookeeper cluster \(Analytics\) added as To do$/,
    /Kerberos service \(Analytics\) added as To do$/,
  ])
  // A date after today: nothing since.
  await activity.getByLabel('Changes since').fill('2999-01-01')
  await expect(activity).toContainText('No status changes since then.')
})

test('the activity view lists only the changes since the date chosen', async ({ page }) => {
  // The page's clock (Date only; timers run as they do) says when each change happens.
  await page.clock.setFixedTime(new Date('2019-10-01T10:00:00'))
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Kerberos service', 'Zookeeper cluster'])
  await page.clock.setFixedTime(new Date('2019-11-05T10:00:00'))
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'In progress'))
  await expect(card(column(page, 'In progress'), 'Kerberos service')).toBeVisible()
  await page.clock.setFixedTime(new Date('2019-11-20T10:00:00'))
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'Done'))
  await expect(card(column(page, 'Done'), 'Kerberos service')).toBeVisible()

  await showView(page, 'Activity')
  const activity = page.getByRole('region', { name: 'Activity' })
  const since = activity.getByLabel('Changes since')
  // A week before today by default: only the last move.
  await expect(since).toHaveValue('2019-11-13')
  await expect(activity.getByRole('listitem')).toHaveText([
    /Kerberos service \(Analytics\) In progress → Done$/,
  ])
  await since.fill('2019-11-05')
  await expect(activity.getByRole('listitem')).toHaveText([
    /Kerberos service \(Analytics\) In progress → Done$/,
    /Kerberos service \(Analytics\) To do → In progress$/,
  ])
  await since.fill('2019-09-30')
  await expect(activity.getByRole('listitem')).toHaveCount(4)
  await expect(activity.getByRole('listitem').last()).toHaveText(
    /Kerberos service \(Analytics\) added as To do$/,
  )
  await since.fill('2019-11-21')
  await expect(activity).toContainText('No status changes since then.')
})

test('an update of every team of the example quarter opens with each team closed, with its counts', async ({
  page,
}) => {
  await exampleQuarter(page)
  await showView(page, 'Team')
  await teamNav(page).getByRole('button', { name: 'Record status update for all teams' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record status update for all teams' })
  const sections = dialog.getByRole('region', { name: /^Update of / })
  await expect(sections.first()).toBeVisible()
  expect(await sections.count()).toBeGreaterThan(5)
  // 170 goals: no rows until a team is opened, each team says how many it has.
  await expect(dialog.locator('.update-item')).toHaveCount(0)
  const first = sections.first()
  await expect(first.locator('summary')).toContainText(/\d+ items?/)
  const team = ((await first.getAttribute('aria-label')) ?? '').replace(/^Update of /, '')
  await first.locator('summary').click()
  const text = first.getByLabel('Item 1 text')
  await text.fill('Edited in the department update')
  await dialog.getByLabel('Date', { exact: true }).fill('2020-01-06')
  await dialog.getByRole('button', { name: 'Save update' }).click()
  await expect(dialog).toBeHidden()

  await teamNav(page).getByRole('button', { name: team, exact: true }).click()
  await expect(
    teamPage(page, team).getByRole('listitem', { name: 'January 6, 2020 status' }),
  ).toContainText('Edited in the department update')
})

test('undo and redo take back a recorded update, a team edit and a move, pressed from other views', async ({
  page,
}) => {
  await freshApp(page)
  await createQuarter(page)
  await quickAdd(page, 'To do', ['Kerberos service', 'Zookeeper cluster'])
  await dragCard(page, card(page, 'Kerberos service'), column(page, 'Done'))
  await expect(card(column(page, 'Done'), 'Kerberos service')).toBeVisible()

  await showView(page, 'Team')
  const analytics = teamPage(page, 'Analytics')
  await fillInPlace(analytics.getByLabel('Managers'), 'Kate Zimmerman')
  await analytics.getByRole('button', { name: 'Record status update' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record status update: Analytics' })
  await dialog.getByLabel('Date', { exact: true }).fill('2019-11-04')
  await dialog.getByRole('button', { name: 'Save update' }).click()
  await expect(dialog).toBeHidden()
  const update = analytics.getByRole('listitem', { name: 'November 4, 2019 status' })
  await expect(update).toBeVisible()

  // From the Activity view, the focus on one of its goals.
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
  await showView(page, 'Activity')
  const activity = page.getByRole('region', { name: 'Activity' })
  await activity.getByRole('button', { name: 'Zookeeper cluster' }).focus()
  await page.keyboard.press(`${mod}+z`)
  await expect(
    page.getByRole('status').filter({ hasText: 'Record status update: undone.' }),
  ).toBeVisible()
  await page.keyboard.press(`${mod}+z`)
  await showView(page, 'Team')
  await expect(update).toHaveCount(0)
  await expect(analytics.getByLabel('Managers')).toHaveValue('')
  // From the Team view, the third undo takes the move back.
  await page.keyboard.press(`${mod}+z`)
  await showView(page, 'Board')
  await expect(card(column(page, 'To do'), 'Kerberos service')).toBeVisible()

  // Redo all three, from the board, each in turn.
  await page.locator('body').click({ position: { x: 5, y: 600 } })
  await page.keyboard.press(`${mod}+Shift+z`)
  await expect(card(column(page, 'Done'), 'Kerberos service')).toBeVisible()
  await page.keyboard.press(`${mod}+Shift+z`)
  await page.keyboard.press(`${mod}+Shift+z`)
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
  await showView(page, 'Team')
  await expect(analytics.getByLabel('Managers')).toHaveValue('Kate Zimmerman')
  await expect(update).toBeVisible()
})
