/**
 * Wikitext export and import of a quarter's goals page.
 */
export { exportWikitext, type ExportOptions } from './exportWikitext'
export {
  importWikitext,
  type ImportEntry,
  type ImportOptions,
  type ImportOutcome,
  type ImportReport,
} from './importWikitext'
export { decodeText, encodeText, type TextContext } from './escape'
export { decodeEntities } from './entities'
export { BUILT_IN_PROFILES, MEDIAWIKI_PROFILE, PLAIN_PROFILE, taskMarkup } from './profiles'
