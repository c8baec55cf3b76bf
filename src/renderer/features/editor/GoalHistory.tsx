/**
 * A goal's status history in its editor: every change (from, to, when) the
 * command layer recorded, oldest first, starting with the status it was
 * added with.
 */
import { goalHistory } from '../../../shared/activity'
import { statusLabel } from '../../../shared/statuses'
import { useQuarterStore } from '../../store/quarterStore'

/** The status history of one goal. */
export function GoalHistory({ goalId }: { goalId: string }) {
  const quarter = useQuarterStore((state) => state.quarter)
  if (!quarter) return null
  const entries = goalHistory(quarter, goalId)
  if (entries.length === 0) return null
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <details className="goal-history">
      <summary>Status history ({entries.length})</summary>
      <ol aria-label="Status history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={new Date(entry.at).toISOString()}>{format.format(entry.at)}</time>
            {': '}
            {entry.from === null
              ? `added as ${statusLabel(entry.to)}`
              : `${statusLabel(entry.from)} → ${statusLabel(entry.to)}`}
          </li>
        ))}
      </ol>
    </details>
  )
}
