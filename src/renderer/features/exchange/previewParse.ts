/**
 * The Export view's preview reads the page with the wiki package's own
 * scanners (src/shared/wiki/syntax/pageShape.ts): one reader of wikitext.
 */
export {
  parseBlocks,
  parseInline,
  type Block,
  type Inline,
  type ShownCell as TableCell,
} from '../../../shared/wiki'
