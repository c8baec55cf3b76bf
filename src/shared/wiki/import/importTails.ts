/**
 * A team's "Dependencies on:" line and Status block may come after its last
 * sub-team, as on the reference page, where the section reader finds them in
 * that sub-team's section. This gives them back to the team they belong to:
 *
 * - Quarterdeck's own pages write a "Dependencies on:" line for every team, so
 *   a section's second one (read as a tail) starts its parent's, a third its
 *   grandparent's, each with the Status block after it.
 * - Hand-written pages in the reference's style give sub-teams no
 *   "Dependencies on:" line at all: when a team's own section and all its
 *   sub-teams but the last have none, the last one's line and what follows it
 *   are the team's (with a report line, as this is read from the layout).
 */
import type { RawTail, ReadContext, SectionOut } from './importTypes'

/** Moves every tail to its team; sections are in page order with their depths. */
export function giveTailsToEnclosingTeams(sections: SectionOut[], note: ReadContext['note']): void {
  const atDepth: SectionOut[] = []
  for (const section of sections) {
    atDepth.length = section.depth
    atDepth[section.depth] = section
    const { tails } = section.body
    for (let k = 0; k < tails.length; k++) {
      const tail = tails[k] as RawTail
      const owner = atDepth[section.depth - 1 - k]
      if (owner) give(owner, tail)
      else {
        // No enclosing team is left: a second line of the team's own, read as before.
        give(section, tail)
        note(
          tail.line,
          'Dependencies on:',
          'A second "Dependencies on:" line; read as the team\'s.',
        )
      }
    }
    section.body.tails = []
  }
  for (let i = 0; i < sections.length; i++) readReferenceStyle(sections, i, note)
}

function give(owner: SectionOut, tail: RawTail): void {
  const body = owner.body
  if (body.dependenciesLine === null || body.dependencies === '') {
    body.dependencies = tail.dependencies
  } else if (tail.dependencies !== '' && tail.dependencies !== body.dependencies) {
    body.dependencies = `${body.dependencies} ${tail.dependencies}`
  }
  body.dependenciesLine ??= tail.line
  body.updates.push(...tail.updates)
}

// The reference's style: see the module comment. Only direct sub-teams, two or more of them.
function readReferenceStyle(sections: SectionOut[], i: number, note: ReadContext['note']): void {
  const parent = sections[i] as SectionOut
  if (parent.body.dependenciesLine !== null || parent.body.updates.length > 0) return
  const children: SectionOut[] = []
  for (let j = i + 1; j < sections.length; j++) {
    const section = sections[j] as SectionOut
    if (section.depth <= parent.depth) break
    if (section.depth > parent.depth + 1) return
    children.push(section)
  }
  const last = children.at(-1)
  if (!last || children.length < 2 || last.body.dependenciesLine === null) return
  if (children.slice(0, -1).some((c) => c.body.dependenciesLine !== null || c.body.updates.length))
    return
  const line = last.body.dependenciesLine
  const moved = last.body.updates.filter((u) => u.line > line)
  give(parent, { line, dependencies: last.body.dependencies, updates: moved })
  last.body.updates = last.body.updates.filter((u) => u.line < line)
  last.body.dependencies = ''
  last.body.dependenciesLine = null
  note(
    line,
    'Dependencies on:',
    `Read with the Status block below it as "${parent.name}"'s, after its last sub-team.`,
  )
}
