/**
 * The items of one team's update before they are saved: each editable
 * (text, status, or none for a free item), removable, and new free items
 * added. What changed since the team's previous update is marked on the item.
 */
import type { StatusUpdateItem } from '../../../shared/model'
import type { ItemChange } from '../../../shared/statusUpdates'
import { STATUS_IDS, statusLabel } from '../../../shared/statuses'
import { Select } from '../../components/Select'

// The choice "No status" (a free item; no status id is this word).
const NO_STATUS = 'no-status'

/** Props of UpdateItemsEditor. */
export interface UpdateItemsEditorProps {
  /** What the items are of, for their accessible names ("Analytics"). */
  teamName: string
  items: StatusUpdateItem[]
  /** Parallel to items; empty when nothing is compared. */
  changes: ItemChange[]
  onChange: (items: StatusUpdateItem[]) => void
}

function changeText(change: ItemChange): string | null {
  if (change === null) return null
  if (change.kind === 'new') return 'New'
  if (change.kind === 'done') return 'Done since'
  return change.from ? `Moved from ${statusLabel(change.from)}` : 'Moved'
}

/** The editable list of an update's items. */
export function UpdateItemsEditor({ teamName, items, changes, onChange }: UpdateItemsEditorProps) {
  const set = (index: number, patch: Partial<StatusUpdateItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)))
  return (
    <div className="update-items">
      {items.length === 0 && <p className="field-hint">No items.</p>}
      <ol>
        {items.map((item, index) => {
          const change = changes[index] ?? null
          const mark = changeText(change)
          return (
            <li
              key={index}
              className={change ? `update-item changed changed-${change.kind}` : 'update-item'}
              aria-label={`${teamName} item ${index + 1}${mark ? `, ${mark}` : ''}`}
            >
              {mark && <span className={`change-mark change-${change?.kind}`}>{mark}</span>}
              <input
                aria-label={`Item ${index + 1} text`}
                value={item.text}
                onChange={(event) => set(index, { text: event.target.value })}
              />
              <Select
                label={`Item ${index + 1} status`}
                hideLabel
                className="update-item-status"
                value={item.status ?? NO_STATUS}
                choices={[
                  { id: NO_STATUS, label: 'No status' },
                  ...STATUS_IDS.map((id) => ({ id, label: statusLabel(id) })),
                ]}
                onChange={(id) => set(index, { status: id === NO_STATUS ? null : id })}
              />
              <button
                type="button"
                aria-label={`Remove item ${index + 1}`}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...items, { text: '', status: null, note: '' }])}
      >
        Add item to {teamName}
      </button>
    </div>
  )
}
