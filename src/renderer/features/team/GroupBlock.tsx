/**
 * A priority group in the Team view: its title and description edited in
 * place, moved up or down among the team's groups (buttons, or its drag
 * handle: TeamGroups.tsx), deleted (its goals go to no group or another
 * group), and its goals, each opening the goal editor and dragged by its handle.
 * The goals outside any group come first, as on the page.
 */
import { useState, type CSSProperties, type ReactNode } from 'react'
import { useDraggable } from '@dnd-kit/core'
import { CSS } from '@dnd-kit/utilities'
import type { Goal, PlanDocument, PriorityGroup } from '../../../shared/model'
import { compareRanks } from '../../../shared/ranks'
import { statusLabel, statusOrder } from '../../../shared/statuses'
import { CommitField } from '../../components/CommitField'
import { performWithToast } from '../../commands/perform'
import { moveGroup, updateGroup } from '../../commands/structureCommands'
import { useUiStore } from '../../store/uiStore'
import { DeleteGroupDialog } from './DeleteGroupDialog'
import { deleteGroupWithUndo, runOrThrow } from './runStructure'
import { DragHandle } from '../../components/DragHandle'

/** Props of GroupBlock. */
export interface GroupBlockProps {
  quarter: PlanDocument
  teamId: string
  /** Null for the team's goals outside any group. */
  group: PriorityGroup | null
  goals: Goal[]
  index?: number
  count?: number
  /** The block as a drop target and sortable item (TeamGroups.tsx). */
  containerRef?: (node: HTMLElement | null) => void
  containerStyle?: CSSProperties
  /** The group is being dragged. */
  dragging?: boolean
  /** A goal being dragged is over this block. */
  dropTarget?: boolean
  /** The group's drag handle. */
  handle?: ReactNode
}

/** One priority group (or the goals outside any) of a team. */
export function GroupBlock({
  quarter,
  teamId,
  group,
  goals,
  index = 0,
  count = 0,
  containerRef,
  containerStyle,
  dragging = false,
  dropTarget = false,
  handle,
}: GroupBlockProps) {
  const [deleting, setDeleting] = useState(false)
  const sorted = [...goals].sort(
    (a, b) => statusOrder(a.status) - statusOrder(b.status) || compareRanks(a.rank, b.rank),
  )
  const name = group?.title ?? 'Goals without a priority group'
  return (
    <section
      ref={containerRef}
      style={containerStyle}
      className={`group-block${dragging ? ' dragging' : ''}${dropTarget ? ' drop-target' : ''}`}
      aria-label={group ? `Priority group ${group.title}` : name}
    >
      {group ? (
        <div className="group-head">
          {handle}
          <CommitField
            label="Priority group title"
            value={group.title}
            className="group-title-field"
            onCommit={(title) => runOrThrow((q) => updateGroup(q, group.id, { title }))}
          />
          <button
            type="button"
            disabled={index === 0}
            aria-label={`Move ${group.title} up`}
            onClick={() => void performWithToast((q) => moveGroup(q, group.id, index - 1))}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index >= count - 1}
            aria-label={`Move ${group.title} down`}
            onClick={() => void performWithToast((q) => moveGroup(q, group.id, index + 1))}
          >
            ↓
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete priority group ${group.title}`}
            onClick={() => {
              if (goals.length === 0) void deleteGroupWithUndo(group.id, null)
              else setDeleting(true)
            }}
          >
            Delete
          </button>
          <CommitField
            label={`Description of ${group.title}`}
            value={group.description}
            placeholder="Description (optional)"
            className="group-description-field"
            onCommit={(description) => runOrThrow((q) => updateGroup(q, group.id, { description }))}
          />
        </div>
      ) : (
        <h3 className="group-loose">{name}</h3>
      )}
      {sorted.length > 0 ? (
        <ul className="team-goals">
          {sorted.map((goal) => (
            <GoalRow key={goal.id} goal={goal} />
          ))}
        </ul>
      ) : (
        <p className="group-empty">No goals yet.</p>
      )}
      {deleting && group && (
        <DeleteGroupDialog
          group={group}
          goals={goals.length}
          others={quarter.groups.filter((g) => g.teamId === teamId && g.id !== group.id)}
          onClose={() => setDeleting(false)}
        />
      )}
    </section>
  )
}

/** A goal of the block: its handle drags it to another group; the rest opens the editor. */
function GoalRow({ goal }: { goal: Goal }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: `goal:${goal.id}` })
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'team-goal-row dragging' : 'team-goal-row'}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <DragHandle
        label={`Move ${goal.text} to another priority group`}
        activatorRef={setActivatorNodeRef}
        attributes={attributes}
        listeners={listeners}
      />
      <button
        type="button"
        className="team-goal"
        onClick={() => useUiStore.getState().openEditor(goal.id)}
      >
        <span className="team-goal-text">{goal.text}</span>
        {goal.tasks.length > 0 && <span className="task-id">{goal.tasks.join(' ')}</span>}
        <span className={`status-pill status-${goal.status}`}>{statusLabel(goal.status)}</span>
      </button>
    </li>
  )
}
