/**
 * How far a long job (reading a file, merging a backup) has come, for its
 * progress bar: a fraction from 0 to 1 that only goes forward. A job of
 * several stages gives each stage a share of the whole, measured once (CPU
 * time of each stage of a typical big job), so one bar runs through all of
 * them. The messages are few: each says a step of at least a hundredth, so a
 * job sends about a hundred at most, whatever its size.
 */

/** The least step of progress worth a message: a hundredth. */
export const PROGRESS_STEP = 0.01

/** Tells progress to `post` only when it has gone forward by PROGRESS_STEP, and always the end. */
export function forwardProgress(post: (fraction: number) => void): (fraction: number) => void {
  let told = -1
  return (fraction) => {
    const at = Math.min(1, Math.max(0, fraction))
    if (at <= told || (at < 1 && at - told < PROGRESS_STEP)) return
    told = at
    post(at)
  }
}

/** A stage's own progress, from 0 (begun) to 1 (done). */
export type StageProgress = (fraction: number) => void

/**
 * Progress through stages that each take `shares[stage]` of the whole (any
 * unit: the shares are summed), in the order of `shares`. Entering a stage
 * tells where it begins; its own fraction is then told as the whole's.
 */
export function stagedProgress<S extends string>(
  shares: Readonly<Record<S, number>>,
  report: (fraction: number) => void,
): (stage: S) => StageProgress {
  const stages = Object.keys(shares) as S[]
  const total = stages.reduce((sum, stage) => sum + shares[stage], 0)
  const starts = new Map<S, number>()
  let start = 0
  for (const stage of stages) {
    starts.set(stage, start / total)
    start += shares[stage]
  }
  return (stage) => {
    const from = starts.get(stage) ?? 0
    const share = shares[stage] / total
    const within: StageProgress = (fraction) =>
      report(from + share * Math.min(1, Math.max(0, fraction)))
    within(0)
    return within
  }
}

/** `report` for the part of a whole from `from` to `to`: the part's own 0..1 told as the whole's. */
export function partOf(
  from: number,
  to: number,
  report: (fraction: number) => void,
): (fraction: number) => void {
  return (fraction) => report(from + (to - from) * Math.min(1, Math.max(0, fraction)))
}
