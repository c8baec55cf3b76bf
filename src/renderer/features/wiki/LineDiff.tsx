/**
 * A line diff between the wiki's page and the page to publish (jsdiff's
 * diffLines): removed lines marked "−", added lines "+", unchanged runs
 * folded to their first and last lines so the changes stand out.
 */
import { diffLines } from 'diff'
import { countOf } from '../../../shared/words'

const CONTEXT = 2

interface Line {
  kind: 'added' | 'removed' | 'same' | 'folded'
  text: string
}

/** The lines to show for `before` → `after`. */
export function diffRows(before: string, after: string): Line[] {
  const rows: Line[] = []
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n')
    if (part.added || part.removed) {
      const kind = part.added ? 'added' : 'removed'
      for (const text of lines) rows.push({ kind, text })
    } else if (lines.length > CONTEXT * 2 + 1) {
      for (const text of lines.slice(0, CONTEXT)) rows.push({ kind: 'same', text })
      rows.push({
        kind: 'folded',
        text: `${countOf(lines.length - CONTEXT * 2, 'line')} unchanged`,
      })
      for (const text of lines.slice(-CONTEXT)) rows.push({ kind: 'same', text })
    } else {
      for (const text of lines) rows.push({ kind: 'same', text })
    }
  }
  return rows
}

const MARK = { added: '+', removed: '−', same: ' ', folded: '⋯' } as const

/** The diff, or a sentence when there is no difference. */
export function LineDiff({ before, after }: { before: string; after: string }) {
  if (before === after) return <p>The wiki’s page already holds exactly this page.</p>
  return (
    <pre className="wiki-diff" aria-label="Changes to the wiki’s page">
      {diffRows(before, after).map((row, index) => (
        <div key={index} className={`wiki-diff-${row.kind}`}>
          <span aria-hidden>{MARK[row.kind]} </span>
          {row.kind === 'added' && <span className="visually-hidden">Added: </span>}
          {row.kind === 'removed' && <span className="visually-hidden">Removed: </span>}
          {row.text}
        </div>
      ))}
    </pre>
  )
}
