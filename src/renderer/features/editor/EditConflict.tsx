/**
 * What the editor says when another window got there first: the fields both
 * changed, with both versions to choose from; or that the goal was deleted,
 * with what was typed kept, to restore or copy.
 */
import { useState } from 'react'
import type { FieldConflict } from './editConflicts'

/** Both versions of each field changed here and elsewhere, and the two ways on. */
export function EditConflict({
  conflicts,
  onKeepMine,
  onTakeTheirs,
}: {
  conflicts: FieldConflict[]
  onKeepMine: () => void
  onTakeTheirs: () => void
}) {
  return (
    <div className="edit-conflict" role="alert">
      <p>Changed in another window while you were editing. Choose which version to keep:</p>
      <dl>
        {conflicts.map((conflict) => (
          <div key={conflict.field} className="edit-conflict-field">
            <dt>{conflict.label}</dt>
            <dd>
              <span className="edit-conflict-label">Other window:</span> {conflict.theirs}
            </dd>
            <dd>
              <span className="edit-conflict-label">Yours:</span> {conflict.mine}
            </dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Use theirs
        </button>
      </div>
    </div>
  )
}

/** The goal is gone; what was typed is still here. */
export function GoneNotice({ text, onRestore }: { text: string; onRestore: () => void }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="edit-conflict" role="alert">
      <p>This goal was deleted in another window. What you typed is still here.</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onRestore}>
          Restore goal with my changes
        </button>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true))
          }}
        >
          {copied ? 'Text copied' : 'Copy text'}
        </button>
      </div>
    </div>
  )
}
