/**
 * The teams in page order, each sub-team under its parent. A team is chosen
 * by its name and reordered among its siblings by its handle: dragged with
 * the mouse, or with the keyboard (Space to pick up, arrows, Space to drop).
 * Each sibling list is its own drag context, so a team cannot land among
 * another parent's sub-teams by accident; a new parent is chosen in the team's
 * section.
 */
import type { ReactNode } from 'react'
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Team } from '../../../shared/model'
import { compareRanks } from '../../../shared/ranks'
import { performWithToast } from '../../commands/perform'
import { moveTeam } from '../../commands/structureCommands'
import { useUiStore } from '../../store/uiStore'
import { DragHandle } from '../../components/DragHandle'

/** Props of TeamList. */
export interface TeamListProps {
  teams: readonly Team[]
  selectedId: string | null
}

function childrenOf(teams: readonly Team[], parentId: string | null): Team[] {
  const ids = new Set(teams.map((t) => t.id))
  return teams
    .filter((t) => (t.parentId !== null && ids.has(t.parentId) ? t.parentId : null) === parentId)
    .sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id))
}

/** The list of teams (sub-teams nested under their parents). */
export function TeamList({ teams, selectedId }: TeamListProps) {
  return <Siblings teams={teams} parentId={null} selectedId={selectedId} />
}

function Siblings({ teams, parentId, selectedId }: TeamListProps & { parentId: string | null }) {
  const siblings = childrenOf(teams, parentId)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  if (siblings.length === 0) return null
  const name = (id: string | number) => siblings.find((t) => t.id === id)?.name ?? ''
  const place = (id: string | number) => siblings.findIndex((t) => t.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${name(active.id)}, position ${place(active.id)} of ${siblings.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${name(active.id)} is over position ${place(over.id)} of ${siblings.length}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} dropped at position ${place(over.id)}.`
        : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const index = siblings.findIndex((t) => t.id === over.id)
    if (index < 0) return
    void performWithToast((quarter) => moveTeam(quarter, String(active.id), index))
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To reorder a team, press Space to pick it up, the arrow keys to move it, and Space again to drop it. Escape cancels.',
        },
      }}
    >
      <SortableContext items={siblings.map((t) => t.id)} strategy={verticalListSortingStrategy}>
        <ol className={parentId === null ? 'team-list' : 'team-list sub-teams'}>
          {siblings.map((team) => (
            <TeamItem key={team.id} team={team} selected={team.id === selectedId}>
              <Siblings teams={teams} parentId={team.id} selectedId={selectedId} />
            </TeamItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

function TeamItem({
  team,
  selected,
  children,
}: {
  team: Team
  selected: boolean
  children: ReactNode
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: team.id })
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'team-item dragging' : 'team-item'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="team-row">
        <DragHandle
          label={`Reorder ${team.name}`}
          activatorRef={setActivatorNodeRef}
          attributes={attributes}
          listeners={listeners}
        />
        <button
          type="button"
          className="team-choose"
          aria-current={selected ? 'true' : undefined}
          onClick={() => useUiStore.getState().showTeam(team.id)}
        >
          {team.name}
        </button>
      </div>
      {children}
    </li>
  )
}
