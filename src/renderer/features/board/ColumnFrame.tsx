/**
 * What every status column has: a region named after the status, a heading with the count, the list of
 * cards (given by the caller) and quick add at the foot. In a swimlane the column is a group, not a
 * region: the lane is the landmark ("Analytics lane"), so landmark navigation lists the lanes rather
 * than six columns named alike in each.
 */
import type { ReactNode, Ref } from 'react'
import { statusLabel, type StatusId } from '../../../shared/statuses'
import { countOf } from '../../../shared/words'
import type { Lane } from './lanes'
import { QuickAdd } from './QuickAdd'

/** The id of a column's heading, which names its list of cards (unique per swimlane). */
export function columnHeadingId(status: StatusId, lane?: Lane): string {
  return lane ? `column-heading-${status}-${lane.key}` : `column-heading-${status}`
}

interface ColumnFrameProps {
  status: StatusId
  /** Goals in the column, mounted or not. */
  count: number
  /** The region, which is also the column's scroll container. */
  sectionRef?: Ref<HTMLElement>
  /** The `<ul>` of cards. */
  children: ReactNode
  /** The swimlane the column is in, if any. */
  lane?: Lane
}

/** A status column around its list of cards. */
export function ColumnFrame({ status, count, sectionRef, children, lane }: ColumnFrameProps) {
  const label = statusLabel(status)
  return (
    <section
      ref={sectionRef}
      className={`column column-${status}`}
      role={lane ? 'group' : 'region'}
      aria-label={label}
      data-status={status}
    >
      <header className="column-header">
        <h2 id={columnHeadingId(status, lane)}>{label}</h2>
        <span className="column-count" aria-label={countOf(count, 'goal')}>
          {count}
        </span>
      </header>
      {children}
      <QuickAdd status={status} lane={lane && { teamId: lane.teamId, name: lane.name }} />
    </section>
  )
}
