/**
 * An empty quarter started from the one before it: what "Start from Q2" on an
 * empty board does. The same copy as "Start next quarter" (nextQuarter.ts):
 * the structure whole and every unfinished goal carried, marked "continued
 * from Q2", but into the quarter that already exists, which keeps its own
 * settings. Pure: neither document is changed.
 */
import type { Plan, PlanDocument } from './model'
import { isUnfinished, startNextQuarter, type NextQuarterSource } from './nextQuarter'

/** Quarters in time order: fiscal year, then quarter. */
function quarterIndex(plan: Pick<Plan, 'fiscalYear' | 'quarter'>): number {
  return plan.fiscalYear * 4 + plan.quarter
}

/**
 * The quarter `plan` starts from: the latest quarter of the same department
 * before it (the one just before, or an older one when that is missing), or
 * null when the department has no earlier quarter.
 */
export function previousQuarterPlan(plans: readonly Plan[], plan: Plan): Plan | null {
  let found: Plan | null = null
  for (const other of plans) {
    if (other.id === plan.id || other.department !== plan.department) continue
    if (quarterIndex(other) >= quarterIndex(plan)) continue
    if (!found || quarterIndex(other) > quarterIndex(found)) found = other
  }
  return found
}

/** True for a quarter with nothing in it yet: no team, no group, no goal. */
export function isEmptyQuarter(doc: PlanDocument): boolean {
  return doc.teams.length === 0 && doc.groups.length === 0 && doc.goals.length === 0
}

/**
 * `target` (an empty quarter) with `previous`'s teams and priority groups and
 * its unfinished goals carried over. Throws when `target` is not empty, so
 * nothing of the user's is ever mixed with or lost under the copy.
 */
export function startFromPrevious(
  target: PlanDocument,
  previous: PlanDocument,
  source: NextQuarterSource,
): PlanDocument {
  if (!isEmptyQuarter(target)) {
    throw new Error(
      'Only an empty quarter can be started from another: this one has teams or goals.',
    )
  }
  const carry = previous.goals.filter((goal) => isUnfinished(goal.status)).map((goal) => goal.id)
  const { plan } = target
  const made = startNextQuarter(
    previous,
    {
      input: {
        department: plan.department,
        fiscalYear: plan.fiscalYear,
        quarter: plan.quarter,
        fiscalYearStartMonth: plan.fiscalYearStartMonth,
      },
      carry,
    },
    source,
  )
  // The rows made for a new plan belong to the existing one instead.
  const planId = plan.id
  return {
    plan,
    teams: made.teams.map((team) => ({ ...team, planId })),
    groups: made.groups.map((group) => ({ ...group, planId })),
    goals: made.goals.map((goal) => ({ ...goal, planId })),
    history: made.history.map((change) => ({ ...change, planId })),
    updates: target.updates,
  }
}
