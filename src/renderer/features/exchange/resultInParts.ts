/**
 * A worker's result sent to the window in parts. A message is copied into
 * the window's thread in one go as it arrives (structured clone), so a
 * result of 200,000 goals in one message held the window for almost half a
 * second. Here every long list in the result goes ahead in slices, one
 * message each (each copied in a few milliseconds, with the window free in
 * between), and the result itself follows with a marker where each list was;
 * the window puts the lists back in place. What arrives is equal to what
 * was sent.
 */

/** Items of a long list per message: a slice takes a few ms to copy. */
export const ITEMS_PER_PART = 500

/** A slice of the list numbered `list`, in order. */
export interface ResultPart {
  type: 'part'
  list: number
  items: unknown[]
}

/** The key of the marker left where a long list was (no field of a quarter is named so). */
const LIST_MARKER = '__quarterdeckListSentInParts'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  )
}

/**
 * Sends each list of `value` longer than ITEMS_PER_PART with `send`, in
 * slices, and returns `value` with a marker in its place. Plain objects and
 * Maps (a backup's wiki bases) and short lists are looked into; what a long list
 * holds goes as it is.
 */
export function sendListsInParts(value: unknown, send: (part: ResultPart) => void): unknown {
  let lists = 0
  const split = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length <= ITEMS_PER_PART) return node.map(split)
      const list = lists++
      for (let start = 0; start < node.length; start += ITEMS_PER_PART) {
        send({ type: 'part', list, items: node.slice(start, start + ITEMS_PER_PART) })
      }
      return { [LIST_MARKER]: list }
    }
    if (isPlainObject(node)) {
      return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, split(field)]))
    }
    if (node instanceof Map) return new Map([...node].map(([key, field]) => [key, split(field)]))
    return node
  }
  return split(value)
}

/** Gathers the slices sent by sendListsInParts and puts the lists back into the result. */
export class ListsFromParts {
  private readonly lists = new Map<number, unknown[]>()

  add(part: ResultPart): void {
    const list = this.lists.get(part.list)
    if (list) for (const item of part.items) list.push(item)
    else this.lists.set(part.list, [...part.items])
  }

  /** `value` with each marker replaced by its list. */
  restore(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.restore(item))
    if (value instanceof Map) {
      return new Map([...value].map(([key, field]) => [key, this.restore(field)]))
    }
    if (!isPlainObject(value)) return value
    const list = value[LIST_MARKER]
    if (typeof list === 'number' && Object.keys(value).length === 1) {
      const items = this.lists.get(list)
      if (!items) throw new Error(`A part of the result is missing (list ${list}).`)
      return items
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, this.restore(field)]),
    )
  }
}
