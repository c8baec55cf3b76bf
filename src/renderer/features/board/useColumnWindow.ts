/**
 * Windowing of a long column: only the cards in view (plus a margin) are
 * mounted, so a 400-card column does not mount 400 (its first paint and its
 * memory). Short columns mount every card.
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'

/**
 * Columns with more cards than this, about a screen of them at 900 px, are
 * windowed. Not 40, as it was: the 170-goal example quarter's columns of 34
 * then mounted every card, and each drop rendered all 170 sortables again
 * (side by side in one run of bench:board, 170 goals: the first drop's
 * main-thread CPU 28 ms against 44 ms at 40).
 */
export const WINDOW_FROM = 12

// A card with one line of text and its team; measured cards replace the guess.
const ESTIMATED_CARD_HEIGHT = 64
// The list's padding and gap in the stylesheet (.cards: 0.25rem padding, 0.5rem gap).
const LIST_PADDING = 4
const CARD_GAP = 8
// Cards mounted beyond each edge of the view: enough for a keyboard move or a
// pointer near the edge to find its neighbour before the column scrolls.
const OVERSCAN = 4

/** Which cards of a column to mount, and the space the others take. */
export interface ColumnWindow {
  /** Indexes of the cards to mount, in order. */
  indexes: number[]
  /** Pixels above the first mounted card and below the last (list padding included). */
  paddingTop: number
  paddingBottom: number
  /** Ref callback measuring a mounted card (it needs `data-index`), or undefined if not windowed. */
  measure: ((node: Element | null) => void) | undefined
}

/**
 * A card's height from the ResizeObserver's report. tanstack's default also
 * measures each card with getBoundingClientRect the moment React attaches it,
 * which forces a layout per card in the middle of a commit: about 80 ms of a
 * 2,000-goal board's first paint. Cards sit in normal flow, so a height only
 * sizes the space of unmounted cards; until the observer reports (after the
 * next layout), a card counts with its last known height or the estimate.
 */
function heightFromObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, Element>,
): number {
  const box = entry?.borderBoxSize[0]
  if (box) return Math.round(box.blockSize)
  const index = instance.indexFromElement(element)
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_CARD_HEIGHT
}

function allIndexes(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i)
}

/**
 * The window of `ids` to mount in the scroll container `scrollRef`, whose list
 * element is `listRef`.
 */
export function useColumnWindow(
  ids: readonly string[],
  scrollRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
): ColumnWindow {
  const windowed = ids.length > WINDOW_FROM
  // Where the list starts inside the scroll container (below the column header).
  const [listOffset, setListOffset] = useState(0)
  useLayoutEffect(() => {
    const scroller = scrollRef.current
    const list = listRef.current
    if (!windowed || !scroller || !list) return
    const offset =
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
    setListOffset(Math.round(offset))
  }, [windowed, scrollRef, listRef])

  // Stable while the column's ids are: tanstack measures every item of the
  // column again whenever this function changes.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids])
  const virtualizer = useVirtualizer({
    enabled: windowed,
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    measureElement: heightFromObserver,
    getItemKey,
    overscan: OVERSCAN,
    gap: CARD_GAP,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    scrollMargin: listOffset,
    // Scroll updates render with React's normal scheduling, not flushSync in an effect.
    useFlushSync: false,
  })

  if (!windowed) {
    return { indexes: allIndexes(ids.length), paddingTop: 0, paddingBottom: 0, measure: undefined }
  }
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  if (!first || !last) {
    return { indexes: [], paddingTop: 0, paddingBottom: 0, measure: virtualizer.measureElement }
  }
  return {
    indexes: items.map((item) => item.index),
    paddingTop: first.start - listOffset,
    paddingBottom: Math.max(0, virtualizer.getTotalSize() - (last.end - listOffset)),
    measure: virtualizer.measureElement,
  }
}
