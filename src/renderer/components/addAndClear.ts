/**
 * The one-line "add" forms (a team, a priority group) empty their field the
 * moment the user submits, ready for the next name: the new item is on screen
 * at once, since a command changes memory before its write. Emptying the
 * field only after the write would erase whatever was typed meanwhile.
 */
import type { Dispatch, SetStateAction } from 'react'

/**
 * Empties the field, then runs `add`. When nothing was added, the typing
 * comes back, unless something new has been typed since.
 */
export async function addAndClear(
  typed: string,
  setValue: Dispatch<SetStateAction<string>>,
  add: () => Promise<boolean>,
): Promise<boolean> {
  setValue('')
  const added = await add()
  if (!added) setValue((current) => (current === '' ? typed : current))
  return added
}
