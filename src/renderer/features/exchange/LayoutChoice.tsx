import { useId } from 'react'
import type { PageLayout } from '../../../shared/model'

const LAYOUTS: { value: PageLayout; label: string }[] = [
  { value: 'table', label: 'Table' },
  { value: 'list', label: 'Bullet list' },
]

/** Radio group choosing the page layout: a wikitable per team or bullet lists. */
export function LayoutChoice({
  value,
  onChange,
}: {
  value: PageLayout
  onChange: (layout: PageLayout) => void
}) {
  const name = useId()
  return (
    <fieldset className="exchange-choice">
      <legend>Layout</legend>
      {LAYOUTS.map((layout) => (
        <label key={layout.value}>
          <input
            type="radio"
            name={name}
            value={layout.value}
            checked={value === layout.value}
            onChange={() => onChange(layout.value)}
          />
          {layout.label}
        </label>
      ))}
    </fieldset>
  )
}
