/**
 * A priority group in the Team view: its title and description edited in
 * place, moved up or down among the team's groups, deleted (its goals go to
 * no group or another group), and its goals, each opening the goal editor.
 * The goals outside any group come first, as on the page.
 */
import { useState } from 'react'
import type { Goal, PlanDocument, PriorityGroup } from '../../../shared/model'
import { compareRanks } from '../../../shared/ranks'
import { statusLabel, statusOrder } from '../../../shared/statuses'
import { CommitField } from '../../components/CommitField'
import { perform, performWithToast } from '../../commands/perform'
import { deleteGroup, moveGroup, updateGroup } from '../../commands/structureCommands'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { DeleteGroupDialog } from './DeleteGroupDialog'
import { runOrThrow } from './runStructure'

/** Props of GroupBlock. */
export interface GroupBlockProps {
  quarter: PlanDocument
  teamId: string
  /** Null for the team's goals outside any group. */
  group: PriorityGroup | null
  goals: Goal[]
  index?: number
  count?: number
}

/** Deletes a group whose goals go nowhere else, with Undo offered. */
export async function deleteGroupWithUndo(
  groupId: string,
  toGroupId: string | null,
): Promise<void> {
  const result = await perform((q) => deleteGroup(q, groupId, toGroupId))
  const { showToast } = useUiStore.getState()
  if (result?.ok) showToast({ message: 'Priority group deleted', undoId: result.id, tone: 'info' })
  else if (result) showToast({ message: errorMessage(result.error), tone: 'error' })
}

/** One priority group (or the goals outside any) of a team. */
export function GroupBlock({
  quarter,
  teamId,
  group,
  goals,
  index = 0,
  count = 0,
}: GroupBlockProps) {
  const [deleting, setDeleting] = useState(false)
  const sorted = [...goals].sort(
    (a, b) => statusOrder(a.status) - statusOrder(b.status) || compareRanks(a.rank, b.rank),
  )
  const name = group?.title ?? 'Goals without a priority group'
  return (
    <section className="group-block" aria-label={group ? `Priority group ${group.title}` : name}>
      {group ? (
        <div className="group-head">
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
            <li key={goal.id}>
              <button
                type="button"
                className="team-goal"
                onClick={() => useUiStore.getState().openEditor(goal.id)}
              >
                <span className="team-goal-text">{goal.text}</span>
                {goal.tasks.length > 0 && <span className="task-id">{goal.tasks.join(' ')}</span>}
                <span className={`status-pill status-${goal.status}`}>
                  {statusLabel(goal.status)}
                </span>
              </button>
            </li>
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
