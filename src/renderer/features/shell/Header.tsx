/**
 * The app header, one row of constant height: the app's name, the open
 * quarter as the window's title (a switcher), the views as tabs (Board, Team,
 * Activity, Export, Import), undo and redo, and a menu of everything else (quarters,
 * backups, theme). Messages are toasts: nothing here changes its height.
 */
import * as Tabs from '@radix-ui/react-tabs'
import {
  Download,
  History,
  Kanban,
  Redo2,
  Undo2,
  Upload,
  Users,
  type LucideIcon,
} from 'lucide-react'
import { QuarterSwitcher } from '../quarters/QuarterSwitcher'
import { runAppCommand } from '../../commands/registry'
import { useCommandHistory } from '../../commands/runCommand'
import { BackupCommands } from '../exchange'
import { useQuarterStore } from '../../store/quarterStore'
import type { View } from '../../store/uiStore'
import { HeaderMenu } from './HeaderMenu'

/** The views, as the header's tabs show them. */
export const VIEWS: { view: View; label: string; Icon: LucideIcon }[] = [
  { view: 'board', label: 'Board', Icon: Kanban },
  { view: 'team', label: 'Team', Icon: Users },
  { view: 'activity', label: 'Activity', Icon: History },
  { view: 'export', label: 'Export', Icon: Upload },
  { view: 'import', label: 'Import', Icon: Download },
]

function UndoRedo() {
  const undoLabel = useCommandHistory((history) => history.undo.at(-1)?.command.label)
  const redoLabel = useCommandHistory((history) => history.redo.at(-1)?.command.label)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label="Undo"
        disabled={undoLabel === undefined}
        title={undoLabel ? `Undo ${undoLabel.toLowerCase()} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => runAppCommand('undo')}
      >
        <Undo2 size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Redo"
        disabled={redoLabel === undefined}
        title={redoLabel ? `Redo ${redoLabel.toLowerCase()} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => runAppCommand('redo')}
      >
        <Redo2 size={18} aria-hidden />
      </button>
    </>
  )
}

/** Header of the window; rendered inside the shell's Tabs.Root. */
export function Header() {
  const plans = useQuarterStore((state) => state.plans)
  const openPlanId = useQuarterStore((state) => state.openPlanId)
  const current = plans.find((plan) => plan.id === openPlanId)
  return (
    <header className="app-header">
      <h1 className="app-name">
        <Kanban size={20} aria-hidden />
        <span className="app-name-text">Quarterdeck</span>
      </h1>
      {current && <QuarterSwitcher plans={plans} current={current} />}
      <Tabs.List className="view-tabs" aria-label="Views">
        {VIEWS.map(({ view, label, Icon }) => (
          <Tabs.Trigger
            key={view}
            value={view}
            className="view-tab"
            // Board and Import work without a quarter (they offer to make or bring one).
            disabled={view !== 'board' && view !== 'import' && !current}
          >
            <Icon size={16} aria-hidden />
            <span className="view-tab-label">{label}</span>
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <div className="header-end">
        <UndoRedo />
        <HeaderMenu />
        <BackupCommands buttons={false} />
      </div>
    </header>
  )
}
