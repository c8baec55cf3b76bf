/**
 * Drag and drop on the board, without a hook per card: one controller on the
 * board element takes the pointer and the keys of every card (event
 * delegation), reads the columns' and cards' boxes from the page, and keeps
 * the drag's order in the board's state. During a drag the board shows that
 * local order (the carried card takes its place at once); on drop the move
 * command changes the quarter in memory in the same event (the write to the
 * store follows), so the local order is dropped at once and nothing flickers.
 * Only the columns whose order changed render again, and in them only the
 * cards whose place changed.
 */
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react'
import { flushSync } from 'react-dom'
import type { Goal } from '../../../shared/model'
import type { StatusId } from '../../../shared/statuses'
import { moveGoal } from '../../commands/goalCommands'
import { performWithToast } from '../../commands/perform'
import { boardAnnouncements } from './announcements'
import { cardOfGoal } from './cardElements'
import type { ColumnItems } from '../../../shared/columns'
import { dropTarget, isSamePlace } from './columns'
import {
  isMoveKey,
  keyboardMove,
  orderOver,
  targetAt,
  type Box,
  type ColumnBox,
  type Point,
} from './dragGeometry'

/** A pointer drag released outside this board's columns (swimlanes: maybe in another lane). */
export interface DropOutside {
  goalId: string
  point: Point
}

/** The picture of the carried card that follows the pointer. */
export interface DragPicture {
  goalId: string
  /** The card's box when it was picked up. */
  box: Box
}

/** Everything the board needs to render a drag. */
export interface BoardDrag {
  items: ColumnItems
  activeId: string | null
  /** How the card is carried: with the pointer (a picture follows it) or the keyboard. */
  mode: 'pointer' | 'keyboard' | null
  picture: DragPicture | null
  /** The picture's element: moved by the controller, not by React, as the pointer moves. */
  pictureRef: RefObject<HTMLDivElement | null>
  /** The board's live region, where the drag's announcements are written. */
  liveRef: RefObject<HTMLDivElement | null>
  /** Handlers for the board element. */
  onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

// A few pixels of travel before a drag starts, so a click still opens the editor.
const ACTIVATION_DISTANCE = 5
// Near a column's top or bottom edge (px) the column scrolls, faster nearer the edge.
const SCROLL_EDGE = 48
const SCROLL_MAX_STEP = 18
const CARD = 'li[data-goal-id]'

/** The board's columns and their cards as boxes, read from the page when needed. */
function columnBoxes(board: HTMLElement): ColumnBox[] {
  const boxes: ColumnBox[] = []
  for (const section of board.querySelectorAll<HTMLElement>(':scope > [data-status]')) {
    const status = section.dataset.status as StatusId
    boxes.push({
      status,
      box: section.getBoundingClientRect(),
      cards: () =>
        [...section.querySelectorAll<HTMLElement>(`.cards > ${CARD}`)].map((card) => ({
          id: card.dataset.goalId ?? '',
          box: card.getBoundingClientRect(),
        })),
    })
  }
  return boxes
}

/** The column under `point` if the point is near its top or bottom edge: how far to scroll it. */
function edgeScroll(
  board: HTMLElement,
  point: Point,
): { column: HTMLElement; step: number } | null {
  for (const section of board.querySelectorAll<HTMLElement>(':scope > [data-status]')) {
    const box = section.getBoundingClientRect()
    if (point.x < box.left || point.x > box.right || point.y < box.top || point.y > box.bottom) {
      continue
    }
    const fromTop = point.y - box.top
    const fromBottom = box.bottom - point.y
    if (fromTop < SCROLL_EDGE && section.scrollTop > 0) {
      return { column: section, step: -Math.ceil(SCROLL_MAX_STEP * (1 - fromTop / SCROLL_EDGE)) }
    }
    if (
      fromBottom < SCROLL_EDGE &&
      section.scrollTop + section.clientHeight < section.scrollHeight
    ) {
      return { column: section, step: Math.ceil(SCROLL_MAX_STEP * (1 - fromBottom / SCROLL_EDGE)) }
    }
    return null
  }
  return null
}

/** Keeps the click that ends a pointer drag from opening the card under it. */
function swallowNextClick(): void {
  const swallow = (event: MouseEvent) => {
    event.stopPropagation()
    event.preventDefault()
  }
  window.addEventListener('click', swallow, { capture: true, once: true })
  // A click, if any, follows the release in the same input event; none after.
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0)
}

