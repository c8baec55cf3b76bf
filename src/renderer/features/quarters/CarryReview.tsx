/**
 * The review list of "Start next quarter": every unfinished goal of the old
 * quarter by team, each carried over unless the user leaves it behind, one
 * goal at a time or a whole team at once.
 */
import { useEffect, useRef } from 'react'
import type { TeamCarry } from '../../../shared/nextQuarter'
import { carriedStatus } from '../../../shared/nextQuarter'
import { statusLabel } from '../../../shared/statuses'

/** Props of CarryReview. */
export interface CarryReviewProps {
  teams: readonly TeamCarry[]
  /** Ids of the goals left behind; every other listed goal is carried. */
  leftBehind: ReadonlySet<string>
  onChange: (leftBehind: Set<string>) => void
  /** "Q2": the quarter the goals come from. */
  from: string
}

function TeamCheckbox({
  entry,
  leftBehind,
  onChange,
}: Pick<CarryReviewProps, 'leftBehind' | 'onChange'> & { entry: TeamCarry }) {
  const ref = useRef<HTMLInputElement>(null)
  const carried = entry.goals.filter((goal) => !leftBehind.has(goal.id)).length
  const all = carried === entry.goals.length
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = carried > 0 && !all
  }, [carried, all])
  return (
    <label className="carry-team-name">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        aria-label={`Carry over every goal of ${entry.team.name}`}
        onChange={() => {
          const next = new Set(leftBehind)
          for (const goal of entry.goals) {
            if (all) next.add(goal.id)
            else next.delete(goal.id)
          }
          onChange(next)
        }}
      />
      <span>{entry.team.name}</span>
      <span className="carry-count">
        {carried} of {entry.goals.length} carried
      </span>
    </label>
  )
}

/** The list, with a count of what is carried. */
export function CarryReview({ teams, leftBehind, onChange, from }: CarryReviewProps) {
  const total = teams.reduce((sum, entry) => sum + entry.goals.length, 0)
  const carried = teams.reduce(
    (sum, entry) => sum + entry.goals.filter((goal) => !leftBehind.has(goal.id)).length,
    0,
  )
  if (total === 0) {
    return (
      <p className="carry-summary">
        Every goal of {from} is done: nothing to carry over. Teams and priority groups are copied.
      </p>
    )
  }
  const setAll = (carry: boolean) =>
    onChange(carry ? new Set() : new Set(teams.flatMap((entry) => entry.goals.map((g) => g.id))))
  return (
    <section className="carry-review" aria-labelledby="carry-review-heading">
      <h3 id="carry-review-heading">Unfinished goals</h3>
      <p className="carry-summary" aria-live="polite">
        {carried} of {total} unfinished goals carried over, marked “continued from {from}”. Done
        goals stay in {from}.
      </p>
      <div className="carry-all">
        <button type="button" onClick={() => setAll(true)}>
          Carry all
        </button>
        <button type="button" onClick={() => setAll(false)}>
          Leave all behind
        </button>
      </div>
      <div className="carry-teams">
        {teams.map((entry) => (
          <fieldset
            key={entry.team.id}
            className="carry-team"
            style={{ marginLeft: `${entry.depth * 1.25}rem` }}
          >
            <legend>
              <TeamCheckbox entry={entry} leftBehind={leftBehind} onChange={onChange} />
            </legend>
            <ul>
              {entry.goals.map((goal) => {
                const to = carriedStatus(goal.status)
                return (
                  <li key={goal.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!leftBehind.has(goal.id)}
                        onChange={(event) => {
                          const next = new Set(leftBehind)
                          if (event.target.checked) next.delete(goal.id)
                          else next.add(goal.id)
                          onChange(next)
                        }}
                      />
                      <span className="carry-goal-text">{goal.text}</span>
                    </label>
                    <span className="carry-status">
                      {statusLabel(goal.status)}
                      {to !== goal.status && ` → ${statusLabel(to)}`}
                    </span>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </section>
  )
}
