/**
 * Team filter and text search above the board.
 */
import { countOf } from '../../../shared/words'
import { SEARCH_INPUT_ID } from '../../commands/registry'
import { useTeams } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'

/** Filters bar; `shown` and `total` count goals. */
export function BoardFilters({ shown, total }: { shown: number; total: number }) {
  const teams = useTeams()
  const teamFilter = useUiStore((state) => state.teamFilter)
  const search = useUiStore((state) => state.search)
  const setTeamFilter = useUiStore((state) => state.setTeamFilter)
  const setSearch = useUiStore((state) => state.setSearch)
  const filtered = teamFilter !== '' || search.trim() !== ''
  return (
    <div className="filters" role="search">
      <select
        aria-label="Team filter"
        value={teamFilter}
        onChange={(event) => setTeamFilter(event.target.value)}
      >
        <option value="">All teams</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search goals"
        placeholder="Search goals  ( / )"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setSearch('')
            event.currentTarget.blur()
          }
        }}
      />
      <span className="filter-summary" aria-live="polite">
        {filtered ? `Showing ${shown} of ${countOf(total, 'goal')}` : countOf(total, 'goal')}
      </span>
      {filtered && (
        <button
          type="button"
          onClick={() => {
            setTeamFilter('')
            setSearch('')
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
