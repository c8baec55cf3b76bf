/**
 * The fields that name a quarter (department, fiscal year, quarter, the
 * month the fiscal year starts in), with the period they cover shown as
 * they change. Shared by "Create quarter", "Start next quarter" and the
 * quarter settings, so a quarter is named the same way everywhere.
 */
import type { Plan, QuarterNumber } from '../../../shared/model'
import type { NewPlanInput } from '../../../shared/plan'
import { fiscalYearLabel, monthName, periodLabel } from '../../../shared/quarter'
import { Select } from '../../components/Select'
import { showQuarter } from '../start/showQuarter'

const QUARTERS: QuarterNumber[] = [1, 2, 3, 4]
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** What the fields hold; the year as typed, so a half-typed year is not lost. */
export interface QuarterFieldValues {
  department: string
  yearText: string
  quarter: QuarterNumber
  startMonth: number
}

/** The values of a quarter's input, for filling the fields. */
export function fieldValues(input: Required<NewPlanInput>): QuarterFieldValues {
  return {
    department: input.department,
    yearText: String(input.fiscalYear),
    quarter: input.quarter,
    startMonth: input.fiscalYearStartMonth,
  }
}

/** The fields as a quarter's input; a year that is not four digits becomes NaN, which validation names. */
export function fieldInput(values: QuarterFieldValues): Required<NewPlanInput> {
  const year = values.yearText.trim()
  return {
    department: values.department.trim(),
    fiscalYear: /^\d{4}$/.test(year) ? Number(year) : NaN,
    quarter: values.quarter,
    fiscalYearStartMonth: values.startMonth,
  }
}

/** Props of QuarterFields. */
export interface QuarterFieldsProps {
  values: QuarterFieldValues
  onChange: (values: QuarterFieldValues) => void
  autoFocus?: boolean
}

/** Department, year, quarter and start month, and the period they name. */
export function QuarterFields({ values, onChange, autoFocus }: QuarterFieldsProps) {
  const change = (patch: Partial<QuarterFieldValues>) => onChange({ ...values, ...patch })
  const input = fieldInput(values)
  const fq = { fiscalYear: input.fiscalYear, quarter: input.quarter, startMonth: values.startMonth }
  const yearValid =
    Number.isInteger(input.fiscalYear) && fq.fiscalYear >= 1900 && fq.fiscalYear <= 2999
  return (
    <>
      <label className="field">
        <span>Department name</span>
        <input
          value={values.department}
          placeholder="Wikimedia Technology"
          autoFocus={autoFocus}
          onChange={(event) => change({ department: event.target.value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Year the fiscal year starts</span>
          <input
            inputMode="numeric"
            value={values.yearText}
            onChange={(event) => change({ yearText: event.target.value })}
          />
        </label>
        <Select
          label="Quarter"
          value={String(values.quarter)}
          choices={QUARTERS.map((q) => ({ id: String(q), label: `Q${q}` }))}
          onChange={(id) => change({ quarter: Number(id) as QuarterNumber })}
        />
        <Select
          label="Month the fiscal year starts"
          value={String(values.startMonth)}
          choices={MONTHS.map((month) => ({ id: String(month), label: monthName(month) }))}
          onChange={(id) => change({ startMonth: Number(id) })}
        />
      </div>
      <p className="period" aria-live="polite" data-testid="period-label">
        {yearValid
          ? `${fiscalYearLabel(fq)} Q${input.quarter}: ${periodLabel(fq)}`
          : 'Enter a year such as 2019.'}
      </p>
    </>
  )
}

/** Props of FormProblems. */
export interface FormProblemsProps {
  problems: readonly string[]
  /** The quarter that already exists, when that is the problem: offered to open. */
  existing?: Plan | null
  /** Called before the existing quarter opens (to close a dialog, say). */
  onOpenExisting?: () => void
}

/** What is wrong with a form, and the offer to open a quarter that already exists. */
export function FormProblems({ problems, existing, onOpenExisting }: FormProblemsProps) {
  if (problems.length === 0) return null
  if (existing) {
    return (
      <p className="field-error same-quarter" role="alert">
        {problems.join(' ')}{' '}
        <button
          type="button"
          onClick={() => {
            onOpenExisting?.()
            void showQuarter(existing.id)
          }}
        >
          Open it
        </button>
      </p>
    )
  }
  return (
    <ul className="field-error" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  )
}
