/**
 * The app header: the quarter switcher, "New quarter", "Start next quarter"
 * and the quarter settings, the views, undo and redo, and backup.
 */
import { QuarterActions, QuarterSwitcher } from '../quarters/QuarterSwitcher'
import { runAppCommand } from '../../commands/registry'
import { useCommandHistory } from '../../commands/runCommand'
import { BackupCommands } from '../exchange'
import { useQuarterStore } from '../../store/quarterStore'
import { useUiStore, type View } from '../../store/uiStore'

const VIEWS: { view: View; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'team', label: 'Team' },
  { view: 'activity', label: 'Activity' },
  { view: 'export', label: 'Export' },
  { view: 'import', label: 'Import' },
]

function UndoRedo() {
  const undoLabel = useCommandHistory((history) => history.undo.at(-1)?.command.label)
  const redoLabel = useCommandHistory((history) => history.redo.at(-1)?.command.label)
  return (
    <div className="undo-redo">
      <button
        type="button"
        disabled={undoLabel === undefined}
        title={undoLabel ? `Undo ${undoLabel.toLowerCase()} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => runAppCommand('undo')}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={redoLabel === undefined}
        title={redoLabel ? `Redo ${redoLabel.toLowerCase()} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => runAppCommand('redo')}
      >
        Redo
      </button>
    </div>
  )
}

/** Header of the window. */
export function Header() {
  const plans = useQuarterStore((state) => state.plans)
  const openPlanId = useQuarterStore((state) => state.openPlanId)
  const view = useUiStore((state) => state.view)
  const setView = useUiStore((state) => state.setView)
  const current = plans.find((plan) => plan.id === openPlanId)
  return (
    <header className="app-header">
      <span className="app-name">Quarterdeck</span>
      {current && <QuarterSwitcher plans={plans} current={current} />}
      <button type="button" onClick={() => runAppCommand('new-quarter')}>
        New quarter
      </button>
      <QuarterActions />
      <nav className="views" aria-label="Views">
        {VIEWS.map(({ view: id, label }) => (
          <button
            key={id}
            type="button"
            aria-current={view === id ? 'page' : undefined}
            disabled={id !== 'board' && id !== 'import' && !current}
            onClick={() => setView(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <UndoRedo />
      <div className="header-end">
        <BackupCommands />
      </div>
    </header>
  )
}
