import type { PlanDocument, Team } from '../../../shared/model'
import { pageTitle, planDisplayName } from '../../../shared/plan'
import { statusLabel } from '../../../shared/statuses'
import { compareRanks } from '../../../shared/ranks'
import { countOf as count } from '../../../shared/words'

/**
 * A line the importer reports: read in some other way than as written
 * (a note, a heading, a guessed status) or not read at all. The reason
 * says which, so the line itself is not labelled "kept as text".
 */
export interface ImportReportEntry {
  line: number
  text: string
  reason: string
}

/**
 * The preview shows this many goals of each team and lines of the report, and
 * says how many more there are: a page of 200,000 rows would otherwise put
 * 200,000 list items on screen at once and hold the window for seconds. The
 * page itself stays whole in the editor above.
 */
const GOALS_SHOWN_PER_TEAM = 50
const REPORT_LINES_SHOWN = 200

/**
 * The preview shows this many characters of any one text. A table row of
 * 200,000 cells is one goal of 2 million characters; laid out whole, in the
 * goal's item and again in its report line, it held the window for most of a
 * second. The editor above holds the line whole.
 */
const CHARACTERS_SHOWN = 300

/** `text`, cut after CHARACTERS_SHOWN characters with a word on how much more there is. */
export function shownText(text: string): string {
  if (text.length <= CHARACTERS_SHOWN) return text
  return `${text.slice(0, CHARACTERS_SHOWN)}… (${count(text.length - CHARACTERS_SHOWN, 'more character')})`
}

/**
 * What a page would become, shown before anything is saved: the quarter,
 * counts, the goals by team with their statuses, and the lines worth a look.
 */
export function ImportPreview({
  doc,
  entries,
  onShowLine,
}: {
  doc: PlanDocument
  entries: readonly ImportReportEntry[]
  /** Shows a line of the page read, in the editor above. */
  onShowLine: (line: number) => void
}) {
  const { plan } = doc
  const teams = [...doc.teams].sort((a, b) => compareRanks(a.rank, b.rank))
  return (
    <section className="exchange-preview" aria-label="Page read">
      <h3>Quarter found</h3>
      <dl className="exchange-facts">
        <dt>Quarter</dt>
        <dd>{shownText(planDisplayName(plan))}</dd>
        <dt>Department</dt>
        <dd>{shownText(plan.department)}</dd>
        <dt>Page title</dt>
        <dd>{shownText(pageTitle(plan))}</dd>
      </dl>
      <p>
        {count(doc.teams.length, 'team')}, {count(doc.groups.length, 'priority group')},{' '}
        {count(doc.goals.length, 'goal')}, {count(doc.updates.length, 'status update')}
      </p>
      <h3>Goals found</h3>
      {teams.map((team) => (
        <TeamGoals key={team.id} team={team} doc={doc} />
      ))}
      <h3>Import report</h3>
      {entries.length === 0 ? (
        <p>Every line was read as written; nothing to report.</p>
      ) : (
        <ul aria-label="Import report" className="exchange-report">
          {entries.slice(0, REPORT_LINES_SHOWN).map((entry, index) => (
            <li key={`${entry.line}-${index}`}>
              <button
                type="button"
                className="link-button"
                aria-label={`Show line ${entry.line} in the wikitext`}
                onClick={() => onShowLine(entry.line)}
              >
                Line {entry.line}
              </button>
              : “{shownText(entry.text)}” — {shownText(entry.reason)}
            </li>
          ))}
          <MoreItems count={entries.length - REPORT_LINES_SHOWN} what="line" />
        </ul>
      )}
    </section>
  )
}

/** The last item of a shortened list: how many more there are. */
function MoreItems({ count: more, what }: { count: number; what: string }) {
  if (more <= 0) return null
  return <li className="exchange-more">… and {count(more, `more ${what}`)}</li>
}

function TeamGoals({ team, doc }: { team: Team; doc: PlanDocument }) {
  // Ranks order goals within a status column; the importer lists them in page order.
  const goals = doc.goals.filter((goal) => goal.teamId === team.id)
  const parent = team.parentId ? doc.teams.find((t) => t.id === team.parentId) : undefined
  const name = shownText(parent ? `${parent.name} › ${team.name}` : team.name)
  return (
    <section aria-label={`Goals of ${name}`}>
      <h4>
        {name} ({count(goals.length, 'goal')})
      </h4>
      {goals.length > 0 && (
        <ul>
          {goals.slice(0, GOALS_SHOWN_PER_TEAM).map((goal) => (
            <li key={goal.id}>
              {shownText(goal.text)} — <strong>{statusLabel(goal.status)}</strong>
              {goal.tasks.length > 0 && ` (${shownText(goal.tasks.join(', '))})`}
              {goal.note !== '' && ` · ${shownText(goal.note)}`}
            </li>
          ))}
          <MoreItems count={goals.length - GOALS_SHOWN_PER_TEAM} what="goal" />
        </ul>
      )}
    </section>
  )
}
