import { useState } from 'react'

/**
 * A choice saved through the store, shown at once: radios are controlled by
 * the saved value, which comes back through the quarter in memory after the
 * write, so without this the click would seem to do nothing until then. The
 * pending choice is shown while the saved value is still the one it was made
 * against; as soon as the saved value changes (this write, or another
 * window's) the saved value wins again.
 */
export function usePendingChoice<T>(
  saved: T,
  equal: (a: T, b: T) => boolean = Object.is,
): [shown: T, choose: (value: T) => void, forget: () => void] {
  const [pending, setPending] = useState<{ value: T; base: T } | null>(null)
  const shown = pending && equal(pending.base, saved) ? pending.value : saved
  return [shown, (value) => setPending({ value, base: saved }), () => setPending(null)]
}
