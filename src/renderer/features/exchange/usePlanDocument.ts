import { useLiveQuery } from 'dexie-react-hooks'
import type { PlanDocument } from '../../../shared/model'
import { readPlanDocument } from '../../db/repository'

/** A plan document as a live query: ready, failed (e.g. the plan was deleted) or loading. */
export type PlanDocumentState = { doc: PlanDocument } | { error: string } | undefined

/**
 * The whole plan, re-read whenever any of its rows change, so the export
 * follows the board without a reload. Undefined while loading.
 */
export function usePlanDocument(planId: string): PlanDocumentState {
  return useLiveQuery(async (): Promise<PlanDocumentState> => {
    try {
      return { doc: await readPlanDocument(planId) }
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [planId])
}
