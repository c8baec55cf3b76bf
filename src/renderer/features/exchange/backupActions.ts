/**
 * Save backup… / Open backup…: the steps between the file dialogs, the backup
 * format and the commands that store quarters. Opening never overwrites a plan without asking,
 * and a bad file changes nothing. A backup carries each quarter's wiki base
 * (the revision last published or pulled), and opening it restores that too.
 * A saved backup has its own id, and each quarter remembers the backups it
 * was in step with (saved or opened here), so Merge backup… can compare two
 * copies that descend from one backup three ways (db/backupBases.ts).
 */
// First: configures zod before the backup schemas are built.
import { isDiskFullMessage } from '../../../shared/diskFull'
import { newId } from '../../../shared/ids'
import type { PlanDocument } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { countOf } from '../../../shared/words'
import type { WikiBase } from '../../../shared/wikiSync/base'
import { DiskFullError } from '../../db/errors'
import {
  planIdsThatExist,
  readCarriedBackupBases,
  readPlanDocument,
  readWikiBases,
} from '../../db/reads'
import { recordSavedBackup } from '../../db/backupBases'
import type { CarriedBackupBase } from '../../../shared/backup/backupBases'
import { chooseFile, NotUtf8Error, saveTextFile } from '../../platform'
import { useQuarterStore } from '../../store/quarterStore'
import { sayWhileWorking, type JobMessage } from '../../store/jobMessage'
import { useUiStore, type Toast } from '../../store/uiStore'
import { backupFileName } from './fileNames'
import { useBackupStore } from './backupStore'
import { backupSaved } from './backupReminderCount'
import { nameOf, readBackup, type BackupFrom, type BackupRead } from './readBackup'
import type { Reading } from './readInWorker'
import { saveDocumentsOf } from './storeBackup'

/** The file types of the backup dialogs. */
export const FILTERS = [{ name: 'Quarterdeck backup', extensions: ['json'] }]

/** The topic of backup messages: each replaces the one before. */
export const BACKUP_TOPIC = 'backup'
/**
 * The topic of "nothing to back up yet" and "still loading": they go as soon
 * as there is a quarter to back up (see BackupCommands).
 */
export const BACKUP_UNAVAILABLE_TOPIC = 'backup-unavailable'

/** The user's answer when a backup holds plans that already exist. */
export type ReplaceChoice = 'replace' | 'keep-both' | 'cancel'

/** Shows a backup message (a toast of the backup topic). */
export function say(
  kind: 'status' | 'alert',
  text: string,
  extra: Pick<Toast, 'topic' | 'action'> = {},
) {
  const ui = useUiStore.getState()
  ui.dismissTopic(BACKUP_UNAVAILABLE_TOPIC)
  ui.showToast({
    message: text,
    tone: kind === 'alert' ? 'error' : 'info',
    topic: BACKUP_TOPIC,
    ...extra,
  })
}

/** The message of an error, for a sentence. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Why a backup did not open: a full disk in its own one sentence, else the reason (and `suffix`). */
function openFailure(error: unknown, suffix = ''): string {
  if (error instanceof DiskFullError) return error.message
  return `Could not open the backup: ${errorMessage(error)}${suffix}`
}

/** "FY2019–20 Q2 · October – December 2019 (Wikimedia Technology)". */
export function backupPlanName(doc: PlanDocument): string {
  return `${planDisplayName(doc.plan)} (${doc.plan.department})`
}

/** One backup action at a time: a second click while a dialog is open is ignored. */
export async function exclusive(action: () => Promise<void>) {
  const state = useBackupStore.getState()
  if (state.busy || state.pending || state.merging) return
  useBackupStore.setState({ busy: true })
  useUiStore.getState().dismissTopic(BACKUP_TOPIC)
  useUiStore.getState().dismissTopic(BACKUP_UNAVAILABLE_TOPIC)
  try {
    await action()
  } finally {
    useBackupStore.setState({ busy: false })
  }
}

// The backup format (and zod behind it) loads on first use, not with the board.
const backupFormat = () => import('../../../shared/backup')

