/**
 * Wikitext export and import of a quarter's goals page.
 */
export { exportWikitext, type ExportOptions } from './export/exportWikitext'
export { unshownTexts } from './export/unshownTexts'
export {
  importWikitext,
  type ImportEntry,
  type ImportOptions,
  type ImportOutcome,
  type ImportReport,
} from './import/importWikitext'
export { decodeText, encodeText, type TextContext } from './syntax/escape'
export { decodeEntities } from './syntax/entities'
export { BUILT_IN_PROFILES, MEDIAWIKI_PROFILE, PLAIN_PROFILE, taskMarkup } from './syntax/profiles'
export { statusOfTemplate } from './syntax/markup'
export {
  parseBlocks,
  parseInline,
  type Block,
  type Inline,
  type ShownCell,
} from './syntax/pageShape'
