/**
 * Checks a page as MediaWiki rendered it against the plan it was exported
 * from: each team under its own heading, each goal in its own table row or
 * list item with its status marker and task links, as many goals rendered as
 * exported, no formatting spilling past an item, and every text shown as
 * typed (plain text exactly; inline markup typed on purpose by its visible
 * text). Returns the problems found, empty when the page is right.
 */
import type {
  Goal,
  PageLayout,
  PlanDocument,
  StatusId,
  StatusUpdate,
  StatusUpdateItem,
  Team,
  TemplateProfile,
} from '../../src/shared/model'
import { planQuarter } from '../../src/shared/plan'
import { nextQuarter, previousQuarter } from '../../src/shared/quarter'
import { compareRanks } from '../../src/shared/ranks'
import { hasOwnColumns } from '../../src/shared/wiki/export/exportColumns'
import { compareGoals } from '../../src/shared/wiki/export/exportGoals'
import { TaskReader } from '../../src/shared/wiki/syntax/markup'
import { columnRoles, taskIdsIn } from '../../src/shared/wiki/syntax/tableColumns'
import { formatUpdateDate } from '../../src/shared/wiki/export/exportStatus'
import { cleaned } from './hostilePlans'

type Element = globalThis.Element
type Node = globalThis.Node

const STATUS_WORDS: Record<StatusId, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  postponed: 'Postponed',
  'partially-done': 'Partially done',
}

const TEMPLATE_TEXT: Record<string, (arg: string | undefined) => string> = {
  done: () => 'Done',
  'in progress': () => 'In progress',
  'to do': () => 'To do',
  postponed: () => 'Postponed',
  'not done': (arg) => arg ?? 'Not done',
  incomplete: (arg) => arg ?? 'Incomplete',
  status: (arg) => arg ?? '',
  phabricator: (arg) => `task ${arg ?? ''}`,
  phab: (arg) => `task ${arg ?? ''}`,
}

const INLINE_TAGS = new Set(
  'abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q rb rp rt ruby s samp small span strike strong sub sup time tt u var'.split(
    ' ',
  ),
)
const BLOCK_TAGS = new Set(
  'p div table tbody thead tr td th ul ol li dl dd dt h1 h2 h3 h4 h5 h6 pre blockquote center hr'.split(
    ' ',
  ),
)

function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ')
}

/**
 * The text a reader sees for a typed text, or null when the text combines
 * markup in ways this checker does not predict (then only structure is checked).
 */
