/**
 * A team's goals, grouped under their priority groups, in either layout.
 *
 * Order: goals outside any group come first (they belong to the team as a
 * whole), then each group in rank order. Within a block goals follow their
 * rank, the same rank that orders them in their status column on the board;
 * ties (ranks of different columns may be equal) fall back to board column
 * order and then id, so the page is deterministic.
 */
import type { Goal, PageLayout, PriorityGroup, TemplateProfile } from '../../model'
import { statusOrder } from '../../statuses'
import { cleanText, dataCell, encodeText, NOWIKI } from '../syntax/escape'
import { goalTextMarkup, statusItemLines, type Readers } from './format'

/** One block of the goals section: an optional group and its goals in page order. */
export interface GoalBlock {
  group: PriorityGroup | null
  goals: Goal[]
}

/** Sorts goals into page order (see the module comment). */
export function compareGoals(a: Goal, b: Goal): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1
  const byStatus = statusOrder(a.status) - statusOrder(b.status)
  if (byStatus !== 0) return byStatus
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Wikitext lines of a team's goals; empty when the team has neither groups nor goals. */
export function goalSectionLines(
  blocks: GoalBlock[],
  layout: PageLayout,
  profile: TemplateProfile,
  readers: Readers,
): string[] {
  if (blocks.length === 0) return []
  return layout === 'table'
    ? tableLines(blocks, profile, readers)
    : listLines(blocks, profile, readers)
}

function tableLines(blocks: GoalBlock[], profile: TemplateProfile, readers: Readers): string[] {
  const lines = ['{| class="wikitable" style="width:100%"']
  for (const { group, goals } of blocks) {
    if (group) {
      lines.push(
        '|-',
        `! colspan="3" style="text-align:left" | ${encodeText(group.title, 'header')}`,
      )
      if (cleanText(group.description) !== '') {
        lines.push('|-', `| colspan="3" | ${encodeText(group.description, 'cell')}`)
      }
    }
    for (const goal of goals) {
      lines.push(
        '|-',
        dataCell(goalTextMarkup(goal, profile, 'cell', readers)),
        dataCell(profile.statuses[goal.status]),
        dataCell(encodeText(goal.note, 'cell')),
      )
    }
  }
  lines.push('|}')
  return lines
}

// A bold line that a reader would take for the Status or Dependencies line is guarded.
const RESERVED_TITLE = /^\s*(?:status\b|dependencies\b)/i

function listLines(blocks: GoalBlock[], profile: TemplateProfile, readers: Readers): string[] {
  const lines: string[] = []
  for (const { group, goals } of blocks) {
    if (group) {
      if (lines.length > 0) lines.push('')
      const title = encodeText(group.title, 'inline')
      let guarded = title === '' || RESERVED_TITLE.test(title) ? NOWIKI + title : title
      // An apostrophe at either end would join the bold markup around the title.
      if (guarded.startsWith("'")) guarded = NOWIKI + guarded
      if (guarded.endsWith("'")) guarded += NOWIKI
      lines.push(`'''${guarded}'''`)
      if (cleanText(group.description) !== '')
        lines.push(`: ${encodeText(group.description, 'item')}`)
    }
    for (const goal of goals) {
      const text = goalTextMarkup(goal, profile, 'item', readers)
      lines.push(...statusItemLines('*', text, goal.status, goal.note, profile, readers))
    }
  }
  return lines
}
