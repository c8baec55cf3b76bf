/** Copies of the example quarter to merge, and ways to find and change their rows. */
import { validatePlanDocument } from '../../../../src/shared/document'
import { buildExampleQuarter } from '../../../../src/shared/example'
import type { Goal, PlanDocument, StatusId } from '../../../../src/shared/model'
import { importWikitext } from '../../../../src/shared/wiki'
import { exportWikitext } from '../../../../src/shared/wiki'
import { expect } from 'vitest'

/** The example quarter, with ids `x-1`, `x-2`, ... */
export function example(): PlanDocument {
  let next = 0
  return buildExampleQuarter({ newId: () => `x-${++next}`, now: 1_000 })
}

/** A deep copy: what another machine holds after opening the same backup. */
export function copy(doc: PlanDocument): PlanDocument {
  return structuredClone(doc)
}

/** The doc as the wiki gives it back: exported, then imported with fresh ids and ranks. */
export function throughWiki(doc: PlanDocument, prefix: string): PlanDocument {
  let next = 0
  const outcome = importWikitext(exportWikitext(doc), {
    newId: () => `${prefix}-${++next}`,
    now: 5_000,
  })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

/** The goal whose text starts with `start`. */
export function goal(doc: PlanDocument, start: string): Goal {
  const found = doc.goals.find((g) => g.text.startsWith(start))
  if (!found) throw new Error(`no goal starting "${start}"`)
  return found
}

/** Changes a goal's status as the app does: the status and a history entry. */
export function setStatus(doc: PlanDocument, target: Goal, to: StatusId, at = 2_000): void {
  doc.history.push({
    id: `h-${target.id}-${to}-${at}`,
    planId: doc.plan.id,
    goalId: target.id,
    from: target.status,
    to,
    at,
  })
  target.status = to
}

/** Deletes a goal and its history, as the app does. */
export function deleteGoal(doc: PlanDocument, target: Goal): void {
  doc.goals = doc.goals.filter((g) => g !== target)
  doc.history = doc.history.filter((h) => h.goalId !== target.id)
}

/** Adds a goal to the team named `teamName`. */
export function addGoal(doc: PlanDocument, id: string, teamName: string, text: string): Goal {
  const team = doc.teams.find((t) => t.name === teamName)
  if (!team) throw new Error(`no team ${teamName}`)
  const goal: Goal = {
    id,
    planId: doc.plan.id,
    teamId: team.id,
    groupId: null,
    text,
    status: 'todo',
    tasks: [],
    note: '',
    stretch: false,
    carriedOverFrom: null,
    rank: 'zz',
    createdAt: 3_000,
    updatedAt: 3_000,
  }
  doc.goals.push(goal)
  doc.history.push({
    id: `h-${id}`,
    planId: doc.plan.id,
    goalId: id,
    from: null,
    to: 'todo',
    at: 3_000,
  })
  return goal
}

/** Fails the test when the document would not be accepted by the store. */
export function expectValid(doc: PlanDocument): void {
  const check = validatePlanDocument(doc)
  expect(check.ok ? [] : check.problems).toEqual([])
}

/** The goals by text, with what a person sees of them (team, group, status, tasks, note). */
export function goalsSeen(doc: PlanDocument): string[] {
  const team = new Map(doc.teams.map((t) => [t.id, t.name]))
  const group = new Map(doc.groups.map((g) => [g.id, g.title]))
  return doc.goals
    .map((g) =>
      [
        g.text,
        team.get(g.teamId),
        g.groupId === null ? '-' : group.get(g.groupId),
        g.status,
        g.tasks.join(','),
        g.note,
        g.stretch,
      ].join(' | '),
    )
    .sort()
}
