/**
 * The one sentence for a full disk, wherever a write meets it: the store
 * (IndexedDB's QuotaExceededError), a saved file or an automatic backup
 * (ENOSPC, EDQUOT). It says the disk is full, what was not done, and what to
 * do; messages that pass through other layers are recognised by its start.
 */

/** How every disk-full sentence begins. */
export const DISK_FULL_START = 'The disk is full'

/** "The disk is full, so <what was not done>; free some space and try again." */
export function diskFullSentence(notDone: string): string {
  return `${DISK_FULL_START}, so ${notDone}; free some space and try again.`
}

/** True for a message that is a disk-full sentence (it is then shown as it is). */
export function isDiskFullMessage(message: string): boolean {
  return message.startsWith(DISK_FULL_START)
}
