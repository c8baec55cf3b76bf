/**
 * The repository: the only module that writes to the store. Every write is
 * a named operation that validates first (a ValidationError with a message
 * for the user, before anything is written) and commits in one transaction.
 * The UI reads through the live queries in queries.ts.
 */
export { ValidationError } from './errors'
export type { NewPlanInput } from '../../shared/plan'
export {
  createPlan,
  updatePlan,
  deletePlan,
  createTeam,
  createGroup,
  type PlanPatch,
  type NewTeamInput,
  type NewGroupInput,
} from './planWrites'
export {
  addGoal,
  updateGoal,
  moveGoal,
  deleteGoal,
  restoreGoal,
  type NewGoalInput,
  type GoalPatch,
  type DeletedGoal,
} from './goalWrites'
export {
  readPlanDocument,
  savePlanDocuments,
  planIdsThatExist,
  loadExampleQuarter,
} from './documentWrites'
