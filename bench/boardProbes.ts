/**
 * In-page probes of the board benchmark. Each function runs inside the page
 * (through addInitScript or page.evaluate), so each is self-contained: no
 * imports, no closures over Node values. Times are performance.now() values,
 * whose zero is the page's navigation start.
 */

/** What `installPaintProbe` waits for. */
export interface PaintProbeArgs {
  /** Column label (region name) → number of cards it must show. */
  expected: Record<string, number>
  /** 'all': every expected card is in the DOM; 'some': every column shows at least one card. */
  mode: 'all' | 'some'
}

/** Results the probes leave on `window`. */
export interface ProbeWindow {
  /** The first board painted: a stored snapshot of it (see src/renderer/snapshot) or the app's. */
  __boardPainted?: Promise<number>
  /** The first board painted by the app itself (not its snapshot). */
  __liveBoardPainted?: Promise<number>
  __dropPainted?: Promise<{ releasedAt: number; paintedAt: number }>
  __cardMutations?: { stop: () => Promise<CardMutationSummary> }
}

/** Which cards' DOM changed while the counter ran. */
export interface CardMutationSummary {
  /** Cards on the board when counting stopped. */
  cards: number
  /** Cards with any DOM change (including dnd-kit's transform styles while cards make room). */
  touched: number
  /** Cards whose content changed, or that were mounted anew. */
  contentChanged: number
  /** Attribute name → how many cards had it changed: shows what touched the others. */
  attributes: Record<string, number>
}

/**
 * Init script: resolves `window.__boardPainted` with the time of the first
 * frame painted after the board shows its cards, and
 * `window.__liveBoardPainted` with the same for the app's own board (a
 * snapshot of the first screen does not count). The DOM is checked after
 * every batch of mutations; once it holds, a requestAnimationFrame callback
 * runs just before that frame's paint and a message posted from it runs just
 * after, which is when the frame is on screen.
 */
export function installPaintProbe(args: PaintProbeArgs): void {
  const probeWindow = window as unknown as ProbeWindow
  const cardsIn = (label: string, liveOnly: boolean): number => {
    const regions = Array.from(
      document.querySelectorAll(`[role="region"][aria-label="${label}"]`),
    ).filter((region) => !liveOnly || region.closest('[data-snapshot]') === null)
    const region = regions[0]
    return region ? region.querySelectorAll('li[aria-label]').length : -1
  }
  // 'all' counts the board's cards as a whole, so cards a run moved between columns still count.
  const total = Object.values(args.expected).reduce((sum, count) => sum + count, 0)
  const ready = (liveOnly: boolean): boolean =>
    args.mode === 'all'
      ? Object.keys(args.expected).reduce(
          (sum, label) => sum + Math.max(0, cardsIn(label, liveOnly)),
          0,
        ) >= total
      : Object.entries(args.expected).every(
          ([label, count]) => cardsIn(label, liveOnly) >= Math.min(1, count),
        )
  const painted = (liveOnly: boolean) =>
    new Promise<number>((resolve) => {
      const afterPaint = () => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now())
          channel.port2.postMessage(null)
        })
      }
      const observer = new MutationObserver(() => {
        if (!ready(liveOnly)) return
        observer.disconnect()
        afterPaint()
      })
      observer.observe(document, { childList: true, subtree: true })
    })
  probeWindow.__boardPainted = painted(false)
  probeWindow.__liveBoardPainted = painted(true)
}

/**
 * Arms `window.__dropPainted`: on the next pointer release (or, with
 * `on: 'keydown'`, the next key pressed: the Space of a keyboard drop) it notes the time,
 * then waits until the card whose text starts with `text` shows in the
 * `label` column with that status in its accessible name (the store has
 * saved the move and the card re-rendered), and notes when that frame is
 * painted.
 */
export function armDropProbe(args: {
  text: string
  label: string
  on: 'pointerup' | 'keydown'
}): void {
  const probeWindow = window as unknown as ProbeWindow
  const landed = (): boolean => {
    const region = document.querySelector(`[role="region"][aria-label="${args.label}"]`)
    if (!region) return false
    for (const card of region.querySelectorAll('li[aria-label]')) {
      const name = card.getAttribute('aria-label') ?? ''
      if (name.startsWith(args.text) && name.includes(`, ${args.label}`)) return true
    }
    return false
  }
  probeWindow.__dropPainted = new Promise((resolve) => {
    window.addEventListener(
      args.on,
      () => {
        const releasedAt = performance.now()
        const afterPaint = () => {
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => resolve({ releasedAt, paintedAt: performance.now() })
            channel.port2.postMessage(null)
          })
        }
        if (landed()) {
          afterPaint()
          return
        }
        const observer = new MutationObserver(() => {
          if (!landed()) return
          observer.disconnect()
          afterPaint()
        })
        observer.observe(document.body, { childList: true, subtree: true, attributes: true })
      },
      { capture: true, once: true },
    )
  })
}

/**
 * Arms `window.__cardMutations`: counts the cards whose DOM changes until
 * `stop()` is called (which waits two frames for late renders first). React
 * production builds have no Profiler, so DOM mutations stand in for renders:
 * a card React renders again but whose output is unchanged is not counted,
 * which is exactly the cost a user would notice.
 */
export function armCardMutationCounter(): void {
  const probeWindow = window as unknown as ProbeWindow
  const touched = new Set<Element>()
  const changed = new Set<Element>()
  const attributeCards = new Map<string, Set<Element>>()
  const cardOf = (node: Node | null): Element | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null)
    return element?.closest('li[aria-label]') ?? null
  }
  const handle = (records: MutationRecord[]) => {
    for (const record of records) {
      const card = cardOf(record.target)
      if (card) {
        touched.add(card)
        if (record.type === 'attributes' && record.attributeName) {
          const cards = attributeCards.get(record.attributeName) ?? new Set<Element>()
          cards.add(card)
          attributeCards.set(record.attributeName, cards)
        }
        // The card's own style and class change while dnd-kit shifts it aside.
        const onlyMoved =
          record.type === 'attributes' &&
          record.target === card &&
          (record.attributeName === 'style' || record.attributeName === 'class')
        if (!onlyMoved) changed.add(card)
      }
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue
        const cards = added.matches('li[aria-label]')
          ? [added]
          : Array.from(added.querySelectorAll('li[aria-label]'))
        for (const mounted of cards) {
          touched.add(mounted)
          changed.add(mounted)
        }
      }
    }
  }
  const observer = new MutationObserver(handle)
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  })
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  probeWindow.__cardMutations = {
    stop: async () => {
      await frame()
      await frame()
      handle(observer.takeRecords())
      observer.disconnect()
      // Only cards still on the board count; drag overlays come and go.
      const onBoard = Array.from(document.querySelectorAll('[role="region"] li[aria-label]'))
      const live = new Set(onBoard)
      return {
        cards: onBoard.length,
        touched: [...touched].filter((card) => live.has(card)).length,
        contentChanged: [...changed].filter((card) => live.has(card)).length,
        attributes: Object.fromEntries(
          [...attributeCards].map(([name, cards]) => [name, cards.size] as const),
        ),
      }
    },
  }
}
