/**
 * Runs `callback` just after the next frame is on screen: a
 * requestAnimationFrame callback runs before that frame is painted, and a
 * task queued from it runs after. Work that must not delay the first frame of
 * the board (opening the store, loading drag and drop) starts this way.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0))
}
