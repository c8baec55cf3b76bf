/**
 * Merge benchmark (`npm run bench:merge`): a 2,000-goal quarter changed in
 * 100 places on each side, merged as "Merge backup…" does (copies sharing
 * ids) and as a pull does (the wiki's page imported with fresh ids, so every
 * goal is matched by what it says). Prints medians of wall and CPU time;
 * asserts nothing.
 */
import { cpus, loadavg } from 'node:os'
import { applyMergeDecisions, mergePlans } from '../src/shared/merge'
import type { Goal, PlanDocument, StatusId } from '../src/shared/model'
import { rankBetween } from '../src/shared/ranks'
import { BOARD_STATUSES } from '../src/shared/statuses'
import { exportWikitext, importWikitext } from '../src/shared/wiki'
import { median, timed, type Sample } from './stats'
import { generateWikiQuarter } from './wikiQuarter'

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7) || 7)
const SIZE = { teams: 20, goalsPerTeam: 100, groupsPerTeam: 5 }
const CHANGES = 100
/** Goals changed on both sides, differently: conflicts. */
const OVERLAP = 10

// A fixed pseudo-random sequence, so every run changes the same goals.
function sequence(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) % 2147483648)
}

/**
 * `doc` with `CHANGES` changes as a person makes them: statuses, tweaked
 * texts, notes, goals moved to another group, goals added and deleted.
 * `shared` goals (the same on both sides) get their status changed to
 * `sharedStatus`, so the two sides conflict there.
 */
