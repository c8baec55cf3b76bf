/**
 * The typed texts of a quarter that hold characters its page cannot show
 * (control characters such as NUL or ESC, pasted from elsewhere): the
 * exporter leaves those characters out, and the Export view says where they
 * are, so that nothing goes missing from the page without a word.
 */
import type { PlanDocument } from '../../model'
import { cleanText, dropsCharacters } from '../syntax/escape'

/** Where each such text is ("goal “Ship it”", "note of goal “Ship it”"): the plan's, the teams', groups', goals' and updates'. */
export function unshownTexts(doc: PlanDocument): string[] {
  const places: string[] = []
  const say = (what: string, text: string, named = text): void => {
    if (dropsCharacters(text)) places.push(`${what} “${shown(named)}”`)
  }
  say('the department', doc.plan.department)
  say('the intro', doc.plan.intro)
  for (const team of doc.teams) {
    say('team name', team.name)
    say('manager label of team', team.managerLabel, team.name)
    for (const name of team.managers) say('manager name', name)
    say('dependencies of team', team.dependencies, team.name)
    for (const label of team.columns ?? []) say('column of team', label, team.name)
  }
  for (const group of doc.groups) {
    say('priority group', group.title)
    say('description of group', group.description, group.title)
  }
  for (const goal of doc.goals) {
    say('goal', goal.text)
    say('note of goal', goal.note, goal.text)
    if (goal.carriedOverFrom !== null)
      say('carried-over marker of goal', goal.carriedOverFrom, goal.text)
    for (const value of Object.values(goal.columns ?? {}))
      say('column value of goal', value, goal.text)
  }
  for (const update of doc.updates) {
    say('status update', update.summary)
    for (const item of update.items) {
      say('status item', item.text)
      say('note of status item', item.note, item.text)
    }
  }
  return places
}

// A text named in a sentence: without the characters the page leaves out, on one line, cut short.
function shown(text: string): string {
  const visible = cleanText(text).replace(/\s+/g, ' ').trim()
  return visible.length > 40 ? `${visible.slice(0, 39)}…` : visible
}
