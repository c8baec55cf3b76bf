/**
 * One of a few choices shown side by side, as a segmented control: a React
 * Aria RadioGroup, so it is a radio group to assistive technology (arrow keys
 * move the choice, Tab leaves the group) while it is drawn from the app's
 * tokens instead of the browser's radio circles.
 */
import { Label, Radio, RadioGroup } from 'react-aria-components'

/** One choice of a SegmentedChoice. */
export interface Segment<T extends string> {
  id: T
  label: string
}

/** Props of SegmentedChoice. */
export interface SegmentedChoiceProps<T extends string> {
  /** What is chosen; shown above the segments and the group's accessible name. */
  label: string
  value: T
  choices: readonly Segment<T>[]
  onChange: (value: T) => void
}

/** A labelled row of mutually exclusive choices. */
export function SegmentedChoice<T extends string>({
  label,
  value,
  choices,
  onChange,
}: SegmentedChoiceProps<T>) {
  // React Aria hands back a plain string; only the ids given are ever chosen.
  const byId = new Map(choices.map((choice) => [choice.id as string, choice.id]))
  return (
    <RadioGroup
      className="segmented-choice"
      orientation="horizontal"
      value={value}
      onChange={(next) => {
        const chosen = byId.get(next)
        if (chosen !== undefined) onChange(chosen)
      }}
    >
      <Label className="segmented-choice-label">{label}</Label>
      <div className="segmented-choice-segments">
        {choices.map((choice) => (
          <Radio key={choice.id} value={choice.id} className="segmented-choice-segment">
            {choice.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}
