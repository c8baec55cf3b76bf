/**
 * What a goal card shows. The card itself is BoardCard (a list item the
 * board's drag controller moves); what it shows lives in a memoised body that
 * renders again only when the goal's shown fields change, and that the
 * picture of a carried card shares.
 */
import { memo, type KeyboardEvent } from 'react'
import type { Goal } from '../../../shared/model'
import { statusLabel } from '../../../shared/statuses'
import { teamColour } from '../../../shared/teamColour'
import { TaskLink } from '../../components/TaskLink'
import { useUiStore } from '../../store/uiStore'

/** What a card shows. */
export interface GoalCardProps {
  goal: Goal
  teamName: string
  groupTitle: string
}

/** The accessible name of a card: the goal text first, as users and tests look for it. */
export function cardLabel({ goal, teamName, groupTitle }: GoalCardProps): string {
  const parts = [goal.text, teamName]
  if (groupTitle) parts.push(groupTitle)
  parts.push(statusLabel(goal.status))
  if (goal.stretch) parts.push('stretch goal')
  if (goal.tasks.length > 0) {
    parts.push(`${goal.tasks.length === 1 ? 'task' : 'tasks'} ${goal.tasks.join(' ')}`)
  }
  return parts.join(', ')
}

/** True when two cards would look the same. */
export function sameCard(a: GoalCardProps, b: GoalCardProps): boolean {
  if (a.teamName !== b.teamName || a.groupTitle !== b.groupTitle) return false
  if (a.goal === b.goal) return true
  const x = a.goal
  const y = b.goal
  return (
    x.id === y.id &&
    x.text === y.text &&
    x.status === y.status &&
    x.note === y.note &&
    x.stretch === y.stretch &&
    x.carriedOverFrom === y.carriedOverFrom &&
    x.tasks.length === y.tasks.length &&
    x.tasks.every((task, i) => task === y.tasks[i])
  )
}

/**
 * The visible content of a card, shared by the board and the drag overlay:
 * the status mark and the goal text, then the team chip and the priority
 * group (one line, cut short; whole on hover and while the card has focus),
 * then task links and badges. Plain elements only: boards hold thousands.
 */
export const GoalCardBody = memo(function GoalCardBody({
  goal,
  teamName,
  groupTitle,
}: GoalCardProps) {
  const hasExtra = goal.tasks.length > 0 || goal.stretch || goal.carriedOverFrom
  return (
    <>
      <p className="card-text">
        <span className="status-mark" data-status={goal.status} title={statusLabel(goal.status)} />
        {goal.text}
      </p>
      <p className="card-meta">
        <span className={`team-chip team-${teamColour(teamName)}`} title={teamName}>
          {teamName}
        </span>
        {groupTitle && (
          <span className="card-group" title={groupTitle}>
            {groupTitle}
          </span>
        )}
      </p>
      {hasExtra && (
        <p className="card-extra">
          {goal.tasks.map((task) => (
            <TaskLink key={task} task={task} />
          ))}
          {goal.stretch && <span className="badge badge-stretch">Stretch</span>}
          {goal.carriedOverFrom && (
            <span className="badge badge-carried">Continued from {goal.carriedOverFrom}</span>
          )}
        </p>
      )}
      {goal.note && <p className="card-note">{goal.note}</p>}
    </>
  )
}, sameCard)

/** A card on the board: what it shows and where it sits in its column. */
export interface PlacedCardProps extends GoalCardProps {
  /** 1-based position in the whole column (mounted or not). */
  position: number
  /** Number of cards in the whole column. */
  setSize: number
}

export function samePlacedCard(a: PlacedCardProps, b: PlacedCardProps): boolean {
  return a.position === b.position && a.setSize === b.setSize && sameCard(a, b)
}

/** The attributes every card's list item has: its name and its place in the whole column. */
export function cardAttributes({ position, setSize, ...props }: PlacedCardProps) {
  return {
    'aria-roledescription': 'goal card',
    'aria-label': cardLabel(props),
    'aria-posinset': position,
    'aria-setsize': setSize,
    'data-goal-id': props.goal.id,
    'data-index': position - 1,
  }
}

/**
 * Opens the goal's editor. Read from the store when called rather than
 * subscribed to in each card: a subscription per card costs every render of
 * a board of hundreds of cards, for an action that never changes.
 */
export function openEditor(goalId: string): void {
  useUiStore.getState().openEditor(goalId)
}

/** Enter on the card itself (not on something inside it) opens the goal's editor. */
export function opensEditor(event: KeyboardEvent<HTMLElement>): boolean {
  return event.key === 'Enter' && event.target === event.currentTarget
}
