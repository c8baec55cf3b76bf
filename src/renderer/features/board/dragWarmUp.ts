/**
 * The drag warm-up: one drag through dnd-kit that nobody sees, run once while
 * the board is idle after it opens (see useDragWarmUp).
 *
 * Why: the end of a drag renders every mounted card again and runs the drop
 * animation. The first time, V8 runs that code cold, so on the benchmark's
 * 2-core machine a person's first drop after a start took about 80 ms to
 * paint and every later one about 35 ms. Ending one drag before the person's
 * first makes that first drop a later one.
 *
 * A DragWarmUpEvent dispatched on a card in view starts the drag; only
 * DragWarmUpSensor answers it. The sensor picks the card up where it is,
 * never moves it, and cancels two frames later, once dnd-kit has measured
 * the board as it does for a real drag.
 */
import type { SyntheticEvent } from 'react'
import type { Activators, SensorInstance, SensorOptions, SensorProps } from '@dnd-kit/core'

/**
 * Dispatched on a card to start the warm-up. A pointercancel, because that
 * is an event React delegates and no other sensor of the board listens to;
 * a real pointercancel is not a DragWarmUpEvent and starts nothing.
 */
export class DragWarmUpEvent extends Event {
  /** Set by the sensor: dnd-kit took the event and a drag started. */
  started = false

  constructor(
    /** Called once the drag has been cancelled. */
    readonly cancelled: () => void,
  ) {
    super('pointercancel', { bubbles: true })
  }
}

/** True for the warm-up's drag (dnd-kit passes its activator event to every drag event). */
export function isDragWarmUp(activatorEvent: Event | null): boolean {
  return activatorEvent instanceof DragWarmUpEvent
}

function afterFrames(count: number, callback: () => void): void {
  if (count === 0) callback()
  else requestAnimationFrame(() => afterFrames(count - 1, callback))
}

/** The dnd-kit sensor of the warm-up: picks the card up, then cancels. */
export class DragWarmUpSensor implements SensorInstance {
  static activators: Activators<SensorOptions> = [
    {
      eventName: 'onPointerCancel',
      handler: ({ nativeEvent }: SyntheticEvent) => nativeEvent instanceof DragWarmUpEvent,
    },
  ]

  autoScrollEnabled = false

  constructor({ event, onStart, onCancel }: SensorProps<SensorOptions>) {
    const warmUp = event as DragWarmUpEvent
    warmUp.started = true
    // Nothing moves: every translate of the drag is zero.
    onStart({ x: 0, y: 0 })
    afterFrames(2, () => {
      onCancel()
      warmUp.cancelled()
    })
  }
}

/** True when `inner` lies wholly inside `outer`. */
function isWithin(inner: DOMRect, outer: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>) {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  )
}

/**
 * The first card of `board` wholly in view: inside its column's scrolled box,
 * the board's and the window's. The end of a drag, the warm-up's too, scrolls
 * its card into view if the card is off screen (dnd-kit's drop animation), so
 * a card mounted just outside a scrolled column would scroll that column.
 */
function firstCardInView(board: HTMLElement): Element | null {
  const boardBox = board.getBoundingClientRect()
  const windowBox = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth }
  for (const card of board.querySelectorAll('li[data-goal-id]')) {
    const box = card.getBoundingClientRect()
    const column = card.closest('[role="region"]')
    if (column && !isWithin(box, column.getBoundingClientRect())) continue
    if (isWithin(box, boardBox) && isWithin(box, windowBox)) return card
  }
  return null
}

/**
 * Runs the warm-up drag on the first card in view on `board`. Resolves once
 * dnd-kit has cancelled it: true, or false at once if no drag started (no
 * card in view, or a drag already under way).
 */
export function warmUpDrag(board: HTMLElement): Promise<boolean> {
  const card = firstCardInView(board)
  if (!card) return Promise.resolve(false)
  return new Promise((resolve) => {
    const event = new DragWarmUpEvent(() => resolve(true))
    card.dispatchEvent(event)
    if (!event.started) resolve(false)
  })
}
