/**
 * "Start next quarter" from the open one: the following quarter prefilled,
 * the review list of unfinished goals (all carried unless left behind), and
 * one command that makes the new quarter, which Undo takes back whole.
 */
import { useMemo, useState, type FormEvent } from 'react'
import type { Plan, PlanDocument } from '../../../shared/model'
import { carriedLabel, nextQuarterInput, unfinishedByTeam } from '../../../shared/nextQuarter'
import { planDisplayName, validateNewPlan } from '../../../shared/plan'
import { SameQuarterError, startNextQuarter, typedPlanInput } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { Dialog } from '../../components/Dialog'
import { currentMemory } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { showQuarter } from '../start/showQuarter'
import { CarryReview } from './CarryReview'
import {
  fieldInput,
  fieldValues,
  FormProblems,
  QuarterFields,
  type QuarterFieldValues,
} from './QuarterFields'
import { FormActions } from '../../components/FormActions'

/** Props of NextQuarterDialog. */
export interface NextQuarterDialogProps {
  quarter: PlanDocument
  onClose: () => void
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The dialog; open while rendered. */
export function NextQuarterDialog({ quarter, onClose }: NextQuarterDialogProps) {
  // The quarter as it was when the dialog opened: the review list does not shift while open.
  const [old] = useState(quarter)
  const teams = useMemo(() => unfinishedByTeam(old), [old])
  const [values, setValues] = useState<QuarterFieldValues>(() =>
    fieldValues(nextQuarterInput(old.plan)),
  )
  const [leftBehind, setLeftBehind] = useState<Set<string>>(() => new Set())
  const [problems, setProblems] = useState<string[]>([])
  const [existing, setExisting] = useState<Plan | null>(null)
  const [saving, setSaving] = useState(false)
  const from = carriedLabel(old.plan)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = fieldInput(values)
    // Control characters are left out of what is stored (and said), not refused.
    const found = validateNewPlan(typedPlanInput(input))
    setProblems(found)
    setExisting(null)
    if (found.length > 0) return
    const carry = teams.flatMap((entry) =>
      entry.goals.filter((goal) => !leftBehind.has(goal.id)).map((goal) => goal.id),
    )
    setSaving(true)
    try {
      const command = await startNextQuarter(old, currentMemory().plans, { input, carry })
      const result = await runCommand(command)
      if (!result.ok) throw result.error
      onClose()
      await showQuarter(command.plan.id, command.changes)
      useUiStore.getState().showToast({
        message: `Started ${planDisplayName(command.plan)} with ${plural(carry.length, 'goal', 'goals')} carried over from ${from}.`,
        tone: 'info',
        undoId: result.id,
      })
    } catch (caught) {
      setProblems([errorMessage(caught)])
      if (caught instanceof SameQuarterError) setExisting(caught.existing)
      setSaving(false)
    }
  }

  return (
    <Dialog title="Start next quarter" className="next-quarter-dialog" onClose={onClose}>
      <form aria-label="Start next quarter" onSubmit={submit} noValidate>
        <p className="field-hint">
          From {old.plan.department} {planDisplayName(old.plan)}. Teams, managers, sub-teams,
          dependencies and priority groups are copied; {from} stays as it is.
        </p>
        <QuarterFields
          values={values}
          onChange={(next) => {
            setValues(next)
            setProblems([])
            setExisting(null)
          }}
        />
        <CarryReview teams={teams} leftBehind={leftBehind} onChange={setLeftBehind} from={from} />
        <FormProblems problems={problems} existing={existing} onOpenExisting={onClose} />
        <FormActions
          submit="Start next quarter"
          tone="primary"
          disabled={saving}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
