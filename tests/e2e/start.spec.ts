import { card, column, expect, freshApp, reloadApp, test, menuAction, menuButton } from './fixtures'
import { BOARD_COLUMNS, createQuarter } from './board.helpers'
import { chooseOption, optionNames, quarterNames, quarterSwitcher } from './helpers/select'

test.describe('first run', () => {
  // Whole user journeys of many steps: more time than the default on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 })

  test('creates a quarter from the empty state and returns to it after a reload', async ({
    page,
  }) => {
    await freshApp(page)
    await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
    await expect(
      page.getByText(/Your goals are stored on this computer, in .*IndexedDB/),
    ).toBeVisible()

    const form = page.getByRole('form', { name: 'Create quarter' })
    // The period follows the fields as they change.
    await form.getByLabel('Year the fiscal year starts').fill('2019')
    await chooseOption(form, 'Quarter', 'Q2')
    await expect(page.getByTestId('period-label')).toHaveText(
      'FY2019–20 Q2: October – December 2019',
    )
    await chooseOption(form, 'Quarter', 'Q3')
    await expect(page.getByTestId('period-label')).toHaveText('FY2019–20 Q3: January – March 2020')
    await chooseOption(form, 'Month the fiscal year starts', 'January')
    await expect(page.getByTestId('period-label')).toHaveText('FY2019 Q3: July – September 2019')
    await chooseOption(form, 'Month the fiscal year starts', 'July')

    // No department: a message, and no quarter is created.
    await form.getByRole('button', { name: 'Create quarter' }).click()
    await expect(form.getByRole('alert')).toHaveText('Department name is required.')
    await expect(column(page, 'To do')).toHaveCount(0)

    // A department no wiki page title can begin with: the sentence, and no quarter.
    await form.getByLabel('Department name').fill('Tech | Infra')
    await form.getByRole('button', { name: 'Create quarter' }).click()
    await expect(form.getByRole('alert')).toHaveText(
      'Department name cannot hold “|”: it begins the title of the quarter’s wiki page, and MediaWiki titles cannot.',
    )
    await expect(column(page, 'To do')).toHaveCount(0)
    await form.getByLabel('Department name').fill('')

    await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
    const regions = page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
    await expect(regions).toHaveCount(6)
    for (const [index, label] of BOARD_COLUMNS.entries()) {
      await expect(regions.nth(index)).toHaveAccessibleName(label)
      await expect(column(page, label).locator('.column-count')).toHaveText('0')
    }
    await expect(quarterSwitcher(page)).toContainText('FY2019–20 Q2 · October – December 2019')

    await reloadApp(page)
    await expect(column(page, 'To do')).toBeVisible()
    await expect(quarterSwitcher(page)).toContainText('Wikimedia Technology')
  })

  test('loads the example quarter with its teams, statuses and tasks', async ({ page }) => {
    await freshApp(page)
    await page.getByRole('button', { name: 'Load example quarter' }).click()
    const done = column(page, 'Done')
    const example = card(done, 'Initial (Stream) Config Service implementation in vagrant')
    await expect(example).toBeVisible()
    await expect(example).toContainText('Analytics')
    await expect(example).toContainText('T233634')
    await expect(
      card(column(page, 'Postponed'), 'Resolve Kafka Connect HDFS Licensing issue'),
    ).toBeVisible()
    const carried = card(column(page, 'In progress'), 'Deploy Entropy-based alarms')
    await expect(carried).toContainText('this work continues from Q1')
    // Several dozen goals across the columns.
    await expect.poll(() => page.getByRole('listitem').count()).toBeGreaterThan(30)
    expect(await optionNames(page, 'Team filter')).toEqual(
      expect.arrayContaining(['Analytics', 'Core Platform', 'Performance']),
    )
  })

  test('asks the browser to keep the goals on a full disk once there is a quarter, once per window', async ({
    page,
  }) => {
    // Counts the app's requests: the outcome is the browser's choice, the request is the app's.
    await page.addInitScript(() => {
      const calls = { persist: 0 }
      Object.assign(window, { __storageCalls: calls })
      const storage = navigator.storage
      const persist = storage.persist.bind(storage)
      storage.persist = () => {
        calls.persist += 1
        return persist()
      }
    })
    const persistCalls = () =>
      page.evaluate(
        () => (window as unknown as { __storageCalls: { persist: number } }).__storageCalls.persist,
      )
    const persisted = () => page.evaluate(() => navigator.storage.persisted())

    await freshApp(page)
    await expect(page.getByRole('heading', { name: 'Plan your first quarter' })).toBeVisible()
    // An empty first run has nothing to lose: no request, so no browser asks its user.
    expect(await persistCalls()).toBe(0)

    await page.getByRole('button', { name: 'Load example quarter' }).click()
    await expect(column(page, 'Done')).toBeVisible()
    await expect.poll(persistCalls).toBe(1)
    // Switching views renders the shell again; the window still asked only once.
    await page.getByRole('tab', { name: 'Export', exact: true }).click()
    await page.getByRole('tab', { name: 'Board', exact: true }).click()
    await expect(column(page, 'Done')).toBeVisible()
    expect(await persistCalls()).toBe(1)

    // A new window asks again, unless the browser already made the store persistent.
    const grantedBefore = await persisted()
    await reloadApp(page)
    await expect(column(page, 'Done')).toBeVisible()
    await expect.poll(persistCalls).toBe(grantedBefore ? 0 : 1)
  })

  test('"New quarter" in the header adds a second quarter and switches to it', async ({ page }) => {
    await freshApp(page)
    await createQuarter(page, 'Wikimedia Technology', '2019', 'Q2')
    const newQuarter = menuButton(page)
    await menuAction(page, 'New quarter')
    const dialog = page.getByRole('dialog', { name: 'New quarter' })
    await expect(dialog.getByLabel('Department name')).toBeFocused()
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(newQuarter).toBeFocused()
    await menuAction(page, 'New quarter')
    await dialog.getByLabel('Department name').fill('Wikimedia Technology')
    await dialog.getByLabel('Year the fiscal year starts').fill('2019')
    await chooseOption(dialog, 'Quarter', 'Q3')
    await dialog.getByRole('button', { name: 'Create quarter' }).click()
    await expect(dialog).toBeHidden()
    await expect(quarterSwitcher(page)).toContainText('Q3')
    await expect.poll(() => quarterNames(page)).toHaveLength(2)
  })
})
