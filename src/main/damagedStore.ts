/**
 * Before the app replaces a goal store that Chromium cannot open, main keeps
 * a copy of its files: the store may hold goals no backup has, and someone
 * (or a later Quarterdeck) may still get them out. The copy goes to
 * `<userData>/Damaged stores/<time>`, and nothing there is ever deleted by
 * the app.
 */
import { cp, mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { backupFileName } from './autoBackupFolder'
import { describeFsError } from './fileIo'

/** Chromium's folder of IndexedDB databases inside the app's data folder. */
const INDEXED_DB_FOLDER = 'IndexedDB'

/** Where copies of damaged stores go, inside the app's data folder. */
export const DAMAGED_STORES_FOLDER = 'Damaged stores'

/**
 * Copies `<userData>/IndexedDB` to a new folder named by `at` under
 * `<userData>/Damaged stores`, and returns that folder; null when there is
 * no IndexedDB folder to keep. Throws a sentence naming the cause (a full
 * disk, say) when the copy fails: then the store must not be replaced.
 */
export async function keepDamagedStore(userDataPath: string, at: Date): Promise<string | null> {
  const source = join(userDataPath, INDEXED_DB_FOLDER)
  if (!(await isFolder(source))) return null
  // The automatic backups' time stamp: UTC to the second, no colons (Windows forbids them).
  const name = backupFileName(at)
    .replace(/^quarterdeck-/, '')
    .replace(/\.json$/, '')
  const target = join(userDataPath, DAMAGED_STORES_FOLDER, name)
  try {
    await mkdir(join(userDataPath, DAMAGED_STORES_FOLDER), { recursive: true })
    await cp(source, target, { recursive: true, errorOnExist: true, force: false })
  } catch (error) {
    throw new Error(`The damaged goal store could not be copied aside: ${describeFsError(error)}`)
  }
  return target
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
