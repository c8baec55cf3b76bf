/**
 * The theme: System follows the system setting as it changes; Light or Dark,
 * chosen in the header's menu, is drawn at once and still chosen after a reload.
 */
import type { Page } from '@playwright/test'
import { expect, exampleQuarter, openMenu, reloadApp, test } from './fixtures'

/** The relative luminance (0 black, 1 white) of the page's background. */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement)
      .backgroundColor.match(/\d+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
      }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  })
}

async function chooseTheme(page: Page, name: 'System' | 'Light' | 'Dark'): Promise<void> {
  const menu = await openMenu(page)
  await menu.getByRole('menuitemradio', { name }).click()
  await expect(menu).toBeHidden()
}

test('System follows the system setting while it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await exampleQuarter(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'light')
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.8)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await backgroundLuminance(page)).toBeLessThan(0.05)
  const menu = await openMenu(page)
  await expect(menu.getByRole('menuitemradio', { name: 'System' })).toBeChecked()
})

test('Dark chosen in the menu is drawn at once, overrides a light system and survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await exampleQuarter(page)
  const html = page.locator('html')
  await chooseTheme(page, 'Dark')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await backgroundLuminance(page)).toBeLessThan(0.05)
  // Cards and text change with it: light text on dark cards.
  const card = page.locator('li[data-goal-id]').first()
  const colours = await card.evaluate((c) => [
    getComputedStyle(c).backgroundColor,
    getComputedStyle(c.querySelector('.card-text')!).color,
  ])
  expect(colours).toEqual(['rgb(26, 30, 35)', 'rgb(230, 233, 236)'])

  await reloadApp(page)
  await expect(html).toHaveAttribute('data-theme', 'dark')
  const menu = await openMenu(page)
  await expect(menu.getByRole('menuitemradio', { name: 'Dark' })).toBeChecked()
  await page.keyboard.press('Escape')

  // Light wins over a dark system too, and System hands back to the system.
  await page.emulateMedia({ colorScheme: 'dark' })
  await chooseTheme(page, 'Light')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await chooseTheme(page, 'System')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await reloadApp(page)
  await expect(html).toHaveAttribute('data-theme', 'dark')
})
