/**
 * What platform.chooseFile gives for a backup file, in both modes (its
 * bytes, for the merging worker to decode), made from the OpenTextResult a
 * test has ready: the platform mocks of the backup tests answer with it.
 */
import type { ChosenFile } from '../../../../../src/renderer/platform'
import type { OpenTextResult } from '../../../../../src/shared/api'

export function chosenBackupFile(next: OpenTextResult): ChosenFile {
  if (!next.opened) return next
  return {
    opened: true,
    name: next.name,
    source: {
      bytes: new TextEncoder().encode(next.content),
      name: next.name,
      expected: 'a Quarterdeck backup',
    },
  }
}
