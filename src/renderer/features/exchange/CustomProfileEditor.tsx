import { useId, useState } from 'react'
import type { StatusId, TemplateProfile } from '../../../shared/model'
import { STATUS_IDS, statusLabel } from '../../../shared/statuses'
import { profileProblems } from './customProfile'

/**
 * Editor of a custom template profile: one field per status and the task
 * link pattern. Nothing is saved until every field passes validation.
 */
export function CustomProfileEditor({
  initial,
  onSave,
}: {
  initial: TemplateProfile
  onSave: (profile: TemplateProfile) => Promise<void>
}) {
  const [draft, setDraft] = useState<TemplateProfile>(initial)
  const [problems, setProblems] = useState<string[]>([])
  const [saved, setSaved] = useState(false)
  const id = useId()

  const setStatus = (status: StatusId, markup: string) => {
    setDraft((d) => ({ ...d, statuses: { ...d.statuses, [status]: markup } }))
    setSaved(false)
  }

  const save = async () => {
    const found = profileProblems(draft)
    setProblems(found)
    if (found.length > 0) return
    try {
      await onSave(draft)
      setSaved(true)
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)])
    }
  }

  return (
    <form
      className="exchange-profile-editor"
      aria-label="Custom profile"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      {STATUS_IDS.map((status) => (
        <div key={status} className="exchange-field">
          <label htmlFor={`${id}-${status}`}>{statusLabel(status)} markup</label>
          <input
            id={`${id}-${status}`}
            value={draft.statuses[status]}
            spellCheck={false}
            onChange={(event) => setStatus(status, event.target.value)}
          />
        </div>
      ))}
      <div className="exchange-field">
        <label htmlFor={`${id}-task`}>Task link pattern</label>
        <input
          id={`${id}-task`}
          value={draft.task}
          spellCheck={false}
          aria-describedby={`${id}-task-hint`}
          onChange={(event) => {
            setDraft((d) => ({ ...d, task: event.target.value }))
            setSaved(false)
          }}
        />
        <small id={`${id}-task-hint`}>$1 stands for the task id, e.g. {'{{Phabricator|$1}}'}</small>
      </div>
      <button type="submit">Save custom profile</button>
      {problems.length > 0 && (
        <ul role="alert" className="exchange-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p role="status" className="exchange-status">
        {saved ? 'Custom profile saved with this quarter.' : ''}
      </p>
    </form>
  )
}
