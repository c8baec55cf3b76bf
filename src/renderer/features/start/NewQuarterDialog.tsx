/**
 * "New quarter" from the header or the menu: the create form in a dialog.
 */
import { Dialog } from '../../components/Dialog'
import { useUiStore } from '../../store/uiStore'
import { CreatePlanForm } from './CreatePlanForm'

/** Renders the dialog while it is open. */
export function NewQuarterDialog() {
  const open = useUiStore((state) => state.newQuarterOpen)
  const setOpen = useUiStore((state) => state.setNewQuarterOpen)
  const setPlanId = useUiStore((state) => state.setPlanId)
  const setView = useUiStore((state) => state.setView)
  if (!open) return null
  return (
    <Dialog title="New quarter" onClose={() => setOpen(false)}>
      <CreatePlanForm
        onCreated={(plan) => {
          setOpen(false)
          setPlanId(plan.id)
          setView('board')
        }}
        onCancel={() => setOpen(false)}
      />
    </Dialog>
  )
}
