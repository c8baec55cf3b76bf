/**
 * The line under the filters: the quarter's progress (every goal, whatever
 * the filters show), the swimlanes switch and the shortcuts list.
 */
import type { Goal } from '../../../shared/model'
import { runAppCommand } from '../../commands/registry'
import { useBoardView } from '../../store/boardViewStore'
import { goalProgress } from '../../store/goalLookups'
import { ToggleSwitch } from '../../components/ToggleSwitch'
import { ProgressBar } from './ProgressBar'

/** Quarter summary and the swimlanes toggle. */
export function BoardToolbar({
  goals,
  lanesPossible,
}: {
  goals: readonly Goal[]
  lanesPossible: boolean
}) {
  const progress = goalProgress(goals)
  const lanes = useBoardView((state) => state.lanes)
  const setLanes = useBoardView((state) => state.setLanes)
  return (
    <div className="board-toolbar">
      <span className="quarter-summary">
        <strong>Quarter</strong>
        <ProgressBar progress={progress} label="Quarter" />
      </span>
      <ToggleSwitch
        label="Swimlanes by team"
        title="Swimlanes by team (L)"
        checked={lanes}
        disabled={!lanesPossible}
        onCheckedChange={setLanes}
      />
      <button type="button" onClick={() => runAppCommand('show-shortcuts')}>
        Keyboard shortcuts (?)
      </button>
    </div>
  )
}
