/**
 * What kind of file was opened, judged from its name and first characters:
 * a backup is JSON; a wiki page is text named .wiki or .txt, or text that
 * starts like wikitext.
 */

const WIKI_EXTENSIONS = /\.(wiki|mediawiki|txt)$/i

/** True when a file opened as a backup is a wiki page instead (for the Import view). */
export function looksLikeWikiPage(fileName: string, content: string): boolean {
  if (WIKI_EXTENSIONS.test(fileName.trim())) return true
  // Wikitext opens with a heading, a template, a table, a link, a list or a comment;
  // JSON with a single { or [.
  return /^(=|\{\{|\{\||\[\[|\*|#|''|<!--|__)/.test(content.trimStart())
}

/**
 * The text of a file that did not read as a backup (`isBackup` false) when it
 * is a wiki page, for Open backup's "Import it" offer; else null.
 */
export function wikiPageInstead(
  isBackup: boolean,
  fileName: string,
  content: string,
): string | null {
  return !isBackup && looksLikeWikiPage(fileName, content) ? content : null
}