/**
 * Writes every quarter to one backup file, with their wiki bases. Written
 * from the store, so it holds what has landed there: a change still being
 * written is at most a moment behind.
 */
export function saveBackup(): Promise<void> {
  return exclusive(async () => {
    const { phase, plans } = useQuarterStore.getState()
    if (phase !== 'ready') {
      say('alert', 'The quarters are still loading; try again in a moment.', {
        topic: BACKUP_UNAVAILABLE_TOPIC,
      })
      return
    }
    const planIds = plans.map((plan) => plan.id)
    if (planIds.length === 0) {
      say('alert', 'There is no quarter to back up yet.', { topic: BACKUP_UNAVAILABLE_TOPIC })
      return
    }
    try {
      const docs = await Promise.all(planIds.map((id) => readPlanDocument(id)))
      const bases = await readWikiBases(planIds)
      // By name only: the colleague's copy is compared with this machine's own copy of a
      // backup both know, and the quarter twice would double the file.
      const backupBases = await readCarriedBackupBases(planIds, false)
      const { serializeBackup } = await backupFormat()
      const savedAt = Date.now()
      const backupId = newId()
      const result = await saveTextFile({
        title: 'Save backup',
        defaultName: backupFileName(new Date(savedAt)),
        filters: FILTERS,
        content: serializeBackup(docs, savedAt, bases, { backupId, backupBases }),
      })
      if (result.saved) {
        // Each quarter is now in step with this file, as written: a copy opened from it elsewhere
        // merges back three ways against it.
        await recordSavedBackup(docs, { backupId, savedAt: new Date(savedAt).toISOString() })
        backupSaved()
        say('status', `Saved a backup of ${quarters(docs.length)} to ${result.path}.`)
      }
    } catch (error) {
      const message = errorMessage(error)
      // A full disk is said in main's one sentence (the file was not written).
      say('alert', isDiskFullMessage(message) ? message : `Could not save the backup: ${message}`)
    }
  })
}

/**
 * Reads a backup chosen by the user. New plans are added at once; when some
 * already exist the backup waits in the store for `resolveBackup`.
 */
export function openBackup(): Promise<void> {
  return exclusive(async () => {
    try {
      const file = await chooseFile(
        { title: 'Open backup', filters: FILTERS },
        'a Quarterdeck backup',
      )
      if (!file.opened) return
      await openBackupFrom({ source: file.source })
    } catch (error) {
      const retry = error instanceof NotUtf8Error ? error.readAsWindows1252 : null
      say('alert', openFailure(error), {
        // Not UTF-8: read as Windows-1252 only when the user asks.
        ...(retry && {
          action: {
            label: 'Read it as Windows-1252',
            run: () => void exclusive(() => openBackupFrom(retry()).catch(sayOpenFailed)),
          },
        }),
      })
    }
  })
}

function sayOpenFailed(error: unknown): void {
  say('alert', openFailure(error, ' Nothing was changed.'))
}

/** The message of a backup being opened, with Cancel running `cancel`. */
const openingMessage = (fileName: string, cancel: () => void) =>
  sayWhileWorking(`Opening ${fileName}…`, { topic: BACKUP_TOPIC, cancel })

/**
 * Opens a backup file (its bytes, or its text): adds its plans, or asks
 * before replacing any. It is read in a worker (a big one takes seconds; the
 * window stays responsive), and its quarters stored in turns: after a moment
 * it says "Opening…" with a progress bar (without a value while the file is
 * read: the reader cannot tell how far it is) and Cancel, which changes
 * nothing.
 */
async function openBackupFrom(from: BackupFrom): Promise<void> {
  let reading: Reading<unknown> | null = null
  const message = openingMessage(nameOf(from), () => reading?.cancel())
  try {
    const read = readBackup(from, message.progress)
    reading = read
    await openReadBackup(nameOf(from), await read.result, message)
  } finally {
    message.end()
  }
}

