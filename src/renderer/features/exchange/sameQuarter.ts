import type { Plan } from '../../../shared/model'

/**
 * Plans covering the same quarter of the same department as `plan` (the
 * department compared without regard to case or surrounding spaces), so an
 * import can say that it adds a second plan beside them.
 */
export function sameQuarterPlans(plans: readonly Plan[], plan: Plan): Plan[] {
  const department = plan.department.trim().toLowerCase()
  return plans.filter(
    (other) =>
      other.id !== plan.id &&
      other.fiscalYear === plan.fiscalYear &&
      other.quarter === plan.quarter &&
      other.fiscalYearStartMonth === plan.fiscalYearStartMonth &&
      other.department.trim().toLowerCase() === department,
  )
}