export function expectedVisible(typed: string): string | null {
  let text = cleaned(typed)
  const runs = text.match(/'{2,}/g) ?? []
  // One run of apostrophes cannot be balanced: it is shown as typed.
  if (runs.length !== 1) {
    text = text.replace(/(?<!')('''''|'''|'')(?!')([^']+?)(?<!')\1(?!')/g, '$2')
    if (/''/.test(text)) return null
  }
  // A call across a line break is none: each line of a text is a line of its own on the page,
  // so braces that pair only across lines show as typed.
  if (text.includes('\n'))
    text = text
      .split('\n')
      .map((line) =>
        !line.includes('}}')
          ? line.replaceAll('{{', LITERAL_CALL_OPEN)
          : !line.includes('{{')
            ? line.replaceAll('}}', LITERAL_CALL_CLOSE)
            : line,
      )
      .join('\n')
  text = text
    .replace(/\{\{([^{}|\n]+)(?:\|([^{}|\n]*))?\}\}/g, (whole, name: string, arg?: string) => {
      // A name holding < or > is no title: MediaWiki shows the call as typed, pipe and all.
      // After a # they are the fragment, which MediaWiki drops ({{a#<>}} calls Template:A).
      // A subst: call shows as typed too (the exporter keeps saving the page from substituting).
      if (/[<>]/.test(name.split('#')[0] as string) || /^\s*(?:safe)?subst:/i.test(name))
        return LITERAL_CALL_OPEN + whole.slice(2, -2) + LITERAL_CALL_CLOSE
      const render = TEMPLATE_TEXT[name.trim().toLowerCase()]
      return render ? render(arg) : whole
    })
    .replace(
      // (Braces marked as shown as typed are no part of a target either.)
      /\[\[([^[\]{}|<>\n\uE002\uE003]+)(?:\|([^[\]{}|\n]*))?\]\]/g,
      // Without a label MediaWiki shows the target as the link's text, leading spaces trimmed
      // and then one leading colon dropped (Parser::handleInternalLinks2). A target holding a
      // control character (a tab) is no title at all: the brackets show as typed, marked here
      // so the check for unpaired brackets below leaves them alone. So does a pipe trick with
      // an empty label (`[[a|]]`): the preview shows it as typed, and the exporter writes it so
      // that saving the page, which would make it `[[a|a]]`, leaves it so. And a target of
      // only spaces and underscores (`[[__]]`), which MediaWiki trims to no title.
      (whole: string, target: string, label?: string) =>
        // eslint-disable-next-line no-control-regex -- control characters are what is looked for
        /[\x00-\x1f\x7f]/.test(target) || label === '' || /^[\s_]*:?[\s_]*$/.test(target)
          ? whole.replace('[[', LITERAL_OPEN).replace(/\]\]$/, LITERAL_CLOSE)
          : (label ?? target.replace(/^ +/, '').replace(/^:/, '')),
    )
    .replace(/\[(https?:\/\/[^\s[\]<>"]+) ([^[\]]+)\]/g, '$2')
  for (let again = true; again;) {
    const before = text
    text = text.replace(
      /<([a-z]+)(?:\s[^<>]*)?>([^<>]*)<\/\1>/g,
      (whole, name: string, inner: string) => (INLINE_TAGS.has(name) ? inner : whole),
    )
    again = text !== before
  }
  const pairs: Array<[string, string]> = [
    ['[[', ']]'],
    ['{{', '}}'],
  ]
  for (const [open, close] of pairs) {
    const at = text.indexOf(open)
    if (at >= 0 && text.indexOf(close, at) >= 0) return null
  }
  if (/\[(?:https?:)?\/\/|<br[\s/>]|<wbr|-\{/i.test(text)) return null
  // Where a URL ends, or which of three brackets opens a link, is MediaWiki's call; so is how a
  // link target holding apostrophes shows (`[[''a'']]` shows its apostrophes, not italics).
  if (
    /https?:\/\/[\w./]*[^\w./ \n]|\[\[\[|\[\[https?:|\{\{\{|~~~|\[https?:[^\]]*\]\]|\[\[[^\]]*&|\[\[[\s:]*(?:\||\]\])|\[\[[^\]|]*''/.test(
      cleaned(typed),
    )
  )
    return null
  for (const name of INLINE_TAGS) {
    const open = new RegExp(`<${name}(?:\\s[^<>]*)?>`, 'i').exec(text)
    if (open && new RegExp(`</${name}\\s*>`, 'i').test(text.slice(open.index))) return null
  }
  return normaliseSpaces(
    text
      .replaceAll(LITERAL_OPEN, '[[')
      .replaceAll(LITERAL_CLOSE, ']]')
      .replaceAll(LITERAL_CALL_OPEN, '{{')
      .replaceAll(LITERAL_CALL_CLOSE, '}}'),
  )
}

// Brackets of a link that is no link, shown as typed (private-use characters no text holds).
const LITERAL_OPEN = '\uE000'
const LITERAL_CLOSE = '\uE001'
// Braces of a template call that is no call, likewise.
const LITERAL_CALL_OPEN = '\uE002'
const LITERAL_CALL_CLOSE = '\uE003'

/** Text of a node as shown: `<br>` as a line break, MediaWiki's own source newlines dropped. */
export function shownText(node: Node, skipNestedLists = false): string {
  let out = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += (child.nodeValue ?? '').replace(/\n/g, '')
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toLowerCase()
      if (tag === 'br') out += '\n'
      else if (skipNestedLists && (tag === 'ul' || tag === 'ol' || tag === 'dl')) continue
      else out += shownText(child, false)
    }
  }
  return normaliseSpaces(out)
}

function statusText(profile: TemplateProfile, status: StatusId): string {
  const markup = profile.statuses[status]
  return expectedVisible(markup) ?? STATUS_WORDS[status]
}

function taskText(profile: TemplateProfile, id: string): string {
  return expectedVisible(profile.task.split('$1').join(id)) ?? id
}

/** The task ids an element links to, in order. */
function taskLinks(element: Element, skipNestedLists: boolean): string[] {
  const ids: string[] = []
  for (const a of Array.from(element.querySelectorAll('a'))) {
    if (
      skipNestedLists &&
      a.closest('ul ul, ul dl, ol dl, ul ol') !== null &&
      a.closest('li') !== element
    )
      continue
    const match = /^https:\/\/phabricator\.wikimedia\.org\/(T\d+)$/.exec(
      a.getAttribute('href') ?? '',
    )
    if (match) ids.push(match[1] as string)
  }
  return ids
}

function describe(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text)
}

/** Teams in page order with their heading depth. */
function teamsInPageOrder(doc: PlanDocument): Array<{ team: Team; depth: number }> {
  const ids = new Set(doc.teams.map((t) => t.id))
  const byRank = (a: Team, b: Team): number =>
    compareRanks(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const children = (parent: string | null): Team[] =>
    doc.teams
      .filter((t) => (t.parentId !== null && ids.has(t.parentId) ? t.parentId : null) === parent)
      .sort(byRank)
  const out: Array<{ team: Team; depth: number }> = []
  const walk = (parent: string | null, depth: number): void => {
    for (const team of children(parent)) {
      out.push({ team, depth })
      walk(team.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** Checks rendered HTML (the body `render.php` returns) against the exported plan. */
export function checkRenderedPage(
  document: Document,
  html: string,
  doc: PlanDocument,
  options: { layout: PageLayout; profile: TemplateProfile },
): string[] {
  const problems: string[] = []
  const container = document.createElement('div')
  container.innerHTML = html
  const root = container.querySelector('.mw-parser-output')
  if (!root) return ['no .mw-parser-output in the rendered page']
  const { layout, profile } = options
  const tasks = new TaskReader(profile)

  // Formatting never contains blocks, nor sits directly in a list or table.
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    if (INLINE_TAGS.has(tag)) {
      const block = Array.from(element.querySelectorAll('*')).find((e) =>
        BLOCK_TAGS.has(e.tagName.toLowerCase()),
      )
      if (block) problems.push(`<${tag}> spills over a <${block.tagName.toLowerCase()}>`)
      const parent = element.parentElement?.tagName.toLowerCase() ?? ''
      if (/^(ul|ol|dl|table|tbody|tr)$/.test(parent))
        problems.push(`<${tag}> sits directly in a <${parent}>`)
      if (element.parentElement === root) problems.push(`<${tag}> at the top level of the page`)
    }
  }

  const top = Array.from(root.children)
  const headings = top.filter((e) => /^H[1-6]$/.test(e.tagName))
  const teams = teamsInPageOrder(doc)
  if (headings.length !== teams.length)
    problems.push(`${headings.length} headings rendered for ${teams.length} teams`)
  const tocs = Array.from(root.querySelectorAll('#toc, .toc'))
  const wantToc = headings.length >= 4
  if (tocs.length !== (wantToc ? 1 : 0)) problems.push(`${tocs.length} tables of contents rendered`)
  for (const toc of tocs)
    if (toc.parentElement !== root) problems.push('a table of contents inside a text')

  // Before the first heading: the navigation line and the intro.
  const firstHeading = headings[0] ? top.indexOf(headings[0]) : top.length
  const preamble = top.slice(0, firstHeading).filter((e) => !e.matches('#toc, .toc'))
  const intro = cleaned(doc.plan.intro) === '' ? [] : [doc.plan.intro]
  // The navigation line: previous and next quarter around the quarter's title, in bold.
  const navigation = preamble[0]
  const title = navigation?.querySelector(':scope > b')
  // Apostrophe runs in the department are shown as typed: the title around it is bold already.
  const department = doc.plan.department.includes("''")
    ? cleaned(doc.plan.department)
    : expectedVisible(doc.plan.department)
  if (navigation?.tagName !== 'DIV' || !title) problems.push('no navigation line first')
  else if (department !== null && !shownText(title).startsWith(`${department} Goals, FY`))
    problems.push(`navigation title shows ${describe(shownText(title))}`)
  // Around it, links to the previous and next quarters' pages: wiki links labelled by quarter
  // (not external links, not a category the page is filed in). A department no title may hold
  // (a tab, a line break, two leading colons: MediaWiki drops one and refuses a title starting
  // with the other) links nowhere; keeping those out of plans is a plan rule's business.
  if (navigation && !/[\t\n]|^[\s_]*:[\s_]*:/.test(cleaned(doc.plan.department))) {
    const fq = planQuarter(doc.plan)
    const links = Array.from(navigation.querySelectorAll('a'))
      .filter((a) => !a.classList.contains('external'))
      .map((a) => shownText(a))
    for (const quarter of [previousQuarter(fq), nextQuarter(fq)])
      if (!links.includes(`Q${quarter.quarter}`))
        problems.push(
          `no link to Q${quarter.quarter} on the navigation line (${describe(shownText(navigation))})`,
        )
  }
  if (preamble.length !== 1 + intro.length)
    problems.push(
      `${preamble.length} elements before the first heading, expected ${1 + intro.length}`,
    )
  else if (intro.length === 1) {
    const want = expectedVisible(doc.plan.intro)
    const got = shownText(preamble[1] as Element)
    if (want !== null && got !== want)
      problems.push(`intro shows ${describe(got)}, typed ${describe(doc.plan.intro)}`)
  }

  const goalsOf = (
    teamId: string,
  ): Array<{ group: string | null; goals: PlanDocument['goals'] }> => {
    const groupIds = new Set(doc.groups.map((g) => g.id))
    const goals = doc.goals.filter((g) => g.teamId === teamId)
    const loose = goals
      .filter((g) => g.groupId === null || !groupIds.has(g.groupId))
      .sort(compareGoals)
    const blocks: Array<{ group: string | null; goals: PlanDocument['goals'] }> = []
    if (loose.length > 0) blocks.push({ group: null, goals: loose })
    const groups = doc.groups
      .filter((g) => g.teamId === teamId)
      .sort((a, b) => compareRanks(a.rank, b.rank) || (a.id < b.id ? -1 : 1))
    for (const group of groups)
      blocks.push({
        group: group.id,
        goals: goals.filter((g) => g.groupId === group.id).sort(compareGoals),
      })
    return blocks
  }

  const isDependencies = (e: Element): boolean =>
    e.tagName === 'P' &&
    e.firstElementChild?.tagName === 'B' &&
    e.firstElementChild.textContent === 'Dependencies on:' &&
    e.firstChild === e.firstElementChild
  const sectionOf = (index: number): Element[] => {
    const heading = headings[index] as Element
    const next = headings[index + 1]
    return top
      .slice(top.indexOf(heading) + 1, next ? top.indexOf(next) : top.length)
      .filter((e) => !e.matches('#toc, .toc'))
  }
  // A team's "Dependencies on:" line and Status block come after its last sub-team (as on the
  // reference page): a heading's section ends with its team's own, then its parent's, and so on.
  const tails = new Map<string, Element[]>()
  const ownEnd = new Map<string, number>()
  const ancestors: Team[] = []
  teams.forEach(({ team, depth }, index) => {
    ancestors.length = depth
    ancestors.push(team)
    if (!headings[index]) return
    const section = sectionOf(index)
    const starts = section.flatMap((e, i) => (isDependencies(e) ? [i] : []))
    ownEnd.set(team.id, starts[0] ?? section.length)
    starts.forEach((start, k) => {
      const owner = ancestors[depth - k]
      if (owner) tails.set(owner.id, section.slice(start, starts[k + 1] ?? section.length))
    })
  })

  let goalsRendered = 0
  teams.forEach(({ team, depth }, index) => {
    const heading = headings[index]
    if (!heading) return
    const where = `team ${index + 1} (${describe(team.name)})`
    if (heading.tagName !== `H${Math.min(6, depth + 2)}`)
      problems.push(`${where} has an ${heading.tagName} heading`)
    const headingText = shownText(heading.querySelector('.mw-headline') ?? heading)
    const wantName = expectedVisible(team.name)
    if (wantName !== null && headingText !== wantName)
      problems.push(`${where}: heading shows ${describe(headingText)}`)

    const section = sectionOf(index)
    let cursor = 0
    if (cleaned(team.managerLabel) !== '' || team.managers.length > 0) {
      const line = section[cursor++]
      // A known limit: every colon of the label is escaped (the reader ends the label at the
      // first one), so an external link in a manager label shows as typed.
      const label = /\[https?:/.test(team.managerLabel) ? null : expectedVisible(team.managerLabel)
      const names = team.managers.map(expectedVisible)
      if (!line || line.tagName !== 'P') problems.push(`${where}: no manager line`)
      else if (label !== null && names.every((n) => n !== null)) {
        const joined =
          names.length <= 1
            ? names.join('')
            : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
        // The space goes before names written as anything, even markup that shows nothing.
        const written = team.managers.length > 1 || team.managers.some((n) => cleaned(n) !== '')
        const want = `${label}:${written ? ' ' + joined : ''}`
        const got = shownText(line)
        if (got !== want)
          problems.push(`${where}: manager line shows ${describe(got)}, expected ${describe(want)}`)
      }
    }
    const tail = tails.get(team.id)
    if (!tail) {
      problems.push(`${where}: no "Dependencies on:" line`)
      return
    }
    const wantDeps = expectedVisible(team.dependencies)
    const gotDeps = shownText(tail[0] as Element)
    if (wantDeps !== null) {
      const want = `Dependencies on:${cleaned(team.dependencies) === '' ? '' : ' ' + wantDeps}`
      if (gotDeps !== want)
        problems.push(`${where}: ${describe(gotDeps)} instead of ${describe(want)}`)
    }

    const area = section.slice(cursor, ownEnd.get(team.id))
    const blocks = goalsOf(team.id)
    const groupsById = new Map(doc.groups.map((g) => [g.id, g]))
    const goalItems: Element[] = []
    const titles: Element[] = []
    const descriptions: Element[] = []
    // A team's own columns (from an imported page) make its table: a header row of their names,
    // then a row per goal with a cell per column.
    const own = layout === 'table' && hasOwnColumns(team.columns) ? team.columns : null
    const span = own?.length ?? 3
    if (layout === 'table') {
      const tables = area.filter((e) => e.tagName === 'TABLE')
      if (area.length !== (blocks.length > 0 ? 1 : 0) || tables.length !== area.length)
        problems.push(`${where}: goals area holds ${area.map((e) => e.tagName).join(' ')}`)
      const rows = tables.flatMap((t) => Array.from(t.querySelectorAll(':scope > tbody > tr')))
      if (own && rows.length > 0) {
        const header = Array.from((rows.shift() as Element).children)
        if (header.length !== own.length || header.some((c) => c.tagName !== 'TH'))
          problems.push(
            `${where}: a header row of ${header.length} cells for ${own.length} columns`,
          )
        else
          own.forEach((label, k) => {
            const want = expectedVisible(label)
            const got = shownText(header[k] as Element)
            if (want !== null && got !== want)
              problems.push(
                `${where}: column header shows ${describe(got)}, typed ${describe(label)}`,
              )
          })
      }
      for (const row of rows) {
        const cells = Array.from(row.children)
        if (cells.length === 1 && cells[0]?.tagName === 'TH') titles.push(cells[0])
        else if (cells.length === 1 && cells[0]?.getAttribute('colspan') === String(span))
          descriptions.push(cells[0])
        else if (cells.length === span && cells.every((c) => c.tagName === 'TD'))
          goalItems.push(row)
        else
          problems.push(
            `${where}: a row of ${cells.length} cells: ${describe(row.textContent ?? '')}`,
          )
      }
    } else {
      for (const e of area) {
        if (e.tagName === 'UL') goalItems.push(...Array.from(e.children))
        else if (e.tagName === 'P') titles.push(e)
        else if (e.tagName === 'DL') descriptions.push(...Array.from(e.children))
        else problems.push(`${where}: a <${e.tagName.toLowerCase()}> among the goals`)
      }
    }
    const groups = blocks
      .filter((b) => b.group !== null)
      .map((b) => groupsById.get(b.group as string))
    if (titles.length !== groups.length)
      problems.push(`${where}: ${titles.length} group titles rendered for ${groups.length} groups`)
    else
      groups.forEach((group, i) => {
        const want = group ? expectedVisible(group.title) : null
        const got = shownText(titles[i] as Element)
        if (want !== null && got !== want)
          problems.push(
            `${where}: group title shows ${describe(got)}, typed ${describe(group?.title ?? '')}`,
          )
      })
    const withDescription = groups.filter((g) => g !== undefined && cleaned(g.description) !== '')
    if (descriptions.length !== withDescription.length)
      problems.push(
        `${where}: ${descriptions.length} descriptions rendered for ${withDescription.length}`,
      )
    else
      withDescription.forEach((group, i) => {
        const want = expectedVisible(group?.description ?? '')
        const got = shownText(descriptions[i] as Element)
        if (want !== null && got !== want)
          problems.push(
            `${where}: description shows ${describe(got)}, typed ${describe(group?.description ?? '')}`,
          )
      })

    const goals = blocks.flatMap((b) => b.goals)
    goalsRendered += goalItems.length
    if (goalItems.length !== goals.length) {
      problems.push(`${where}: ${goalItems.length} goals rendered, ${goals.length} exported`)
      return
    }
    goals.forEach((goal, i) => {
      const item = goalItems[i] as Element
      const what = `${where}, goal ${describe(goal.text)}`
      const text = expectedVisible(goal.text)
      // Values of columns the page does not show are written into the note ("ETA: Q2").
      const typedNote = noteWithHiddenColumns(goal, own ?? [])
      const note = expectedVisible(typedNote)
      const status = statusText(profile, goal.status)
      // In a team's own columns a task another cell of the row names is not repeated.
      const named = own
        ? taskIdsIn([goal.note, ...Object.values(goal.columns ?? {})].join('\n'), tasks)
        : []
      const ownTasks = goal.tasks.filter((id) => !named.includes(id))
      let suffix = goal.stretch ? ' (stretch)' : ''
      if (goal.carriedOverFrom !== null) suffix += ` (continued from ${goal.carriedOverFrom})`
      suffix += ownTasks.map((id) => ' ' + taskText(profile, id)).join('')
      // Task links typed in the text or the note come first or last; the goal's own follow the text.
      const typedTasks = (typed: string): string[] =>
        [...typed.matchAll(/\{\{\s*phab(?:ricator)?\s*\|\s*(T\d+)\s*\}\}/gi)].map(
          (m) => m[1] as string,
        )
      const roles = own ? columnRoles(own.map(cleaned)) : ['goal', 'status', 'note']
      const cell = layout === 'table' ? (item.children[roles.indexOf('goal')] as Element) : item
      const gotTasks = taskLinks(cell, true)
      const wantTasks = [
        ...typedTasks(goal.text),
        ...ownTasks,
        ...(layout === 'list' ? typedTasks(typedNote) : []),
      ]
      if (
        gotTasks.join() !== wantTasks.join() &&
        !(layout === 'list' && gotTasks.sort().join() === wantTasks.sort().join())
      )
        problems.push(
          `${what}: task links ${gotTasks.join(', ') || 'none'}, exported ${goal.tasks.join(', ') || 'none'}`,
        )
      if (profile.kind !== 'plain') {
        const markers = item.querySelectorAll('.qd-status').length
        if (markers === 0 && /\{\{/.test(profile.statuses[goal.status]))
          problems.push(`${what}: no status marker`)
      }
      if (own) {
        const got = { text, note, status, suffix, typedNote }
        problems.push(...checkColumnsRow(item, goal, own, got, what))
      } else if (layout === 'table') {
        const [first, second, third] = Array.from(item.children) as [Element, Element, Element]
        const gotText = shownText(first)
        if (text !== null ? gotText !== text + suffix : !gotText.endsWith(suffix))
          problems.push(`${what}: cell shows ${describe(gotText)}`)
        const gotStatus = shownText(second)
        if (gotStatus !== status)
          problems.push(
            `${what}: status cell shows ${describe(gotStatus)}, expected ${describe(status)}`,
          )
        const gotNote = shownText(third)
        if (note !== null && gotNote !== note)
          problems.push(
            `${what}: note cell shows ${describe(gotNote)}, typed ${describe(goal.note)}`,
          )
      } else {
        const got = shownText(item, true)
        const nested = Array.from(item.children).filter((e) => /^(UL|OL|DL)$/.test(e.tagName))
        if (nested.length === 0) {
          // "text {{Done}} note", or "{{Done}} - text" when the text holds status markup.
          const wants =
            text === null || note === null
              ? null
              : [
                  `${text}${suffix} ${status}${cleaned(typedNote) === '' ? '' : ' ' + note}`,
                  cleaned(typedNote) === '' ? `${status} - ${text}${suffix}` : null,
                ]
          const want = wants?.[0] ?? null
          if (wants ? !wants.includes(got) : !got.includes(status))
            problems.push(
              `${what}: item shows ${describe(got)}${want === null ? '' : `, expected ${describe(want)}`}`,
            )
        } else {
          const want = text === null ? null : `${status} - ${text}${suffix}`
          if (want !== null ? got !== want : !got.startsWith(status))
            problems.push(
              `${what}: item shows ${describe(got)}${want === null ? '' : `, expected ${describe(want)}`}`,
            )
          const gotNote = nested.map((e) => shownText(e)).join('')
          if (cleaned(typedNote) === '' || nested.length !== 1 || nested[0]?.tagName !== 'DL')
            problems.push(`${what}: unexpected nested list ${describe(gotNote)}`)
          else if (note !== null && gotNote !== note)
            problems.push(`${what}: note shows ${describe(gotNote)}, typed ${describe(typedNote)}`)
        }
      }
      // Formatting from an earlier item must not reach into this one.
      const typed = [goal.text, typedNote, ...Object.values(goal.columns ?? {})].join(' ')
      for (const tag of [
        'big',
        'small',
        's',
        'u',
        'code',
        'sub',
        'sup',
        'font',
        'tt',
        'del',
        'ins',
        'strike',
      ]) {
        const rendered = item.querySelectorAll(tag).length
        const opened = (typed.match(new RegExp(`<${tag}[\\s>]`, 'gi')) ?? []).length
        if (rendered > opened)
          problems.push(`${what}: ${rendered} <${tag}> inside, ${opened} typed`)
      }
    })

    // The Status block: one item per update, one per status item.
    const updates = doc.updates.filter((u) => u.teamId === team.id)
    const after = tail.slice(1)
    if (updates.length === 0) {
      if (after.length > 0)
        problems.push(`${where}: ${after.length} elements after "Dependencies on:"`)
    } else {
      const list = after[1]
      if (after.length !== 2 || after[0]?.tagName !== 'P' || list?.tagName !== 'UL')
        problems.push(`${where}: status block is ${after.map((e) => e.tagName).join(' ')}`)
      else {
        const items = list.querySelectorAll('li').length
        const want = updates.reduce(
          (n, u) =>
            n +
            1 +
            u.items.length +
            (u.grouped
              ? new Set(u.items.filter((i) => i.status !== null).map((i) => i.status)).size
              : 0),
          0,
        )
        if (list.children.length !== updates.length || items !== want)
          problems.push(
            `${where}: status block has ${list.children.length} updates and ${items} items, expected ${updates.length} and ${want}`,
          )
        else
          updates.forEach((update, k) =>
            problems.push(...checkUpdate(list.children[k] as Element, update, profile, where)),
          )
      }
    }
  })
  if (goalsRendered !== doc.goals.length && problems.length === 0)
    problems.push(`${goalsRendered} goals rendered, ${doc.goals.length} exported`)
  return problems
}

/** A goal's note as the page writes it: the values of columns it does not show added. */
function noteWithHiddenColumns(goal: Goal, shown: readonly string[]): string {
  const hidden = Object.entries(goal.columns ?? {}).filter(
    ([label, value]) => cleaned(value) !== '' && !shown.includes(label),
  )
  const values = hidden.map(([label, value]) => `${label}: ${value}`).join('; ')
  return values === '' ? goal.note : cleaned(goal.note) === '' ? values : `${goal.note}; ${values}`
}

/**
 * A goal's row in its team's own columns: the goal's text in the goal column, its status in the
 * status column (or after the text, or before it when the text holds status markup, with the note
 * then on a line of its own), its note in the note column (or after the status), and each other
 * column's value as typed.
 */
function checkColumnsRow(
  row: Element,
  goal: Goal,
  labels: readonly string[],
  want: {
    text: string | null
    note: string | null
    status: string
    suffix: string
    typedNote: string
  },
  what: string,
): string[] {
  const problems: string[] = []
  const roles = columnRoles(labels.map(cleaned))
  const cells = Array.from(row.children)
  const { text, note, status, suffix } = want
  const noteTyped = cleaned(want.typedNote) !== ''
  const hasNote = roles.includes('note')
  roles.forEach((role, k) => {
    const cell = cells[k] as Element
    const got = shownText(cell, true)
    const lists = Array.from(cell.children).filter((e) => /^(UL|OL|DL)$/.test(e.tagName))
    const shows = (expected: string | null, typed: string): void => {
      if (expected !== null && got !== expected)
        problems.push(
          `${what}: ${describe(labels[k] ?? '')} cell shows ${describe(got)}, typed ${describe(typed)}`,
        )
    }
    if (role === 'goal' && roles.includes('status')) {
      if (text !== null ? got !== text + suffix : !got.endsWith(suffix))
        problems.push(`${what}: cell shows ${describe(got)}`)
    } else if (role === 'goal') {
      const inlineNote = !hasNote && noteTyped ? ` ${note}` : ''
      const after = `${text}${suffix} ${status}${inlineNote}`
      const before = `${status} - ${text}${suffix}`
      if (lists.length === 0) {
        if (
          text === null || note === null
            ? !got.includes(status)
            : got !== after && (got !== before || inlineNote !== '')
        )
          problems.push(`${what}: goal cell shows ${describe(got)}, expected ${describe(after)}`)
      } else {
        const gotNote = lists.map((e) => shownText(e)).join('')
        if (text !== null ? got !== before : !got.startsWith(status))
          problems.push(`${what}: goal cell shows ${describe(got)}, expected ${describe(before)}`)
        if (hasNote || !noteTyped || lists.length !== 1 || lists[0]?.tagName !== 'DL')
          problems.push(`${what}: unexpected list in the goal cell ${describe(gotNote)}`)
        else if (note !== null && gotNote !== note)
          problems.push(
            `${what}: note shows ${describe(gotNote)}, typed ${describe(want.typedNote)}`,
          )
      }
    } else if (role === 'status') {
      const expected = hasNote || !noteTyped ? status : note === null ? null : `${status} ${note}`
      if (expected === null ? !got.startsWith(status) : got !== expected)
        problems.push(
          `${what}: status cell shows ${describe(got)}, expected ${describe(expected ?? status)}`,
        )
    } else if (role === 'note') shows(note, want.typedNote)
    else
      shows(
        expectedVisible(goal.columns?.[labels[k] as string] ?? ''),
        goal.columns?.[labels[k] as string] ?? '',
      )
    if (role !== 'goal' && lists.length > 0)
      problems.push(`${what}: a list in the ${describe(labels[k] ?? '')} cell`)
  })
  return problems
}

/** One dated update: its heading line, then its items (grouped under statuses or not). */
function checkUpdate(
  li: Element,
  update: StatusUpdate,
  profile: TemplateProfile,
  where: string,
): string[] {
  const problems: string[] = []
  const what = `${where}, update of ${update.date}`
  const summary = expectedVisible(update.summary)
  const heading = shownText(li, true)
  const wantHeading = `${formatUpdateDate(update.date)} status:${cleaned(update.summary) === '' ? '' : ' ' + summary}`
  if (summary !== null && heading !== wantHeading)
    problems.push(`${what}: shows ${describe(heading)}, expected ${describe(wantHeading)}`)
  const nested = Array.from(li.children).find((e) => e.tagName === 'UL')
  const rows = nested ? Array.from(nested.children) : []
  const expected: Array<{ status: StatusId | null; items: StatusUpdateItem[] }> = []
  if (update.grouped) {
    const byStatus = new Map<StatusId | null, StatusUpdateItem[]>()
    for (const item of update.items)
      byStatus.set(item.status, [...(byStatus.get(item.status) ?? []), item])
    for (const [status, items] of byStatus) {
      if (status === null) for (const item of items) expected.push({ status: null, items: [item] })
      else expected.push({ status, items })
    }
  } else for (const item of update.items) expected.push({ status: null, items: [item] })
  if (rows.length !== expected.length) {
    problems.push(`${what}: ${rows.length} rows, expected ${expected.length}`)
    return problems
  }
  expected.forEach((entry, k) => {
    const row = rows[k] as Element
    if (update.grouped && entry.status !== null) {
      const got = shownText(row, true)
      if (got !== statusText(profile, entry.status))
        problems.push(`${what}: status heading shows ${describe(got)}`)
      const items = Array.from(row.querySelector(':scope > ul')?.children ?? [])
      if (items.length !== entry.items.length)
        problems.push(`${what}: ${items.length} items under ${entry.status}`)
      else
        entry.items.forEach((item, i) =>
          problems.push(
            ...checkItem(items[i] as Element, { ...item, status: null }, profile, what),
          ),
        )
    } else problems.push(...checkItem(row, entry.items[0] as StatusUpdateItem, profile, what))
  })
  return problems
}

/** A status-update item: "text {{Done}} note", "{{Done}} - text" with the note below, or "text" and its note. */
function checkItem(
  li: Element,
  item: StatusUpdateItem,
  profile: TemplateProfile,
  where: string,
): string[] {
  const text = expectedVisible(item.text)
  const note = expectedVisible(item.note)
  if (text === null || note === null) return []
  const got = shownText(li, true)
  const notes = Array.from(li.children).filter((e) => e.tagName === 'DL')
  const gotNote = notes.map((e) => shownText(e)).join('')
  const hasNote = cleaned(item.note) !== ''
  const what = `${where}, item ${describe(item.text)}`
  if (item.status === null) {
    if (got !== text || (hasNote ? gotNote !== note : notes.length > 0))
      return [`${what}: shows ${describe(got)} / ${describe(gotNote)}`]
    return []
  }
  const status = statusText(profile, item.status)
  const inline = `${text} ${status}${hasNote ? ' ' + note : ''}`
  const below = `${status} - ${text}`
  if (
    notes.length === 0
      ? got === inline || (!hasNote && got === below)
      : got === below && gotNote === note
  )
    return []
  return [`${what}: shows ${describe(got)} / ${describe(gotNote)}, expected ${describe(inline)}`]
}
