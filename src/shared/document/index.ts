/** Plan documents: the one test of whether a document is valid. */
export {
  describeValue,
  summariseProblems,
  validatePlanDocument,
  validatePlanDocuments,
  type PlanDocumentCheck,
  type PlanDocumentsCheck,
} from './validate'
