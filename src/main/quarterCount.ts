/**
 * How many quarters the goal store held, kept outside IndexedDB, in
 * `<userData>/Quarters kept.json` beside the `Automatic backups` folder. When
 * Chromium finds the store damaged it may quietly start a new, empty one;
 * this small file is how the app knows, at the next start, that the empty
 * store lost quarters instead of never having had any, and says so.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeTextFileAtomic } from './atomicWrite'

/** The file's name inside the app's data folder. */
export const QUARTER_COUNT_FILE = 'Quarters kept.json'

/** The most quarters the file records; a larger number is refused as nonsense. */
export const MAX_QUARTER_COUNT = 100_000

/** The quarter count recorded in `userDataPath`; 0 when there is no file or it cannot be read. */
export async function readQuarterCount(userDataPath: string): Promise<number> {
  try {
    const text = await readFile(join(userDataPath, QUARTER_COUNT_FILE), 'utf8')
    const quarters = (JSON.parse(text) as { quarters?: unknown } | null)?.quarters
    return isQuarterCount(quarters) ? quarters : 0
  } catch {
    return 0
  }
}

/** Records `quarters` in `userDataPath`, atomically; rejects with a sentence (a full disk, say). */
export async function writeQuarterCount(userDataPath: string, quarters: number): Promise<void> {
  const content = `${JSON.stringify({ quarters, at: new Date().toISOString() })}\n`
  await writeTextFileAtomic(join(userDataPath, QUARTER_COUNT_FILE), content)
}

/** True for a whole number of quarters within MAX_QUARTER_COUNT. */
export function isQuarterCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_QUARTER_COUNT
}
