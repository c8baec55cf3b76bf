/**
 * The header's quarter controls: the switcher (quarters grouped by fiscal
 * year, newest first), and the dialogs "Start next quarter" and the open
 * quarter's settings (opened from the header's menu).
 */
import type { Plan } from '../../../shared/model'
import { planDisplayName, planQuarter } from '../../../shared/plan'
import { fiscalYearLabel } from '../../../shared/quarter'
import { Select } from '../../components/Select'
import { useOpenQuarter } from '../../store/quarterStore'
import { showQuarter } from '../start/showQuarter'
import { NextQuarterDialog } from './NextQuarterDialog'
import { QuarterSettingsDialog } from './QuarterSettingsDialog'
import { useQuarterDialog } from './quarterDialogStore'
import './quarters.css'

/** Props of QuarterSwitcher. */
export interface QuarterSwitcherProps {
  /** Every quarter, newest first. */
  plans: readonly Plan[]
  current: Plan
}

/** Runs of plans of one fiscal year, in the order given. */
function byFiscalYear(plans: readonly Plan[]): { label: string; plans: Plan[] }[] {
  const groups: { label: string; plans: Plan[] }[] = []
  for (const plan of plans) {
    const label = fiscalYearLabel(planQuarter(plan))
    const last = groups.at(-1)
    if (last?.label === label) last.plans.push(plan)
    else groups.push({ label, plans: [plan] })
  }
  return groups
}

/** The select that switches the window to another quarter: the window's title. */
export function QuarterSwitcher({ plans, current }: QuarterSwitcherProps) {
  return (
    <Select
      label="Quarter"
      hideLabel
      className="plan-switcher"
      value={current.id}
      sections={byFiscalYear(plans).map((group) => ({
        title: group.label,
        choices: group.plans.map((plan) => ({
          id: plan.id,
          label: `${plan.department} · ${planDisplayName(plan)}`,
        })),
      }))}
      onChange={(id) => void showQuarter(id)}
    />
  )
}

/** The open quarter's dialogs, opened by the header's menu and the application menu. */
export type { QuarterDialogName } from './quarterDialogStore'

/** "Start next quarter" or "Quarter settings" for the open quarter, while one is asked for. */
export function QuarterDialog() {
  const quarter = useOpenQuarter()
  const which = useQuarterDialog((state) => state.which)
  const close = useQuarterDialog((state) => state.close)
  if (!quarter || which === null) return null
  if (which === 'next') return <NextQuarterDialog quarter={quarter} onClose={close} />
  return <QuarterSettingsDialog key={quarter.plan.id} quarter={quarter} onClose={close} />
}
