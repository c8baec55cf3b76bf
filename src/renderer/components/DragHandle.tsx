/**
 * The grip that starts a dnd-kit drag of a list item with the mouse, or with
 * the keyboard (Space, the arrow keys, Space): teams, priority groups and the
 * goals of the Team view share it, so each grip looks and is named alike.
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core'

/** Props of DragHandle: what useSortable or useDraggable gives for the activator. */
export interface DragHandleProps {
  /** Its accessible name, saying what a drag does ("Reorder Analytics"). */
  label: string
  activatorRef: (element: HTMLElement | null) => void
  attributes: DraggableAttributes
  listeners: DraggableSyntheticListeners
}

/** A button that is only a drag handle. */
export function DragHandle({ label, activatorRef, attributes, listeners }: DragHandleProps) {
  return (
    <button
      type="button"
      ref={activatorRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={label}
    >
      ⠿
    </button>
  )
}
