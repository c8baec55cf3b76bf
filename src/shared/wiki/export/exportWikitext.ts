/**
 * The quarter as one wiki page, in the reference page's order: navigation
 * line, intro, then a `==` section per team with the manager line, the goals,
 * its sub-teams' `===` sections, "Dependencies on:" and the Status block.
 */
import type {
  Goal,
  PageLayout,
  PlanDocument,
  PriorityGroup,
  StatusUpdate,
  Team,
  TemplateProfile,
} from '../../model'
import { neighbourTitles, planQuarter, quarterHeading } from '../../plan'
import { nextQuarter, previousQuarter } from '../../quarter'
import { compareRanks } from '../../ranks'
import { cleanText, encodeText, NOWIKI } from '../syntax/escape'
import { isStatusLine } from '../syntax/headings'
import { linkColon } from '../syntax/pageLinks'
import { columnTableLines, hasOwnColumns, withHiddenColumnsInNotes } from './exportColumns'
import { compareGoals, goalSectionLines, type GoalBlock } from './exportGoals'
import { statusBlockLines } from './exportStatus'
import type { Readers } from './format'
import { StatusReader, TaskReader } from '../syntax/markup'
import { profileComment } from '../syntax/profileComment'

/** Choices that override the plan's own layout and profile. */
export interface ExportOptions {
  layout?: PageLayout
  profile?: TemplateProfile
}

/** The wikitext of a plan; deterministic, ending with exactly one newline. */
export function exportWikitext(doc: PlanDocument, options: ExportOptions = {}): string {
  const layout = options.layout ?? doc.plan.layout
  const profile = options.profile ?? doc.plan.profile
  const readers: Readers = { statuses: new StatusReader(profile), tasks: new TaskReader(profile) }
  const index = indexDocument(doc)

  const out: string[] = []
  if (profile.kind === 'custom') out.push(profileComment(profile))
  out.push(navigationLine(doc))
  // An intro of only characters a page cannot show (control characters) is no intro.
  if (cleanText(doc.plan.intro) !== '') out.push('', encodeText(doc.plan.intro, 'line'))

  const writeTeam = (team: Team, depth: number): void => {
    const marks = '='.repeat(Math.min(6, depth + 2))
    out.push('', teamHeading(team.name, marks))
    const manager = managerLine(team)
    if (manager !== null) out.push(manager)
    // A team read from a table of its own layout is written back in it; values of
    // columns the layout written does not show go into the notes.
    const own = layout === 'table' && hasOwnColumns(team.columns) ? team.columns : null
    const blocks = withHiddenColumnsInNotes(index.blocksOf(team.id), own ?? [])
    const goals =
      own !== null && blocks.length > 0
        ? columnTableLines(blocks, own, profile, readers)
        : goalSectionLines(blocks, layout, profile, readers)
    if (goals.length > 0) out.push('', ...goals)
    // As on the reference page, a team's sub-teams come before its "Dependencies on:" line and
    // Status block; the importer gives a sub-team section's second "Dependencies on:" line and
    // what follows it back to the enclosing team.
    for (const child of index.childrenOf(team.id)) writeTeam(child, depth + 1)
    const dependencies = encodeText(team.dependencies, 'inline')
    out.push('', `'''Dependencies on:'''${dependencies === '' ? '' : ' ' + dependencies}`)
    const status = statusBlockLines(index.updatesOf(team.id), profile, readers)
    if (status.length > 0) out.push('', ...status)
  }
  for (const team of index.childrenOf(null)) writeTeam(team, 0)
  return out.join('\n') + '\n'
}

// A team named like a Status title ("Status", "'''Status'''", "Status updates:") would read back
// as the Status block of the team above: the word is broken with an invisible <nowiki/>.
function teamHeading(name: string, marks: string): string {
  const heading = `${marks} ${encodeText(name, 'heading')} ${marks}`
  if (!isStatusLine(heading)) return heading
  return `${marks} ${encodeText(name, 'heading', { breakPatterns: [/status/i] })} ${marks}`
}

// Apostrophes of the department inside the bold title (or in a link the wiki cannot make) would
// toggle the bold around the title: where the text has a run of them, they are written as references.
function quotes(text: string): string {
  return text.includes("''") ? "'" : ''
}

function linkTarget(title: string): string {
  return linkColon(title) + encodeText(title, 'inline', { escapeChars: '|[]{}' + quotes(title) })
}

