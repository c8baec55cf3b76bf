/** Plan documents: the one test of whether a document is valid. */
export {
  describeValue,
  oversizedPlan,
  summariseProblems,
  validatePlanDocument,
  validatePlanDocuments,
  type PlanDocumentCheck,
  type PlanDocumentsCheck,
} from './validate'
