/**
 * The Publish dialog's diff: the wiki's page against the page to publish, in
 * a read-only wikitext view with the editor's highlighting, added and removed
 * lines tinted and signed, unchanged runs folded, the new page's line numbers,
 * and the counts said in words.
 */
import { useMemo } from 'react'
import { diffCounts, pageDiff } from '../../../shared/wikiSync/pageDiff'
import { WikitextEditor } from '../wikitext/WikitextEditor'
import { diffDocument, wikitextDiff } from '../wikitext/wikitextDiff'

/** Lines of the view's height, at most: a short diff needs no empty box below it. */
const MAX_LINES = 18

/** The diff, or a sentence when there is no difference. */
export function PublishDiff({ before, after }: { before: string; after: string }) {
  const diff = useMemo(() => pageDiff(before, after), [before, after])
  const text = useMemo(() => diffDocument(diff.lines), [diff])
  const marks = useMemo(() => wikitextDiff(diff.lines), [diff])
  if (before === after) return <p>The wiki’s page already holds exactly this page.</p>
  return (
    <>
      <p className="wiki-diff-counts">{diffCounts(diff)}.</p>
      <WikitextEditor
        label="Changes to the wiki’s page"
        value={text}
        extensions={marks}
        readOnly
        lines={Math.min(MAX_LINES, Math.max(3, diff.lines.length))}
      />
    </>
  )
}
