/**
 * The app once the store is open: header, the selected view, dialogs, toasts.
 */
import { lazy, Suspense, useEffect } from 'react'
import { keepStoreOnLowDisk } from '../../db/persistentStorage'
import { usePlans } from '../../db/queries'
import { useUiStore } from '../../store/uiStore'
import { Toasts } from '../../components/Toasts'
import { Board } from '../board/Board'
import { GoalEditorHost } from '../editor/GoalEditor'
import { EmptyState } from '../start/EmptyState'
import { NewQuarterDialog } from '../start/NewQuarterDialog'
import { Header } from './Header'
import { useAppCommands } from './useAppCommands'

// Export and Import carry the wiki exporter and importer: loaded when first opened.
const ExportView = lazy(() =>
  import('../exchange/ExportView').then((module) => ({ default: module.ExportView })),
)
const ImportView = lazy(() =>
  import('../exchange/ImportView').then((module) => ({ default: module.ImportView })),
)

/** The whole window. */
export function Shell() {
  useAppCommands()
  const plans = usePlans()
  const planId = useUiStore((state) => state.planId)
  const view = useUiStore((state) => state.view)
  const setPlanId = useUiStore((state) => state.setPlanId)
  const setView = useUiStore((state) => state.setView)
  // The chosen plan, or the first one while it is not in the list: it was
  // deleted (here or in another window), or it was just created and the live
  // query has not brought it yet. The choice itself is kept, so a plan just
  // created or imported shows as soon as it arrives.
  const current = plans?.find((plan) => plan.id === planId) ?? plans?.[0]
  // Once there is a quarter to lose, ask the browser never to evict the store.
  const hasQuarters = plans !== undefined && plans.length > 0
  useEffect(() => {
    if (hasQuarters) void keepStoreOnLowDisk()
  }, [hasQuarters])

  if (plans === undefined) return <p className="loading">Opening your quarters…</p>

  let content
  if (view === 'import') {
    content = (
      <ImportView
        onImported={(id) => {
          setPlanId(id)
          setView('board')
        }}
      />
    )
  } else if (!current) {
    content = <EmptyState />
  } else if (view === 'export') {
    content = <ExportView planId={current.id} />
  } else {
    content = <Board key={current.id} planId={current.id} plans={plans} />
  }

  return (
    <div className="app">
      <Header plans={plans} current={current} />
      <main className="app-main">
        <Suspense fallback={<p className="loading">Loading…</p>}>{content}</Suspense>
      </main>
      {current && <GoalEditorHost planId={current.id} />}
      <NewQuarterDialog />
      <Toasts />
    </div>
  )
}
