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
}
