/**
 * The app once the store is open: header, the selected view, dialogs, toasts.
 */
import { lazy, Suspense, useEffect } from 'react'
import * as Tabs from '@radix-ui/react-tabs'
import { useShortcuts } from '../../commands/useShortcuts'
import { keepStoreOnLowDisk } from '../../db/persistentStorage'
import { useQuarterStore } from '../../store/quarterStore'
import { useUiStore, type View } from '../../store/uiStore'
import { Toasts } from '../../components/Toasts'
import { Board } from '../board/Board'
import { useBackupReminder } from '../exchange/useBackupReminder'
import { GoalEditorHost } from '../editor/GoalEditorHost'
import { EmptyState } from '../start/EmptyState'
import { NewQuarterDialog } from '../start/NewQuarterDialog'
import { showQuarter } from '../start/showQuarter'
import { Header } from './Header'
import { ShortcutsDialog } from './ShortcutsDialog'

// Views the first screen (the board) does not show, loaded when first opened: Export and Import
// carry the wiki exporter and importer; Team carries the team view's drag and drop (dnd-kit,
// which the board no longer uses) and forms; Activity its history.
const TeamView = lazy(() =>
  import('../team/TeamView').then((module) => ({ default: module.TeamView })),
)
const ActivityView = lazy(() =>
  import('../activity/ActivityView').then((module) => ({ default: module.ActivityView })),
)
const ExportView = lazy(() =>
  import('../exchange/ExportView').then((module) => ({ default: module.ExportView })),
)
const ImportView = lazy(() =>
  import('../exchange/ImportView').then((module) => ({ default: module.ImportView })),
)

/** The whole window. */
export function Shell() {
  useShortcuts()
  useBackupReminder()
  const hasQuarters = useQuarterStore((state) => state.plans.length > 0)
  const openPlanId = useQuarterStore((state) => state.openPlanId)
  const loaded = useQuarterStore((state) => state.quarter !== null)
  const view = useUiStore((state) => state.view)
  const setView = useUiStore((state) => state.setView)
  const importDrafts = useUiStore((state) => state.importDrafts)
  // Once there is a quarter to lose, ask the browser never to evict the store.
  useEffect(() => {
    if (hasQuarters) void keepStoreOnLowDisk()
  }, [hasQuarters])

  let content
  if (view === 'import') {
    content = (
      <ImportView key={importDrafts} onImported={(id, created) => void showQuarter(id, created)} />
    )
  } else if (openPlanId === null) {
    content = <EmptyState />
  } else if (!loaded) {
    content = <p className="loading">Loading goals…</p>
  } else if (view === 'export') {
    content = <ExportView />
  } else if (view === 'team') {
    content = <TeamView key={openPlanId} />
  } else if (view === 'activity') {
    content = <ActivityView key={openPlanId} />
  } else {
    content = <Board key={openPlanId} />
  }

  return (
    // The views are tabs (Radix Tabs): the header holds the tab list, main the open panel.
    // Manual activation: arrow keys move along the tabs, Enter or Space opens one.
    <Tabs.Root
      className="app"
      value={view}
      onValueChange={(value) => setView(value as View)}
      activationMode="manual"
    >
      <Header />
      <main className="app-main">
        <Tabs.Content value={view} className="app-panel" tabIndex={-1}>
          <Suspense fallback={<p className="loading">Loading…</p>}>{content}</Suspense>
        </Tabs.Content>
      </main>
      {loaded && <GoalEditorHost />}
      <NewQuarterDialog />
      <ShortcutsDialog />
      <Toasts />
    </Tabs.Root>
  )
}
