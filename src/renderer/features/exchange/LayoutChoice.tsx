import type { PageLayout } from '../../../shared/model'
import { SegmentedChoice, type Segment } from '../../components/SegmentedChoice'

const LAYOUTS: readonly Segment<PageLayout>[] = [
  { id: 'table', label: 'Table' },
  { id: 'list', label: 'Bullet list' },
]

/** Chooses the page layout: a wikitable per team or bullet lists. */
export function LayoutChoice({
  value,
  onChange,
}: {
  value: PageLayout
  onChange: (layout: PageLayout) => void
}) {
  return <SegmentedChoice label="Layout" value={value} choices={LAYOUTS} onChange={onChange} />
}
