import { useId } from 'react'
import type { TemplateProfile } from '../../../shared/model'
import { MEDIAWIKI_PROFILE, PLAIN_PROFILE } from '../../../shared/wiki/syntax/profiles'
import { CustomProfileEditor } from './CustomProfileEditor'
import { customProfileFrom } from './customProfile'

const CHOICES: { kind: TemplateProfile['kind']; label: string }[] = [
  { kind: 'mediawiki', label: MEDIAWIKI_PROFILE.name },
  { kind: 'plain', label: 'Plain' },
  { kind: 'custom', label: 'Custom' },
]

/**
 * Radio group choosing how statuses and tasks are written; "Custom" starts
 * from the current profile's markup and opens its editor.
 */
export function ProfileChoice({
  value,
  onChange,
}: {
  value: TemplateProfile
  onChange: (profile: TemplateProfile) => Promise<void>
}) {
  const name = useId()
  const choose = (kind: TemplateProfile['kind']) => {
    if (kind === value.kind) return
    const profile =
      kind === 'mediawiki'
        ? MEDIAWIKI_PROFILE
        : kind === 'plain'
          ? PLAIN_PROFILE
          : customProfileFrom(value)
    // The view reports a failed save; the radio then stays on the saved profile.
    onChange(profile).catch(() => {})
  }
  return (
    <fieldset className="exchange-choice">
      <legend>Template profile</legend>
      {CHOICES.map((choice) => (
        <label key={choice.kind}>
          <input
            type="radio"
            name={name}
            value={choice.kind}
            checked={value.kind === choice.kind}
            onChange={() => choose(choice.kind)}
          />
          {choice.label}
        </label>
      ))}
      {value.kind === 'custom' && <CustomProfileEditor initial={value} onSave={onChange} />}
    </fieldset>
  )
}
