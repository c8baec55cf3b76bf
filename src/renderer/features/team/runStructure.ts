/**
 * Running a structure command from a field edited in place: the command's
 * refusal comes back as a thrown error, which the field shows under itself.
 */
import type { PlanDocument } from '../../../shared/model'
import type { Command } from '../../commands/command'
import { perform } from '../../commands/perform'

/** Runs the command `build` makes; throws the reason when it does not land. */
export async function runOrThrow(build: (quarter: PlanDocument) => Command | null): Promise<void> {
  const result = await perform(build)
  if (result && !result.ok) throw result.error
}
