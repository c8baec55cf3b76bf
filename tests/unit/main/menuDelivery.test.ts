/**
 * Menu commands wait for a page that listens: none is lost because no window
 * was open or its page was still loading.
 */
import { describe, expect, it } from 'vitest'
import { IPC, type MenuCommand } from '../../../src/shared/api'
import { createMenuDelivery, type CommandPage } from '../../../src/main/menuDelivery'

class Page implements CommandPage {
  static next = 1
  readonly id = Page.next++
  received: MenuCommand[] = []
  destroyed = false
  send(channel: string, command: MenuCommand): void {
    expect(channel).toBe(IPC.menuCommand)
    this.received.push(command)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}

function setUp() {
  const opened: Page[] = []
  let current: Page | undefined
  const delivery = createMenuDelivery({
    current: () => current,
    open: () => {
      const page = new Page()
      opened.push(page)
      current = page
      return page
    },
  })
  return { delivery, opened, focus: (page: Page | undefined) => (current = page) }
}

describe('menu delivery', () => {
  it('sends at once to a page that listens', () => {
    const { delivery, focus } = setUp()
    const page = new Page()
    focus(page)
    delivery.listening(page)
    delivery.send('find')
    expect(page.received).toEqual(['find'])
  })

  it('opens a window when none is open, and delivers there once its page listens, in order', () => {
    const { delivery, opened } = setUp()
    delivery.send('new-quarter')
    delivery.send('find')
    expect(opened).toHaveLength(1)
    const page = opened[0]!
    expect(page.received).toEqual([])
    delivery.listening(page)
    expect(page.received).toEqual(['new-quarter', 'find'])
    delivery.send('undo')
    expect(opened).toHaveLength(1)
    expect(page.received).toEqual(['new-quarter', 'find', 'undo'])
  })

  it('holds commands while a page reloads, and drops them when it closes', () => {
    const { delivery, focus } = setUp()
    const page = new Page()
    focus(page)
    delivery.listening(page)
    delivery.loading(page)
    delivery.send('save-backup')
    expect(page.received).toEqual([])
    delivery.listening(page)
    expect(page.received).toEqual(['save-backup'])

    const other = new Page()
    focus(other)
    delivery.send('open-backup')
    delivery.closed(other.id)
    delivery.listening(other)
    expect(other.received).toEqual([])
  })

  it('never sends to a page that is gone', () => {
    const { delivery, focus } = setUp()
    const page = new Page()
    focus(page)
    delivery.listening(page)
    page.destroyed = true
    delivery.send('find')
    expect(page.received).toEqual([])
  })
})
