/**
 * The Publish dialog's diff as lines to show: jsdiff's line diff between the
 * wiki's page and the page to publish, each line marked added, removed or
 * unchanged, with the new page's line number where it has one, and long
 * unchanged runs folded to a few lines of context around each change.
 * Pure, so the view (features/wikitext/wikitextDiff.ts) only draws it.
 */
import { diffLines } from 'diff'
import { countOf } from '../words'

/** Unchanged lines kept on each side of a change. */
export const DIFF_CONTEXT = 3

/** One line of the diff as shown. */
export type DiffLine =
  | { kind: 'added' | 'same'; text: string; /** 1-based, in the new page */ newLine: number }
  | { kind: 'removed'; text: string }
  /** Unchanged lines left out: `text` says how many. */
  | { kind: 'folded'; text: string; count: number }

export interface PageDiff {
  lines: DiffLine[]
  added: number
  removed: number
}

/** The page's lines; '' has none, and a final newline ends the last line rather than adding one. */
function linesOf(text: string): string[] {
  if (text === '') return []
  return text.replace(/\n$/, '').split('\n')
}

/**
 * Every line of the diff from `before` to `after`, unfolded. Both texts are
 * compared as if they ended with a newline, so a line added at the end does
 * not show the old last line as removed and added again.
 */
function allLines(before: string, after: string): DiffLine[] {
  const close = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`)
  const out: DiffLine[] = []
  let newLine = 0
  for (const part of diffLines(close(before), close(after))) {
    for (const text of linesOf(part.value)) {
      if (part.removed) out.push({ kind: 'removed', text })
      else out.push({ kind: part.added ? 'added' : 'same', text, newLine: ++newLine })
    }
  }
  return out
}

function folded(count: number): DiffLine {
  return { kind: 'folded', text: countOf(count, 'unchanged line'), count }
}

/** The diff from `before` (the wiki's page) to `after` (the page to publish). */
export function pageDiff(before: string, after: string, context = DIFF_CONTEXT): PageDiff {
  const all = allLines(before, after)
  const added = all.filter((l) => l.kind === 'added').length
  const removed = all.filter((l) => l.kind === 'removed').length
  // Keep the unchanged lines within `context` of a change; fold each run of the others.
  const near = all.map(() => false)
  all.forEach((line, index) => {
    if (line.kind === 'same') return
    for (let i = Math.max(0, index - context); i <= Math.min(all.length - 1, index + context); i++)
      near[i] = true
  })
  const lines: DiffLine[] = []
  let hidden: DiffLine[] = []
  // A single unchanged line is shown: its marker would take the same room.
  const flush = () => {
    if (hidden.length === 1) lines.push(...hidden)
    else if (hidden.length > 1) lines.push(folded(hidden.length))
    hidden = []
  }
  all.forEach((line, index) => {
    if (near[index]) {
      flush()
      lines.push(line)
    } else hidden.push(line)
  })
  flush()
  return { lines, added, removed }
}

/** "12 lines added, 3 removed", for the dialog and screen readers. */
export function diffCounts(diff: Pick<PageDiff, 'added' | 'removed'>): string {
  if (diff.added === 0 && diff.removed === 0) return 'No lines changed'
  if (diff.removed === 0) return `${countOf(diff.added, 'line')} added`
  if (diff.added === 0) return `${countOf(diff.removed, 'line')} removed`
  return `${countOf(diff.added, 'line')} added, ${diff.removed} removed`
}
