/**
 * A page title as a link target (`[[target|label]]`, `link=target`). MediaWiki
 * takes a target starting with a URL scheme (`https:`, `mailto:`, `//`) for an
 * external link, and one with a namespace prefix (`Category:`, `File:`) for a
 * category or an embedded file; a leading colon makes either a plain link to
 * the page of that title. The colon is written for every title holding a colon
 * (a wiki may know schemes and namespaces this list does not), except one that
 * starts with its own, and the reader drops it again.
 */
// MediaWiki trims spaces and underscores before it looks for a leading colon; a second one would
// make the title invalid (`__:x` is the page `x`, `:__:x` no page at all).
const NEEDS_COLON = /^(?![\s_]*:)(?:[^:]*:|[\s_]*\/\/)/

/** The colon a title needs in front of it as a link target: `:` or nothing. */
export function linkColon(title: string): string {
  return NEEDS_COLON.test(title) ? ':' : ''
}

/** The page title a (decoded) link target names: the inverse of `linkColon`. */
export function titleOfLinkTarget(target: string): string {
  return target.startsWith(':') && NEEDS_COLON.test(target.slice(1)) ? target.slice(1) : target
}
