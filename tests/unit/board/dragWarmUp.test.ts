// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Announcements, SensorProps, SensorOptions } from '@dnd-kit/core'
import {
  DragWarmUpEvent,
  DragWarmUpSensor,
  isDragWarmUp,
  warmUpDrag,
} from '../../../src/renderer/features/board/dragWarmUp'
import { silencedWhile } from '../../../src/renderer/features/board/announcements'

function board(...goalIds: string[]): HTMLElement {
  const element = document.createElement('div')
  const list = document.createElement('ul')
  for (const id of goalIds) {
    const card = document.createElement('li')
    card.dataset.goalId = id
    list.append(card)
  }
  element.append(list)
  document.body.append(element)
  return element
}

/** The props dnd-kit gives a sensor, with the callbacks recorded. */
function sensorProps(event: Event) {
  const calls: string[] = []
  const props = {
    event,
    onStart: (coordinates: { x: number; y: number }) =>
      calls.push(`start ${coordinates.x},${coordinates.y}`),
    onCancel: () => calls.push('cancel'),
    onEnd: () => calls.push('end'),
    onMove: () => calls.push('move'),
  } as unknown as SensorProps<SensorOptions>
  return { props, calls }
}

describe('the drag warm-up', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => callback(performance.now()), 16),
    )
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.replaceChildren()
  })

  it('starts nothing on a board without cards', async () => {
    await expect(warmUpDrag(board())).resolves.toBe(false)
  })

  it('ends at once when nobody takes the event (no drag and drop on the card)', async () => {
    const element = board('g1', 'g2')
    const seen: Event[] = []
    element.querySelector('li')?.addEventListener('pointercancel', (event) => seen.push(event))
    await expect(warmUpDrag(element)).resolves.toBe(false)
    expect(seen).toHaveLength(1)
    expect(isDragWarmUp(seen[0] ?? null)).toBe(true)
  })

  it('picks the first card wholly in view, never one a scrolled column has out of sight', async () => {
    const element = board('above', 'half', 'seen', 'also-seen')
    const list = element.querySelector('ul')
    list?.setAttribute('role', 'region')
    const place = (target: Element | null | undefined, top: number, bottom: number) => {
      if (!target) throw new Error('no element to place')
      vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(
        new DOMRect(10, top, 200, bottom - top),
      )
    }
    const cards = [...element.querySelectorAll('li')]
    place(element, 0, 700)
    // The column shows 100–600; the cards above were mounted for the scroll, not seen.
    place(list, 100, 600)
    place(cards[0], -300, -200)
    place(cards[1], 50, 150)
    place(cards[2], 160, 260)
    place(cards[3], 270, 370)
    const picked: string[] = []
    element.addEventListener('pointercancel', (event) =>
      picked.push((event.target as HTMLElement).dataset.goalId ?? ''),
    )
    await warmUpDrag(element)
    expect(picked).toEqual(['seen'])

    // A column scrolled so that no card is wholly in view: no warm-up at all.
    place(list, 155, 200)
    await expect(warmUpDrag(element)).resolves.toBe(false)
    expect(picked).toEqual(['seen'])
  })

  it('is answered only by its own event, not by a real pointercancel', () => {
    const [activator] = DragWarmUpSensor.activators
    const answer = (nativeEvent: Event) =>
      activator?.handler({ nativeEvent }, {}, { active: {} as never })
    expect(activator?.eventName).toBe('onPointerCancel')
    expect(answer(new DragWarmUpEvent(() => {}))).toBe(true)
    expect(answer(new Event('pointercancel', { bubbles: true }))).toBe(false)
    expect(isDragWarmUp(new Event('pointercancel'))).toBe(false)
    expect(isDragWarmUp(null)).toBe(false)
  })

  it('picks the card up where it is and cancels two frames later, never moving or dropping it', () => {
    let cancelled = 0
    const event = new DragWarmUpEvent(() => cancelled++)
    const { props, calls } = sensorProps(event)
    const sensor = new DragWarmUpSensor(props)
    expect(sensor.autoScrollEnabled).toBe(false)
    expect(event.started).toBe(true)
    expect(calls).toEqual(['start 0,0'])
    vi.advanceTimersByTime(16)
    expect(calls).toEqual(['start 0,0'])
    vi.advanceTimersByTime(16)
    expect(calls).toEqual(['start 0,0', 'cancel'])
    expect(cancelled).toBe(1)
    vi.advanceTimersByTime(1000)
    expect(calls).toEqual(['start 0,0', 'cancel'])
  })
})

describe('silencedWhile', () => {
  it('says nothing while silent, yet runs every announcement so its state keeps up', () => {
    const heard: string[] = []
    const words = (what: string) => {
      heard.push(what)
      return what
    }
    const announcements: Announcements = {
      onDragStart: () => words('picked up'),
      onDragOver: () => words('over'),
      onDragEnd: () => words('dropped'),
      onDragCancel: () => words('cancelled'),
    }
    let silent = true
    const silenced = silencedWhile(() => silent, announcements)
    const args = { active: {} as never, over: null }
    expect(silenced.onDragStart(args)).toBeUndefined()
    expect(silenced.onDragCancel(args)).toBeUndefined()
    expect(silenced.onDragMove).toBeUndefined()
    silent = false
    expect(silenced.onDragStart(args)).toBe('picked up')
    expect(silenced.onDragOver(args)).toBe('over')
    expect(silenced.onDragEnd(args)).toBe('dropped')
    expect(heard).toEqual(['picked up', 'cancelled', 'picked up', 'over', 'dropped'])
  })
})
