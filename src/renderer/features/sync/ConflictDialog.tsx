/**
 * The conflicts of a merge, side by side, for a person to decide: each one
 * names the goal (or team, group, update, the quarter), its team and field,
 * shows the value both copies started from when known, and offers this
 * computer's value and the other copy's. Used by "Merge backup…" and by a
 * pull from the wiki; the caller names the two sides.
 */
import { useId, useState } from 'react'
import type { MergeConflict, MergeDecisions, MergeTable } from '../../../shared/merge'
import { countOf } from '../../../shared/words'
import { Dialog } from '../../components/Dialog'
import './sync.css'

/** Props of ConflictDialog. */
export interface ConflictDialogProps {
  title: string
  conflicts: readonly MergeConflict[]
  /** The local side for a person: "This computer". */
  localLabel: string
  /** The other side: "The backup", "The wiki". */
  remoteLabel: string
  /** One sentence on what was compared (three ways against a shared revision, or two ways). */
  basis?: string
  /** Called with a choice for every conflict. */
  onResolve: (decisions: MergeDecisions) => void
  /** Closing or Cancel: nothing is merged. */
  onCancel: () => void
}

const NOUN: Record<MergeTable, string> = {
  plan: 'Quarter',
  teams: 'Team',
  groups: 'Priority group',
  goals: 'Goal',
  updates: 'Status update',
}

/** The dialog; every conflict starts decided for this computer. */
export function ConflictDialog(props: ConflictDialogProps) {
  const { conflicts, localLabel, remoteLabel } = props
  const id = useId()
  const [choices, setChoices] = useState<Record<string, 'local' | 'remote'>>(() =>
    Object.fromEntries(conflicts.map((c) => [c.id, 'local'])),
  )
  const all = (side: 'local' | 'remote') =>
    setChoices(Object.fromEntries(conflicts.map((c) => [c.id, side])))
  return (
    <Dialog
      title={props.title}
      className="sync-dialog"
      descriptionId={`${id}-intro`}
      onClose={props.onCancel}
    >
      <p id={`${id}-intro`}>
        {countOf(conflicts.length, 'change')} {conflicts.length === 1 ? 'differs' : 'differ'}{' '}
        between {localLabel.toLowerCase()} and {remoteLabel.toLowerCase()}. Choose which to keep;
        everything else is merged as it is.
        {props.basis && ` ${props.basis}`}
      </p>
      <div className="sync-conflicts">
        {conflicts.map((conflict, n) => (
          <fieldset key={conflict.id} className="sync-conflict">
            <legend>
              {NOUN[conflict.table]} {conflict.table === 'plan' ? '' : `“${conflict.what}”`}
              {conflict.team && conflict.table !== 'teams' ? ` (${conflict.team})` : ''}:{' '}
              {conflict.fieldLabel}
            </legend>
            {conflict.base && (
              <p className="sync-base">
                <span className="sync-side">Before:</span> <span>{conflict.base.text}</span>
              </p>
            )}
            <div className="sync-sides">
              {(['local', 'remote'] as const).map((side) => (
                <label key={side} className="sync-choice">
                  <input
                    type="radio"
                    name={`${id}-${n}`}
                    value={side}
                    checked={choices[conflict.id] === side}
                    onChange={() => setChoices((c) => ({ ...c, [conflict.id]: side }))}
                  />
                  <span className="sync-side">{side === 'local' ? localLabel : remoteLabel}</span>
                  <span className="sync-value">{conflict[side].text}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="sync-actions">
        <button type="button" onClick={() => all('local')}>
          Keep all of {localLabel.toLowerCase()}
        </button>
        <button type="button" onClick={() => all('remote')}>
          Take all of {remoteLabel.toLowerCase()}
        </button>
        <span className="sync-spacer" />
        <button type="button" onClick={() => props.onResolve(choices)}>
          Merge
        </button>
        <button type="button" data-autofocus onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  )
}
