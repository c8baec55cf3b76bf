/**
 * Where the command line keeps each quarter's wiki base: in the backup file
 * itself, as `"wikiBases": { "<plan id>": WikiBase }` beside `plans`. Readers
 * that do not know the field ignore it (the backup format's version stays
 * 1); a base that is damaged is dropped, which only makes the next pull a
 * two-way merge that asks about every difference, never loses a change.
 */
import { validatePlanDocuments } from '../document'
import type { WikiBase } from './base'

/** The wiki bases of a backup file's text, by plan id (damaged ones left out). */
export function readWikiBases(backupText: string): Map<string, WikiBase> {
  const bases = new Map<string, WikiBase>()
  let file: unknown
  try {
    file = JSON.parse(backupText.replace(/^\uFEFF/, ''))
  } catch {
    return bases
  }
  const field = (file as { wikiBases?: unknown } | null)?.wikiBases
  if (field === null || typeof field !== 'object' || Array.isArray(field)) return bases
  for (const [planId, value] of Object.entries(field as Record<string, unknown>)) {
    const base = value as Partial<WikiBase> | null
    if (
      base === null ||
      typeof base !== 'object' ||
      typeof base.apiUrl !== 'string' ||
      typeof base.title !== 'string' ||
      typeof base.revid !== 'number' ||
      typeof base.timestamp !== 'string'
    ) {
      continue
    }
    const checked = validatePlanDocuments([base.doc])
    if (!checked.ok || !checked.documents[0]) continue
    bases.set(planId, {
      apiUrl: base.apiUrl,
      title: base.title,
      revid: base.revid,
      timestamp: base.timestamp,
      doc: checked.documents[0],
    })
  }
  return bases
}

/** The backup file text (from serializeBackup) with `bases` written beside its plans. */
export function withWikiBases(backupText: string, bases: ReadonlyMap<string, WikiBase>): string {
  const file = JSON.parse(backupText) as Record<string, unknown>
  if (bases.size === 0) delete file.wikiBases
  else file.wikiBases = Object.fromEntries(bases)
  return `${JSON.stringify(file, null, 2)}\n`
}
