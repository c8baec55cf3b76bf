/**
 * Progress of long jobs (jobProgress.ts): told forward only, in steps of a
 * hundredth at most (each is a message from a worker), always to the end;
 * and a job's stages and parts mapped onto one bar.
 */
import { describe, expect, it } from 'vitest'
import { forwardProgress, partOf, stagedProgress } from '../../../src/shared/jobProgress'

const told = () => {
  const fractions: number[] = []
  return { fractions, post: (fraction: number) => void fractions.push(fraction) }
}

describe('forwardProgress', () => {
  it('tells about a hundred steps of 100,000, forward only, and the end', () => {
    const { fractions, post } = told()
    const progress = forwardProgress(post)
    for (let i = 0; i <= 100_000; i++) progress(i / 100_000)
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect(fractions.length).toBeGreaterThan(90)
    expect(fractions.length).toBeLessThanOrEqual(102)
    // Each step a hundredth at least, but the last: the end is always told.
    for (let i = 1; i < fractions.length - 1; i++) {
      expect(fractions[i]! - fractions[i - 1]!).toBeGreaterThanOrEqual(0.01 - 1e-12)
    }
  })

  it('never goes back, keeps within 0 and 1, and tells the end once even after a small step', () => {
    const { fractions, post } = told()
    const progress = forwardProgress(post)
    progress(-1)
    progress(0.5)
    progress(0.3)
    progress(0.505)
    progress(2)
    progress(1)
    expect(fractions).toEqual([0, 0.5, 1])
  })
})

describe('stagedProgress', () => {
  it('runs one bar through stages by their shares, each stage telling where it begins', () => {
    const { fractions, post } = told()
    const stage = stagedProgress({ read: 1, merge: 3 }, post)
    stage('read')(0.5)
    const merge = stage('merge')
    merge(0.5)
    merge(1)
    expect(fractions).toEqual([0, 0.125, 0.25, 0.625, 1])
  })
})

describe('partOf', () => {
  it('tells a part of a job as the whole bar from its start to its end', () => {
    const { fractions, post } = told()
    const part = partOf(0.6, 0.8, post)
    part(0)
    part(0.5)
    part(1.5)
    expect(fractions.map((f) => Math.round(f * 1000) / 1000)).toEqual([0.6, 0.7, 0.8])
  })
})
