/**
 * A switch with its label, for a setting that takes effect at once (not a
 * field of a form: those stay checkboxes). Radix Switch gives it the switch
 * role, aria-checked and Space/Enter; clicking the label flips it too.
 */
import * as Switch from '@radix-ui/react-switch'
import { useId } from 'react'

/** Props of ToggleSwitch. */
export interface ToggleSwitchProps {
  label: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
  disabled?: boolean
  /** A hint on hover, e.g. the keyboard shortcut. */
  title?: string
}

/** An on/off switch followed by its visible label. */
export function ToggleSwitch({
  label,
  checked,
  onCheckedChange,
  disabled,
  title,
}: ToggleSwitchProps) {
  const id = useId()
  return (
    <span className="toggle-switch" title={title}>
      <Switch.Root
        id={id}
        className="toggle-switch-track"
        checked={checked}
        onCheckedChange={onCheckedChange}
        disabled={disabled}
      >
        <Switch.Thumb className="toggle-switch-thumb" />
      </Switch.Root>
      <label htmlFor={id}>{label}</label>
    </span>
  )
}
