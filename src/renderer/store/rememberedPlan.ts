/**
 * The quarter the window showed last, kept in localStorage so a restart opens
 * it again.
 */

const PLAN_KEY = 'quarterdeck.currentPlanId'

/** The remembered quarter's id, or null. */
export function rememberedPlanId(): string | null {
  try {
    return window.localStorage.getItem(PLAN_KEY)
  } catch {
    return null
  }
}

/** Remembers `planId` (null forgets). */
export function rememberPlanId(planId: string | null): void {
  try {
    if (planId === null) window.localStorage.removeItem(PLAN_KEY)
    else window.localStorage.setItem(PLAN_KEY, planId)
  } catch {
    // Storage can be disabled; the app still works, it just forgets the plan on reload.
  }
}
