/**
 * A team's goals by priority group, with two kinds of drag (mouse or
 * keyboard: Space to pick up, arrows, Space to drop), each drop one undoable
 * command: a goal's handle moves it to another group of the team (or to the
 * goals without a group, when that block is shown), and a group's handle
 * reorders the groups. Goals keep their order inside a group (by status,
 * then rank, as on the page), so only the group changes.
 */
import type { CSSProperties } from 'react'
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
  type SortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Goal, PlanDocument, PriorityGroup } from '../../../shared/model'
import { performWithToast } from '../../commands/perform'
import { moveGoalToGroup, moveGroup } from '../../commands/structureCommands'
import { GroupBlock } from './GroupBlock'
import { DragHandle } from '../../components/DragHandle'

/** Props of TeamGroups. */
export interface TeamGroupsProps {
  quarter: PlanDocument
  teamId: string
  groups: PriorityGroup[]
  loose: Goal[]
}

const LOOSE = 'group:none'
const groupKey = (id: string): string => `group:${id}`
const isGoalDrag = (id: string | number): boolean => String(id).startsWith('goal:')

// Groups make room only for a group being dragged, not for a goal passing over them.
const groupStrategy: SortingStrategy = (args) =>
  args.activeIndex < 0 ? null : verticalListSortingStrategy(args)

// A goal lands on the group under the pointer (or, from the keyboard, the one it was moved to);
// a group among the other groups.
const collisions: CollisionDetection = (args) => {
  const goal = isGoalDrag(args.active.id)
  const droppableContainers = args.droppableContainers.filter(
    (c) => String(c.id).startsWith('group:') && (goal || c.id !== LOOSE),
  )
  const scoped = { ...args, droppableContainers }
  if (!goal) return closestCenter(scoped)
  const under = pointerWithin(scoped)
  return under.length > 0 ? under : rectIntersection(scoped)
}

// The arrows take a goal to the top of the next or previous group; groups move as sortables do.
const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers } = args.context
  const down = event.code === 'ArrowDown'
  if (!active || !isGoalDrag(active.id) || (!down && event.code !== 'ArrowUp'))
    return sortableKeyboardCoordinates(event, args)
  event.preventDefault()
  if (!collisionRect) return undefined
  const rects = droppableContainers
    .getEnabled()
    .filter((c) => String(c.id).startsWith('group:'))
    .flatMap((c) => {
      const rect = droppableRects.get(c.id)
      return rect ? [rect] : []
    })
    .sort((a, b) => a.top - b.top)
  let current = -1
  rects.forEach((rect, i) => {
    if (rect.top <= collisionRect.top + 1) current = i
  })
  const target = rects[down ? current + 1 : Math.max(current - 1, 0)]
  if (!target || (!down && current <= 0)) return undefined
  return { x: target.left + 8, y: target.top + 8 }
}

/** The team's goal blocks: the goals without a group first, then each group. */
export function TeamGroups({ quarter, teamId, groups, loose }: TeamGroupsProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  )
  const goalText = (key: string | number) =>
    quarter.goals.find((g) => `goal:${g.id}` === key)?.text ?? ''
  const groupTitle = (key: string | number | undefined) =>
    key === LOOSE
      ? 'Goals without a priority group'
      : (groups.find((g) => groupKey(g.id) === key)?.title ?? '')
  const name = (key: string | number) => (isGoalDrag(key) ? goalText(key) : groupTitle(key))
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} is over ${groupTitle(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} dropped on ${groupTitle(over.id)}.`
        : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const target = String(over.id)
    if (isGoalDrag(active.id)) {
      const goalId = String(active.id).slice('goal:'.length)
      const groupId = target === LOOSE ? null : target.slice('group:'.length)
      void performWithToast((q) => moveGoalToGroup(q, goalId, groupId))
      return
    }
    const index = groups.findIndex((g) => groupKey(g.id) === target)
    if (index < 0) return
    const groupId = String(active.id).slice('group:'.length)
    void performWithToast((q) => moveGroup(q, groupId, index))
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'Press Space to pick up, the arrow keys to move to another priority group, and Space again to drop. Escape cancels.',
        },
      }}
    >
      {loose.length > 0 && <LooseBlock quarter={quarter} teamId={teamId} goals={loose} />}
      <SortableContext items={groups.map((g) => groupKey(g.id))} strategy={groupStrategy}>
        {groups.map((group, index) => (
          <SortableGroup
            key={group.id}
            quarter={quarter}
            teamId={teamId}
            group={group}
            index={index}
            count={groups.length}
          />
        ))}
      </SortableContext>
    </DndContext>
  )
}

function LooseBlock({
  quarter,
  teamId,
  goals,
}: {
  quarter: PlanDocument
  teamId: string
  goals: Goal[]
}) {
  const { setNodeRef, isOver } = useDroppable({ id: LOOSE })
  return (
    <GroupBlock
      quarter={quarter}
      teamId={teamId}
      group={null}
      goals={goals}
      containerRef={setNodeRef}
      dropTarget={isOver}
    />
  )
}

function SortableGroup({
  quarter,
  teamId,
  group,
  index,
  count,
}: {
  quarter: PlanDocument
  teamId: string
  group: PriorityGroup
  index: number
  count: number
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
    isOver,
    active,
  } = useSortable({ id: groupKey(group.id) })
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition }
  return (
    <GroupBlock
      quarter={quarter}
      teamId={teamId}
      group={group}
      index={index}
      count={count}
      goals={quarter.goals.filter((goal) => goal.groupId === group.id)}
      containerRef={setNodeRef}
      containerStyle={style}
      dragging={isDragging}
      dropTarget={isOver && active !== null && isGoalDrag(active.id)}
      handle={
        <DragHandle
          label={`Reorder ${group.title}`}
          activatorRef={setActivatorNodeRef}
          attributes={attributes}
          listeners={listeners}
        />
      }
    />
  )
}
