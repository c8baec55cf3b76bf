/**
 * Waiting for the next painted frame, so work the user does not see (a
 * store write) runs after the change they do see (a dropped card) is on
 * screen instead of delaying it.
 */

/** A window that draws no frames (hidden, minimised) still gets its work done after this long. */
const NO_FRAME_MS = 100

/**
 * Resolves once the next frame has been painted: a task queued from the
 * frame's animation callback runs after that frame's paint. Without frames
 * (a hidden window, or no DOM at all) it resolves after NO_FRAME_MS or at once.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve()
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}
