/**
 * The Activity view: the quarter's status changes since a chosen date (a
 * week ago unless changed), newest first, each naming the goal, its team and
 * the move. A goal's name opens its editor.
 */
import { useState } from 'react'
import { activitySince } from '../../../shared/activity'
import { isIsoDate } from '../../../shared/dates'
import { isoDateOf } from '../../../shared/statusUpdates'
import { statusLabel } from '../../../shared/statuses'
import { teamPath } from '../../../shared/structure'
import { useOpenQuarter } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import '../updates/updates.css'

const WEEK = 7 * 24 * 60 * 60 * 1000

/** The activity of the open quarter. */
export function ActivityView() {
  const quarter = useOpenQuarter()
  const [since, setSince] = useState(() => isoDateOf(new Date(Date.now() - WEEK)))
  if (!quarter) return null
  // Midnight at the start of the chosen day, in the user's time zone.
  const from = isIsoDate(since) ? new Date(`${since}T00:00:00`).getTime() : 0
  const entries = activitySince(quarter, from)
  const teams = new Map(quarter.teams.map((team) => [team.id, team]))
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section className="activity-view" aria-label="Activity">
      <h2>Activity</h2>
      <label className="field-inline">
        <span>Changes since</span>
        <input type="date" value={since} onChange={(event) => setSince(event.target.value)} />
      </label>
      {entries.length === 0 ? (
        <p>No status changes since then.</p>
      ) : (
        <ol className="activity-list">
          {entries.map((entry) => {
            const team = teams.get(entry.teamId)
            return (
              <li key={entry.id}>
                <time dateTime={new Date(entry.at).toISOString()}>{format.format(entry.at)}</time>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useUiStore.getState().openEditor(entry.goalId)}
                >
                  {entry.goalText}
                </button>{' '}
                <span className="activity-team">({team ? teamPath(quarter.teams, team) : ''})</span>{' '}
                <span className="activity-move">
                  {entry.from === null
                    ? `added as ${statusLabel(entry.to)}`
                    : `${statusLabel(entry.from)} → ${statusLabel(entry.to)}`}
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
