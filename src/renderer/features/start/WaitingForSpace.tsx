/**
 * The start found that a full disk came before and was not made safe yet,
 * and the disk still has no room: opening the store now could let Chromium
 * throw it away (db/logRollAfterDiskFull.ts). Says so, looks for room every
 * few seconds, and starts again by itself once there is some.
 */
import { useEffect } from 'react'
import { LOOK_FOR_ROOM_EVERY_MS, ROOM_AFTER_DISK_FULL } from '../../db/logRollAfterDiskFull'
import { hasRoomOnDisk } from '../../db/roomOnDisk'

/** The page shown instead of the app while the disk is too full to open the store safely. */
export function WaitingForSpace() {
  useEffect(() => {
    let looking = false
    const timer = window.setInterval(() => {
      if (looking) return
      looking = true
      void hasRoomOnDisk(ROOM_AFTER_DISK_FULL)
        .then((room) => {
          if (room) window.location.reload()
        })
        .finally(() => {
          looking = false
        })
    }, LOOK_FOR_ROOM_EVERY_MS)
    return () => window.clearInterval(timer)
  }, [])
  return (
    <main className="fatal" role="alert">
      <h1>The disk is full</h1>
      <p>
        The disk is full, so Quarterdeck has not opened your goals yet (they are kept as they were);
        free some space and they open by themselves.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  )
}
