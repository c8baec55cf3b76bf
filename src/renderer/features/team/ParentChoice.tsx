/** "Part of": the team's parent, making it a sub-team (SRE › Traffic), or none. */
import type { PlanDocument, Team } from '../../../shared/model'
import { parentChoices } from '../../../shared/structure'
import { performWithToast } from '../../commands/perform'
import { updateTeam } from '../../commands/structureCommands'

/** The select of a team's parent team. */
export function ParentChoice({ quarter, team }: { quarter: PlanDocument; team: Team }) {
  return (
    <label className="field-inline">
      <span>Part of</span>
      <select
        aria-label="Parent team"
        value={team.parentId ?? ''}
        onChange={(event) =>
          void performWithToast((q) =>
            updateTeam(q, team.id, { parentId: event.target.value || null }),
          )
        }
      >
        <option value="">No parent team (top level)</option>
        {parentChoices(quarter.teams, team.id).map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  )
}
