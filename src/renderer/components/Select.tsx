/**
 * A select from React Aria Components: a button that shows the chosen value
 * and opens a listbox drawn from the app's tokens (light and dark alike), with
 * type-ahead, arrow keys, Home/End, and the ARIA a screen reader expects.
 * Replaces the browser's <select>, whose open list is the system's and ignores
 * the theme.
 *
 * Why React Aria and not Radix: Radix Select locks scrolling with <style>
 * elements of changing content, which the CSP refuses (every e2e test failed);
 * React Aria sets scroll locking through element.style (allowed) and adds one
 * fixed <style>, allowed by its hash (src/main/csp.ts). Inside a modal
 * dialog the list is portalled into the dialog (components/Dialog.tsx), so
 * it is in the dialog's focus trap and not in the inert page behind it.
 */
import { Check, ChevronDown } from 'lucide-react'
import type { Key } from 'react-aria-components'
import {
  Button,
  Header,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components'

/** One choice of a Select. */
export interface SelectChoice<T extends string> {
  id: T
  label: string
  disabled?: boolean
  /** Indent in steps (a sub-team under its parent). */
  depth?: number
}

/** A titled run of choices (quarters of one fiscal year, say). */
export interface SelectSection<T extends string> {
  title: string
  choices: readonly SelectChoice<T>[]
}

/** Props of Select. */
export interface SelectProps<T extends string> {
  /** What the select chooses; shown above it unless `hideLabel`, and always its accessible name. */
  label: string
  hideLabel?: boolean
  /** The chosen id, or null for none (the placeholder shows). */
  value: T | null
  choices?: readonly SelectChoice<T>[]
  sections?: readonly SelectSection<T>[]
  onChange: (value: T) => void
  placeholder?: string
  disabled?: boolean
  /** Classes of the select's box, instead of a form field's ("field"). */
  className?: string
}

function Choice<T extends string>({ choice }: { choice: SelectChoice<T> }) {
  return (
    <ListBoxItem
      id={choice.id}
      textValue={choice.label}
      className="select-option"
      style={choice.depth ? { paddingInlineStart: `${0.5 + choice.depth * 1.25}rem` } : undefined}
    >
      {({ isSelected }) => (
        <>
          <span className="select-option-label">{choice.label}</span>
          {isSelected && <Check size={16} aria-hidden className="select-option-check" />}
        </>
      )}
    </ListBoxItem>
  )
}

/** A labelled select; `onChange` gets the id a person chose. */
export function Select<T extends string>({
  label,
  hideLabel = false,
  value,
  choices = [],
  sections = [],
  onChange,
  placeholder,
  disabled = false,
  className,
}: SelectProps<T>) {
  const all = [...choices, ...sections.flatMap((section) => section.choices)]
  const disabledKeys = all.filter((choice) => choice.disabled).map((choice) => choice.id)
  return (
    <AriaSelect
      className={`select ${className ?? 'field'}`}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as T)
      }}
      disabledKeys={disabledKeys}
      isDisabled={disabled}
      placeholder={placeholder}
      aria-label={hideLabel ? label : undefined}
    >
      {!hideLabel && <Label>{label}</Label>}
      <Button className="select-trigger">
        <SelectValue className="select-value" />
        <ChevronDown size={16} aria-hidden className="select-chevron" />
      </Button>
      <Popover className="select-popover" placement="bottom start" offset={4}>
        <ListBox className="select-list">
          {choices.map((choice) => (
            <Choice key={choice.id} choice={choice} />
          ))}
          {sections.map((section, index) => (
            <ListBoxSection key={`${section.title}-${index}`} className="select-section">
              <Header className="select-section-title">{section.title}</Header>
              {section.choices.map((choice) => (
                <Choice key={choice.id} choice={choice} />
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
