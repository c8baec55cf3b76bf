/**
 * Shows the app once the store is open, or earlier when the startup read has
 * the first rows of the board. A store written by a newer Quarterdeck is
 * shown as a message and left untouched. main.tsx opens the store.
 */
import { useSyncExternalStore } from 'react'
import { NewerSchemaError } from './db/errors'
import { useStoreStatus } from './db/queries'
import { startupRows, subscribeStartupRows } from './db/startupRead'
import { Shell } from './features/shell/Shell'

/** The root component. */
export function App() {
  const status = useStoreStatus()
  const early = useSyncExternalStore(subscribeStartupRows, startupRows, startupRows)

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
  // board may show the startup rows while the store is still opening.
  const showable = status.state === 'open' || (status.state === 'opening' && early !== null)
  if (!showable) return <p className="loading">Opening your goals…</p>
  return <Shell />
}
