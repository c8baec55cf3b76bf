/**
 * What a quarter with no goals shows above its empty columns: what to do
 * next, each with the button that does it. Starting from the previous
 * quarter is offered while the quarter is wholly empty (no team either),
 * so the copy never mixes with anything the user made.
 */
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { ArrowRightLeft, FileDown, Users } from 'lucide-react'
import type { PlanDocument } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { isEmptyQuarter, previousQuarterPlan } from '../../../shared/startFromPrevious'
import { usePlans } from '../../store/quarterStore'
import { useUiStore, type View } from '../../store/uiStore'
import { startFromPreviousAction } from './startFromPreviousAction'

// How long a view loaded on first use (Team, Import) may take to show before the focus gives up.
const MOUNT_FRAMES = 120

/**
 * Opens another view and puts the focus on `target` there: the button that was
 * pressed goes away with the board, and the focus must not fall to the page.
 * A view whose code loads on first use shows its target a few frames later;
 * the focus goes there then, unless the person has put it somewhere meanwhile.
 */
function goTo(view: View, target: string): void {
  // The pressed button: hidden, not yet removed, while the view's code loads.
  const from = document.activeElement
  flushSync(() => useUiStore.getState().setView(view))
  let frames = 0
  const tryFocus = () => {
    const found = document.querySelector<HTMLElement>(target)
    const active = document.activeElement
    if (found) found.focus()
    else if ((active === document.body || active === from) && ++frames < MOUNT_FRAMES) {
      requestAnimationFrame(tryFocus)
    }
  }
  tryFocus()
}

export function EmptyBoard({ quarter }: { quarter: PlanDocument }) {
  const plans = usePlans()
  const [starting, setStarting] = useState(false)
  const previous = isEmptyQuarter(quarter) ? previousQuarterPlan(plans, quarter.plan) : null
  const hasTeams = quarter.teams.length > 0

  return (
    // A named group, not a region: the board's regions are its columns.
    <div className="empty-board" role="group" aria-labelledby="empty-board-heading">
      <h2 id="empty-board-heading">No goals in {planDisplayName(quarter.plan)} yet</h2>
      <ul className="empty-board-steps">
        {previous && (
          <li>
            <button
              type="button"
              className="primary"
              disabled={starting}
              onClick={() => {
                setStarting(true)
                void startFromPreviousAction(previous).finally(() => setStarting(false))
              }}
            >
              <ArrowRightLeft size={16} aria-hidden="true" /> Start from {planDisplayName(previous)}
            </button>
            <span>
              Copies its teams and priority groups, and carries its unfinished goals over. Undo
              takes it back.
            </span>
          </li>
        )}
        {!hasTeams && (
          <li>
            <button type="button" onClick={() => goTo('team', '.add-team input')}>
              <Users size={16} aria-hidden="true" /> Add teams
            </button>
            <span>Name the teams and their managers, then add their goals here.</span>
          </li>
        )}
        <li>
          <button
            type="button"
            // Import loads with the wiki code: its tab takes the focus, Tab goes on into it.
            onClick={() => goTo('import', '[role="tab"][aria-selected="true"]')}
          >
            <FileDown size={16} aria-hidden="true" /> Import last quarter&apos;s page
          </button>
          <span>
            Paste the wikitext of a goals page. It becomes a quarter of its own, which this one can
            then start from.
          </span>
        </li>
      </ul>
      <p className="empty-board-hint">
        {hasTeams
          ? 'Or add the first goal with “Add goal” in a column below.'
          : 'Or add a goal with “Add goal” in a column below, naming a new team as you go.'}
      </p>
    </div>
  )
}
