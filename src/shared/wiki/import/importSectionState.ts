/**
 * What the readers of one team section share while they read it: the section
 * so far, the priority group and goal being filled, and whether the group
 * was just titled (so the next line may describe it).
 */
import type { SectionSink } from './importTableRows'
import type { RawGoal, RawGroup, RawSection, ReadContext } from './importTypes'

/** The state of one section being read; the sink the table reader writes into. */
export class SectionState implements SectionSink {
  readonly section: RawSection = {
    managerLabel: '',
    managers: [],
    dependencies: '',
    dependenciesLine: null,
    loose: [],
    groups: [],
    updates: [],
    usedTable: false,
    usedList: false,
    tails: [],
  }
  group: RawGroup | null = null
  goal: RawGoal | null = null
  /** The group was started by the line before and has no goal yet. */
  justTitled = false
  /** Something other than blank lines was read: a manager line can no longer come. */
  seenContent = false
  /** Inside the Status block, lines are status items. */
  inStatus = false

  constructor(private readonly ctx: ReadContext) {}

  addGoal(goal: RawGoal): void {
    ;(this.group ? this.group.goals : this.section.loose).push(goal)
    this.goal = goal
    this.justTitled = false
  }

  startGroup(title: string, line: number): void {
    this.group = { line, title, description: '', goals: [] }
    this.section.groups.push(this.group)
    this.goal = null
    this.justTitled = true
    this.seenContent = true
  }

  describeGroup(text: string): boolean {
    if (!this.group || !this.justTitled || this.group.description !== '') return false
    this.group.description = text
    return true
  }

  lastGoal(): RawGoal | null {
    return this.goal
  }

  useColumns(labels: string[], line: number): void {
    const columns = this.section.columns
    if (columns === undefined) this.section.columns = labels
    else if (columns.join('\n') !== labels.join('\n')) {
      this.ctx.note(
        line,
        labels.join(' !! '),
        "Columns differ from the team's first table; its goals are exported in that table's columns.",
      )
    }
  }
}
