/** "Part of": the team's parent, making it a sub-team (SRE › Traffic), or none. */
import type { PlanDocument, Team } from '../../../shared/model'
import { parentChoices } from '../../../shared/structure'
import { performWithToast } from '../../commands/perform'
import { updateTeam } from '../../commands/structureCommands'
import { Select } from '../../components/Select'

// The choice "No parent team" (a team id is never this word).
const NO_PARENT = 'no-parent'

/** The select of a team's parent team. */
export function ParentChoice({ quarter, team }: { quarter: PlanDocument; team: Team }) {
  return (
    <div className="field-inline">
      <span aria-hidden="true">Part of</span>
      <Select
        label="Parent team"
        hideLabel
        className="parent-team-select"
        value={team.parentId ?? NO_PARENT}
        choices={[
          { id: NO_PARENT, label: 'No parent team (top level)' },
          ...parentChoices(quarter.teams, team.id).map((choice) => ({
            id: choice.id,
            label: choice.name,
          })),
        ]}
        onChange={(id) =>
          void performWithToast((q) =>
            updateTeam(q, team.id, { parentId: id === NO_PARENT ? null : id }),
          )
        }
      />
    </div>
  )
}
