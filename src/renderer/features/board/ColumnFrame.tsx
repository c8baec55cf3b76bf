/**
 * What every status column has: a region named after the status, a heading with the count, the list of
 * cards (given by the caller) and quick add at the foot.
 */
import type { ReactNode, Ref } from 'react'
import { statusLabel, type StatusId } from '../../../shared/statuses'
import { countOf } from '../../../shared/words'
import { QuickAdd } from './QuickAdd'

/** The id of a column's heading, which names its list of cards. */
export function columnHeadingId(status: StatusId): string {
  return `column-heading-${status}`
}

interface ColumnFrameProps {
  status: StatusId
  /** Goals in the column, mounted or not. */
  count: number
  /** The region, which is also the column's scroll container. */
  sectionRef?: Ref<HTMLElement>
  /** The `<ul>` of cards. */
  children: ReactNode
}

/** A status column around its list of cards. */
export function ColumnFrame({ status, count, sectionRef, children }: ColumnFrameProps) {
  const label = statusLabel(status)
  return (
    <section
      ref={sectionRef}
      className={`column column-${status}`}
      role="region"
      aria-label={label}
    >
      <header className="column-header">
        <h2 id={columnHeadingId(status)}>{label}</h2>
        <span className="column-count" aria-label={countOf(count, 'goal')}>
          {count}
        </span>
      </header>
      {children}
      <QuickAdd status={status} />
    </section>
  )
}
