/**
 * The root component: a message while the store opens or when it cannot
 * (with a way back: see DamagedStore), else the app. A store written by a
 * newer Quarterdeck is shown as a message and left untouched; so is a
 * store that a full disk keeps closed until there is room (WaitingForSpace).
 */
import { DiskFullError, NewerSchemaError, StoreReplacedError } from './db/errors'
import { Shell } from './features/shell/Shell'
import { DamagedStore } from './features/start/DamagedStore'
import { WaitingForSpace } from './features/start/WaitingForSpace'
import { useQuarterStore } from './store/quarterStore'

/** The root component. */
export function App() {
  const phase = useQuarterStore((state) => state.phase)
  const error = useQuarterStore((state) => state.error)
  if (phase === 'failed') {
    if (error instanceof NewerSchemaError) {
      return (
        <main className="fatal" role="alert">
          <h1>Quarterdeck needs an update</h1>
          <p>{error.message}</p>
        </main>
      )
    }
    if (error instanceof StoreReplacedError) {
      return (
        <main className="fatal" role="alert">
          <h1>The goal data changed in another window</h1>
          <p>{error.message}</p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </main>
      )
    }
    if (error instanceof DiskFullError) return <WaitingForSpace />
    return <DamagedStore error={error} />
  }
  if (phase === 'opening') return <p className="loading">Opening your goals…</p>
  return <Shell />
}
