/**
 * The filters above the board: team (with its sub-teams), priority group,
 * status, stretch and text search, each value shown as a chip that removes
 * it. Kept per quarter across a reload (boardViewStore.ts); which goals pass
 * is decided in src/shared/goalFilter.ts.
 */
import { useMemo } from 'react'
import {
  filterChips,
  isEmptyFilter,
  NO_FILTER,
  withoutChip,
  withValue,
} from '../../../shared/goalFilter'
import { STATUS_IDS, statusLabel } from '../../../shared/statuses'
import { teamRows } from '../../../shared/teamTree'
import { countOf } from '../../../shared/words'
import { SEARCH_INPUT_ID } from '../../commands/registry'
import { useBoardView, useFilter } from '../../store/boardViewStore'
import { useGroups, useQuarterStore, useTeams } from '../../store/quarterStore'

/** Filters bar; `shown` and `total` count goals. */
export function BoardFilters({ shown, total }: { shown: number; total: number }) {
  const planId = useQuarterStore((state) => state.openPlanId)
  const teams = useTeams()
  const groups = useGroups()
  const filter = useFilter(planId)
  const setFilter = useBoardView((state) => state.setFilter)
  const rows = useMemo(() => teamRows(teams), [teams])
  const teamName = useMemo(() => new Map(teams.map((team) => [team.id, team.name])), [teams])
  const chips = filterChips(filter, teams, groups)
  if (!planId) return null
  const set = (next: typeof filter) => setFilter(planId, next)
  const filtered = !isEmptyFilter(filter)
  return (
    <div className="filters" role="search">
      <select
        aria-label="Team filter"
        value=""
        onChange={(event) => set(withValue(filter, 'teamIds', event.target.value))}
      >
        <option value="">Team…</option>
        {rows.map(({ team, depth }) => (
          <option key={team.id} value={team.id} disabled={filter.teamIds.includes(team.id)}>
            {'\u2003'.repeat(depth)}
            {team.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Group filter"
        value=""
        disabled={groups.length === 0}
        onChange={(event) => set(withValue(filter, 'groupIds', event.target.value))}
      >
        <option value="">Group…</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id} disabled={filter.groupIds.includes(group.id)}>
            {teamName.get(group.teamId) ?? ''} › {group.title || 'Untitled group'}
          </option>
        ))}
      </select>
      <select
        aria-label="Status filter"
        value=""
        onChange={(event) => set(withValue(filter, 'statuses', event.target.value))}
      >
        <option value="">Status…</option>
        {STATUS_IDS.map((status) => (
          <option key={status} value={status} disabled={filter.statuses.includes(status)}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      <select
        aria-label="Stretch filter"
        value={filter.stretch}
        onChange={(event) => {
          const value = event.target.value
          set({ ...filter, stretch: value === 'stretch' || value === 'core' ? value : 'any' })
        }}
      >
        <option value="any">Stretch and other goals</option>
        <option value="stretch">Stretch goals only</option>
        <option value="core">No stretch goals</option>
      </select>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search goals"
        placeholder="Search goals  ( / )"
        value={filter.search}
        onChange={(event) => set({ ...filter, search: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            set({ ...filter, search: '' })
            event.currentTarget.blur()
          }
        }}
      />
      <span className="filter-summary" aria-live="polite">
        {filtered ? `Showing ${shown} of ${countOf(total, 'goal')}` : countOf(total, 'goal')}
      </span>
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key} className="filter-chip">
              <span>{chip.label}</span>
              <button
                type="button"
                aria-label={`Remove filter ${chip.label}`}
                onClick={() => set(withoutChip(filter, chip.key))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {filtered && (
        <button type="button" onClick={() => set(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  )
}
