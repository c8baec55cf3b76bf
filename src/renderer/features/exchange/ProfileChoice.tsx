import type { TemplateProfile } from '../../../shared/model'
import { SegmentedChoice, type Segment } from '../../components/SegmentedChoice'
import { MEDIAWIKI_PROFILE, PLAIN_PROFILE } from '../../../shared/wiki/syntax/profiles'
import { CustomProfileEditor } from './CustomProfileEditor'
import { customProfileFrom } from './customProfile'

const CHOICES: readonly Segment<TemplateProfile['kind']>[] = [
  { id: 'mediawiki', label: MEDIAWIKI_PROFILE.name },
  { id: 'plain', label: 'Plain' },
  { id: 'custom', label: 'Custom' },
]

/**
 * Chooses how statuses and tasks are written; "Custom" starts
 * from the current profile's markup and opens its editor.
 */
export function ProfileChoice({
  value,
  onChange,
}: {
  value: TemplateProfile
  onChange: (profile: TemplateProfile) => Promise<void>
}) {
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
    <div className="exchange-choice">
      <SegmentedChoice
        label="Template profile"
        value={value.kind}
        choices={CHOICES}
        onChange={choose}
      />
      {value.kind === 'custom' && <CustomProfileEditor initial={value} onSave={onChange} />}
    </div>
  )
}