function changed(
  doc: PlanDocument,
  seed: number,
  tag: string,
  shared: readonly string[],
  sharedStatus: StatusId,
): PlanDocument {
  const out = structuredClone(doc)
  const next = sequence(seed)
  const byId = new Map(out.goals.map((goal) => [goal.id, goal]))
  const touched = new Set<string>(shared)
  const status = (goal: Goal, to: StatusId, at: number) => {
    out.history.push({
      id: `${tag}-h-${at}`,
      planId: out.plan.id,
      goalId: goal.id,
      from: goal.status,
      to,
      at,
    })
    goal.status = to
  }
  shared.forEach((id, i) => status(byId.get(id) as Goal, sharedStatus, i))
  const untouched = (): Goal => {
    for (;;) {
      const goal = out.goals[next() % out.goals.length] as Goal
      if (!touched.has(goal.id)) {
        touched.add(goal.id)
        return goal
      }
    }
  }
  const deleted = new Set<string>()
  for (let n = shared.length; n < CHANGES; n++) {
    const kind = n % 6
    if (kind === 5) {
      // Added after a goal of the same team and group.
      const after = untouched()
      const id = `${tag}-goal-${n}`
      const later =
        out.goals
          .filter((g) => g.rank > after.rank)
          .map((g) => g.rank)
          .sort()[0] ?? null
      out.goals.push({
        ...after,
        id,
        text: `New goal ${n} of ${tag}`,
        tasks: [],
        note: '',
        rank: rankBetween(after.rank, later),
      })
      out.history.push({
        id: `${id}-h`,
        planId: out.plan.id,
        goalId: id,
        from: null,
        to: after.status,
        at: n,
      })
      continue
    }
    const goal = untouched()
    if (kind === 0)
      status(
        goal,
        BOARD_STATUSES[(BOARD_STATUSES.indexOf(goal.status) + 1) % 5] as StatusId,
        1000 + n,
      )
    else if (kind === 1) goal.text = goal.text.replace(/ #/, ` (${tag}) #`)
    else if (kind === 2) goal.note = `Note from ${tag}`
    else if (kind === 3) {
      const groups = out.groups.filter((g) => g.teamId === goal.teamId && g.id !== goal.groupId)
      goal.groupId = (groups[next() % groups.length] ?? { id: goal.groupId }).id
    } else deleted.add(goal.id)
  }
  out.goals = out.goals.filter((goal) => !deleted.has(goal.id))
  out.history = out.history.filter((change) => !deleted.has(change.goalId))
  return out
}

let nextId = 0
const throughWiki = (doc: PlanDocument): PlanDocument => {
  const outcome = importWikitext(exportWikitext(doc), { newId: () => `wiki-${nextId++}`, now: 1 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(8)} ms`
}

function line(label: string, samples: readonly Sample[], limit?: number): string {
  const wall = median(samples.map((s) => s.wall))
  const cpu = median(samples.map((s) => s.cpu))
  const range = `${Math.min(...samples.map((s) => s.wall)).toFixed(0)}–${Math.max(...samples.map((s) => s.wall)).toFixed(0)}`
  const target =
    limit === undefined
      ? ''
      : `   target < ${limit} ms: ${Math.min(wall, cpu) < limit ? 'met' : 'MISSED'}`
  return `${label.padEnd(26)} wall ${ms(wall)} (${range.padStart(9)})   cpu ${ms(cpu)}${target}`
}

function main(): void {
  const base = generateWikiQuarter(SIZE)
  const shared = base.goals
    .filter((_, i) => i % 97 === 3)
    .slice(0, OVERLAP)
    .map((goal) => goal.id)
  const local = changed(base, 7, 'local', shared, 'blocked')
  const theirs = changed(base, 11, 'wiki', shared, 'done')
  const [load1] = loadavg()
  console.log(
    `Merge benchmark: ${base.goals.length} goals in ${base.teams.length} teams; ${CHANGES} changes on each side, ${OVERLAP} of them on the same goals`,
  )
  console.log(
    `${RUNS} runs (+1 warm-up) on ${cpus().length} cores; load average ${load1?.toFixed(1)} at start (wall times grow with load, CPU times much less)`,
  )
  // The pull's inputs: the base revision and the wiki's page, as the importer gives them.
  const wikiBase = throughWiki(base)
  const backupMerges: Sample[] = []
  const imports: Sample[] = []
  const pullMerges: Sample[] = []
  const pulls: Sample[] = []
  const decisions: Sample[] = []
  let report = ''
  for (let run = 0; run <= RUNS; run++) {
    const backup = timed(() => mergePlans({ base, local, remote: theirs }))
    const page = exportWikitext(theirs)
    const imported = timed(() => importWikitext(page, { newId: () => `wiki-${nextId++}`, now: 1 }))
    if (!imported.value.ok) throw new Error(imported.value.error)
    const remote = imported.value.doc
    const pull = timed(() => mergePlans({ base: wikiBase, local, remote }))
    const all = Object.fromEntries(pull.value.conflicts.map((c) => [c.id, 'remote' as const]))
    const decided = timed(() => applyMergeDecisions(pull.value, all))
    if (run === 0) {
      const s = (r: typeof backup.value) =>
        `${r.conflicts.length} conflicts, ${r.summary.remoteChanges} remote changes applied, ${r.summary.localChanges} local kept, goals added ${r.summary.goalsAdded.local}+${r.summary.goalsAdded.remote}, deleted ${r.summary.goalsDeleted.local}+${r.summary.goalsDeleted.remote}`
      report = `backup: ${s(backup.value)}\npull:   ${s(pull.value)}; ${decided.value.goals.length} goals after taking the wiki's side`
      continue
    }
    backupMerges.push(backup)
    imports.push(imported)
    pullMerges.push(pull)
    pulls.push({ wall: imported.wall + pull.wall, cpu: imported.cpu + pull.cpu })
    decisions.push(decided)
    console.log(
      `  run ${run}: backup merge ${ms(backup.wall)}  pull: import ${ms(imported.wall)} + merge ${ms(pull.wall)}  decisions ${ms(decided.wall)}`,
    )
  }
  console.log(report)
  console.log('Medians (wall range in brackets):')
  console.log(line('merge backup (shared ids)', backupMerges, 1000))
  console.log(line('pull: import page', imports))
  console.log(line('pull: merge (no shared ids)', pullMerges))
  console.log(line('pull: import + merge', pulls, 1000))
  console.log(line('apply decisions', decisions))
}

main()
