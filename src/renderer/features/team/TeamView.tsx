/**
 * The Team view: one team's section laid out like the wiki page (manager
 * line, priority groups with their descriptions and goals, dependencies,
 * status updates), every part editable in place, beside the list of teams
 * (added, reordered by drag or keyboard, chosen).
 */
import { useState } from 'react'
import { teamsInPageOrder } from '../../../shared/nextQuarter'
import { useOpenQuarter } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { RecordUpdateDialog } from '../updates/RecordUpdateDialog'
import { AddTeamForm } from './AddTeamForm'
import { TeamList } from './TeamList'
import { TeamSection } from './TeamSection'
import './team.css'

/** The Team view of the open quarter. */
export function TeamView() {
  const quarter = useOpenQuarter()
  const chosen = useUiStore((state) => state.teamViewId)
  const [recordingAll, setRecordingAll] = useState(false)
  if (!quarter) return null
  const ordered = teamsInPageOrder(quarter.teams)
  const team = quarter.teams.find((t) => t.id === chosen) ?? ordered[0]?.team
  return (
    <div className="team-view">
      <aside className="team-nav" aria-label="Teams">
        <h2>Teams</h2>
        <TeamList teams={quarter.teams} selectedId={team?.id ?? null} />
        <AddTeamForm />
        {quarter.teams.length > 0 && (
          <button type="button" onClick={() => setRecordingAll(true)}>
            Record status update for all teams
          </button>
        )}
      </aside>
      {team ? (
        <TeamSection key={team.id} quarter={quarter} team={team} />
      ) : (
        <p className="team-empty">No teams yet. Add the first one with “Add team”.</p>
      )}
      {recordingAll && (
        <RecordUpdateDialog
          teamIds={ordered.map((entry) => entry.team.id)}
          onClose={() => setRecordingAll(false)}
        />
      )}
    </div>
  )
}
