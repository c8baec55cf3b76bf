/**
 * Opens the goal store, then shows the app. A store written by a newer
 * Quarterdeck is shown as a message and left untouched.
 */
import { useEffect } from 'react'
import { openStore } from './db/database'
import { NewerSchemaError } from './db/errors'
import { useStoreStatus } from './db/queries'
import { Shell } from './features/shell/Shell'

/** The root component. */
export function App() {
  const status = useStoreStatus()
  useEffect(() => {
    // Failures are shown from the store status below.
    openStore().catch(() => {})
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
  if (status.state !== 'open') return <p className="loading">Opening your goals…</p>
  return <Shell />
}
