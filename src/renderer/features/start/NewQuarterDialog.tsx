/**
 * "New quarter" from the header or the menu: the create form in a dialog.
 */
import { Dialog } from '../../components/Dialog'
import { useUiStore } from '../../store/uiStore'
import { CreatePlanForm } from './CreatePlanForm'
import { showNewQuarter } from './showQuarter'

/** Renders the dialog while it is open. */
export function NewQuarterDialog() {
  const open = useUiStore((state) => state.newQuarterOpen)
  const setOpen = useUiStore((state) => state.setNewQuarterOpen)
  if (!open) return null
  return (
    <Dialog title="New quarter" onClose={() => setOpen(false)}>
      <CreatePlanForm
        onCreated={(plan) => {
          setOpen(false)
          void showNewQuarter(plan.id)
        }}
        onCancel={() => setOpen(false)}
      />
    </Dialog>
  )
}
