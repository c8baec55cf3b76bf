import { memo, useMemo, type ReactNode } from 'react'
import { Check, Circle, CircleDashed, Hourglass, Pause, X, type LucideIcon } from 'lucide-react'
import type { StatusId } from '../../../shared/model'
import { TaskLink } from '../../components/TaskLink'
import { parseBlocks, type Block, type Inline } from './previewParse'

/**
 * The icon each status template draws on MediaWiki.org (a check for {{Done}},
 * a cross for {{Not done}}, and so on), from the app's one icon set.
 */
const STATUS_ICONS: Record<StatusId, LucideIcon> = {
  done: Check,
  blocked: X,
  'in-progress': Hourglass,
  todo: Circle,
  postponed: Pause,
  'partially-done': CircleDashed,
}

/**
 * A rough rendering of the exported page beside its wikitext: headings,
 * lists, tables, bold, links and templates; status templates as the wiki
 * draws them (icon and label in the status's colour), tasks as links. Built from React elements only;
 * the wikitext is never handed to the browser as HTML.
 */
export const WikiPreview = memo(function WikiPreview({ text }: { text: string }) {
  const blocks = useMemo(() => parseBlocks(text), [text])
  return (
    // Focusable: it scrolls, and keyboard users must be able to scroll it too.
    <section className="exchange-wiki-preview" aria-label="Preview" tabIndex={0}>
      {blocks.map((block, index) => (
        <PreviewBlock key={index} block={block} />
      ))}
    </section>
  )
})

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const content = inlines(block.content)
      return block.level <= 2 ? <h3>{content}</h3> : <h4>{content}</h4>
    }
    case 'item':
      return (
        <p className="exchange-preview-item" style={{ marginLeft: `${block.depth * 1.25}em` }}>
          {inlines(block.content)}
        </p>
      )
    case 'paragraph':
      return <p>{inlines(block.content)}</p>
    case 'table':
      return (
        <table className="exchange-preview-table">
          <tbody>
            {block.rows
              .filter((row) => row.cells.length > 0)
              .map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) =>
                    row.header ? (
                      <th key={c} colSpan={cell.span}>
                        {inlines(cell.content)}
                      </th>
                    ) : (
                      <td key={c} colSpan={cell.span}>
                        {inlines(cell.content)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
          </tbody>
        </table>
      )
  }
}

function inlines(pieces: Inline[]): ReactNode[] {
  return pieces.map((piece, index) => {
    switch (piece.kind) {
      case 'text':
        return piece.text
      case 'bold':
        return <strong key={index}>{inlines(piece.children)}</strong>
      case 'italic':
        return <em key={index}>{inlines(piece.children)}</em>
      case 'link':
        return (
          <span key={index} className="exchange-preview-link">
            {piece.text}
          </span>
        )
      case 'status': {
        const Icon = STATUS_ICONS[piece.status]
        return (
          <span key={index} className="wiki-status" data-status={piece.status}>
            <Icon size={14} strokeWidth={2.5} aria-hidden="true" />
            {piece.label}
          </span>
        )
      }
      case 'task':
        return <TaskLink key={index} task={piece.task} />
      case 'template':
        return (
          <span key={index} className="exchange-preview-template">
            {piece.text}
          </span>
        )
      case 'break':
        return <br key={index} />
    }
  })
}
