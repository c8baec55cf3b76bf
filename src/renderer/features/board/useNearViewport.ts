/**
 * Whether an element is in or near the view of its scroll container, so a
 * board of 40 swimlanes mounts the cards of the few lanes on screen only.
 */
import { useEffect, useState, type RefObject } from 'react'

// Lanes this far outside the view are mounted too, ready before they scroll in.
const MARGIN = '600px'

/** True while `ref` is within MARGIN of the view of `rootRef`; starts as `initially`. */
export function useNearViewport(
  ref: RefObject<HTMLElement | null>,
  rootRef: RefObject<HTMLElement | null>,
  initially: boolean,
): boolean {
  const [near, setNear] = useState(initially)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)
        if (entry) setNear(entry.isIntersecting)
      },
      { root: rootRef.current, rootMargin: `${MARGIN} 0px` },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, rootRef])
  return near
}
