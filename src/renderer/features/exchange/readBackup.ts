/**
 * A backup read in the file-reading worker (readInWorker.ts), from a file
 * just chosen or from text already at hand. A chosen file goes as its bytes,
 * decoded and read in the worker in one job: a backup's 20 MB of text then
 * never cross to the window and back. Its text comes back only when it is
 * no backup but reads like a wiki page, for the offer to import it.
 */
import type { ParseBackupResult } from '../../../shared/backup'
import { undecodableFile } from '../../platform'
import { wikiPageInstead } from './fileKinds'
import type { FileSource } from './readFileJob'
import { readInWorker, type Reading } from './readInWorker'

/** A backup as read: its quarters (or why not), and its text when it reads like a wiki page. */
export interface BackupRead {
  parsed: ParseBackupResult
  wikiPage: string | null
}

/** Where a backup comes from: a chosen file's bytes, or its text. */
export type BackupFrom = { source: FileSource } | { name: string; content: string }

/** The file name of a backup to read. */
export function nameOf(from: BackupFrom): string {
  return 'source' in from ? from.source.name : from.name
}

/**
 * Reads a backup in the worker; `onProgress` hears how far (null: no
 * telling). The result is null when cancelled; it rejects when a chosen
 * file's bytes are no text (a binary file's sentence, or NotUtf8Error).
 */
export function readBackup(
  from: BackupFrom,
  onProgress?: (fraction: number | null) => void,
): Reading<BackupRead> {
  if ('source' in from) {
    const reading = readInWorker({ kind: 'backup-file', ...from.source }, onProgress)
    const result = reading.result.then((read) => {
      if (read === null) return null
      if (read.read === 'undecodable') throw undecodableFile(from.source.name, read.decoded)
      return { parsed: read.parsed, wikiPage: read.wikiPage }
    })
    return { result, cancel: reading.cancel }
  }
  const reading = readInWorker({ kind: 'backup', text: from.content }, onProgress)
  const result = reading.result.then((parsed) => {
    if (parsed === null) return null
    return { parsed, wikiPage: wikiPageInstead(parsed.ok, from.name, from.content) }
  })
  return { result, cancel: reading.cancel }
}
