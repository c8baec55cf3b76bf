/**
 * A team's past status updates, as the page's Status block shows them
 * (oldest first, items under their statuses), each editable and deletable
 * (with Undo).
 */
import { useState } from 'react'
import type { PlanDocument, StatusUpdate, StatusUpdateItem } from '../../../shared/model'
import { updatesOfTeam } from '../../../shared/statusUpdates'
import { statusLabel } from '../../../shared/statuses'
import { formatUpdateDate } from '../../../shared/wiki/export/exportStatus'
import { perform } from '../../commands/perform'
import { deleteUpdate } from '../../commands/updateCommands'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { EditUpdateDialog } from './EditUpdateDialog'
import './updates.css'

function byStatus(items: StatusUpdateItem[]): [string, StatusUpdateItem[]][] {
  const groups = new Map<string, StatusUpdateItem[]>()
  for (const item of items) {
    const key = item.status ? statusLabel(item.status) : ''
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups]
}

async function remove(update: StatusUpdate) {
  const result = await perform((q) => deleteUpdate(q, update.id))
  const { showToast } = useUiStore.getState()
  if (result?.ok) showToast({ message: 'Status update deleted', undoId: result.id, tone: 'info' })
  else if (result) showToast({ message: errorMessage(result.error), tone: 'error' })
}

/** The team's updates. */
export function UpdateList({ quarter, teamId }: { quarter: PlanDocument; teamId: string }) {
  const [editing, setEditing] = useState<StatusUpdate | null>(null)
  const updates = updatesOfTeam(quarter, teamId)
  if (updates.length === 0) return <p className="group-empty">No status updates yet.</p>
  return (
    <ul className="update-list">
      {updates.map((update) => {
        const title = update.date ? `${formatUpdateDate(update.date)} status` : 'Undated status'
        return (
          <li key={update.id} aria-label={title}>
            <div className="update-head">
              <strong>{title}:</strong> {update.summary}
              <button type="button" onClick={() => setEditing(update)} aria-label={`Edit ${title}`}>
                Edit
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Delete ${title}`}
                onClick={() => void remove(update)}
              >
                Delete
              </button>
            </div>
            <ul>
              {byStatus(update.items).map(([label, items]) => (
                <li key={label}>
                  {label && <span className="status-pill">{label}</span>}
                  <ul>
                    {items.map((item, index) => (
                      <li key={index}>{item.text}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        )
      })}
      {editing && <EditUpdateDialog update={editing} onClose={() => setEditing(null)} />}
    </ul>
  )
}