/** Drag state and handlers for a board showing `baseItems` (from memory). */
export function useBoardDrag(
  baseItems: ColumnItems,
  columns: readonly StatusId[],
  goals: ReadonlyMap<string, Goal>,
  boardRef: RefObject<HTMLElement | null>,
  onDropOutside?: (drop: DropOutside) => void,
): BoardDrag {
  const [dragItems, setDragItems] = useState<ColumnItems | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [mode, setMode] = useState<'pointer' | 'keyboard' | null>(null)
  const [picture, setPicture] = useState<DragPicture | null>(null)
  const items = dragItems ?? baseItems
  const pictureRef = useRef<HTMLDivElement | null>(null)
  const liveRef = useRef<HTMLDivElement | null>(null)
  // Refs let the handlers (created once per render, called later) read the latest state.
  const itemsRef = useRef(items)
  const activeRef = useRef<string | null>(null)
  const modeRef = useRef<'pointer' | 'keyboard' | null>(null)
  const startRef = useRef<ColumnItems | null>(null)
  const goalsRef = useRef(goals)
  const columnsRef = useRef(columns)
  const onDropOutsideRef = useRef(onDropOutside)
  // Where the picture is, relative to where the card was picked up.
  const offsetRef = useRef<Point>({ x: 0, y: 0 })
  // The card to give the focus back to once the board has rendered a keyboard drop.
  const refocusRef = useRef<string | null>(null)
  // Removes the window's key listener of a keyboard drag.
  const stopKeysRef = useRef<(() => void) | null>(null)
  useEffect(() => () => stopKeysRef.current?.(), [])
  useLayoutEffect(() => {
    if (!dragItems) itemsRef.current = baseItems
    goalsRef.current = goals
    columnsRef.current = columns
    onDropOutsideRef.current = onDropOutside
  })
  const announcements = useMemo(
    () => boardAnnouncements((id) => goalsRef.current.get(id)?.text ?? 'unknown'),
    [],
  )

  // The picture follows the pointer; React only mounts it.
  useLayoutEffect(() => {
    const { x, y } = offsetRef.current
    if (picture && pictureRef.current)
      pictureRef.current.style.transform = `translate(${x}px, ${y}px)`
  }, [picture])

  // A card carried with the keyboard keeps the focus and stays in view as it moves between
  // columns (React mounts it anew in another list); so does a card dropped with the keyboard.
  useLayoutEffect(() => {
    const board = boardRef.current
    const id = mode === 'keyboard' ? activeId : refocusRef.current
    if (!board || id === null) return
    refocusRef.current = null
    const card = cardOfGoal(board, id)
    if (!card) return
    if (document.activeElement !== card) card.focus({ preventScroll: true })
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })

  function announce(message: string | undefined) {
    if (message !== undefined && liveRef.current) liveRef.current.textContent = message
  }

  // The pointer's handlers are the window's, not React's: their updates are rendered at once
  // (flushSync), so the page shows the order the next pointer event measures against, and a
  // drop is one render, with the moved goal in memory, before the next frame.
  function update(next: ColumnItems) {
    if (next === itemsRef.current) return
    itemsRef.current = next
    flushSync(() => setDragItems(next))
  }

  function start(id: string, how: 'pointer' | 'keyboard') {
    startRef.current = itemsRef.current
    activeRef.current = id
    modeRef.current = how
    setActiveId(id)
    setMode(how)
    setDragItems(itemsRef.current)
    announce(announcements.pickedUp(itemsRef.current, id))
  }

  function end() {
    stopKeysRef.current?.()
    stopKeysRef.current = null
    startRef.current = null
    activeRef.current = null
    modeRef.current = null
    setActiveId(null)
    setMode(null)
    setPicture(null)
    setDragItems(null)
  }

  function cancel() {
    const id = activeRef.current
    const startItems = startRef.current
    if (id === null) return
    if (startItems) itemsRef.current = startItems
    if (modeRef.current === 'keyboard') refocusRef.current = id
    end()
    announce(announcements.cancelled(id))
  }

  /** Drops the carried card where the board shows it, or back where it was when `outside`. */
  function drop(outside: boolean): void {
    const id = activeRef.current
    const startItems = startRef.current
    if (id === null || !startItems) return
    const final = outside ? startItems : itemsRef.current
    if (modeRef.current === 'keyboard') refocusRef.current = id
    itemsRef.current = final
    end()
    announce(announcements.dropped(outside ? null : final, id))
    const target = dropTarget(final, id)
    if (outside || !target || isSamePlace(startItems, final, id)) return
    // Memory changes now, in this event: React renders the drop with the drag's end.
    void performWithToast((quarter) => moveGoal(quarter, id, target.status, target.beforeGoalId))
  }

  /** Moves the carried card to where the pointer is; true when the pointer is over a column. */
  function pointerOver(point: Point): boolean {
    const board = boardRef.current
    const id = activeRef.current
    const startItems = startRef.current
    if (!board || id === null || !startItems) return false
    const over = targetAt(point, columnBoxes(board), id)
    // Outside every column the card shows back where it was: where a release puts it.
    update(over === null ? startItems : orderOver(itemsRef.current, id, over))
    announce(announcements.over(over === null ? null : itemsRef.current, id))
    return over !== null
  }

  function onPointerDown(event: ReactPointerEvent<HTMLElement>) {
    const board = boardRef.current
    if (event.button !== 0 || !event.isPrimary || activeRef.current !== null || !board) return
    const card = (event.target as Element).closest<HTMLElement>(CARD)
    const id = card?.dataset.goalId
    if (!card || id === undefined || !board.contains(card)) return
    const pointerId = event.pointerId
    const origin = { x: event.clientX, y: event.clientY }
    let point = origin
    let started = false
    let frame = 0
    // Whether the pointer was over a column at its last move: a release drops the card where
    // the board shows it then.
    let over = true

    const scrollNearEdges = () => {
      frame = 0
      const found = started && boardRef.current ? edgeScroll(boardRef.current, point) : null
      if (!found) return
      found.column.scrollTop += found.step
      over = pointerOver(point)
      frame = requestAnimationFrame(scrollNearEdges)
    }
    const move = (moved: PointerEvent) => {
      if (moved.pointerId !== pointerId) return
      point = { x: moved.clientX, y: moved.clientY }
      if (!started) {
        if (Math.hypot(point.x - origin.x, point.y - origin.y) < ACTIVATION_DISTANCE) return
        started = true
        offsetRef.current = { x: 0, y: 0 }
        const box = card.getBoundingClientRect()
        flushSync(() => {
          setPicture({ goalId: id, box })
          start(id, 'pointer')
        })
      }
      offsetRef.current = { x: point.x - origin.x, y: point.y - origin.y }
      const shown = pictureRef.current
      if (shown)
        shown.style.transform = `translate(${offsetRef.current.x}px, ${offsetRef.current.y}px)`
      over = pointerOver(point)
      if (!frame) frame = requestAnimationFrame(scrollNearEdges)
    }
    const stop = () => {
      window.removeEventListener('pointermove', move, true)
      window.removeEventListener('pointerup', up, true)
      window.removeEventListener('pointercancel', lost, true)
      window.removeEventListener('keydown', escape, true)
      if (frame) cancelAnimationFrame(frame)
    }
    const up = (released: PointerEvent) => {
      if (released.pointerId !== pointerId) return
      stop()
      if (!started) return
      swallowNextClick()
      point = { x: released.clientX, y: released.clientY }
      flushSync(() => {
        drop(!over)
        if (!over) onDropOutsideRef.current?.({ goalId: id, point })
      })
    }
    const lost = (cancelled: PointerEvent) => {
      if (cancelled.pointerId !== pointerId) return
      stop()
      if (started) flushSync(cancel)
    }
    const escape = (pressed: globalThis.KeyboardEvent) => {
      if (pressed.key !== 'Escape' || !started) return
      pressed.preventDefault()
      pressed.stopPropagation()
      stop()
      flushSync(cancel)
    }
    window.addEventListener('pointermove', move, true)
    window.addEventListener('pointerup', up, true)
    window.addEventListener('pointercancel', lost, true)
    window.addEventListener('keydown', escape, true)
  }

  /**
   * The keys of a keyboard drag, taken by the window while it lasts (as the focus can leave
   * the card for a moment, when a long column's window mounts it anew).
   */
  function carryKey(event: globalThis.KeyboardEvent) {
    const id = activeRef.current
    if (id === null || modeRef.current !== 'keyboard') return
    if (event.code === 'Space') {
      if (!event.repeat) flushSync(() => drop(false))
    } else if (event.code === 'Escape') {
      flushSync(cancel)
    } else if (isMoveKey(event.code)) {
      update(keyboardMove(itemsRef.current, id, event.code, columnsRef.current))
      announce(announcements.over(itemsRef.current, id))
    } else {
      return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  /** Space on a card picks it up (the window takes the keys from then on). */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target = event.target as HTMLElement
    const id = target.matches(CARD) ? target.dataset.goalId : undefined
    if (id === undefined || activeRef.current !== null) return
    if (event.code !== 'Space' || event.repeat) return
    event.preventDefault()
    start(id, 'keyboard')
    const listener = (pressed: globalThis.KeyboardEvent) => carryKeyRef.current(pressed)
    window.addEventListener('keydown', listener, true)
    stopKeysRef.current = () => window.removeEventListener('keydown', listener, true)
  }

  const carryKeyRef = useRef(carryKey)
  useLayoutEffect(() => {
    carryKeyRef.current = carryKey
  })

  return { items, activeId, mode, picture, pictureRef, liveRef, onPointerDown, onKeyDown }
}
