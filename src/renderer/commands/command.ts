/**
 * What a command is: a named list of row changes. Builders (goalCommands.ts,
 * planCommands.ts) make them from the open quarter in memory; runCommand.ts
 * runs them; undo and redo run them again, inverted or not.
 */
import type { RowChange } from './changes'

/** One user change as data. */
export interface Command {
  /** What the user did, for Undo's messages: "Move goal". */
  label: string
  changes: RowChange[]
  /**
   * For commands that add or remove whole quarters: the quarter the window
   * shows once the command is done (or redone) and once it is undone; null
   * for the newest one left.
   */
  shows?: { done: string | null; undone: string | null }
  /**
   * A sentence for the person once the command has landed, about what it
   * stored differently from what they typed (control characters left out).
   */
  notice?: string
}
