/**
 * Whether two paths name one file, so the command line can refuse an output
 * that would overwrite its own input.
 */
import { statSync } from 'node:fs'

/**
 * Whether two paths name the same existing file, however spelled: relative
 * or absolute, through symbolic links, or hard links to one file.
 */
export function isSameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a)
    const y = statSync(b)
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}
