/**
 * Chooses the plan to export from a backup by the --plan key (planKey:
 * "2019-20Q2") or plan id, with messages that list what the file holds.
 */
import type { PlanDocument } from '../shared/model'
import { planKey } from '../shared/plan'

/** The chosen plan, or why none could be chosen (`usage` when --plan is simply missing). */
export type PlanChoice =
  { ok: true; doc: PlanDocument } | { ok: false; usage: boolean; message: string }

function keysOf(docs: readonly PlanDocument[]): string {
  return docs.map((doc) => planKey(doc.plan)).join(', ')
}

/** Picks the plan named by `wanted` (or the only plan when `wanted` is undefined). */
export function selectPlan(
  docs: readonly PlanDocument[],
  wanted: string | undefined,
  file: string,
): PlanChoice {
  const [only, ...others] = docs
  if (only === undefined) return { ok: false, usage: false, message: `"${file}" holds no plans` }
  if (wanted === undefined) {
    if (others.length === 0) return { ok: true, doc: only }
    return {
      ok: false,
      usage: true,
      message: `"${file}" holds ${docs.length} plans (${keysOf(docs)}); choose one with --plan`,
    }
  }
  const byKey = docs.filter((doc) => planKey(doc.plan) === wanted)
  const [match, ...moreMatches] =
    byKey.length > 0 ? byKey : docs.filter((doc) => doc.plan.id === wanted)
  if (match === undefined) {
    return {
      ok: false,
      usage: false,
      message: `no plan "${wanted}" in "${file}"; it holds ${keysOf(docs)}`,
    }
  }
  if (moreMatches.length > 0) {
    const ids = byKey.map((doc) => `${doc.plan.id} (${doc.plan.department})`).join(', ')
    return {
      ok: false,
      usage: false,
      message: `several plans in "${file}" are ${wanted}; choose one by id with --plan: ${ids}`,
    }
  }
  return { ok: true, doc: match }
}
