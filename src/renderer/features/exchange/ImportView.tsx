import { useEffect, useId, useRef, useState } from 'react'
import type { PlanDocument } from '../../../shared/model'
import { planDisplayName } from '../../../shared/plan'
import { partOf } from '../../../shared/jobProgress'
import { BUILD_SHARE_OF_SAVE, saveDocumentsInTurns } from '../../commands/planCommands'
import { runCommand } from '../../commands/runCommand'
import type { RowChange } from '../../commands/changes'
import { DiskFullError } from '../../db/errors'
import { usePlans } from '../../store/quarterStore'
import { useUiStore } from '../../store/uiStore'
import { NotUtf8Error, openTextFile } from '../../platform'
import { ImportPreview } from './ImportPreview'
import type { WikiReadResult } from './readFileJob'
import { readInWorker } from './readInWorker'
import { sameQuarterPlans } from './sameQuarter'
import { WikitextEditor, type WikitextEditorHandle } from '../wikitext/WikitextEditor'

/** A reading in the worker: how far it has come (null: no telling), and how to stop it. */
interface ReadingState {
  fraction: number | null
  cancel: () => void
}

/** The new quarter being saved: how far (null: no telling), and how to stop it (null: too late). */
interface SavingState {
  fraction: number | null
  cancel: (() => void) | null
}

