/**
 * Default file names offered by the Save dialogs (and used for downloads in
 * web mode).
 */

// Path separators and characters Windows forbids in file names; control
// characters are dropped separately.
const UNSAFE = /[/\\:*?"<>|]/g

function withoutControlCharacters(text: string): string {
  return [...text].filter((char) => char.charCodeAt(0) >= 0x20).join('')
}

/**
 * File name for a page title: "Wikimedia Technology/Goals/2019-20 Q2" becomes
 * "Wikimedia Technology-Goals-2019-20 Q2.wiki".
 */
export function wikiFileName(title: string): string {
  const base = withoutControlCharacters(title).replace(UNSAFE, '-').trim()
  return `${base === '' ? 'goals' : base}.wiki`
}

/** "quarterdeck-backup-2019-12-12.json", dated in local time. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `quarterdeck-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`
}
