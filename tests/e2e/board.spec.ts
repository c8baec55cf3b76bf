import { boardIdle, card, column, dragCard, expect, freshApp, reloadApp, test } from './fixtures'
import {
  afterFrames,
  cardTexts,
  columnCount,
  FIVE_COLUMNS,
  freshQuarter,
  quickAdd,
  submitQuarter,
} from './board.helpers'

test.describe('the board', () => {
  // Whole user journeys of many steps: more time than the default on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 })

  test('quick add refuses empty text and adds goals at the end of the column', async ({ page }) => {
    await freshQuarter(page)
    const todo = column(page, 'To do')
    await todo.getByRole('button', { name: 'Add goal to To do' }).click()
    const form = todo.getByRole('form', { name: 'New goal in To do' })
    await form.getByLabel('New team name').fill('Analytics')
    await form.getByLabel('Goal text').press('Enter')
    await expect(form.getByRole('alert')).toHaveText('Goal text cannot be empty.')
    await expect(todo.getByRole('listitem')).toHaveCount(0)

    await quickAdd(page, 'To do', ['Migrate eventlogging to python3', 'Superset upgrade'])
    await quickAdd(page, 'Blocked', ['Describe statement of work'])
    // Escape closed the form (see quickAdd): the focus is back on the button that opened it.
    await expect(
      column(page, 'Blocked').getByRole('button', { name: 'Add goal to Blocked' }),
    ).toBeFocused()
    expect(await cardTexts(page, 'To do')).toEqual([
      'Migrate eventlogging to python3',
      'Superset upgrade',
    ])
    await expect(columnCount(page, 'To do')).toHaveText('2')
    await expect(columnCount(page, 'Blocked')).toHaveText('1')
    await expect(card(todo, 'Superset upgrade')).toHaveAccessibleName(
      'Superset upgrade, Analytics, To do',
    )
  })

  test('quick add keeps every key a person types right after creating a quarter', async ({
    page,
  }) => {
    // No pause between creating the quarter and typing: the board is draggable from its
    // first frame, so nothing replaces the form or takes the focus while the store writes.
    await freshApp(page)
    await submitQuarter(page)
    await column(page, 'To do').getByRole('button', { name: 'Add goal to To do' }).click()
    const quickAddForm = page.getByRole('form', { name: 'New goal in To do' })
    await expect(quickAddForm.getByLabel('Goal text')).toBeFocused()
    await page.keyboard.type('Superset upgrade')
    await quickAddForm.getByLabel('New team name').click()
    await page.keyboard.type('Analy')
    await page.keyboard.type('tics')
    await expect(quickAddForm.getByLabel('New team name')).toBeFocused()
    await expect(quickAddForm.getByLabel('New team name')).toHaveValue('Analytics')
    await expect(quickAddForm.getByLabel('Goal text')).toHaveValue('Superset upgrade')
    await page.keyboard.press('Enter')
    await expect(card(column(page, 'To do'), 'Superset upgrade')).toHaveAccessibleName(
      /^Superset upgrade, Analytics, To do/,
    )
  })

  test('a card dragged with the mouse through all five columns stays where it was dropped', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['New zookeeper cluster for tier-2', 'Superset upgrade'])
    const text = 'New zookeeper cluster for tier-2'
    for (const label of FIVE_COLUMNS.slice(1)) {
      await dragCard(page, card(page, text), column(page, label))
      await expect(card(column(page, label), text)).toBeVisible()
      await expect(card(column(page, label), text)).toHaveAccessibleName(new RegExp(`, ${label}$`))
      await expect(columnCount(page, label)).toHaveText('1')
    }
    await expect(columnCount(page, 'To do')).toHaveText('1')
    await dragCard(page, card(page, text), column(page, 'To do'))
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Superset upgrade', text])

    await dragCard(page, card(page, text), column(page, 'Done'))
    await expect(card(column(page, 'Done'), text)).toBeVisible()
    await boardIdle(page)
    await reloadApp(page)
    await expect(card(column(page, 'Done'), text)).toBeVisible()
    await expect(columnCount(page, 'To do')).toHaveText('1')
  })

  test('reorders cards within a column with the mouse, and the order survives a reload', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'In progress', ['First', 'Second', 'Third', 'Fourth'])
    const inProgress = column(page, 'In progress')
    await dragCard(page, card(inProgress, 'Fourth'), card(inProgress, 'First'))
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Fourth', 'First', 'Second', 'Third'])
    await dragCard(page, card(inProgress, 'First'), card(inProgress, 'Third'))
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Fourth', 'Second', 'Third', 'First'])
    await boardIdle(page)
    await reloadApp(page)
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Fourth', 'Second', 'Third', 'First'])
  })

  test('Escape during a mouse drag puts the card back where it was', async ({ page }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta', 'Gamma'])
    await dragCard(page, card(page, 'Alpha'), column(page, 'Blocked'), { cancel: true })
    await expect(columnCount(page, 'Blocked')).toHaveText('0')
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Alpha', 'Beta', 'Gamma'])
    await reloadApp(page)
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Alpha', 'Beta', 'Gamma'])
  })

  test('a card released with the mouse outside every column goes back where it was', async ({
    page,
  }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Alpha', 'Beta', 'Gamma'])
    const blocked = column(page, 'Blocked')
    // Above the board (the header), beside it (its right edge) and below it.
    const viewport = page.viewportSize()!
    const outside = [
      async () => {
        const box = (await page.locator('.app-header').boundingBox())!
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      },
      async () => {
        const box = (await blocked.boundingBox())!
        return { x: viewport.width - 2, y: box.y + box.height / 2 }
      },
      async () => {
        const box = (await blocked.boundingBox())!
        return { x: box.x + box.width / 2, y: viewport.height - 2 }
      },
    ]
    for (const where of outside) {
      await boardIdle(page)
      // The card slides home after the previous round's cancel; a press taken
      // from a sliding card can miss it, so wait until it stands still.
      await card(page, 'Beta').hover({ trial: true })
      const from = (await card(page, 'Beta').boundingBox())!
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
      await page.mouse.down()
      await page.mouse.move(from.x + 20, from.y + 20, { steps: 3 })
      await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Picked up goal Beta')
      // Over Blocked first: the card shows there while the pointer is over it.
      const over = (await blocked.boundingBox())!
      await page.mouse.move(over.x + over.width / 2, over.y + 60, { steps: 8 })
      await expect(card(blocked, 'Beta')).toHaveCount(1)
      const point = await where()
      await page.mouse.move(point.x, point.y, { steps: 8 })
      await page.mouse.move(point.x, point.y - 1)
      await page.mouse.up()
      await expect(columnCount(page, 'Blocked')).toHaveText('0')
      await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Alpha', 'Beta', 'Gamma'])
    }
    await reloadApp(page)
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Alpha', 'Beta', 'Gamma'])
    await expect(columnCount(page, 'Blocked')).toHaveText('0')
  })

  test('moves a card with the keyboard and announces where it went', async ({ page }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Keyboard goal', 'Other goal'])
    await quickAdd(page, 'In progress', ['Running goal'])
    const live = page.locator('[id^="DndLiveRegion"]')

    await boardIdle(page)

    await card(page, 'Keyboard goal').focus()
    await page.keyboard.press('Space')
    await expect(live).toHaveText('Picked up goal Keyboard goal in To do, position 1 of 2.')
    await afterFrames(page, 3)
    await page.keyboard.press('ArrowRight')
    await expect(live).toHaveText('Goal Keyboard goal is over In progress, position 1 of 2.')
    await page.keyboard.press('ArrowDown')
    await expect(live).toHaveText('Goal Keyboard goal is over In progress, position 2 of 2.')
    await page.keyboard.press('Space')
    await expect(live).toHaveText('Goal Keyboard goal was moved to In progress, position 2 of 2.')
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Running goal', 'Keyboard goal'])
    await boardIdle(page)

    // Escape cancels a keyboard move too.
    // Each key waits for its announcement, as the first move does. dnd-kit
    // measures the columns in the frames after a pick-up, and an arrow key
    // pressed before that is dropped (a person never presses that fast).
    await boardIdle(page)
    await card(page, 'Other goal').focus()
    await page.keyboard.press('Space')
    await expect(live).toHaveText('Picked up goal Other goal in To do, position 1 of 1.')
    await afterFrames(page, 3)
    await page.keyboard.press('ArrowRight')
    await expect(live).toHaveText(/Goal Other goal is over In progress, position \d of 3\./)
    await page.keyboard.press('ArrowRight')
    await expect(live).toHaveText(/Goal Other goal is over Done, position 1 of 1\./)
    await page.keyboard.press('Escape')
    await expect(live).toHaveText(/Moving was cancelled/)
    await expect.poll(() => cardTexts(page, 'To do')).toEqual(['Other goal'])

    await reloadApp(page)
    await expect
      .poll(() => cardTexts(page, 'In progress'))
      .toEqual(['Running goal', 'Keyboard goal'])
  })

  test('two tabs show each other’s changes without a reload', async ({ page, context }) => {
    await freshQuarter(page)
    await quickAdd(page, 'To do', ['Shared goal'])
    const other = await context.newPage()
    await other.goto('/')
    await expect(card(column(other, 'To do'), 'Shared goal')).toBeVisible()

    await dragCard(page, card(page, 'Shared goal'), column(page, 'Done'))
    await expect(card(column(other, 'Done'), 'Shared goal')).toBeVisible()
    await quickAdd(other, 'Blocked', ['Added in the other tab'])
    await expect(card(column(page, 'Blocked'), 'Added in the other tab')).toBeVisible()
    await other.close()
  })
})
