/**
 * Checks schema-valid plan documents for what a schema cannot see: ids that
 * repeat and references to rows that do not exist. Paths name the offending
 * field as `plans[0].goals[12].teamId` (or `goals[12].teamId` for a single
 * document) so a person can find it.
 */
import type { PlanDocument } from '../model'

/** The path prefix of the document at an index: `plans[0].`, or nothing for a lone document. */
export type DocumentPrefix = (index: number) => string

type Table = 'teams' | 'groups' | 'goals' | 'history' | 'updates'

const TABLES: readonly Table[] = ['teams', 'groups', 'goals', 'history', 'updates']

// Ids must be unique per kind across the whole file: the app stores every
// plan's rows of one kind in the same table.
function duplicateIds(docs: readonly PlanDocument[], prefix: DocumentPrefix): string[] {
  const problems: string[] = []
  const check = (seen: Map<string, string>, id: string, path: string): void => {
    const first = seen.get(id)
    if (first === undefined) seen.set(id, path)
    else problems.push(`${path}: duplicate id "${id}" (also used by ${first})`)
  }
  const plans = new Map<string, string>()
  docs.forEach((doc, p) => check(plans, doc.plan.id, `${prefix(p)}plan.id`))
  for (const table of TABLES) {
    const seen = new Map<string, string>()
    docs.forEach((doc, p) => {
      doc[table].forEach((row, i) => check(seen, row.id, `${prefix(p)}${table}[${i}].id`))
    })
  }
  return problems
}

function planReferences(doc: PlanDocument, prefix: string): string[] {
  const problems: string[] = []
  const at = (table: Table, i: number, field: string) => `${prefix}${table}[${i}].${field}`
  const planId = doc.plan.id
  for (const table of TABLES) {
    doc[table].forEach((row, i) => {
      if (row.planId !== planId) {
        problems.push(
          `${at(table, i, 'planId')}: "${row.planId}" is not this plan's id "${planId}"`,
        )
      }
    })
  }
  const teams = new Map(doc.teams.map((team) => [team.id, team]))
  const groups = new Map(doc.groups.map((group) => [group.id, group]))
  const goals = new Set(doc.goals.map((goal) => goal.id))
  const noTeam = (id: string) => `no team with id "${id}" in this plan`

  doc.teams.forEach((team, i) => {
    if (team.parentId === null) return
    if (!teams.has(team.parentId))
      problems.push(`${at('teams', i, 'parentId')}: ${noTeam(team.parentId)}`)
    // Walking up must end at a top-level team, or the page has no place for it.
    const visited = new Set([team.id])
    let parent = teams.get(team.parentId)
    while (parent) {
      if (visited.has(parent.id)) {
        problems.push(`${at('teams', i, 'parentId')}: team "${team.name}" is its own ancestor`)
        break
      }
      visited.add(parent.id)
      parent = parent.parentId === null ? undefined : teams.get(parent.parentId)
    }
  })
  doc.groups.forEach((group, i) => {
    if (!teams.has(group.teamId))
      problems.push(`${at('groups', i, 'teamId')}: ${noTeam(group.teamId)}`)
  })
  doc.goals.forEach((goal, i) => {
    if (!teams.has(goal.teamId))
      problems.push(`${at('goals', i, 'teamId')}: ${noTeam(goal.teamId)}`)
    if (goal.groupId === null) return
    const group = groups.get(goal.groupId)
    if (!group) {
      problems.push(
        `${at('goals', i, 'groupId')}: no priority group with id "${goal.groupId}" in this plan`,
      )
    } else if (group.teamId !== goal.teamId) {
      problems.push(
        `${at('goals', i, 'groupId')}: priority group "${group.title}" belongs to another team than the goal`,
      )
    }
  })
  doc.history.forEach((change, i) => {
    if (!goals.has(change.goalId)) {
      problems.push(
        `${at('history', i, 'goalId')}: no goal with id "${change.goalId}" in this plan`,
      )
    }
  })
  doc.updates.forEach((update, i) => {
    if (!teams.has(update.teamId))
      problems.push(`${at('updates', i, 'teamId')}: ${noTeam(update.teamId)}`)
  })
  return problems
}

/** Every duplicate id and dangling reference in the documents; empty when sound. */
export function referenceProblems(docs: readonly PlanDocument[], prefix: DocumentPrefix): string[] {
  return [
    ...duplicateIds(docs, prefix),
    ...docs.flatMap((doc, p) => planReferences(doc, prefix(p))),
  ]
}
