/**
 * "Add team": a name field and a button; the new team opens in the Team
 * view, where its manager line and groups are filled in.
 */
import { useState, type FormEvent } from 'react'
import { perform } from '../../commands/perform'
import { createTeam } from '../../commands/planCommands'
import { currentMemory } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { FieldError } from '../../components/FormActions'
import { addAndClear } from '../../components/addAndClear'

/** Opens the team just added, unless its command was refused (it is not in memory). */
function showAddedTeam(id: string): void {
  if (currentMemory().quarter?.teams.some((team) => team.id === id))
    useUiStore.getState().showTeam(id)
}

/** The form that adds a team to the open quarter. */
export function AddTeamForm() {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function add(event: FormEvent) {
    event.preventDefault()
    const added = await addAndClear(name, setName, async () => {
      let id = ''
      const written = perform((quarter) => {
        const command = createTeam(quarter, { name })
        id = command.team.id
        return command
      })
      // The team is in memory already, its write still to come: it opens now. Opening it
      // after the write would take away a team (or view) the person chose meanwhile.
      showAddedTeam(id)
      const result = await written
      if (result && !result.ok) {
        setError(errorMessage(result.error))
        return false
      }
      return true
    })
    if (added) setError(null)
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
