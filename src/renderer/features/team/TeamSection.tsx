/**
 * One team's section, in the page's order: name and parent, the manager
 * line, the team's progress (with its sub-teams), the goals by priority
 * group, "Dependencies on:", the Status block.
 */
import { useState } from 'react'
import type { PlanDocument, Team } from '../../../shared/model'
import { progressByTeam, progressOf } from '../../../shared/progress'
import { groupsOfTeam, teamPath } from '../../../shared/structure'
import { CommitField } from '../../components/CommitField'
import { performWithToast } from '../../commands/perform'
import { addAndClear } from '../../components/addAndClear'
import { createGroup } from '../../commands/planCommands'
import { updateTeam } from '../../commands/structureCommands'
import { useUiStore } from '../../store/uiStore'
import { ProgressBar } from '../board/ProgressBar'
import { RecordUpdateDialog } from '../updates/RecordUpdateDialog'
import { UpdateList } from '../updates/UpdateList'
import { DeleteTeamDialog } from './DeleteTeamDialog'
import { ManagerLine } from './ManagerLine'
import { ParentChoice } from './ParentChoice'
import { runOrThrow } from './runStructure'
import { TeamGroups } from './TeamGroups'

/** Props of TeamSection. */
export interface TeamSectionProps {
  quarter: PlanDocument
  team: Team
}

/** A team's section of the page, editable in place. */
export function TeamSection({ quarter, team }: TeamSectionProps) {
  const [deleting, setDeleting] = useState(false)
  const [recording, setRecording] = useState(false)
  const groups = groupsOfTeam(quarter, team.id)
  const loose = quarter.goals.filter((goal) => goal.teamId === team.id && goal.groupId === null)
  const subTeams = quarter.teams.filter((t) => t.parentId === team.id)
  const path = teamPath(quarter.teams, team)
  // A manager's section counts its sub-teams' goals too, as the board's team filter does.
  const progress =
    progressByTeam(quarter.goals, quarter.teams).get(team.id)?.withSubTeams ?? progressOf([])
  return (
    <section className="team-page" aria-label={`Team ${team.name}`}>
      <header className="team-page-head">
        <h2>{path}</h2>
        <CommitField
          label="Team name"
          value={team.name}
          className="team-name-field"
          onCommit={(name) => runOrThrow((q) => updateTeam(q, team.id, { name }))}
        />
        <ParentChoice quarter={quarter} team={team} />
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          Delete team
        </button>
      </header>
      <ManagerLine team={team} />
      <p className="team-progress">
        <ProgressBar
          progress={progress}
          label={subTeams.length > 0 ? `${team.name} with its sub-teams` : team.name}
        />
      </p>
      <TeamGroups quarter={quarter} teamId={team.id} groups={groups} loose={loose} />
      <AddGroup teamId={team.id} />
      <div className="team-dependencies">
        <strong>Dependencies on:</strong>
        <CommitField
          label="Dependencies on"
          value={team.dependencies}
          multiline
          placeholder="Teams or work this team depends on"
          onCommit={(dependencies) => runOrThrow((q) => updateTeam(q, team.id, { dependencies }))}
        />
      </div>
      <div className="team-status">
        <div className="team-status-head">
          <h3>Status</h3>
          <button type="button" onClick={() => setRecording(true)}>
            Record status update
          </button>
        </div>
        <UpdateList quarter={quarter} teamId={team.id} />
      </div>
      {subTeams.length > 0 && (
        <p className="team-subteams">
          Sub-teams:{' '}
          {subTeams.map((sub) => (
            <button
              key={sub.id}
              type="button"
              className="link-button"
              onClick={() => useUiStore.getState().showTeam(sub.id)}
            >
              {sub.name}
            </button>
          ))}
        </p>
      )}
      {deleting && (
        <DeleteTeamDialog quarter={quarter} team={team} onClose={() => setDeleting(false)} />
      )}
      {recording && <RecordUpdateDialog teamIds={[team.id]} onClose={() => setRecording(false)} />}
    </section>
  )
}

function AddGroup({ teamId }: { teamId: string }) {
  const [title, setTitle] = useState('')
  return (
    <form
      className="add-group"
      onSubmit={(event) => {
        event.preventDefault()
        void addAndClear(title, setTitle, () =>
          performWithToast((q) => createGroup(q, teamId, { title })),
        )
      }}
    >
      <input
        aria-label="New priority group title"
        placeholder="New priority group"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit">Add priority group</button>
    </form>
  )
}
