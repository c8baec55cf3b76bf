/**
 * UI state of the wiki commands: the wiki connected to, which wiki dialog is
 * open, a pull waiting for the user's choices, and the last pull's report.
 * Holds no password: that stays in main or the web server.
 */
import { create } from 'zustand'
import type { MergeResult } from '../../../shared/merge'
import type { PlanDocument } from '../../../shared/model'
import type { ImportReport } from '../../../shared/wiki'
import type { WikiBase } from '../../../shared/wikiSync/base'
import type { WikiBaseRow } from '../../../shared/wikiSync/baseRow'
import type { WikiConnection } from '../../../shared/wikiSync/wikiTypes'

/** A pulled revision merged with the open quarter, before it is saved. */
export interface PendingPull {
  title: string
  /** The open quarter as read for the merge: what the merge replaces. */
  local: PlanDocument
  /** The stored base as read for the merge (the command expects it unchanged). */
  stored: WikiBaseRow | null
  result: MergeResult
  /** The quarter's base once the merge is saved. */
  base: WikiBase
  report: ImportReport
  threeWay: boolean
}

/** What a saved pull did, for its report dialog. */
export interface PullReport {
  title: string
  revid: number
  summary: string
  report: ImportReport
}

export type WikiDialog = 'connect' | 'publish' | null

interface WikiState {
  connection: WikiConnection | null
  dialog: WikiDialog
  busy: boolean
  pulling: PendingPull | null
  pulled: PullReport | null
}

export const useWikiStore = create<WikiState>(() => ({
  connection: null,
  dialog: null,
  busy: false,
  pulling: null,
  pulled: null,
}))
