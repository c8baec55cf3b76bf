/**
 * Opens the store and shows the app once it is open, or earlier when the
 * startup read has the first rows of the board. A store written by a newer
 * Quarterdeck is shown as a message and left untouched.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react'
import { afterNextPaint } from './afterNextPaint'
import { openStore } from './db/database'
import { NewerSchemaError } from './db/errors'
import { useStoreStatus } from './db/queries'
import { startupRows, subscribeStartupRows } from './db/startupRead'
import { Shell } from './features/shell/Shell'

function openQuietly(): void {
  // Failures show through the store status.
  openStore().catch(() => {})
}

/** The root component. */
export function App() {
  const status = useStoreStatus()
  const early = useSyncExternalStore(subscribeStartupRows, startupRows, startupRows)
  useLayoutEffect(() => {
    // With the startup rows about to be painted, opening the store (and the
    // live queries it starts) waits for that frame instead of delaying it.
    if (startupRows()) afterNextPaint(openQuietly)
    else openQuietly()
  }, [])

  if (status.state === 'failed') {
    const newer = status.error instanceof NewerSchemaError
    return (
      <main className="fatal" role="alert">
        <h1>{newer ? 'Quarterdeck needs an update' : 'Quarterdeck could not open its data'}</h1>
        <p>{status.error.message}</p>
      </main>
    )
  }
  // Writes wait for the store to open (the repository's readyDb), so the
  // board may show the startup rows before the store is open.
  const showable = status.state === 'open' || early !== null
  if (!showable) return <p className="loading">Opening your goals…</p>
  return <Shell />
}
