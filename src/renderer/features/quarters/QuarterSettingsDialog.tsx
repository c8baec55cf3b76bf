/**
 * "Quarter settings" of the open quarter: its name (department, fiscal year,
 * quarter: changing them renames it), the month the fiscal year starts in,
 * the page-title pattern and the intro text; and "Delete quarter", which
 * asks first and can be undone.
 */
import { useState, type FormEvent } from 'react'
import type { Plan, PlanDocument } from '../../../shared/model'
import {
  DEFAULT_TITLE_PATTERN,
  pageTitle,
  planDisplayName,
  titlePatternWarnings,
  validateNewPlan,
} from '../../../shared/plan'
import { SameQuarterError, typedPlanInput, updatePlan } from '../../commands/planCommands'
import { deleteQuarterCommand } from './deleteQuarter'
import { runCommand } from '../../commands/runCommand'
import { Dialog } from '../../components/Dialog'
import { currentMemory } from '../../store/quarterStore'
import { errorMessage, useUiStore } from '../../store/uiStore'
import { showQuarter } from '../start/showQuarter'
import {
  fieldInput,
  fieldValues,
  FormProblems,
  QuarterFields,
  type QuarterFieldValues,
} from './QuarterFields'
import { FormActions } from '../../components/FormActions'

/** Props of QuarterSettingsDialog. */
export interface QuarterSettingsDialogProps {
  quarter: PlanDocument
  onClose: () => void
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

function DeleteQuarter({ quarter, onClose }: QuarterSettingsDialogProps) {
  const [asking, setAsking] = useState(false)
  const [problem, setProblem] = useState('')
  const { plan } = quarter
  const name = `${plan.department} ${planDisplayName(plan)}`
  const contents = `${plural(quarter.teams.length, 'team', 'teams')} and ${plural(quarter.goals.length, 'goal', 'goals')}`

  async function remove() {
    // The quarter as memory holds it now, so Undo puts back exactly that.
    const doc = currentMemory().quarter
    if (!doc || doc.plan.id !== plan.id) return
    const result = await runCommand(await deleteQuarterCommand(doc))
    if (!result.ok) {
      setProblem(errorMessage(result.error))
      return
    }
    onClose()
    const next = currentMemory().plans[0]?.id ?? null
    if (next !== null) await showQuarter(next)
    useUiStore.getState().showToast({
      message: `Deleted ${name}.`,
      tone: 'info',
      undoId: result.id,
    })
  }

  if (!asking) {
    return (
      <div className="delete-quarter">
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          Delete quarter…
        </button>
      </div>
    )
  }
  return (
    <div className="delete-quarter discard-prompt" role="alertdialog" aria-label="Delete quarter">
      <p>
        Delete {name} with its {contents}? Undo brings it back.
      </p>
      <div className="form-actions">
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete {name}
        </button>
        <button type="button" autoFocus onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      {problem && <p className="field-error">{problem}</p>}
    </div>
  )
}

/** The dialog; open while rendered. */
export function QuarterSettingsDialog({ quarter, onClose }: QuarterSettingsDialogProps) {
  const { plan } = quarter
  const [values, setValues] = useState<QuarterFieldValues>(() =>
    fieldValues({
      department: plan.department,
      fiscalYear: plan.fiscalYear,
      quarter: plan.quarter,
      fiscalYearStartMonth: plan.fiscalYearStartMonth,
    }),
  )
  const [titlePattern, setTitlePattern] = useState(plan.titlePattern)
  const [intro, setIntro] = useState(plan.intro)
  const [problems, setProblems] = useState<string[]>([])
  const [existing, setExisting] = useState<Plan | null>(null)
  const input = fieldInput(values)
  const preview: Plan = {
    ...plan,
    department: input.department,
    fiscalYear: Number.isNaN(input.fiscalYear) ? plan.fiscalYear : input.fiscalYear,
    quarter: input.quarter,
    fiscalYearStartMonth: input.fiscalYearStartMonth,
    titlePattern,
  }

  function edited() {
    setProblems([])
    setExisting(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    // Control characters are left out of what is stored (and said), not refused.
    const found = validateNewPlan(typedPlanInput(input))
    setProblems(found)
    setExisting(null)
    if (found.length > 0) return
    try {
      const { plans, quarter: open } = currentMemory()
      const current = open?.plan.id === plan.id ? open.plan : plan
      const patch = {
        department: input.department,
        fiscalYear: input.fiscalYear,
        quarter: input.quarter,
        fiscalYearStartMonth: input.fiscalYearStartMonth,
        titlePattern: titlePattern.trim(),
        intro,
      }
      // Only what changed, so a field another window changed meanwhile is left alone.
      const changed = Object.fromEntries(
        Object.entries(patch).filter(([key, value]) => current[key as keyof Plan] !== value),
      )
      if (Object.keys(changed).length > 0) {
        const result = await runCommand(updatePlan(current, changed, plans))
        if (!result.ok) throw result.error
      }
      onClose()
    } catch (caught) {
      setProblems([errorMessage(caught)])
      if (caught instanceof SameQuarterError) setExisting(caught.existing)
    }
  }

  return (
    <Dialog title="Quarter settings" className="quarter-settings-dialog" onClose={onClose}>
      <form aria-label="Quarter settings" onSubmit={submit} noValidate>
        <QuarterFields
          values={values}
          onChange={(next) => {
            setValues(next)
            edited()
          }}
        />
        <label className="field">
          <span>Page title pattern</span>
          <input
            value={titlePattern}
            placeholder={DEFAULT_TITLE_PATTERN}
            aria-describedby="title-pattern-hint"
            onChange={(event) => {
              setTitlePattern(event.target.value)
              edited()
            }}
          />
        </label>
        <p id="title-pattern-hint" className="field-hint">
          {'{department}, {fy} and {quarter} stand for the quarter’s own. '}
          Page title: <span data-testid="page-title">{pageTitle(preview)}</span>
        </p>
        <p className="field-hint title-pattern-warning" role="status">
          {titlePatternWarnings(titlePattern).join(' ')}
        </p>
        <label className="field">
          <span>Intro text</span>
          <textarea
            rows={3}
            value={intro}
            onChange={(event) => {
              setIntro(event.target.value)
              edited()
            }}
          />
        </label>
        <FormProblems problems={problems} existing={existing} onOpenExisting={onClose} />
        <FormActions submit="Save settings" tone="primary" onCancel={onClose} />
      </form>
      <DeleteQuarter quarter={quarter} onClose={onClose} />
    </Dialog>
  )
}