/** A job of this view under way: its words, a progress bar named by them, and Cancel. */
function JobUnderWay({ label, fraction, cancel }: { label: string } & SavingState) {
  return (
    <div className="exchange-reading" role="status">
      <label>
        {label}…{' '}
        {fraction === null ? (
          <progress key="unknown" aria-label={label} />
        ) : (
          <progress key="known" aria-label={label} max={1} value={fraction} />
        )}
      </label>
      {cancel && (
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  )
}

/**
 * The Import view: paste a wiki page or open a file, read it, review what was
 * found and only then create a new quarter from it. Nothing is saved before
 * "Create quarter from this page", and an existing quarter is never touched.
 */
export function ImportView({
  onImported,
}: {
  /** The quarter stored, and the changes that stored it (it is shown from them). */
  onImported: (planId: string, created: readonly RowChange[]) => void
}) {
  const textId = useId()
  // A wiki page opened with "Open backup…" and handed over with "Import" (the shell
  // keys this view by the pages handed over, so each arrives in a fresh view).
  const [draft] = useState(() => useUiStore.getState().importDraft)
  useEffect(() => {
    if (draft) useUiStore.getState().takeImportDraft()
  }, [draft])
  const [text, setText] = useState(draft?.content ?? '')
  const [source, setSource] = useState(draft?.fileName ?? '')
  const [result, setResult] = useState<WikiReadResult | null>(null)
  const [reading, setReading] = useState<ReadingState | null>(null)
  const [problem, setProblem] = useState('')
  const [otherEncoding, setOtherEncoding] = useState<
    (() => { name: string; content: string }) | null
  >(null)
  const [saving, setSaving] = useState<SavingState | null>(null)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const plans = usePlans()
  const editorRef = useRef<WikitextEditorHandle>(null)

  // The reading under way, so that a new one or leaving the view stops it.
  const current = useRef<ReadingState | null>(null)
  useEffect(() => () => current.current?.cancel(), [])

  /**
   * Reads `pageText` in a worker (the window stays responsive), then shows
   * what was found and calls `landed`. Cancel leaves everything as it was.
   */
  const read = (pageText: string, landed: () => void = () => {}) => {
    setProblem('')
    if (pageText.trim() === '') {
      setResult(null)
      setProblem('Paste the wikitext of a goals page, or open a .wiki or .txt file, first.')
      return
    }
    current.current?.cancel()
    const reading = readInWorker({ kind: 'wiki', text: pageText, now: Date.now() }, (fraction) =>
      setReading((state) => (state && state.cancel === cancel ? { ...state, fraction } : state)),
    )
    const cancel = () => {
      reading.cancel()
      if (current.current?.cancel === cancel) current.current = null
      setReading((state) => (state?.cancel === cancel ? null : state))
    }
    current.current = { fraction: 0, cancel }
    setReading(current.current)
    void reading.result
      .then((found) => {
        if (found === null || current.current?.cancel !== cancel) return
        setResult(found)
        landed()
      })
      .catch((error: unknown) => setProblem(errorMessage(error)))
      .finally(() => {
        if (current.current?.cancel === cancel) current.current = null
        setReading((state) => (state?.cancel === cancel ? null : state))
      })
  }

  // A page handed over from "Open backup…" is read as the view opens.
  useEffect(() => {
    if (draft) read(draft.content)
    // Once, for the draft the view was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  /** An opened file replaces the text only once it is read (Cancel keeps the old one). */
  const takeFile = (file: { name: string; content: string }) => {
    read(file.content, () => {
      setText(file.content)
      setSource(file.name)
    })
  }

  const openFile = async () => {
    setProblem('')
    setOtherEncoding(null)
    setResult(null)
    try {
      const file = await openTextFile(
        {
          title: 'Open wiki page',
          filters: [{ name: 'Wiki page', extensions: ['wiki', 'txt'] }],
        },
        'a wiki page',
      )
      if (!file.opened) return
      takeFile(file)
    } catch (error) {
      // Not UTF-8: said, and read as Windows-1252 only if the user asks.
      if (error instanceof NotUtf8Error) setOtherEncoding(() => error.readAsWindows1252)
      setProblem(`Could not open the file: ${errorMessage(error)}`)
    }
  }

  /**
   * Saves the quarter read. Its command is built in turns (a page of 200,000
   * goals would hold the window for a third of a second), with a progress bar
   * and Cancel, which saves nothing; the store write then cannot be stopped,
   * and the bar goes on with it.
   */
  const create = async (doc: PlanDocument) => {
    let cancelled = false
    const cancel = () => {
      cancelled = true
      setSaving(null)
    }
    setSaving({ fraction: 0, cancel })
    setProblem('')
    try {
      const progress = (fraction: number) =>
        setSaving((state) => (state?.cancel === cancel ? { ...state, fraction } : state))
      const command = await saveDocumentsInTurns(
        'Import page',
        [doc],
        [],
        partOf(0, BUILD_SHARE_OF_SAVE, progress),
      )
      if (cancelled) return
      // Stored from here: no Cancel, the bar goes on with the write.
      setSaving({ fraction: BUILD_SHARE_OF_SAVE, cancel: null })
      const written = (fraction: number) =>
        setSaving((state) => (state?.cancel === null ? { ...state, fraction } : state))
      const saved = await runCommand(command, {
        onWriteProgress: partOf(BUILD_SHARE_OF_SAVE, 1, written),
      })
      if (!saved.ok) throw saved.error
      setCreatedId(doc.plan.id)
      onImported(doc.plan.id, command.changes)
    } catch (error) {
      // A full disk is said in its own one sentence (nothing saved, page kept).
      setProblem(
        error instanceof DiskFullError
          ? error.message
          : `Could not create the quarter; nothing was saved. ${errorMessage(error)}`,
      )
      setSaving(null)
    }
  }

  const existing = result?.ok ? sameQuarterPlans(plans, result.doc.plan) : []

  return (
    <section className="exchange" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>Import a wiki page</h2>
      <p className="exchange-hint">
        Paste the wikitext of a quarterly goals page (edit the page on the wiki and copy its
        source), or open a saved .wiki or .txt file. Nothing is saved until you create the quarter.
      </p>
      <WikitextEditor
        ref={editorRef}
        label="Wikitext to import"
        lines={16}
        value={text}
        onChange={(next) => {
          setText(next)
          // What was read no longer matches the text: read it again before creating.
          setResult(null)
          setSource('')
        }}
      />
      <div className="exchange-actions">
        <button type="button" onClick={() => void openFile()}>
          Open .wiki/.txt file…
        </button>
        <button type="button" disabled={reading !== null} onClick={() => read(text)}>
          Read page
        </button>
        {source !== '' && <span className="exchange-hint">From {source}</span>}
      </div>
      {reading && <JobUnderWay label="Reading the page" {...reading} />}
      <p role="alert" className="exchange-error">
        {result?.ok === false ? result.error : problem}
      </p>
      {otherEncoding && (
        <button
          type="button"
          onClick={() => {
            const file = otherEncoding()
            setOtherEncoding(null)
            takeFile(file)
          }}
        >
          Read it as Windows-1252
        </button>
      )}
      {result?.ok && reading === null && (
        <>
          <ImportPreview
            doc={result.doc}
            entries={result.entries}
            onShowLine={(line) => editorRef.current?.jumpToLine(line)}
          />
          {existing.length > 0 && (
            <p role="status" className="exchange-warning">
              {result.doc.plan.department} already has a plan for {planDisplayName(result.doc.plan)}
              . Creating this one adds a second plan beside it; the existing one is not changed.
            </p>
          )}
          <button type="button" disabled={saving !== null} onClick={() => void create(result.doc)}>
            Create quarter from this page
          </button>
          {saving && createdId === null && <JobUnderWay label="Creating the quarter" {...saving} />}
          <p role="status" className="exchange-status">
            {createdId !== null ? 'Quarter created; opening its board…' : ''}
          </p>
        </>
      )}
    </section>
  )
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
