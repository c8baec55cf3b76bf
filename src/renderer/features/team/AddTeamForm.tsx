/**
 * "Add team": a name field and a button; the new team opens in the Team
 * view, where its manager line and groups are filled in.
 */
import { useState, type FormEvent } from 'react'
import { perform } from '../../commands/perform'
import { createTeam } from '../../commands/planCommands'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { FieldError } from '../../components/FormActions'
import { addAndClear } from '../../components/addAndClear'

/** The form that adds a team to the open quarter. */
export function AddTeamForm() {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function add(event: FormEvent) {
    event.preventDefault()
    let id = ''
    const added = await addAndClear(name, setName, async () => {
      const result = await perform((quarter) => {
        const command = createTeam(quarter, { name })
        id = command.team.id
        return command
      })
      if (result && !result.ok) {
        setError(errorMessage(result.error))
        return false
      }
      return true
    })
    if (!added) return
    setError(null)
    // After the write: a person who went to another view meanwhile stays there.
    const ui = useUiStore.getState()
    if (ui.view === 'team') ui.showTeam(id)
  }

  return (
    <form className="add-team" onSubmit={(event) => void add(event)}>
      <input
        aria-label="New team name"
        placeholder="New team name"
        value={name}
        aria-invalid={error !== null}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit">Add team</button>
      <FieldError message={error} />
    </form>
  )
}