function titleLink(title: string, label: string): string {
  return `[[${linkTarget(title)}|${label}]]`
}

function arrow(side: 'Left' | 'Right', title: string): string {
  return `[[File:TriangleArrow-${side}.svg|20px|link=${linkTarget(title)}]]`
}

function navigationLine(doc: PlanDocument): string {
  const { previous, next } = neighbourTitles(doc.plan)
  const fq = planQuarter(doc.plan)
  const before = `${arrow('Left', previous)} ${titleLink(previous, `Q${previousQuarter(fq).quarter}`)}`
  const after = `${titleLink(next, `Q${nextQuarter(fq).quarter}`)} ${arrow('Right', next)}`
  const title = quarterHeading(doc.plan)
  let heading = encodeText(title, 'inline', { escapeChars: quotes(title) })
  if (heading.startsWith("'")) heading = NOWIKI + heading
  return `<div style="text-align:center">${before} '''${heading}''' ${after}</div>`
}

/** "Team Manager: Nuria Ruiz", "Directors: Mark Bergsma and Faidon Liambotis". */
function managerLine(team: Team): string | null {
  if (cleanText(team.managerLabel) === '' && team.managers.length === 0) return null
  // Every colon, even inside a link, or the reader would end the label there.
  const label = encodeText(team.managerLabel, 'line').replace(/:/g, '&#58;')
  const names = team.managers.map((name) =>
    // A name must not contain the separators the reader splits on.
    encodeText(name, 'inline')
      .replace(/,(?= |$)/g, '&#44;')
      .replace(/ and(?= |$)/g, '&#32;and'),
  )
  // Joined as the page joined them: "A, B and C" unless it wrote "A, B, C" or "A, B, and C".
  const last =
    team.managerJoin === 'commas' ? ', ' : team.managerJoin === 'oxford' ? ', and ' : ' and '
  const joined =
    names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${last}${names.at(-1)}`
  // An empty label, or one starting like bold text, would not read back as the label.
  const safeLabel = label === '' || label.startsWith("'") ? NOWIKI + label : label
  return `${safeLabel}:${joined === '' ? '' : ' ' + joined}`
}

interface DocumentIndex {
  childrenOf(parentId: string | null): Team[]
  blocksOf(teamId: string): GoalBlock[]
  updatesOf(teamId: string): StatusUpdate[]
}

function byRank<T extends { rank: string; id: string }>(a: T, b: T): number {
  return compareRanks(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

// One pass over each collection, so a page of 10,000 goals costs no more than sorting them.
function indexDocument(doc: PlanDocument): DocumentIndex {
  const teamIds = new Set(doc.teams.map((t) => t.id))
  const children = new Map<string | null, Team[]>()
  for (const team of doc.teams) {
    // A parent that is missing would hide the team; it is written at the top level instead.
    const parent = team.parentId !== null && teamIds.has(team.parentId) ? team.parentId : null
    push(children, parent, team)
  }
  for (const list of children.values()) list.sort(byRank)

  const groupsByTeam = new Map<string, PriorityGroup[]>()
  const groupIds = new Set<string>()
  for (const group of doc.groups) {
    push(groupsByTeam, group.teamId, group)
    groupIds.add(group.id)
  }
  const goalsByBlock = new Map<string, Goal[]>()
  for (const goal of doc.goals) {
    const key =
      goal.groupId !== null && groupIds.has(goal.groupId) ? `g:${goal.groupId}` : `t:${goal.teamId}`
    push(goalsByBlock, key, goal)
  }
  for (const list of goalsByBlock.values()) list.sort(compareGoals)

  const updatesByTeam = new Map<string, StatusUpdate[]>()
  for (const update of doc.updates) push(updatesByTeam, update.teamId, update)
  for (const list of updatesByTeam.values()) {
    list.sort(
      (a, b) => compareRanks(a.rank, b.rank) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
    )
  }

  return {
    childrenOf: (parentId) => children.get(parentId) ?? [],
    blocksOf: (teamId) => {
      const blocks: GoalBlock[] = []
      const loose = goalsByBlock.get(`t:${teamId}`)
      if (loose) blocks.push({ group: null, goals: loose })
      const groups = (groupsByTeam.get(teamId) ?? []).slice().sort(byRank)
      for (const group of groups)
        blocks.push({ group, goals: goalsByBlock.get(`g:${group.id}`) ?? [] })
      return blocks
    },
    updatesOf: (teamId) => updatesByTeam.get(teamId) ?? [],
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