/** Adds the plans of backup `name` as read (null: cancelled), or asks before replacing any. */
async function openReadBackup(
  name: string,
  read: BackupRead | null,
  message: JobMessage,
): Promise<void> {
  const notOpened = () => say('status', `Did not open ${name}. Nothing was changed.`)
  if (read === null || message.cancelled) return notOpened()
  const { parsed, wikiPage } = read
  if (!parsed.ok && wikiPage !== null) {
    say('status', `${name} is a wiki page, not a backup. Import it to make a quarter of it.`, {
      action: {
        label: 'Import',
        run: () => useUiStore.getState().importPage({ fileName: name, content: wikiPage }),
      },
    })
    return
  }
  if (!parsed.ok) {
    say('alert', `Could not open ${name}: ${parsed.error} Nothing was changed.`)
    return
  }
  const existingIds = await planIdsThatExist(parsed.docs.map((doc) => doc.plan.id))
  if (existingIds.length > 0) {
    useBackupStore.setState({
      pending: {
        fileName: name,
        docs: parsed.docs,
        wikiBases: parsed.wikiBases ?? new Map(),
        backup: parsed.backup ?? null,
        backupBases: parsed.backupBases ?? new Map(),
        existingIds,
      },
    })
    return
  }
  const bases = {
    wikiBases: parsed.wikiBases ?? new Map(),
    backup: parsed.backup ?? null,
    backupBases: parsed.backupBases ?? new Map(),
  }
  const stored = await saveDocumentsOf(`Open ${name}`, parsed.docs, bases, [], { message })
  if (!stored) return notOpened()
  say('status', `Opened ${name}: added ${names(parsed.docs)}.`)
}

/** Applies the user's answer to the pending backup: replace, keep both, or nothing. */
export async function resolveBackup(choice: ReplaceChoice): Promise<void> {
  const pending = useBackupStore.getState().pending
  if (!pending) return
  useBackupStore.setState({ pending: null, busy: true })
  const notOpened = () => say('status', `Did not open ${pending.fileName}. Nothing was changed.`)
  if (choice === 'cancel') {
    useBackupStore.setState({ busy: false })
    return notOpened()
  }
  // Storing a big backup takes a while: said, with a progress bar and Cancel. Only the build of
  // its command is under way then, and saveDocumentsOf stops after it when Cancel was pressed.
  const message = openingMessage(pending.fileName, () => {})
  try {
    if (choice === 'replace') {
      const stored = await Promise.all(pending.existingIds.map((id) => readPlanDocument(id)))
      const label = `Open ${pending.fileName}`
      if (!(await saveDocumentsOf(label, pending.docs, pending, stored, { message })))
        return notOpened()
      say('status', `Opened ${pending.fileName}: ${names(pending.docs)} restored from the backup.`)
    } else {
      const { reidentifyPlan } = await backupFormat()
      const existing = new Set(pending.existingIds)
      // A copy under new ids keeps its bases: it is the same quarter, in step with the same
      // revision and backups.
      const bases = new Map<string, WikiBase>()
      const backupBases = new Map<string, CarriedBackupBase>()
      const docs = pending.docs.map((doc) => {
        const copy = existing.has(doc.plan.id) ? reidentifyPlan(doc, newId) : doc
        const base = pending.wikiBases.get(doc.plan.id)
        if (base) bases.set(copy.plan.id, base)
        const backupBase = pending.backupBases.get(doc.plan.id)
        if (backupBase) backupBases.set(copy.plan.id, backupBase)
        return copy
      })
      const brought = { wikiBases: bases, backup: pending.backup, backupBases }
      if (!(await saveDocumentsOf(`Open ${pending.fileName}`, docs, brought, [], { message })))
        return notOpened()
      say('status', `Opened ${pending.fileName}: added ${names(docs)} beside the existing ones.`)
    }
  } catch (error) {
    sayOpenFailed(error)
  } finally {
    message.end()
    useBackupStore.setState({ busy: false })
  }
}

function quarters(n: number): string {
  return countOf(n, 'quarter')
}

function names(docs: readonly PlanDocument[]): string {
  return docs.map(backupPlanName).join(', ')
}
