/**
 * The filters above the board: team (with its sub-teams), priority group,
 * status, stretch and text search, each value shown as a chip that removes
 * it. Kept per quarter across a reload (boardViewStore.ts); which goals pass
 * is decided in src/shared/goalFilter.ts.
 */
import { memo, useMemo } from 'react'
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
import { Select, type SelectChoice } from '../../components/Select'
import { useBoardView, useFilter } from '../../store/boardViewStore'
import { useGroups, useQuarterStore, useTeams } from '../../store/quarterStore'

const STRETCH_CHOICES: readonly SelectChoice<'any' | 'stretch' | 'core'>[] = [
  { id: 'any', label: 'Stretch and other goals' },
  { id: 'stretch', label: 'Stretch goals only' },
  { id: 'core', label: 'No stretch goals' },
]

/**
 * Filters bar; `shown` and `total` count goals. Memoised: the board renders
 * again on every change of a goal, and the selects' option lists (every team
 * and group) are costly to build again when nothing they show has changed.
 */
export const BoardFilters = memo(function BoardFilters({
  shown,
  total,
}: {
  shown: number
  total: number
}) {
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
      {/* Each of the first three adds its choice as a chip and goes back to its placeholder. */}
      <Select
        label="Team filter"
        hideLabel
        className="filter-select"
        placeholder="Team…"
        value={null}
        disabled={rows.length === 0}
        choices={rows.map(({ team, depth }) => ({
          id: team.id,
          label: team.name,
          depth,
          disabled: filter.teamIds.includes(team.id),
        }))}
        onChange={(id) => set(withValue(filter, 'teamIds', id))}
      />
      <Select
        label="Group filter"
        hideLabel
        className="filter-select"
        placeholder="Group…"
        value={null}
        disabled={groups.length === 0}
        choices={groups.map((group) => ({
          id: group.id,
          label: `${teamName.get(group.teamId) ?? ''} › ${group.title || 'Untitled group'}`,
          disabled: filter.groupIds.includes(group.id),
        }))}
        onChange={(id) => set(withValue(filter, 'groupIds', id))}
      />
      <Select
        label="Status filter"
        hideLabel
        className="filter-select"
        placeholder="Status…"
        value={null}
        choices={STATUS_IDS.map((status) => ({
          id: status,
          label: statusLabel(status),
          disabled: filter.statuses.includes(status),
        }))}
        onChange={(status) => set(withValue(filter, 'statuses', status))}
      />
      <Select
        label="Stretch filter"
        hideLabel
        className="filter-select"
        value={filter.stretch}
        choices={STRETCH_CHOICES}
        onChange={(stretch) => set({ ...filter, stretch })}
      />
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
})
