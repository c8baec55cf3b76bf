/**
 * The manager line ("Team Manager: Nuria Ruiz", "Directors: Mark Bergsma and
 * Faidon Liambotis"): a label chosen from the usual ones or typed, and the
 * managers' names, comma separated.
 */
import { useState } from 'react'
import type { Team } from '../../../shared/model'
import { MANAGER_LABELS } from '../../../shared/structure'
import { CommitField } from '../../components/CommitField'
import { Select } from '../../components/Select'
import { performWithToast } from '../../commands/perform'
import { updateTeam } from '../../commands/structureCommands'
import { runOrThrow } from './runStructure'

const CUSTOM = 'custom'

/** The team's manager label and names, edited in place. */
export function ManagerLine({ team }: { team: Team }) {
  const known = (MANAGER_LABELS as readonly string[]).includes(team.managerLabel)
  const [custom, setCustom] = useState(!known)
  return (
    <div className="manager-line">
      <Select
        label="Manager label"
        hideLabel
        className="manager-label-select"
        value={custom ? CUSTOM : team.managerLabel}
        choices={[
          ...MANAGER_LABELS.map((label) => ({ id: label, label })),
          { id: CUSTOM, label: 'Custom…' },
        ]}
        onChange={(value) => {
          if (value === CUSTOM) {
            setCustom(true)
            return
          }
          setCustom(false)
          void performWithToast((q) => updateTeam(q, team.id, { managerLabel: value }))
        }}
      />
      {custom && (
        <CommitField
          label="Custom manager label"
          value={team.managerLabel}
          onCommit={(managerLabel) => runOrThrow((q) => updateTeam(q, team.id, { managerLabel }))}
        />
      )}
      <span aria-hidden="true">:</span>
      <CommitField
        label="Managers"
        value={team.managers.join(', ')}
        placeholder="Names, separated by commas"
        className="managers-field"
        onCommit={(names) =>
          runOrThrow((q) => updateTeam(q, team.id, { managers: names.split(',') }))
        }
      />
    </div>
  )
}
