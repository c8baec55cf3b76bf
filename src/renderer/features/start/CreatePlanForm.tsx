/**
 * The "Create quarter" form: department, fiscal year, quarter and the month
 * the fiscal year starts in, with the period it covers shown as you type.
 */
import { useState, type FormEvent } from 'react'
import type { Plan, QuarterNumber } from '../../../shared/model'
import { validateNewPlan, type NewPlanInput } from '../../../shared/plan'
import {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  fiscalQuarterOf,
  fiscalYearLabel,
  monthName,
  periodLabel,
} from '../../../shared/quarter'
import { createPlan } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import { errorMessage } from '../../store/uiStore'

const QUARTERS: QuarterNumber[] = [1, 2, 3, 4]
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

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
  const [input, setInput] = useState<NewPlanInput>(() => defaultNewPlan())
  const [yearText, setYearText] = useState(String(input.fiscalYear))
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const startMonth = input.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH
  const yearValid = /^\d{4}$/.test(yearText.trim())
  const fq = { fiscalYear: input.fiscalYear, quarter: input.quarter, startMonth }

  function change(patch: Partial<NewPlanInput>) {
    setInput((current) => ({ ...current, ...patch }))
    setProblems([])
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = validateNewPlan({ ...input, fiscalYear: yearValid ? input.fiscalYear : NaN })
    setProblems(found)
    if (found.length > 0) return
    setSaving(true)
    try {
      const command = createPlan({ ...input, department: input.department.trim() })
      const result = await runCommand(command)
      if (!result.ok) throw result.error
      onCreated(command.plan)
    } catch (caught) {
      setProblems([errorMessage(caught)])
      setSaving(false)
    }
  }

  return (
    <form className="create-plan" aria-label="Create quarter" onSubmit={submit} noValidate>
      <label className="field">
        <span>Department name</span>
        <input
          value={input.department}
          placeholder="Wikimedia Technology"
          autoFocus
          onChange={(event) => change({ department: event.target.value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Year the fiscal year starts</span>
          <input
            inputMode="numeric"
            value={yearText}
            onChange={(event) => {
              setYearText(event.target.value)
              const year = Number(event.target.value.trim())
              if (Number.isInteger(year)) change({ fiscalYear: year })
            }}
          />
        </label>
        <label className="field">
          <span>Quarter</span>
          <select
            aria-label="Quarter"
            value={input.quarter}
            onChange={(event) => change({ quarter: Number(event.target.value) as QuarterNumber })}
          >
            {QUARTERS.map((q) => (
              <option key={q} value={q}>
                Q{q}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Month the fiscal year starts</span>
          <select
            aria-label="Month the fiscal year starts"
            value={startMonth}
            onChange={(event) => change({ fiscalYearStartMonth: Number(event.target.value) })}
          >
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName(month)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="period" aria-live="polite" data-testid="period-label">
        {yearValid && input.fiscalYear >= 1900 && input.fiscalYear <= 2999
          ? `${fiscalYearLabel(fq)} Q${input.quarter}: ${periodLabel(fq)}`
          : 'Enter a year such as 2019.'}
      </p>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
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
