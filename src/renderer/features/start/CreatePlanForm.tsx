/**
 * The "Create quarter" form: department, fiscal year, quarter and the month
 * the fiscal year starts in, with the period it covers shown as you type. A
 * quarter that already exists is refused, with the offer to open it.
 */
import { useState, type FormEvent } from 'react'
import type { Plan } from '../../../shared/model'
import { validateNewPlan, type NewPlanInput } from '../../../shared/plan'
import { DEFAULT_FISCAL_YEAR_START_MONTH, fiscalQuarterOf } from '../../../shared/quarter'
import { createPlan, SameQuarterError, typedPlanInput } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { currentMemory, useQuarterStore } from '../../store/quarterStore'
import { errorMessage } from '../../store/uiStore'
import {
  fieldInput,
  fieldValues,
  FormProblems,
  QuarterFields,
  type QuarterFieldValues,
} from '../quarters/QuarterFields'

/** The current fiscal quarter with the default July start, for the form's defaults. */
export function defaultNewPlan(now = new Date()): NewPlanInput {
  const fq = fiscalQuarterOf(
    { year: now.getFullYear(), month: now.getMonth() + 1 },
    DEFAULT_FISCAL_YEAR_START_MONTH,
  )
  return {
    department: '',
    fiscalYear: fq.fiscalYear,
    quarter: fq.quarter,
    fiscalYearStartMonth: fq.startMonth,
  }
}

/** Props of CreatePlanForm. */
export interface CreatePlanFormProps {
  onCreated: (plan: Plan) => void
  onCancel?: () => void
}

/** Form that creates a quarter and reports it through `onCreated`. */
export function CreatePlanForm({ onCreated, onCancel }: CreatePlanFormProps) {
  // The department of the quarter on screen, so a second quarter needs no typing.
  const openDepartment = useQuarterStore((state) => state.quarter?.plan.department ?? '')
  const [values, setValues] = useState<QuarterFieldValues>(() => {
    const input = defaultNewPlan()
    return fieldValues({
      department: openDepartment,
      fiscalYear: input.fiscalYear,
      quarter: input.quarter,
      fiscalYearStartMonth: input.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH,
    })
  })
  const [problems, setProblems] = useState<string[]>([])
  const [existing, setExisting] = useState<Plan | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = fieldInput(values)
    // Control characters are left out of what is stored (and said), not refused.
    const found = validateNewPlan(typedPlanInput(input))
    setProblems(found)
    setExisting(null)
    if (found.length > 0) return
    setSaving(true)
    try {
      const { plans, quarter } = currentMemory()
      const command = createPlan(input, plans)
      // Undo goes back to the quarter that was on screen.
      const result = await runCommand({
        ...command,
        shows: { done: command.plan.id, undone: quarter?.plan.id ?? null },
      })
      if (!result.ok) throw result.error
      onCreated(command.plan)
    } catch (caught) {
      setProblems([errorMessage(caught)])
      if (caught instanceof SameQuarterError) setExisting(caught.existing)
      setSaving(false)
    }
  }

  return (
    <form className="create-plan" aria-label="Create quarter" onSubmit={submit} noValidate>
      <QuarterFields
        values={values}
        autoFocus
        onChange={(next) => {
          setValues(next)
          setProblems([])
          setExisting(null)
        }}
      />
      <FormProblems problems={problems} existing={existing} onOpenExisting={onCancel} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          Create quarter
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
