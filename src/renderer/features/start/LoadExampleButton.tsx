/**
 * "Load example quarter": adds the example plan and shows its board.
 */
import { useState } from 'react'
import { loadExampleQuarter } from '../../db/repository'
import { errorMessage, useUiStore } from '../../store/uiStore'

/** Loads the example quarter and selects it. */
export async function loadExample(): Promise<void> {
  const { setPlanId, setView, showToast } = useUiStore.getState()
  try {
    const plan = await loadExampleQuarter()
    setPlanId(plan.id)
    setView('board')
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}

/** The button; disabled while loading so one click makes one plan. */
export function LoadExampleButton() {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true)
        void loadExample().finally(() => setBusy(false))
      }}
    >
      {busy ? 'Loading example…' : 'Load example quarter'}
    </button>
  )
}
