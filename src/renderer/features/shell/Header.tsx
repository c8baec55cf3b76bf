/**
 * The app header: the quarter switcher, "New quarter", the views and backup.
 */
import type { Plan } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { BackupCommands } from '../exchange'
import { useUiStore, type View } from '../../store/uiStore'

const VIEWS: { view: View; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'export', label: 'Export' },
  { view: 'import', label: 'Import' },
]

/** Header of the window; `current` is the plan shown, if any. */
export function Header({ plans, current }: { plans: Plan[]; current: Plan | undefined }) {
  const view = useUiStore((state) => state.view)
  const setView = useUiStore((state) => state.setView)
  const setPlanId = useUiStore((state) => state.setPlanId)
  const setNewQuarterOpen = useUiStore((state) => state.setNewQuarterOpen)
  return (
    <header className="app-header">
      <span className="app-name">Quarterdeck</span>
      {current && (
        <select
          className="plan-switcher"
          aria-label="Quarter"
          value={current.id}
          onChange={(event) => setPlanId(event.target.value)}
        >
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.department} · {planDisplayName(plan)}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={() => setNewQuarterOpen(true)}>
        New quarter
      </button>
      <nav className="views" aria-label="Views">
        {VIEWS.map(({ view: id, label }) => (
          <button
            key={id}
            type="button"
            aria-current={view === id ? 'page' : undefined}
            disabled={id === 'export' && !current}
            onClick={() => setView(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <div className="header-end">
        <BackupCommands />
      </div>
    </header>
  )
}
