/**
 * The "?" dialog: every keyboard shortcut, read from the one table in
 * commands/shortcuts.ts, so it can never list keys that do not work.
 */
import { SHORTCUTS, type ShortcutScope } from '../../commands/shortcuts'
import { Dialog } from '../../components/Dialog'
import { useUiStore } from '../../store/uiStore'

const SECTIONS: { scope: ShortcutScope; title: string }[] = [
  { scope: 'window', title: 'Anywhere (outside text boxes)' },
  { scope: 'card', title: 'On a card' },
  { scope: 'listed', title: 'Moving cards and forms' },
]

/** The shortcuts dialog, open while the UI store says so. */
export function ShortcutsDialog() {
  const open = useUiStore((state) => state.shortcutsOpen)
  const setOpen = useUiStore((state) => state.setShortcutsOpen)
  if (!open) return null
  const close = () => setOpen(false)
  return (
    <Dialog title="Keyboard shortcuts" onClose={close} className="shortcuts-dialog">
      {SECTIONS.map(({ scope, title }) => (
        <section key={scope}>
          <h3>{title}</h3>
          <table className="shortcuts-table">
            <tbody>
              {SHORTCUTS.filter((shortcut) => shortcut.scope === scope).map((shortcut) => (
                <tr key={shortcut.keys}>
                  <th scope="row">
                    <kbd>{shortcut.keys}</kbd>
                  </th>
                  <td>{shortcut.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="dialog-actions">
        <button type="button" data-autofocus onClick={close}>
          Close
        </button>
      </p>
    </Dialog>
  )
}
