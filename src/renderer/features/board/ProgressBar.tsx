/**
 * A compact stacked bar of goals by status, in the status colours, with the
 * share done in words beside it. The counting is src/shared/progress.ts.
 */
import { memo } from 'react'
import {
  barSegments,
  progressSentence,
  statusBreakdown,
  type Progress,
} from '../../../shared/progress'
import { statusLabel } from '../../../shared/statuses'

/** Props of ProgressBar. */
export interface ProgressBarProps {
  progress: Progress
  /** Whose progress it is, for its accessible name ("Quarter", a team's name). */
  label: string
}

/** The bar and "3 of 10 goals done (30%)". */
export const ProgressBar = memo(function ProgressBar({ progress, label }: ProgressBarProps) {
  const sentence = progressSentence(progress)
  const breakdown = statusBreakdown(progress)
  return (
    <span
      className="progress"
      role="group"
      aria-label={`${label} progress: ${sentence}${breakdown ? `; ${breakdown}` : ''}`}
    >
      <span className="progress-bar" aria-hidden="true">
        {barSegments(progress).map((segment) => (
          <span
            key={segment.status}
            className={`progress-segment progress-${segment.status}`}
            style={{ width: `${segment.percent}%` }}
            title={`${statusLabel(segment.status)}: ${segment.count}`}
          />
        ))}
      </span>
      <span className="progress-text" aria-hidden="true">
        {sentence}
      </span>
    </span>
  )
})
