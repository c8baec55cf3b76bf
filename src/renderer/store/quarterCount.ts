/**
 * Keeps, outside IndexedDB, how many quarters the store holds
 * (platform.rememberQuarterCount), and notices at start when the store came
 * up empty although it held quarters before: Chromium can replace a damaged
 * store, or evict a best-effort one, with an empty one and say nothing. Then
 * the start page says the quarters are gone and offers a way back
 * (LostQuarters) instead of a silent "Plan your first quarter".
 */
import { create } from 'zustand'
import { rememberedQuarterCount, rememberQuarterCount } from '../platform'
import { useQuarterStore } from './quarterStore'

/** How many quarters vanished before this start (0: none did, or they are back). */
export const useLostQuarters = create<{ lost: number }>()(() => ({ lost: 0 }))

/**
 * What to record when the store holds `count` quarters, given what is
 * recorded (`recorded`) and whether this start found quarters lost that have
 * not come back yet. Null: record nothing. An empty store is not recorded
 * while its loss is unresolved, so the next start still knows.
 */
export function countToRecord(
  count: number,
  recorded: number,
  lostUnresolved: boolean,
): number | null {
  if (count === recorded) return null
  if (count === 0 && lostUnresolved) return null
  return count
}

let watching = false

/**
 * Once the store is ready: compares it with the recorded count, then records
 * every change of the number of quarters. A failed write (a full disk) is
 * tried again at the next change; it never disturbs the user's work.
 */
export function watchQuarterCount(): void {
  if (watching) return
  watching = true
  let recorded: number | null = null
  let writing = false
  const record = (): void => {
    const { phase, plans } = useQuarterStore.getState()
    if (phase !== 'ready' || recorded === null || writing) return
    const lost = useLostQuarters.getState().lost
    if (lost > 0 && plans.length > 0) useLostQuarters.setState({ lost: 0 })
    const next = countToRecord(plans.length, recorded, lost > 0 && plans.length === 0)
    if (next === null) return
    writing = true
    rememberQuarterCount(next).then(
      () => {
        recorded = next
        writing = false
        record()
      },
      (error: unknown) => {
        writing = false
        console.warn('The number of quarters could not be recorded:', error)
      },
    )
  }
  const start = (): void => {
    const { phase, plans } = useQuarterStore.getState()
    if (phase !== 'ready' || recorded !== null) return
    unsubscribe()
    rememberedQuarterCount()
      .catch(() => 0)
      .then((remembered) => {
        recorded = remembered
        // Read again: a quarter may have arrived while the count was fetched.
        const now = useQuarterStore.getState().plans.length
        if (plans.length === 0 && now === 0 && remembered > 0) {
          useLostQuarters.setState({ lost: remembered })
        }
        useQuarterStore.subscribe(record)
        record()
      })
  }
  const unsubscribe = useQuarterStore.subscribe(start)
  start()
}
