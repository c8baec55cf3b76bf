/**
 * The root component: a message while the store opens or when it cannot,
 * else the app. A store written by a newer Quarterdeck is shown as a message
 * and left untouched.
 */
import { NewerSchemaError } from './db/errors'
import { Shell } from './features/shell/Shell'
import { useQuarterStore } from './store/quarterStore'

/** The root component. */
export function App() {
  const phase = useQuarterStore((state) => state.phase)
  const error = useQuarterStore((state) => state.error)
  if (phase === 'failed') {
    const newer = error instanceof NewerSchemaError
    return (
      <main className="fatal" role="alert">
        <h1>{newer ? 'Quarterdeck needs an update' : 'Quarterdeck could not open its data'}</h1>
        <p>{error?.message}</p>
      </main>
    )
  }
  if (phase === 'opening') return <p className="loading">Opening your goals…</p>
  return <Shell />
}
